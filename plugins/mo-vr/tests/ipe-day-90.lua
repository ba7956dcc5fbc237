-- 34 CFR 361.45(e); CSG 520.1: an IPE dated on day 90 after eligibility is
-- on time (eligibility 2026-01-05, IPE 2026-04-05). Its author, a Counselor
-- III, is not exempt: the initial plan needs the district supervisor. In
-- effect the same day, so the 90-day clock is met on day 90; the copy and
-- annual-review clocks run from that day (the annual review's label changed
-- from "IPE dated" to "IPE in effect from" with the lifecycle).
return {
  name = "an IPE on day 90 after eligibility is on time",
  case = "cases/adult.lua",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  findings = {},
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-05", status = "met" },
    { id = "mo.copy-to-client", due = "2026-04-19", status = "open" },
    { id = "mo.annual-review", due = "2027-04-05", from = "IPE in effect from 2026-04-05", status = "open" },
  },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
