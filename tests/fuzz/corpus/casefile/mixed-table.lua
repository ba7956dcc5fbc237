-- expect: 3 not a mix of both
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", events = { { kind = "eligibility", date = "2026-01-01" }, extra = 1 } },
  plans = {},
}
