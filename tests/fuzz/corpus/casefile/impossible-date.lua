-- expect: 3 plans[1].date: '2026-02-30' is not a real calendar date
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-02-30" } },
}
