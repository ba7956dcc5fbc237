-- CSG 520.1: a special-education student's IPE "must be consistent with the
-- goals, objectives and services identified in the student's Individualized
-- Education Program". The plan records the check in the core field
-- plans[].school_iep: consistent, confirmed before the IPE's date. No note
-- is needed, and none is asked for.
return {
  name = "a student IPE whose school_iep says consistent, confirmed before its date, passes",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IF", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-IF", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
      },
    },
    plans = { {
      id = "MO-T-IF-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
      school_iep = { consistent = true, confirmed = "2026-03-20" },
    } },
  },
  findings = {},
}
