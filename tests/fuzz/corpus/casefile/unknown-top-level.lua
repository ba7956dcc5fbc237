-- expect: 3 unknown-top-level.lua:6: signatures: unknown field 'signatures'
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
  signatures = { { role = "client", name = "A B" } },
}
