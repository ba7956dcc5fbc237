-- CSG 520.1: the needed personal assistance services, with training in
-- managing them, and the needed assistive technology are on the IPE.
return {
  name = "personal assistance with management training and assistive technology meet the rule",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-PA", name = { given = "Test", family = "Assistance" } },
    case = {
      id = "MO-T-PA", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-02-20", text = "AT evaluation: needs voice recognition software.",
          tags = { "needs-assistive-technology" } },
        { date = "2026-02-24", text = "Needs a personal care attendant at work.",
          tags = { "needs-personal-assistance" } },
      },
    },
    plans = { {
      id = "MO-T-PA-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Customer Service Representative", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Voice recognition software", category = "rehabilitation_technology",
          provider = "Tech Vendor", procurement = "purchase order", start = "2026-05-01" },
        { id = "S2", description = "Personal care attendant at work", category = "personal_assistance",
          provider = "Home Care Agency", procurement = "fee for service", start = "2026-06-15" },
        { id = "S3", description = "Training in directing a personal care attendant",
          category = "personal_assistance_training", provider = "Paraquad",
          procurement = "fee for service", start = "2026-05-15" },
      },
      progress_criteria = "Hired by January 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
}
