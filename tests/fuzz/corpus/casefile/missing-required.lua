-- expect: 3 person.name.family: required field 'family' is missing
return {
  person = { id = "P-1", name = { given = "A" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
