return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", events = { @20000({ kind = "contact", date = "2026-01-02", minutes = 30 },)@ } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
