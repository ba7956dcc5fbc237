-- An amendment does not restart the plan's months. Version 1 took effect on
-- 2026-08-03; version 2 (dated 2026-10-20) took effect on 2026-10-22 and is
-- the version in effect. On 1 November its month clocks are October's
-- (overdue: one qualifying service) and November's (open): they run from the
-- day the plan first took effect, so October, which began before version 2
-- did, is still the plan's month, and the rule flags it.
return {
  name = "an amendment in effect from 22 October: October's ORS clock overdue, not restarted",
  case = "cases/ors-v2.lua",
  as_of = "2026-11-01",
  lifecycle = {
    status = "in effect", amendment = true, effective = "2026-10-22",
    signatures = {
      { role = "client", at = "2026-10-22T15:00:00Z", day = "2026-10-22", method = "electronic",
        meaning = "agree" },
      { role = "employment_specialist", at = "2026-10-22T15:02:00Z", day = "2026-10-22",
        method = "electronic", meaning = "agree" },
    },
    versions = {
      { version = 1, date = "2026-08-03", status = "superseded", amendment = false,
        effective = "2026-08-03", effective_at = "2026-08-03T10:05:00Z", signatures = {} },
      { version = 2, date = "2026-10-20", status = "in effect", amendment = true,
        effective = "2026-10-22", effective_at = "2026-10-22T15:02:00Z", signatures = {} },
    },
  },
  findings = {
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      class = "conduct" },
  },
  deadlines = {
    { id = "ny.c14.ors.contacts-this-month", due = "2026-10-31", status = "overdue" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-11-30", status = "open" },
  },
}
