-- An employer contact on day 31 meets the clock late: its status is
-- "missed" (met after it was due; it was "met" with late = true before the
-- deadline statuses changed), and the rule warns (conduct: a clock).
return {
  name = "an employer contact on day 31 is late: warned",
  case = "cases/rapid-day-31.lua",
  as_of = "2026-04-20",
  findings = {
    { rule = "ny.c14.7.rapid-job-search", path = "case.events[1]", severity = "warning",
      class = "conduct",
      message = "no employer contact within 30 days of IPS entry on 2026-03-02 (by 2026-04-01; "
        .. "the first was on 2026-04-02): the job search should begin at once" },
  },
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", met = "2026-04-02",
      status = "missed" },
  },
}
