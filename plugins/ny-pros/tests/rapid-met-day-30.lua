-- An employer contact on day 30 meets the clock on time.
return {
  name = "an employer contact on day 30 meets the rapid job search clock",
  case = "cases/rapid-day-30.lua",
  as_of = "2026-04-20",
  findings = {},
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", met = "2026-04-01",
      status = "met" },
  },
}
