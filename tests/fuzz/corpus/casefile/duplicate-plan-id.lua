-- expect: 3 duplicate-plan-id.lua:6: plans[2].id: id 'C-1-IPE' is used twice (also plans[1])
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" },
            { id = "C-1-IPE", kind = "IPE", date = "2026-04-01" } },
}
