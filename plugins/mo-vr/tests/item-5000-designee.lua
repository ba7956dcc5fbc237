-- CSG 520.1: in the supervisor's absence a designee, "counselor II or
-- above", reviews. A Counselor II's review counts (S2); a Counselor I's does
-- not (S1).
return {
  name = "a $5,000 review by a counselor I does not count; by a counselor II it does",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-ID", name = { given = "Test", family = "Designee" } },
    case = {
      id = "MO-T-ID", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "C2", name = "New Counselor", role = "counselor", title = "Counselor I" },
        { id = "C3", name = "Acting Designee", role = "designee", title = "Counselor II" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "supervisor_review", date = "2026-04-03", staff = "C2", service = "S1" },
        { kind = "supervisor_review", date = "2026-04-03", staff = "C3", service = "S2" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-ID-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Farmer", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Tractor lift", provider = "Farm AT Co", procurement = "bids",
          start = "2026-05-01", item_cost_cents = 800000, authorization = "A-1" },
        { id = "S2", description = "Hand controls", provider = "Farm AT Co", procurement = "bids",
          start = "2026-05-01", item_cost_cents = 550000, authorization = "A-2" },
      },
      progress_criteria = "Operating the farm by January 2027.",
      responsibilities = { { party = "client", text = "Get bids." }, { party = "agency", text = "Buy equipment." } },
      post_employment = "Repairs, if needed.",
    } },
  },
  findings = { { rule = "mo.520.1.item-5000-review", path = "case.events[2].staff" } },
}
