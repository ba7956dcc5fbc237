-- CSG 520.1: the IPE "must be consistent with" the school IEP, and the plan
-- records that it is not (school_iep.consistent = false). An old note
-- tagged "iep-consistency" does not override the plan's own record, and no
-- old-way warning is given once the plan has school_iep.
return {
  name = "school_iep.consistent = false is an error; an old note does not override it",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-II", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-II", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-03-20", text = "IPE checked with the school IEP team.", tags = { "iep-consistency" } },
      },
    },
    plans = { {
      id = "MO-T-II-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
      school_iep = { consistent = false, confirmed = "2026-03-20" },
    } },
  },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep.consistent", severity = "error" } },
}
