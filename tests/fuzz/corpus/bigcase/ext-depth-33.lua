return {
  person = { id = "P-1", name = { given = "A", family = "B" }, ext = { @32(a = {)@ x = 1 @32(})@ } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
