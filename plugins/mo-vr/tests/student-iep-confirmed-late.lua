-- CSG 520.1: the IPE was checked against the school IEP (school_iep) only
-- after the version's date: the version agreed was not the one checked.
-- As with the old note dated after the IPE, an error.
return {
  name = "school_iep confirmed after the IPE's date is an error",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IL", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-IL", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
      },
    },
    plans = { {
      id = "MO-T-IL-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
      school_iep = { consistent = true, confirmed = "2026-04-08" },
    } },
  },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep.confirmed", severity = "error" } },
}
