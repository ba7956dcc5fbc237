-- A version 2 of an IPE whose version 1 never took effect (a second draft
-- written before anyone signed the first) is still the initial plan:
-- ctx.lifecycle.amendment is false, and it carries the case's clocks as the
-- first version would (cases/career-profile-day-61.lua). Counting
-- `version > 1` as an amendment would hide them until it is signed.
return {
  name = "a version 2 that is still the initial plan carries the case's clocks",
  case = "cases/career-profile-day-61.lua",
  plan = "WI-2026-2101-IPE-V2",
  as_of = "2026-06-22",
  lifecycle = { status = "awaiting signatures", amendment = false },
  findings = {
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end",
      severity = "error", class = "conduct" },
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[7].at", severity = "error",
      class = "conduct" },
  },
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-06-17", due_at = "2026-06-17T09:00:00-05:00",
      met = "2026-06-17", met_at = "2026-06-17T09:30:00-05:00", status = "missed" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-06-08", met = "2026-06-09",
      status = "missed" },
  },
}
