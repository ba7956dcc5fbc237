-- A Job Hire Report for a job whose hours are not recorded: the hire tier
-- cannot be set, so no hire fee, and a warning says which fact is missing.
return {
  name = "a Job Hire Report for a job without its hours: warning, no hire fee yet",
  as_of = "2026-05-28",
  case = {
    person = { id = "P-WI-0601", name = { given = "Sky", family = "Hoursless" },
               most_significant_disability = true },
    case = {
      id = "WI-2026-0601", agency = "wi-dvr", program = "IPS",
      events = {
        { kind = "authorization", id = "A-WI-1601", service = "049", amount_cents = 220000,
          at = "2026-05-04T09:00:00-05:00" },
        { kind = "first_contact", authorization = "A-WI-1601", at = "2026-05-04T15:00:00-05:00" },
        { kind = "job_offer", date = "2026-05-18", job = "J1" },
        { kind = "report", date = "2026-05-20", authorization = "A-WI-1601", form = "DVR-17037-E",
          job = "J1" },
      },
      employment = {
        { id = "J1", employer = "Maple Street Market", title = "Stock Clerk",
          wage_cents_hour = 1400, start = "2026-05-25" },
      },
    },
    plans = {
      { id = "WI-2026-0601-IPE", kind = "IPE", date = "2026-05-01",
        goal = { occupation = "Stock Clerk" },
        services = {
          { id = "S1", description = "IPS Job Development and Hire", category = "job_development_hire",
            start = "2026-05-04", actual_end = "2026-05-20", authorization = "A-WI-1601" },
        },
        supported_employment = { extended_services = "County follow-along",
                                 provider = "Fictional County CCS" } },
    },
  },
  findings = {
    { rule = "wi.ips.job-hire-report-position", path = "case.employment[1]", severity = "warning" },
  },
}
