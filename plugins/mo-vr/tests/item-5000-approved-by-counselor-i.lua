-- CSG 520.1: the review is by "the district supervisor, or designee in
-- district supervisor's absence (counselor II or above)". The approval
-- signature in the supervisor's role was made by C2, a Counselor I (named
-- by the signature's signer_id in case.staff): it is not the $5,000 review.
return {
  name = "an approval signed in the supervisor's role by a counselor I is not the $5,000 review",
  as_of = "2026-04-10",
  lifecycle = {
    status = "in effect", effective = "2026-04-05",
    signatures = {
      { role = "client", at = "2026-04-05T13:00:00Z", day = "2026-04-05", method = "wet", meaning = "agree" },
      { role = "counselor", signer_id = "C1", at = "2026-04-05T13:10:00Z", day = "2026-04-05",
        method = "electronic", meaning = "agree" },
      { role = "supervisor", signer_id = "C2", at = "2026-04-05T16:00:00Z", day = "2026-04-05",
        method = "electronic", meaning = "approve" },
    },
  },
  case = {
    person = { id = "P-T-IU", name = { given = "Test", family = "Unqualified" } },
    case = {
      id = "MO-T-IU", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "C2", name = "Acting Designee", role = "designee", title = "Counselor I" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IU-IPE", kind = "IPE", date = "2026-04-05",
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
  findings = { { rule = "mo.520.1.item-5000-review", path = "plan.services[1].item_cost_cents",
                 class = "conduct" } },
}
