-- expect: 3 plans[1].goal.occupaton: unknown field 'occupaton'
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              goal = { occupaton = "Baker" } } },
}
