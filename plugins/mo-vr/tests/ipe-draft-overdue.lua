-- 34 CFR 361.45(e); CSG 520.1: the IPE is dated on day 90, the client and
-- counselor signed it, but the supervisor has not approved it: on day 110
-- no IPE has taken effect. The 90-day clock is overdue and the rule says so
-- (class conduct: it does not stop the supervisor signing). A plan not in
-- effect has no copy or annual-review clock yet: no copy finding although
-- 14 days have passed since its date.
return {
  name = "no IPE in effect after day 90: the clock is overdue, a conduct finding",
  case = "cases/adult.lua",
  as_of = "2026-04-25",
  lifecycle = {
    status = "awaiting signatures",
    signatures = {
      { role = "client", at = "2026-04-05T14:00:00Z", day = "2026-04-05", method = "electronic", meaning = "agree" },
      { role = "counselor", signer_id = "C1", at = "2026-04-05T14:05:00Z", day = "2026-04-05",
        method = "electronic", meaning = "agree" },
    },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", path = "plan.date", severity = "error",
                 class = "conduct" } },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", status = "overdue" } },
}
