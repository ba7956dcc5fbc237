-- 34 CFR 361.45(e): an extension is to "a specific date". One recorded with
-- no agreed_date extends nothing: the IPE on day 91 is late.
return {
  name = "an extension without a specific date does not extend the 90 days",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-06" },
  case = {
    person = { id = "P-T-EX", name = { given = "Test", family = "Nodate" } },
    case = {
      id = "MO-T-EX", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "plan_extension", date = "2026-03-30", reason = "client in hospital" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-EX-IPE", kind = "IPE", date = "2026-04-06",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "mo.520.1.ipe-within-90-days", path = "plan.date" },
    { rule = "mo.361.45.e.extension-to-specific-date", path = "case.events[2].agreed_date", severity = "error" },
  },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-06", status = "missed" } },
}
