return {
  person = { id = "P-1", name = { given = "A", family = "B" }, ext = { @4(a = { @4(b = { @4(c = { x = 1 },)@ },)@ },)@ } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
