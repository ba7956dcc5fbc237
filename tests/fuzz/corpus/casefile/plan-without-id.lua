-- expect: 3 plan-without-id.lua:5: plans[1].id: required field 'id' is missing
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { kind = "IPE", date = "2026-03-01" } },
}
