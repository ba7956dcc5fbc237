-- CSG 520.1 (copy to the client): on day 15 with no copy recorded, a
-- warning, and the clock is overdue.
return {
  name = "no copy of the IPE on day 15 is a warning",
  case = "cases/adult.lua",
  as_of = "2026-04-20",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  findings = { { rule = "mo.520.1.copy-to-client", path = "case.events", severity = "warning" } },
  deadlines = { { id = "mo.copy-to-client", due = "2026-04-19", status = "overdue" } },
}
