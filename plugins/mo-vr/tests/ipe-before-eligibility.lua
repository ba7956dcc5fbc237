-- CSG 520.1: the IPE follows the eligibility determination; one dated
-- before it is a finding.
return {
  name = "an IPE dated before eligibility is a finding",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-BE", name = { given = "Test", family = "Early" } },
    case = {
      id = "MO-T-BE", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-04-06" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-BE-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", path = "plan.date" } },
}
