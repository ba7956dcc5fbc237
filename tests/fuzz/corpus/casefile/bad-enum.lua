-- expect: 3 bad-enum.lua:6: plans[1].services[1].modality: 'team' is not one of: individual, group
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              services = { { id = "S1", description = "Job coaching", modality = "team" } } } },
}
