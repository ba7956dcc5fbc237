-- expect: 3 case.agency: 'xx-nowhere' names no installed plugin
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "xx-nowhere" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
