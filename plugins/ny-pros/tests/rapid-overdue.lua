-- The day after: still no employer contact, so the clock is overdue and the
-- rule warns.
return {
  name = "rapid job search on day 31 without an employer contact: overdue, warned",
  case = "cases/rapid.lua",
  as_of = "2026-04-02",
  findings = {
    { rule = "ny.c14.7.rapid-job-search", path = "case.events[1]", severity = "warning",
      message = "no employer contact within 30 days of IPS entry on 2026-03-02 (by 2026-04-01; "
        .. "none is recorded): the job search should begin at once" },
  },
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", status = "overdue" },
  },
}
