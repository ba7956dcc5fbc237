-- expect: 3 event-without-date.lua:5: case.events[1]: an event needs a date (YYYY-MM-DD) or a time (at)
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr",
           events = { { kind = "eligibility", note = "found eligible" } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
