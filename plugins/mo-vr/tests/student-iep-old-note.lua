-- CSG 520.1: the IEP check recorded the old way, in a case note tagged
-- "iep-consistency" dated before the IPE, and no plans[].school_iep. The
-- note still counts (no error: old case files keep their meaning), and a
-- warning names the field that replaces it.
return {
  name = "the old iep-consistency note still counts, with a warning naming plans[].school_iep",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IO", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-IO", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-03-20", text = "IPE checked with the school IEP team.", tags = { "iep-consistency" } },
      },
    },
    plans = { {
      id = "MO-T-IO-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "mo.520.1.student-iep-consistency-note", path = "plan.school_iep", severity = "warning",
      class = "content" },
  },
}
