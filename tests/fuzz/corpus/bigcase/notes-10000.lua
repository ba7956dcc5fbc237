return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", notes = { @10000({ date = "2026-01-02", text = "@20(called)@", tags = { @10("t",)@ } },)@ } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
