-- CSG 520.1; 34 CFR 361.46(a)(2): the assessment found a need for assistive
-- technology and for personal assistance services; the IPE includes neither
-- nor training in managing personal assistance.
return {
  name = "assistive technology and personal assistance the assessment found needed are missing",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-AT", name = { given = "Test", family = "Technology" } },
    case = {
      id = "MO-T-AT", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-02-20", text = "AT evaluation: needs voice recognition software.",
          tags = { "needs-assistive-technology" } },
        { date = "2026-02-24", text = "Needs a personal care attendant at work for lunch and breaks.",
          tags = { "needs-personal-assistance" } },
      },
    },
    plans = { {
      id = "MO-T-AT-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Customer Service Representative", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Job placement", provider = "Show-Me Employment CRP",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Hired by January 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay placement." } },
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "mo.520.1.assistive-technology", path = "plan.services" },
    { rule = "mo.520.1.assistive-technology", path = "plan.services" },
    { rule = "mo.520.1.assistive-technology", path = "plan.services" },
  },
}
