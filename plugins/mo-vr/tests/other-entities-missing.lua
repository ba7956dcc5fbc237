-- 34 CFR 361.46(a)(6): the county pays for a service, and the IPE states
-- only the client's and the agency's responsibilities. The service costs VR
-- nothing, so no comparable-benefits warning.
return {
  name = "a service another entity pays for needs that entity's responsibilities",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-OE", name = { given = "Test", family = "Otherfunder" } },
    case = {
      id = "MO-T-OE", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-OE-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Baking course", provider = "Ozark College",
          procurement = "tuition voucher", start = "2026-06-15", funding = "VR" },
        { id = "S2", description = "Transportation to class", provider = "OATS Transit",
          procurement = "county voucher", start = "2026-06-15", cost_cents = 40000,
          funding = "Greene County Senate Bill 40 Board" },
      },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.361.46.a6.other-entities", path = "plan.services[2].funding", severity = "error" } },
}
