-- CSG 510.1, 520.1; 34 CFR 361.46(a)(6): a $2,500 course VR pays for with
-- no comparable benefits considered is a warning; a service the client pays
-- part of (cost participation) is not a VR purchase of that kind.
return {
  name = "a VR-paid service with no comparable benefits considered is a warning",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-CB", name = { given = "Test", family = "Comparable" } },
    case = {
      id = "MO-T-CB", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-CB-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Baking course", provider = "Ozark College",
          procurement = "tuition voucher", start = "2026-06-15", cost_cents = 250000 },
        { id = "S2", description = "Knife set and uniforms", provider = "Restaurant Supply Co",
          procurement = "purchase order", start = "2026-06-15", cost_cents = 30000,
          funding = "client cost participation" },
      },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend; pay for the knife set." },
                           { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.comparable-benefits", path = "plan.services[1].comparable_benefits", severity = "warning" } },
}
