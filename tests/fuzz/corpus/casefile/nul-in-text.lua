-- expect: 3 nul-in-text.lua:3: person.name.given: text contains a NUL byte
return {
  person = { id = "P-1", name = { given = "A\0dmin", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
