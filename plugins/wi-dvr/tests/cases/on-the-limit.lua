-- Synthetic Wisconsin IPS case in which every clock is met on its last
-- allowed day (or minute), with weekends and federal holidays inside the
-- business-day clocks. cases/past-the-limit.lua is the same case one day
-- (or minute) late everywhere. All names, employers and ids are invented.
--
--   48-hour first contacts            exactly 48 h after each authorization
--   Career Profile (60 days)          authorized 2026-01-09, done 2026-03-10
--   its report (5 business days)      2026-03-17
--   Job Development Plan (45 days)    authorized 2026-04-07, done 2026-05-22 (Fri)
--   its report (5 business days)      2026-06-01: Memorial Day (05-25) and two
--                                     weekends inside the clock
--   JDP review (90 days)              2026-06-01 -> 2026-08-30
--   job development monthly reports   June on 07-08 (Independence Day observed
--                                     07-03), August on 09-08 (Labor Day 09-07)
--   job offer 2026-08-31, Job Hire Report on 09-05 (5 calendar days)
--   job start 2026-09-02 (35 hours, $12.00: the $2,200 tier at its edge)
--   Job and Task Analysis (1 week)    2026-09-09; its report 09-16
--   job supports                      SI 09-09 to 10-31, retention 11-01 to
--                                     11-30 (day 90 on the job)
--   SI and retention monthly reports  each on its fifth business day
--   transition to LTS                 2026-12-01: day 90, the first business
--                                     day of December; wage documentation
--                                     the same day; an LTS payment from that
--                                     day only
--   closure                           2027-03-01, 90 days after the transition
return {
  person = {
    id = "P-WI-0101",
    name = { given = "Jordan", family = "Limitson" },
    birth_date = "2008-05-01",
    language = "en",
    student = true,
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-0101",
    agency = "wi-dvr",
    program = "IPS",
    status = "closed",
    staff = {
      { id = "S-11", name = "Morgan Fictive", role = "counselor", title = "DVR Counselor" },
      { id = "S-12", name = "Riley Imagined", role = "employment_specialist",
        title = "IPS Employment Specialist, Bayview IPS Partners" },
      { id = "S-13", name = "Dana Notional", role = "county_mh",
        title = "Case Manager, Fictional County Comprehensive Community Services" },
    },
    events = {
      { kind = "referral", date = "2026-01-05" },
      { kind = "eligibility", date = "2026-01-07" },
      { kind = "fidelity_review", date = "2025-12-01", provider = "Bayview IPS Partners",
        ext = { total = 118 } },
      { kind = "authorization", id = "A-WI-1101", service = "078", amount_cents = 100000,
        provider = "Bayview IPS Partners", at = "2026-01-09T09:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1101", provider = "Bayview IPS Partners",
        at = "2026-01-11T09:00:00-06:00" },
      { kind = "report", date = "2026-03-17", authorization = "A-WI-1101", form = "DVR-18018-E" },
      { kind = "review", date = "2026-03-24", form = "DVR-18018-E", staff = "S-11",
        modality = "in person" },
      { kind = "authorization", id = "A-WI-1102", service = "049", amount_cents = 35000,
        provider = "Bayview IPS Partners", at = "2026-04-07T08:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1102", provider = "Bayview IPS Partners",
        at = "2026-04-09T08:00:00-05:00" },
      { kind = "report", date = "2026-06-01", authorization = "A-WI-1102", form = "DVR-17036-E" },
      { kind = "authorization", id = "A-WI-1103", service = "049", amount_cents = 220000,
        provider = "Bayview IPS Partners", at = "2026-06-02T08:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1103", provider = "Bayview IPS Partners",
        at = "2026-06-04T08:00:00-05:00" },
      { kind = "report", date = "2026-07-08", authorization = "A-WI-1103", form = "DVR-18028-E",
        ext = { month = "2026-06" } },
      { kind = "report", date = "2026-07-31", authorization = "A-WI-1103", form = "DVR-18028-E",
        ext = { month = "2026-07" } },
      { kind = "review", date = "2026-08-30", authorization = "A-WI-1103", form = "DVR-17036-E" },
      { kind = "job_offer", date = "2026-08-31", job = "J1" },
      { kind = "authorization", id = "A-WI-1104", service = "079", amount_cents = 527500,
        provider = "Bayview IPS Partners", at = "2026-08-31T13:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1104", provider = "Bayview IPS Partners",
        at = "2026-09-02T13:00:00-05:00" },
      { kind = "job_start", date = "2026-09-02", job = "J1", hours_week = 35 },
      { kind = "report", date = "2026-09-05", authorization = "A-WI-1103", form = "DVR-17037-E",
        job = "J1" },
      { kind = "report", date = "2026-09-08", authorization = "A-WI-1103", form = "DVR-18028-E",
        ext = { month = "2026-08" } },
      { kind = "report", date = "2026-09-16", authorization = "A-WI-1104", form = "DVR-18212-E",
        ext = { section = "job_task_analysis" } },
      { kind = "report", date = "2026-10-07", authorization = "A-WI-1104", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-09" } },
      { kind = "report", date = "2026-11-06", authorization = "A-WI-1104", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-10" } },
      { kind = "payment", date = "2026-12-01", provider = "Bayview IPS Partners",
        component = "LTS", amount_cents = 40000, note = "county long-term support, December" },
      { kind = "lts_transition", date = "2026-12-01", job = "J1",
        provider = "Fictional County Comprehensive Community Services",
        ext = { agreed_by = { "client", "employment_specialist", "county_mh", "counselor" },
                stabilization = "Shelves returns and helps patrons at the desk without prompts",
                support_hours_week = 3 } },
      { kind = "report", date = "2026-12-03", authorization = "A-WI-1104", form = "DVR-18037-E" },
      { kind = "report", date = "2026-12-07", authorization = "A-WI-1104", form = "DVR-17038-E",
        ext = { month = "2026-11" } },
      { kind = "closure", date = "2027-03-01", reason = "rehabilitated" },
    },
    employment = {
      { id = "J1", employer = "Lakeview Public Library", title = "Library Assistant",
        soc = "43-4121", wage_cents_hour = 1200, hours_week = 35, benefits = { "paid time off" },
        start = "2026-09-02", open_to_public = true, integrated = true,
        ext = { temporary = false,
                wage_documentation = { received = "2026-12-01", documents = { "pay stub" } } } },
    },
  },
  plans = {
    {
      id = "WI-2026-0101-IPE",
      kind = "IPE",
      date = "2026-01-08",
      goal = { occupation = "Library Assistant", soc = "43-4121", hours_week = 30,
               wage_cents_hour = 1200, target_date = "2027-03-31" },
      services = {
        { id = "S1", description = "IPS Career Profile", category = "career_profile",
          provider = "Bayview IPS Partners", start = "2026-01-09", actual_end = "2026-03-10",
          funding = "DVR", authorization = "A-WI-1101" },
        { id = "S2", description = "IPS Job Development Plan", category = "job_development_plan",
          provider = "Bayview IPS Partners", start = "2026-04-07", actual_end = "2026-05-22",
          funding = "DVR", authorization = "A-WI-1102" },
        { id = "S3", description = "IPS Job Development and Hire", category = "job_development_hire",
          provider = "Bayview IPS Partners", start = "2026-06-02", actual_end = "2026-08-31",
          funding = "DVR", authorization = "A-WI-1103" },
        { id = "S4", description = "Job and Task Analysis", category = "job_task_analysis",
          provider = "Bayview IPS Partners", start = "2026-09-02", actual_end = "2026-09-09",
          funding = "DVR", authorization = "A-WI-1104", ext = { job = "J1" } },
        { id = "S5", description = "Monthly Systematic Instruction", category = "systematic_instruction",
          provider = "Bayview IPS Partners", start = "2026-09-09", actual_end = "2026-10-31",
          funding = "DVR", authorization = "A-WI-1104", ext = { job = "J1" } },
        { id = "S6", description = "Job Retention Services", category = "job_retention",
          provider = "Bayview IPS Partners", start = "2026-11-01", actual_end = "2026-11-30",
          funding = "DVR", authorization = "A-WI-1104",
          ext = { job = "J1", justification = "Tasks learned; check-ins keep the routine steady",
                  offsite = true, offsite_approved = "2026-10-28",
                  offsite_contact = "weekly call with the consumer; monthly call with the supervisor" } },
        { id = "S7", description = "IPS Transition to Long Term Supports", category = "lts_transition",
          provider = "Bayview IPS Partners", start = "2026-12-01", actual_end = "2026-12-01",
          funding = "DVR", authorization = "A-WI-1104" },
        { id = "S8", description = "Two-week library internship", category = "internship",
          provider = "Lakeview Public Library", start = "2026-07-06", actual_end = "2026-07-17",
          funding = "employer", ext = { dvr_approved = "2026-06-26" } },
        { id = "S9", description = "County mental health case management", category = "mental_health",
          provider = "Fictional County Comprehensive Community Services", start = "2025-12-01",
          funding = "county" },
      },
      supported_employment = {
        extended_services = "Follow-along supports through county Comprehensive Community Services",
        provider = "Fictional County Comprehensive Community Services",
      },
    },
  },
}
