-- expect: 3 record-with-list-item.lua:6: plans[1].goal: a table is either a list { a, b } or a record { name = value }, not a mix of both
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              goal = { "Baker", occupation = "Baker" } } },
}
