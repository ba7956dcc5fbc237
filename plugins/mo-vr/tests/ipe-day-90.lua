-- 34 CFR 361.45(e); CSG 520.1: an IPE dated on day 90 after eligibility is
-- on time (eligibility 2026-01-05, IPE 2026-04-05). Its author, a Counselor
-- III, is not exempt: the initial plan needs the district supervisor.
return {
  name = "an IPE on day 90 after eligibility is on time",
  case = "cases/adult.lua",
  as_of = "2026-04-10",
  findings = {},
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-05", status = "met", late = false },
    { id = "mo.copy-to-client", due = "2026-04-19", status = "open" },
    { id = "mo.annual-review", due = "2027-04-05", from = "IPE dated 2026-04-05", status = "open" },
  },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
