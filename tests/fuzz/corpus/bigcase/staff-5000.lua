return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", staff = { @5000({ id = "S-1", name = "Jordan Example", role = "counselor" },)@ } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
