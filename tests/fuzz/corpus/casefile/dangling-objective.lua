-- expect: 3 plans[1].services[1].objective: service points at objective 'O9'
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              objectives = { { id = "O1", title = "Train" } },
              services = { { id = "S1", objective = "O9", description = "Tools" } } } },
}
