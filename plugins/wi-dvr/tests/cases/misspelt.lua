-- The case of cases/job-ended.lua written with a misspelt value at each
-- place the plugin reads: a service category ("systematic_instructon"), a
-- report form ("DVR-18212", the reports table's list is closed), an
-- ext.section value ("job_task_anaylsis"), a note tag
-- ("job-suport-justification") and an ext field the plugin does not declare
-- (case.employment[].ext.seasonal). Each is reported at its path with the
-- nearest declared value; none is silently read as something else.
-- All names and ids are invented.
return {
  person = { id = "P-WI-0803", name = { given = "Dale", family = "Shortstint" },
             most_significant_disability = true },
  case = {
    id = "WI-2026-0803",
    agency = "wi-dvr",
    program = "IPS",
    staff = {
      { id = "S-81", name = "Morgan Invented", role = "counselor" },
    },
    notes = {
      { date = "2026-01-02", author = "S-81", text = "Why Job Retention: the employer asks for it.",
        tags = { "job-suport-justification" } },
    },
    events = {
      { kind = "referral", date = "2025-12-01" },
      { kind = "authorization", id = "A-WI-1801", service = "079", amount_cents = 347500,
        provider = "Lakeshore IPS Services", at = "2026-01-02T09:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1801", at = "2026-01-02T15:00:00-06:00" },
      { kind = "job_start", date = "2026-01-05", job = "J1", hours_week = 20 },
      { kind = "report", date = "2026-01-09", authorization = "A-WI-1801", form = "DVR-18212-E",
        ext = { section = "job_task_anaylsis" } },
      { kind = "report", date = "2026-01-30", authorization = "A-WI-1801", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-01" } },
      { kind = "report", date = "2026-02-20", authorization = "A-WI-1801", form = "DVR-18212",
        ext = { section = "service_summary", month = "2026-02" } },
      { kind = "job_end", date = "2026-02-13", job = "J1", reason = "seasonal work ended" },
    },
    employment = {
      { id = "J1", employer = "Harbor Fish Fry", title = "Dishwasher", soc = "35-9021",
        wage_cents_hour = 1300, hours_week = 20, start = "2026-01-05", end_date = "2026-02-13",
        ext = { temporary = true, seasonal = true } },
    },
  },
  plans = {
    {
      id = "WI-2026-0803-IPE",
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
          category = "systematic_instructon", start = "2026-01-12", actual_end = "2026-02-13",
          funding = "DVR", authorization = "A-WI-1801", ext = { job = "J1" } },
      },
    },
  },
}
