return {
  person = { id = "P-1", name = { given = "A", family = "B" }, language = "@200000(\u{48}\n)@" },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
