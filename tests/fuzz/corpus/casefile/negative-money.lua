-- expect: 3 plans[1].services[1].cost_cents: money cannot be negative
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              services = { { id = "S1", description = "Tools", cost_cents = -500 } } } },
}
