-- expect: 3 job-end-before-start.lua:6: case.employment[1].end: end 2026-04-30 is before start 2026-05-04
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr",
           employment = { { id = "J1", employer = "Corner Bakery",
                            start = "2026-05-04", ["end"] = "2026-04-30" } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
