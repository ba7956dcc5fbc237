-- 34 CFR 361.45(e); CSG 520.1 ("jointly developed, agreed upon and signed"):
-- the IPE is dated on day 90 (2026-04-05), but the district supervisor's
-- approval, the last one it needs, came on day 91 (2026-04-06). The clock
-- stops when the IPE takes effect, not on the draft's date: missed, and a
-- conduct finding (it never blocked the supervisor's signature). The copy
-- and annual-review clocks run from the day it took effect.
return {
  name = "an IPE dated day 90 that took effect on day 91 missed the 90-day clock",
  case = "cases/adult.lua",
  as_of = "2026-04-10",
  lifecycle = {
    status = "in effect", effective = "2026-04-06", amendment = false,
    signatures = {
      { role = "client", at = "2026-04-05T14:00:00Z", day = "2026-04-05", method = "electronic", meaning = "agree" },
      { role = "counselor", signer_id = "C1", at = "2026-04-05T14:05:00Z", day = "2026-04-05",
        method = "electronic", meaning = "agree" },
      { role = "supervisor", signer_id = "D1", at = "2026-04-06T09:30:00Z", day = "2026-04-06",
        method = "electronic", meaning = "approve" },
    },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", path = "plan.date", class = "conduct" } },
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-06", status = "missed" },
    { id = "mo.copy-to-client", due = "2026-04-20", from = "IPE in effect from 2026-04-06", status = "open" },
    { id = "mo.annual-review", due = "2027-04-06", from = "IPE in effect from 2026-04-06", status = "open" },
  },
}
