-- The same Job Development Plan (cases/jdp-signed.lua) in effect since
-- 2026-05-07, the day of its last signature: "a 90-day review after the
-- completion of the initial plan" counts from then (ctx.lifecycle.effective),
-- and 2026-08-05 is day 90. No finding.
return {
  name = "a Job Development Plan in effect: its next review counts from its completion",
  case = "cases/jdp-signed.lua",
  as_of = "2026-05-08",
  lifecycle = {
    status = "in effect", effective = "2026-05-07", amendment = false,
    signatures = {
      { role = "client", at = "2026-04-17T10:00:00-05:00", day = "2026-04-17",
        method = "wet", meaning = "agree" },
      { role = "counselor", at = "2026-04-20T09:00:00-05:00", day = "2026-04-20",
        method = "electronic", meaning = "approve" },
      { role = "employment_specialist", at = "2026-05-07T16:00:00-05:00", day = "2026-05-07",
        method = "electronic", meaning = "agree" },
    },
  },
  findings = {},
}
