-- A Career Profile completed on day 61 of its authorization, before the IPE
-- is signed (cases/career-profile-day-61.lua; the Career Profile "can be
-- before DVR involvement in the case"). The IPE is a draft, its first
-- version: the 60-day rule is conduct (the provider's delivery, not what the
-- IPE says), so it does not block signing the IPE. With no version in
-- effect, the draft of the initial plan carries the case's clocks: the
-- 60-day clock is missed, the report within 5 business days met, and the
-- fee is still earned (its basis says it took 61 days).
return {
  name = "Career Profile on day 61: a conduct error that does not block signing the initial IPE",
  case = "cases/career-profile-day-61.lua",
  plan = "WI-2026-2101-IPE",
  as_of = "2026-06-22",
  findings = {
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end",
      severity = "error", class = "conduct" },
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[7].at", severity = "error",
      class = "conduct" },
  },
  deadlines = {
    { id = "wi.deadline.career-profile-60-days", due = "2026-06-08", met = "2026-06-09",
      status = "missed" },
    -- Tuesday 06-09 + 5 business days.
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-06-16",
      met = "2026-06-11", status = "met" },
  },
  fees = {
    { id = "wi.fee.career-profile", date = "2026-06-11", amount = 100000 },
  },
}
