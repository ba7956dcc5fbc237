-- expect: 3 datetime-no-offset.lua:5: case.events[1].at: '2026-01-27T10:15:00' is not a date-time: write YYYY-MM-DDThh:mm:ss with an offset
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr",
           events = { { kind = "first_contact", at = "2026-01-27T10:15:00" } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
