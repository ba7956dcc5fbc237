-- CSG 520.1: "The review process must occur prior to purchase." The
-- supervisor's approval signature on the IPE counts as the review only when
-- dated on or before the purchase; here the IPE was approved on 2026-05-04,
-- after the purchase (service start 2026-05-01), and no supervisor_review
-- event is recorded: a conduct finding.
return {
  name = "a supervisor's approval signed after the purchase is not a review before it",
  as_of = "2026-05-10",
  lifecycle = {
    status = "in effect", effective = "2026-05-04",
    signatures = {
      { role = "client", at = "2026-04-05T13:00:00Z", day = "2026-04-05", method = "wet", meaning = "agree" },
      { role = "counselor", signer_id = "C1", at = "2026-04-05T13:10:00Z", day = "2026-04-05",
        method = "electronic", meaning = "agree" },
      { role = "supervisor", signer_id = "D1", at = "2026-05-04T16:00:00Z", day = "2026-05-04",
        method = "electronic", meaning = "approve" },
    },
  },
  case = {
    person = { id = "P-T-IA", name = { given = "Test", family = "Lateapproval" } },
    case = {
      id = "MO-T-IA", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-05-04", to = "client" },
        { kind = "copy_provided", date = "2026-05-04", to = "provider", provider = "Steno Supply" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IA-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Court Reporter", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Stenotype machine", category = "assistive_technology",
          provider = "Steno Supply", procurement = "purchase order", start = "2026-05-01",
          item_cost_cents = 620000, cost_cents = 620000, authorization = "A-2026-0412",
          comparable_benefits = "None available" },
      },
      progress_criteria = "225 words a minute by December 2026.",
      responsibilities = { { party = "client", text = "Practice daily." }, { party = "agency", text = "Buy equipment." } },
      post_employment = "Machine repair, if needed.",
    } },
  },
  -- the IPE also took effect on day 119: the 90-day clock was missed
  findings = {
    { rule = "mo.520.1.item-5000-review", path = "plan.services[1].start", severity = "error",
      class = "conduct" },
    { rule = "mo.520.1.ipe-within-90-days", class = "conduct" },
  },
}
