-- CSG 520.1: an adult (not a student) whose IPE has a training service
-- should have the educational goal on the IPE: a warning.
return {
  name = "a training service without an educational goal is a warning",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-EG", name = { given = "Test", family = "Education" } },
    case = {
      id = "MO-T-EG", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-EG-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Welder", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Welding certificate", category = "training",
                     provider = "Ozarks Technical Community College", procurement = "tuition voucher",
                     start = "2026-08-24" } },
      progress_criteria = "AWS certification by May 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.educational-goals", path = "plan.education_goal", severity = "warning" } },
}
