-- CSG 520.1: a $5,000.00 item (the threshold itself) reviewed by the
-- district supervisor before the purchase, with the authorization recorded;
-- a $4,999.99 item needs no review.
return {
  name = "an item of $5,000 reviewed before purchase and authorized; $4,999.99 needs no review",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IR", name = { given = "Test", family = "Reviewed" } },
    case = {
      id = "MO-T-IR", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "supervisor_review", date = "2026-04-05", staff = "D1", service = "S1", amount_cents = 500000 },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IR-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Court Reporter", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Stenotype machine", category = "assistive_technology",
          provider = "Steno Supply", procurement = "purchase order", start = "2026-05-01",
          item_cost_cents = 500000, authorization = "A-2026-0411",
          comparable_benefits = "None: not covered by insurance" , cost_cents = 500000 },
        { id = "S2", description = "Writing software", provider = "Steno Supply",
          procurement = "purchase order", start = "2026-05-01", item_cost_cents = 499999,
          cost_cents = 499999, comparable_benefits = "None available" },
      },
      progress_criteria = "225 words a minute by December 2026.",
      responsibilities = { { party = "client", text = "Practice daily." }, { party = "agency", text = "Buy equipment." } },
      post_employment = "Machine repair, if needed.",
    } },
  },
  findings = {},
}
