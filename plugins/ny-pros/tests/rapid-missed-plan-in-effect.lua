-- The 30-day employer contact, Clarification 14's nearest to a plan clock
-- (it sets none on writing or signing the Employment Plan), on a plan that
-- is in effect (signed on 2026-03-10, the day after its date): the contact
-- came on day 31, so the clock is "missed" (met after it was due) and the
-- rule warns, a conduct finding (shown at signing, never blocking it). The
-- clock runs from IPS entry, the person's, so signing the plan neither
-- starts nor stops it; it is shown on the version in effect.
return {
  name = "a plan in effect whose 30-day employer contact came on day 31: clock missed, conduct warning",
  case = "cases/rapid-day-31.lua",
  as_of = "2026-04-20",
  lifecycle = {
    status = "in effect", effective = "2026-03-10", amendment = false,
    signatures = {
      { role = "client", at = "2026-03-10T14:00:00Z", day = "2026-03-10", method = "wet",
        meaning = "agree" },
      { role = "employment_specialist", at = "2026-03-10T14:03:00Z", day = "2026-03-10",
        method = "wet", meaning = "agree" },
    },
  },
  findings = {
    { rule = "ny.c14.7.rapid-job-search", path = "case.events[1]", severity = "warning",
      class = "conduct" },
  },
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", met = "2026-04-02",
      status = "missed" },
  },
}
