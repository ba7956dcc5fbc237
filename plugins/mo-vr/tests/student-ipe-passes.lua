-- A student's IPE that meets every CSG 500 rule, its 90-day clock met.
return {
  name = "a complete student IPE has no findings; the 90-day clock was met",
  case = "../../../tests/fixtures/cases/mo-student-ssa.lua",
  as_of = "2026-11-23",
  findings = {},
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-05-03", met = "2026-04-01", status = "met", late = false },
    { id = "mo.annual-review", due = "2027-04-01", status = "open" },
  },
}
