-- expect: 3 list-item-wrong-type.lua:5: case.notes[1].tags[1]: expected text, found an integer
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr",
           notes = { { date = "2026-03-01", text = "Met with client.", tags = { 1 } } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
