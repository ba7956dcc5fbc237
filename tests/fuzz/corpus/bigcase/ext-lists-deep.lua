return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", ext = { a = @30({)@ 1, 2, 3 @30(})@ } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
