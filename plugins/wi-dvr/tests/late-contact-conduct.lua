-- The IPE in effect (signed by the consumer on 2026-06-22 and the counselor
-- on 2026-06-24) in a case whose provider missed two clocks before it was
-- signed (cases/career-profile-day-61.lua): the first contact for the Job
-- Development Plan came 48 h 30 min after its authorization, and the
-- Career Profile was completed on day 61. Both are conduct findings: errors
-- shown at signing that never block it, since no edit of the IPE can repair
-- them. The version in effect carries the case's clocks, shown as missed.
return {
  name = "IPE in effect after a late first contact and a day-61 Career Profile: conduct errors, clocks missed",
  case = "cases/career-profile-day-61.lua",
  plan = "WI-2026-2101-IPE",
  as_of = "2026-06-30",
  lifecycle = {
    status = "in effect", effective = "2026-06-24", amendment = false,
    signatures = {
      { role = "client", at = "2026-06-22T14:00:00-05:00", day = "2026-06-22",
        method = "wet", meaning = "agree" },
      { role = "counselor", at = "2026-06-24T10:00:00-05:00", day = "2026-06-24",
        method = "electronic", meaning = "approve" },
    },
  },
  findings = {
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[7].at", severity = "error",
      class = "conduct" },
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end",
      severity = "error", class = "conduct" },
  },
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-04-11", due_at = "2026-04-11T10:00:00-05:00",
      met = "2026-04-10", met_at = "2026-04-10T09:00:00-05:00", status = "met" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-06-17", due_at = "2026-06-17T09:00:00-05:00",
      met = "2026-06-17", met_at = "2026-06-17T09:30:00-05:00", status = "missed" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-06-08", met = "2026-06-09",
      status = "missed" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-07-30", status = "open" },
  },
}
