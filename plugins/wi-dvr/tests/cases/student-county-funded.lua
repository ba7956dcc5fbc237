-- The case of cases/job-ended.lua for a student still in high school, with
-- no county mental health member in case.staff but a county-funded mental
-- health service (funding "County", category "Mental Health": other case,
-- the declared values county and mental_health). IPS for youth needs a
-- county mental health team; the county's service shows it.
-- All names and ids are invented.
return {
  person = { id = "P-WI-0804", name = { given = "Dale", family = "Shortstint" },
             most_significant_disability = true, student = true },
  case = {
    id = "WI-2026-0804",
    agency = "wi-dvr",
    program = "IPS",
    staff = {
      { id = "S-81", name = "Morgan Invented", role = "counselor" },
    },
    events = {
      { kind = "referral", date = "2025-12-01" },
      { kind = "authorization", id = "A-WI-1801", service = "079", amount_cents = 347500,
        provider = "Lakeshore IPS Services", at = "2026-01-02T09:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1801", at = "2026-01-02T15:00:00-06:00" },
      { kind = "job_start", date = "2026-01-05", job = "J1", hours_week = 20 },
      { kind = "report", date = "2026-01-09", authorization = "A-WI-1801", form = "DVR-18212-E",
        ext = { section = "job_task_analysis" } },
      { kind = "report", date = "2026-01-30", authorization = "A-WI-1801", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-01" } },
      { kind = "report", date = "2026-02-20", authorization = "A-WI-1801", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-02" } },
      { kind = "job_end", date = "2026-02-13", job = "J1", reason = "seasonal work ended" },
    },
    employment = {
      { id = "J1", employer = "Harbor Fish Fry", title = "Dishwasher", soc = "35-9021",
        wage_cents_hour = 1300, hours_week = 20, start = "2026-01-05", end_date = "2026-02-13",
        ext = { temporary = true } },
    },
  },
  plans = {
    {
      id = "WI-2026-0804-IPE",
      kind = "IPE",
      date = "2025-12-20",
      goal = { occupation = "Dishwasher", soc = "35-9021", hours_week = 20 },
      supported_employment = { extended_services = "County follow-along",
                               provider = "Fictional County CCS" },
      services = {
        { id = "S1", description = "Job and Task Analysis", category = "job_task_analysis",
          start = "2026-01-05", actual_end = "2026-01-09", funding = "DVR",
          authorization = "A-WI-1801", ext = { job = "J1" } },
        { id = "S2", description = "Monthly Systematic Instruction",
          category = "systematic_instruction", start = "2026-01-12", actual_end = "2026-02-13",
          funding = "DVR", authorization = "A-WI-1801", ext = { job = "J1" } },
        { id = "S3", description = "County mental health case management",
          category = "Mental Health", provider = "Fictional County CCS", start = "2025-12-01",
          funding = "County" },
      },
    },
  },
}
