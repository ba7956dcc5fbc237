-- CSG 520.1: "The review process must occur prior to purchase": the review
-- came after the purchase (service start), and no authorization is recorded.
return {
  name = "a $5,000 item reviewed after the purchase, with no authorization",
  as_of = "2026-05-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IL", name = { given = "Test", family = "Latereview" } },
    case = {
      id = "MO-T-IL", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Steno Supply" },
        { kind = "supervisor_review", date = "2026-05-04", staff = "D1", service = "S1" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IL-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Court Reporter", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Stenotype machine", category = "assistive_technology",
          provider = "Steno Supply", procurement = "purchase order", start = "2026-05-01",
          item_cost_cents = 620000, cost_cents = 620000, comparable_benefits = "None available" },
      },
      progress_criteria = "225 words a minute by December 2026.",
      responsibilities = { { party = "client", text = "Practice daily." }, { party = "agency", text = "Buy equipment." } },
      post_employment = "Machine repair, if needed.",
    } },
  },
  findings = {
    { rule = "mo.520.1.item-5000-review", path = "case.events[4].date", severity = "error" },
    { rule = "mo.520.1.item-5000-authorization", path = "plan.services[1].authorization" },
  },
}
