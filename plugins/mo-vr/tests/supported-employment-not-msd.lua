-- 34 CFR 361.46(a)(7): supported employment is for a most significant
-- disability; none is recorded for this client.
return {
  name = "supported employment for a client without a most significant disability",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-SN", name = { given = "Test", family = "Notmsd" } },
    case = {
      id = "MO-T-SN", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-SN-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Dishwasher", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Job coaching", category = "supported_employment",
                     provider = "Ozark Supported Employment Services", procurement = "CRP contract",
                     start = "2026-06-15" } },
      progress_criteria = "Works 15 hours a week by January 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay job coaching." } },
      supported_employment = { extended_services = "Monthly check-ins", provider = "County DD board" },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.361.46.a7.supported-employment", path = "person.most_significant_disability" } },
}
