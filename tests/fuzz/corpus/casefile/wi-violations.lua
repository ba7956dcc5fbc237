-- Synthetic Wisconsin DVR case that breaks the wi-dvr rules on purpose, for
-- `vrtool check WI-2026-0002 --as-of 2026-11-23` (exit 1). All names,
-- employers, providers and ids are invented. Conventions as in
-- tests/fixtures/cases/wi-ips-placement.lua (authorization number in `id`,
-- report forms in `form`, jobs named in `job`). What each part violates:
--   person not Category 1                   wi.ips.category-1 (error)
--   Career Profile done 2026-04-20, 77 days wi.ips.career-profile-60-days (error)
--   and no meeting to review it             wi.ips.career-profile-review-meeting (error)
--   JDP authorized 2026-05-04, no report    wi.ips.job-development-plan-45-days (error)
--   JTA done 12 days after the job start    wi.ips.job-task-analysis-1-week (error;
--                                           also past the services table's 10 days)
--   and no JTA report                       wi.ips.deliverable-reports-5-business-days (warning)
--   first contact 65 hours after A-0201     wi.ips.first-contact-48-hours (error)
--   job development began before A-0203,    wi.ips.authorization-before-service (error)
--   benefits analysis with no authorization
--   no long-term supports in the IPE        wi.ips.supported-employment-plan (error)
--   no monthly job development reports     wi.ips.job-development-monthly-reports (error)
--   the job (SOC 41-2011) is not the goal   wi.ips.job-matches-ipe-goal (error)
--   Job Hire Report 8 days after the offer  wi.ips.job-hire-report-5-days (warning)
--   SI stops 2026-08-31, retention from     wi.ips.job-supports-first-90-days (error),
--   2026-09-15 (a gap in the first 90 days, wi.ips.retention-first-of-month (warning)
--   and not the first of the month)
--   PwB overlaps SI                         wi.ips.one-job-support-at-a-time (error)
--   retention and PwB with no justification wi.ips.retention-pwb-justification (error)
--   no SI or retention monthly reports      wi.ips.job-support-monthly-reports (warning)
--   LTS on 2026-09-25, 56 days on the job,  wi.ips.lts-not-before-90-days (error),
--   not on a month's first business day,    wi.ips.lts-first-business-day (info)
--   without the county MH agreement,        wi.ips.lts-four-party-agreement (error)
--   a stabilization definition              wi.ips.lts-stabilization-defined (error)
--   or wage documentation                   wi.ips.wage-documentation (error)
--   closed 2026-10-20, 25 days after LTS    wi.ips.follow-along-90-days-after-lts (error)
-- Not violated here: the JDP review (no JDP was delivered) and the six-month
-- LTS limit.
return {
  person = {
    id = "P-WI-0002",
    name = { given = "Quinn", family = "Fakename" },
    birth_date = "1988-02-11",
    language = "en",
    most_significant_disability = false,
  },
  case = {
    id = "WI-2026-0002",
    agency = "wi-dvr",
    program = "IPS",
    status = "closed",
    staff = {
      { id = "S-WI-33", name = "Alex Notreal", role = "counselor", title = "DVR Counselor" },
      { id = "S-WI-PR-12", name = "Sam Madeup", role = "employment_specialist",
        title = "IPS Employment Specialist, Riverbend IPS Works" },
    },
    events = {
      { kind = "referral", date = "2026-01-05" },
      { kind = "application", date = "2026-01-07" },
      { kind = "eligibility", date = "2026-01-26" },

      -- Career Profile: authorized 2026-02-02, due 2026-04-03, done 2026-04-20.
      { kind = "authorization", id = "A-WI-0201", service = "078",
        amount_cents = 100000, provider = "Riverbend IPS Works", at = "2026-02-02T16:00:00-06:00" },
      -- 65 hours later.
      { kind = "first_contact", authorization = "A-WI-0201", provider = "Riverbend IPS Works",
        at = "2026-02-05T09:00:00-06:00" },
      { kind = "report", date = "2026-04-24", authorization = "A-WI-0201",
        form = "DVR-18018-E" },

      -- Job Development Plan: authorized 2026-05-04, due 2026-06-18, never delivered.
      { kind = "authorization", id = "A-WI-0202", service = "049",
        amount_cents = 35000, provider = "Riverbend IPS Works", at = "2026-05-04T09:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0202", provider = "Riverbend IPS Works",
        at = "2026-05-05T09:00:00-05:00" },

      -- Job development began 2026-05-11 (plan), authorized only 2026-05-18.
      { kind = "authorization", id = "A-WI-0203", service = "049",
        amount_cents = 220000, provider = "Riverbend IPS Works", at = "2026-05-18T10:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0203", provider = "Riverbend IPS Works",
        at = "2026-05-18T14:00:00-05:00" },
      { kind = "job_offer", date = "2026-07-24", job = "J-WI-0002-1" },
      { kind = "report", date = "2026-08-01", authorization = "A-WI-0203",
        form = "DVR-17037-E" },

      { kind = "authorization", id = "A-WI-0204", service = "079",
        amount_cents = 500000, provider = "Riverbend IPS Works", at = "2026-07-29T10:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0204", provider = "Riverbend IPS Works",
        at = "2026-07-30T10:00:00-05:00" },
      { kind = "job_start", date = "2026-07-31", job = "J-WI-0002-1" },
      { kind = "lts_transition", date = "2026-09-25", job = "J-WI-0002-1",
        ext = { agreed_by = { "client", "provider", "counselor" } } },
      { kind = "closure", date = "2026-10-20", reason = "rehabilitated" },
    },
    employment = {
      { id = "J-WI-0002-1", employer = "Harbor Lights Outlet", title = "Retail Sales Associate", soc = "41-2011",
        wage_cents_hour = 1200, hours_week = 16, start = "2026-07-31",
        open_to_public = true, integrated = true },
    },
  },
  plans = {
    {
      id = "WI-2026-0002-IPE",
      kind = "IPE",
      date = "2026-02-01",
      goal = {
        occupation = "Library Assistant",
        soc = "43-4121",
        setting = "public library",
        hours_week = 20,
        wage_cents_hour = 1350,
        target_date = "2026-12-31",
      },
      objectives = {
        { id = "O1", title = "Career Profile and job development plan", start = "2026-02-02", target = "2026-06-30" },
        { id = "O2", title = "Find and keep a library job", start = "2026-05-11", target = "2026-12-31" },
      },
      services = {
        { id = "S1", objective = "O1", description = "IPS Career Profile", category = "career_profile",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-02-02", planned_end = "2026-04-03", actual_end = "2026-04-20",
          cost_cents = 100000, authorization = "A-WI-0201" },
        { id = "S2", objective = "O1", description = "IPS Job Development Plan", category = "job_development_plan",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-05-04", planned_end = "2026-06-18",
          cost_cents = 35000, authorization = "A-WI-0202" },
        { id = "S3", objective = "O2", description = "IPS Job Development and Hire", category = "job_development_hire",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-05-11", planned_end = "2026-09-30",
          cost_cents = 220000, authorization = "A-WI-0203" },
        { id = "S4", objective = "O1", description = "Work incentive benefits analysis", category = "benefits_analysis",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-03-02", cost_cents = 80000 },
        { id = "S5", objective = "O2", description = "Job and Task Analysis", category = "job_task_analysis",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-07-31", actual_end = "2026-08-12",
          cost_cents = 27500, authorization = "A-WI-0204" },
        { id = "S6", objective = "O2", description = "Monthly Systematic Instruction", category = "systematic_instruction",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-07-31", actual_end = "2026-08-31",
          cost_cents = 160000, authorization = "A-WI-0204" },
        { id = "S7", objective = "O2", description = "Job Retention Services", category = "job_retention",
          provider = "Riverbend IPS Works", procurement = "DVR service authorization",
          start = "2026-09-15", planned_end = "2026-10-31",
          cost_cents = 100000, authorization = "A-WI-0204" },
        { id = "S8", objective = "O2", description = "Partners with Business co-worker support",
          category = "partners_with_business", provider = "Harbor Lights Outlet",
          procurement = "employer reimbursement", start = "2026-08-15", planned_end = "2026-08-31",
          cost_cents = 40000, authorization = "A-WI-0204" },
      },
      responsibilities = {
        { party = "client", text = "Meet the employment specialist." },
        { party = "agency", text = "Authorize services." },
      },
      progress_criteria = "Hire within six months.",
    },
  },
}
