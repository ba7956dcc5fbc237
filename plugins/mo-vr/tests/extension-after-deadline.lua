-- 34 CFR 361.45(e): an extension agreed on day 95, after the IPE was already
-- due (day 90), cannot extend the deadline that had passed.
return {
  name = "an extension agreed after the IPE was due does not count",
  as_of = "2026-06-01",
  lifecycle = { status = "in effect", effective = "2026-05-20" },
  case = {
    person = { id = "P-T-EL", name = { given = "Test", family = "Latext" } },
    case = {
      id = "MO-T-EL", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "plan_extension", date = "2026-04-10", agreed_date = "2026-06-01" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-EL-IPE", kind = "IPE", date = "2026-05-20",
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
    { rule = "mo.361.45.e.extension-to-specific-date", path = "case.events[2].date" },
  },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-05-20", status = "missed" } },
}
