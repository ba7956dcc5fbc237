-- CSG 520.1: a year after the IPE (no review recorded) the review is overdue.
-- By then the placement provider's service has started with no copy of the
-- IPE recorded for it (CSG 520.1, copy to service providers).
return {
  name = "the annual review is overdue a year after the IPE",
  case = "../../../tests/fixtures/cases/mo-student-ssa.lua",
  as_of = "2027-04-02",
  lifecycle = { status = "in effect", effective = "2026-04-01" },
  findings = {
    { rule = "mo.520.1.copy-to-providers", path = "plan.services[2].provider", severity = "warning" },
    { rule = "mo.520.1.annual-review", severity = "warning" },
  },
  deadlines = { { id = "mo.annual-review", due = "2027-04-01", status = "overdue" } },
}
