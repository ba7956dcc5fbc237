-- 34 CFR 361.45(e); CSG 520.1: an IPE that took effect on day 91 after
-- eligibility, with no extension, is late. The clock stops when the IPE
-- takes effect (ctx.lifecycle.effective), so the deadline is `missed` (met
-- after it was due; it was `met, late` before statuses changed) and the
-- finding is of class conduct: the plan in effect stays valid, and a day-91
-- plan could be signed (conduct never blocks a signature).
return {
  name = "an IPE in effect on day 91 after eligibility: clock missed, a conduct finding",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-06" },
  case = {
    person = { id = "P-T-91", name = { given = "Test", family = "Dayninetyone" } },
    case = {
      id = "MO-T-91", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-91-IPE", kind = "IPE", date = "2026-04-06",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", path = "plan.date", severity = "error",
                 class = "conduct" } },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-06", status = "missed" } },
}
