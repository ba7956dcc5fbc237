return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01", services = { @20000({ id = "S1", description = "Counseling", provider = "Agency", cost_cents = 100 },)@ } } },
}
