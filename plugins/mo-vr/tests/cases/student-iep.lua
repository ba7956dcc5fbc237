-- A special-education student's initial IPE (2026-04-05, in effect that
-- day), the school exit on 2026-05-22. The plan records that it was checked
-- against the school IEP (plans[].school_iep): consistent, confirmed on
-- 2026-03-20, before the IPE's date; no case note about it. It meets CSG
-- 520.1 (test student-iep-field.lua); the other student-iep-*.lua tests
-- change its school_iep or add an old iep-consistency note with `set` and
-- `unset`.
return {
  person = { id = "P-T-IEP", name = { given = "Test", family = "Student" }, student = true,
             special_education = true, ext = { school_exit_date = "2026-05-22" } },
  case = {
    id = "MO-T-IEP", agency = "mo-vr",
    events = { { kind = "eligibility", date = "2026-01-05" } },
    notes = {
      { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
    },
  },
  plans = { {
    id = "MO-T-IEP-IPE", kind = "IPE", date = "2026-04-05",
    goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
    services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                   procurement = "CRP contract", start = "2026-06-15" } },
    progress_criteria = "Completes the work experience with good ratings.",
    responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
    education_goal = "High school diploma, May 2026",
    post_employment = "None expected.",
    school_iep = { consistent = true, confirmed = "2026-03-20" },
  } },
}
