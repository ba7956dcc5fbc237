return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { @300({ id = "C-1-IPE", kind = "IPE", date = "2026-03-01" },)@ },
}
