-- The 48-hour first contact across the start of daylight saving time
-- (2026-03-08): authorizations written in CST (-06:00), contacts in CDT
-- (-05:00). 48 hours are counted between instants, not clock readings.
return {
  name = "48-hour first contact across the daylight-saving change: exact 48 h met, 48 h 01 min late",
  as_of = "2026-03-20",
  case = {
    person = { id = "P-WI-0701", name = { given = "Rowan", family = "Clockwise" },
               most_significant_disability = true },
    case = {
      id = "WI-2026-0701", agency = "wi-dvr", program = "IPS",
      events = {
        { kind = "authorization", id = "A-WI-1701", service = "078", at = "2026-03-06T09:00:00-06:00" },
        -- 2026-03-08T15:00Z: exactly 48 hours later, on the new clock.
        { kind = "first_contact", authorization = "A-WI-1701", at = "2026-03-08T10:00:00-05:00" },
        { kind = "authorization", id = "A-WI-1702", service = "049", at = "2026-03-07T09:00:00-06:00" },
        -- 48 hours and 1 minute later.
        { kind = "first_contact", authorization = "A-WI-1702", at = "2026-03-09T10:01:00-05:00" },
      },
    },
    plans = {
      { id = "WI-2026-0701-IPE", kind = "IPE", date = "2026-03-05",
        goal = { occupation = "Cook" },
        supported_employment = { extended_services = "County follow-along",
                                 provider = "Fictional County CCS" } },
    },
  },
  findings = {
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[4].at", severity = "error" },
  },
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-03-08", due_at = "2026-03-08T09:00:00-06:00",
      met = "2026-03-08", met_at = "2026-03-08T09:00:00-06:00", status = "met" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-03-09", due_at = "2026-03-09T09:00:00-06:00",
      met = "2026-03-09", met_at = "2026-03-09T09:01:00-06:00", status = "missed" },
  },
}
