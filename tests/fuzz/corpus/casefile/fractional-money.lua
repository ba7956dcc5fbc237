-- expect: 3 fractional-money.lua:6: plans[1].goal.wage_cents_hour: money is written in whole cents: 12.5 is not a whole number
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              goal = { occupation = "Baker", wage_cents_hour = 12.5 } } },
}
