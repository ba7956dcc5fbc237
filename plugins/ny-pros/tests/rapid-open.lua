-- Feature 7 / crosswalk principle 5: on day 30 (1 April) with no employer
-- contact yet, the clock is open and there is no finding.
return {
  name = "rapid job search on day 30 without an employer contact: open, no finding",
  case = "cases/rapid.lua",
  as_of = "2026-04-01",
  findings = {},
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", status = "open" },
  },
}
