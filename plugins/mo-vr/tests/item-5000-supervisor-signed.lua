-- CSG 520.1: the district supervisor "will review all IPEs that include
-- individual item purchases with a cost greater than or equal to $5,000.
-- The review process must occur prior to purchase." No supervisor_review
-- event is recorded, but the supervisor approved (signed) this IPE, which
-- includes the $6,200 purchase, on 2026-04-05, before the purchase
-- (service start 2026-05-01): the approval is the review (ctx.lifecycle).
return {
  name = "the supervisor's approval signature before the purchase is the $5,000 review",
  as_of = "2026-04-10",
  lifecycle = {
    status = "in effect", effective = "2026-04-05",
    signatures = {
      { role = "client", at = "2026-04-05T13:00:00Z", day = "2026-04-05", method = "wet", meaning = "agree" },
      { role = "counselor", signer_id = "C1", at = "2026-04-05T13:10:00Z", day = "2026-04-05",
        method = "electronic", meaning = "agree" },
      { role = "supervisor", signer_id = "D1", at = "2026-04-05T16:00:00Z", day = "2026-04-05",
        method = "electronic", meaning = "approve" },
    },
  },
  case = {
    person = { id = "P-T-IS", name = { given = "Test", family = "Signedreview" } },
    case = {
      id = "MO-T-IS", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IS-IPE", kind = "IPE", date = "2026-04-05",
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
  findings = {},
}
