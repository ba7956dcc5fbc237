-- expect: 3 service-end-before-start.lua:7: plans[1].services[1].planned_end: planned_end 2026-05-01 is before start 2026-06-01
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              services = { { id = "S1", description = "Job coaching",
                             start = "2026-06-01", planned_end = "2026-05-01" } } } },
}
