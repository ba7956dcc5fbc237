-- Synthetic Missouri case whose IPE breaks several CSG 500 rules on purpose:
-- late (no extension), no outcome, a service without provider, procurement
-- or start, no progress criteria, no agency responsibilities, and an
-- unsupported informed choice without reason or CAP information. The client
-- is also a special-education student on SSI: no IEP-consistency note, no
-- school exit date, no educational goal, no Ticket to Work recorded; and the
-- screen reader (a $5,500 item) was neither reviewed by the district
-- supervisor nor authorized. No assessment note, no post-employment
-- statement, no copy of the IPE given.
return {
  person = {
    id = "P-MO-0902", name = { given = "Casey", family = "Exampleton" },
    ssa_beneficiary = true, student = true, special_education = true,
  },
  case = {
    id = "MO-2026-0902",
    agency = "mo-vr",
    staff = { { id = "S-MO-17", name = "Jordan Example", role = "counselor" } },
    events = { { kind = "eligibility", date = "2026-01-05" } },
  },
  plans = {
    {
      id = "MO-2026-0902-IPE",
      kind = "IPE",
      date = "2026-05-20",
      goal = { setting = "office" },
      services = {
        { id = "S1", description = "Assistive technology: screen reader", item_cost_cents = 550000 },
      },
      responsibilities = { { party = "client", text = "Attend training." } },
      informed_choice = { supported = false },
    },
  },
}
