-- expect: 3 duplicate-service-id.lua:7: plans[1].services[2].id: id 'S1' is used twice (also plans[1].services[1])
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              services = { { id = "S1", description = "Job coaching" },
                           { id = "S1", description = "Bus pass" } } } },
}
