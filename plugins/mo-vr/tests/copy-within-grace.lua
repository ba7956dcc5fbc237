-- CSG 520.1 (copy to the client): our grace period is 14 calendar days after
-- the plan's date. On day 14 (2026-04-19) with no copy yet: no finding, the
-- clock is open.
return {
  name = "no copy of the IPE yet on day 14 is fine",
  case = "cases/adult.lua",
  as_of = "2026-04-19",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  findings = {},
  deadlines = { { id = "mo.copy-to-client", due = "2026-04-19", status = "open" } },
}
