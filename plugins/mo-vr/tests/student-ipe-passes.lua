-- A student's IPE that meets every CSG 500 rule: assessed, consistent with the
-- school IEP, written before school exit, Ticket assigned, copies given; its
-- 90-day, copy and school-exit clocks met; a Counselor III's initial plan
-- needs the district supervisor's approval.
return {
  name = "a complete student IPE has no findings; the 90-day clock was met",
  case = "../../../tests/fixtures/cases/mo-student-ssa.lua",
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-04-01" },
  findings = {},
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-05-03", met = "2026-04-01", status = "met" },
    { id = "mo.copy-to-client", due = "2026-04-15", met = "2026-04-03", status = "met" },
    { id = "mo.student-ipe-before-exit", due = "2026-05-22", met = "2026-04-01", status = "met" },
    { id = "mo.annual-review", due = "2027-04-01", status = "open" },
  },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
