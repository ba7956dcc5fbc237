-- CSG 520.1: a special-education student's IPE with no record at all that
-- it was checked against the school IEP (no plans[].school_iep, no note):
-- an error naming the field.
return {
  name = "a student IPE with no school_iep (and no old note) is an error",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IM", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-IM", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
      },
    },
    plans = { {
      id = "MO-T-IM-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep", severity = "error" } },
}
