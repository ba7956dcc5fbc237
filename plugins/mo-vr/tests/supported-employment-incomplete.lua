-- 34 CFR 361.46(a)(7): a supported employment IPE for a client with a most
-- significant disability that names neither the extended services nor who
-- provides them.
return {
  name = "supported employment without extended services or their provider",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-SE", name = { given = "Test", family = "Supported" }, most_significant_disability = true },
    case = {
      id = "MO-T-SE", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-SE-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Dishwasher", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Job coaching", category = "supported_employment",
                     provider = "Ozark Supported Employment Services", procurement = "CRP contract",
                     start = "2026-06-15" } },
      progress_criteria = "Works 15 hours a week with weekly check-ins by January 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay job coaching." } },
      post_employment = "Job coaching if duties change.",
    } },
  },
  findings = {
    { rule = "mo.361.46.a7.supported-employment", path = "plan.supported_employment.extended_services" },
    { rule = "mo.361.46.a7.supported-employment", path = "plan.supported_employment.provider" },
  },
}
