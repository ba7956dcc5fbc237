-- Synthetic Wisconsin IPS case with two part-time jobs, each moved to
-- long-term supports: the first exactly six months after it started (the
-- last day the $1,300 is payable), the second one day later. The IPE plans
-- job development without naming the job, and Monthly Systematic
-- Instruction without a Job and Task Analysis. All names and ids are
-- invented.
--   J1 starts 2026-03-01; transition 2026-09-01 (Tue, first business day of
--      September): on the six-month limit, fee earned
--   J2 starts 2026-03-31; transition 2026-10-01 (Thu, first business day of
--      October): the limit was 2026-09-30, so wi.ips.lts-within-six-months
--      warns and no fee is earned
--   no goal.occupation with job development     wi.ips.specific-job-goal (warning)
--   Monthly SI with no Job and Task Analysis     wi.ips.si-uses-jta (warning)
return {
  person = {
    id = "P-WI-0301",
    name = { given = "Casey", family = "Twojobs" },
    birth_date = "1985-10-12",
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-0301",
    agency = "wi-dvr",
    program = "IPS",
    status = "open",
    staff = {
      { id = "S-31", name = "Avery Madeup", role = "counselor" },
      { id = "S-32", name = "Blake Pretend", role = "employment_specialist" },
      { id = "S-33", name = "Cameron Invented", role = "county_mh" },
    },
    events = {
      { kind = "referral", date = "2026-01-02" },
      { kind = "authorization", id = "A-WI-1301", service = "049", amount_cents = 220000,
        provider = "Northstar IPS", at = "2026-01-05T09:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1301", at = "2026-01-06T09:00:00-06:00" },
      { kind = "report", date = "2026-01-30", authorization = "A-WI-1301", form = "DVR-18028-E",
        ext = { month = "2026-01" } },
      { kind = "job_offer", date = "2026-02-20", job = "J1" },
      { kind = "report", date = "2026-02-23", authorization = "A-WI-1301", form = "DVR-17037-E",
        job = "J1" },
      { kind = "report", date = "2026-02-27", authorization = "A-WI-1301", form = "DVR-18028-E",
        ext = { month = "2026-02" } },
      { kind = "authorization", id = "A-WI-1302", service = "079", amount_cents = 1410000,
        provider = "Northstar IPS", at = "2026-02-26T10:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1302", at = "2026-02-27T10:00:00-06:00" },
      { kind = "job_start", date = "2026-03-01", job = "J1", hours_week = 20 },
      { kind = "job_start", date = "2026-03-31", job = "J2", hours_week = 19.5 },
      { kind = "report", date = "2026-03-31", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-03" } },
      { kind = "report", date = "2026-04-30", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-04" } },
      { kind = "report", date = "2026-05-29", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-05" } },
      { kind = "report", date = "2026-06-30", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-06" } },
      { kind = "report", date = "2026-07-31", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-07" } },
      { kind = "report", date = "2026-08-31", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-08" } },
      { kind = "lts_transition", date = "2026-09-01", job = "J1", provider = "Fictional County CCS",
        ext = { agreed_by = { "client", "employment_specialist", "county_mh", "counselor" },
                stabilization = "Opens the cafe alone on Saturdays", support_hours_week = 1 } },
      { kind = "report", date = "2026-09-03", authorization = "A-WI-1302", form = "DVR-18037-E" },
      { kind = "report", date = "2026-09-30", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-09" } },
      { kind = "lts_transition", date = "2026-10-01", job = "J2", provider = "Fictional County CCS",
        ext = { agreed_by = { "client", "employment_specialist", "county_mh", "counselor" },
                stabilization = "Completes the weekday mail run unprompted" } },
      { kind = "report", date = "2026-10-05", authorization = "A-WI-1302", form = "DVR-18037-E" },
      { kind = "report", date = "2026-10-30", authorization = "A-WI-1302", form = "DVR-18212-E",
        ext = { month = "2026-10" } },
    },
    employment = {
      { id = "J1", employer = "Harborview Cafe", title = "Barista", soc = "35-3023",
        wage_cents_hour = 900, hours_week = 20, benefits = {}, start = "2026-03-01",
        ext = { wage_documentation = { received = "2026-03-15", documents = { "offer letter" } } } },
      { id = "J2", employer = "Pinecrest Mailing", title = "Mail Clerk", soc = "43-9051",
        wage_cents_hour = 1200, hours_week = 19.5, benefits = { "health insurance" },
        start = "2026-03-31",
        ext = { wage_documentation = { received = "2026-04-10", documents = { "pay stub" } } } },
    },
  },
  plans = {
    {
      id = "WI-2026-0301-IPE",
      kind = "IPE",
      date = "2026-01-02",
      goal = { own_words = "Work part-time near home", hours_week = 40 },
      services = {
        { id = "S1", description = "IPS Job Development and Hire", category = "job_development_hire",
          provider = "Northstar IPS", start = "2026-01-05", actual_end = "2026-03-01",
          authorization = "A-WI-1301" },
        { id = "S2", description = "Monthly Systematic Instruction", category = "systematic_instruction",
          provider = "Northstar IPS", start = "2026-03-01", actual_end = "2026-10-01",
          authorization = "A-WI-1302" },
      },
      supported_employment = { extended_services = "County follow-along",
                               provider = "Fictional County CCS" },
    },
  },
}
