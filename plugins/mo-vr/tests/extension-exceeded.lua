-- 34 CFR 361.45(e): the agreed date is the new deadline; an IPE the day
-- after it is late, and the message says the date was extended. (The
-- message now names the day the IPE took effect, not its date: the clock
-- stops when it takes effect.)
return {
  name = "an IPE the day after the agreed extension date is late",
  as_of = "2026-05-10",
  lifecycle = { status = "in effect", effective = "2026-05-02" },
  case = {
    person = { id = "P-T-EE", name = { given = "Test", family = "Overrun" } },
    case = {
      id = "MO-T-EE", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "plan_extension", date = "2026-04-01", agreed_date = "2026-05-01",
          reason = "waiting for medical records" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-EE-IPE", kind = "IPE", date = "2026-05-02",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "mo.520.1.ipe-within-90-days", path = "plan.date",
      message = "the IPE took effect on 2026-05-02, after its due date 2026-05-01 (90 days from "
        .. "eligibility on 2026-01-05, as extended by agreement)" },
  },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-05-01", met = "2026-05-02", status = "missed" } },
}
