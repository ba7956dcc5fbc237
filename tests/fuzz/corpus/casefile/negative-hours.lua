-- expect: 3 negative-hours.lua:5: case.employment[1].hours_week: must be a number of 0 or more
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr",
           employment = { { employer = "Corner Bakery", hours_week = -20 } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
