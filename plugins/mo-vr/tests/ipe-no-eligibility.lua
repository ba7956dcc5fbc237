-- 34 CFR 361.45(e): the 90-day clock starts at eligibility; a case with no
-- eligibility event cannot show it was met.
return {
  name = "an IPE with no eligibility event is a finding; no 90-day clock runs",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-NE", name = { given = "Test", family = "Noelig" } },
    case = {
      id = "MO-T-NE", agency = "mo-vr",
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-NE-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", path = "case.events" } },
}
