-- Synthetic Wisconsin IPS case: cases/on-the-limit.lua one day (or one
-- minute) past every limit, to test the other side of each boundary. All
-- names, employers and ids are invented. What each change breaks:
--   first contact 48 h 1 min after A-WI-1201   wi.ips.first-contact-48-hours
--   Career Profile done on day 61 (03-11)       wi.ips.career-profile-60-days
--   its report 6 business days later (03-19)    wi.ips.deliverable-reports-5-business-days
--   no Career Profile review meeting            wi.ips.career-profile-review-meeting
--   Job Development Plan done on day 46         wi.ips.job-development-plan-45-days
--   JDP reviewed on day 91 (08-31)              wi.ips.job-development-plan-90-day-review
--   June and August monthly job development     wi.ips.job-development-monthly-reports
--   reports a business day late (07-09, 09-09: across the Independence Day
--   and Labor Day holidays)
--   internship with no DVR approval             wi.ips.work-experience-dvr-approval
--   Job Hire Report 6 days after the offer      wi.ips.job-hire-report-5-days (warning)
--   Job and Task Analysis on day 8 (09-10)      wi.ips.job-task-analysis-1-week
--   and its report 6 business days later        wi.ips.deliverable-reports-5-business-days
--   SI from day 8: no support on 09-09          wi.ips.job-supports-first-90-days
--   SI offsite without approval or contact      wi.ips.offsite-supports-approved (2)
--   SI September report late, October missing  wi.ips.job-support-monthly-reports
--   retention from 11-02, no justification,     wi.ips.retention-first-of-month,
--   its November report late                    wi.ips.retention-pwb-justification,
--                                               wi.ips.job-support-monthly-reports
--   an LTS payment on 11-30, retention's last   wi.ips.no-double-payment
--   day
--   transition on 11-30, day 89, not the first  wi.ips.lts-not-before-90-days,
--   business day, without the county MH         wi.ips.lts-first-business-day (info),
--   agreement or a stabilization definition,    wi.ips.lts-four-party-agreement,
--   wage documentation the day after            wi.ips.lts-stabilization-defined,
--                                               wi.ips.wage-documentation
--   closure on 2027-02-27, 89 days after LTS    wi.ips.follow-along-90-days-after-lts
--   a student with no county MH team            wi.ips.youth-county-mh-team
return {
  person = {
    id = "P-WI-0201",
    name = { given = "Jordan", family = "Overton" },
    birth_date = "2008-05-01",
    language = "en",
    student = true,
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-0201",
    agency = "wi-dvr",
    program = "IPS",
    status = "closed",
    staff = {
      { id = "S-11", name = "Morgan Fictive", role = "counselor", title = "DVR Counselor" },
      { id = "S-12", name = "Riley Imagined", role = "employment_specialist",
        title = "IPS Employment Specialist, Bayview IPS Partners" },
    },
    events = {
      { kind = "referral", date = "2026-01-05" },
      { kind = "eligibility", date = "2026-01-07" },
      { kind = "fidelity_review", date = "2025-12-01", provider = "Bayview IPS Partners",
        ext = { total = 118 } },
      { kind = "authorization", id = "A-WI-1201", service = "078", amount_cents = 100000,
        provider = "Bayview IPS Partners", at = "2026-01-09T09:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-1201", provider = "Bayview IPS Partners",
        at = "2026-01-11T09:01:00-06:00" },
      { kind = "report", date = "2026-03-19", authorization = "A-WI-1201", form = "DVR-18018-E" },
      { kind = "authorization", id = "A-WI-1202", service = "049", amount_cents = 35000,
        provider = "Bayview IPS Partners", at = "2026-04-07T08:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1202", provider = "Bayview IPS Partners",
        at = "2026-04-09T08:00:00-05:00" },
      { kind = "report", date = "2026-06-01", authorization = "A-WI-1202", form = "DVR-17036-E" },
      { kind = "authorization", id = "A-WI-1203", service = "049", amount_cents = 220000,
        provider = "Bayview IPS Partners", at = "2026-06-02T08:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1203", provider = "Bayview IPS Partners",
        at = "2026-06-04T08:00:00-05:00" },
      { kind = "report", date = "2026-07-09", authorization = "A-WI-1203", form = "DVR-18028-E",
        ext = { month = "2026-06" } },
      { kind = "report", date = "2026-07-31", authorization = "A-WI-1203", form = "DVR-18028-E",
        ext = { month = "2026-07" } },
      { kind = "review", date = "2026-08-31", authorization = "A-WI-1203", form = "DVR-17036-E" },
      { kind = "job_offer", date = "2026-08-31", job = "J1" },
      { kind = "authorization", id = "A-WI-1204", service = "079", amount_cents = 527500,
        provider = "Bayview IPS Partners", at = "2026-08-31T13:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-1204", provider = "Bayview IPS Partners",
        at = "2026-09-02T13:00:00-05:00" },
      { kind = "job_start", date = "2026-09-02", job = "J1", hours_week = 35 },
      { kind = "report", date = "2026-09-06", authorization = "A-WI-1203", form = "DVR-17037-E",
        job = "J1" },
      { kind = "report", date = "2026-09-09", authorization = "A-WI-1203", form = "DVR-18028-E",
        ext = { month = "2026-08" } },
      { kind = "report", date = "2026-09-18", authorization = "A-WI-1204", form = "DVR-18212-E",
        ext = { section = "job_task_analysis" } },
      { kind = "report", date = "2026-10-08", authorization = "A-WI-1204", form = "DVR-18212-E",
        ext = { section = "service_summary", month = "2026-09" } },
      { kind = "payment", date = "2026-11-30", provider = "Bayview IPS Partners",
        component = "LTS", amount_cents = 40000, note = "county long-term support for 2026-11-30" },
      { kind = "lts_transition", date = "2026-11-30", job = "J1",
        provider = "Fictional County Comprehensive Community Services",
        ext = { agreed_by = { "client", "employment_specialist", "counselor" } } },
      { kind = "report", date = "2026-12-03", authorization = "A-WI-1204", form = "DVR-18037-E" },
      { kind = "report", date = "2026-12-08", authorization = "A-WI-1204", form = "DVR-17038-E",
        ext = { month = "2026-11" } },
      { kind = "closure", date = "2027-02-27", reason = "rehabilitated" },
    },
    employment = {
      { id = "J1", employer = "Lakeview Public Library", title = "Library Assistant",
        soc = "43-4121", wage_cents_hour = 1199, hours_week = 35, benefits = { "paid time off" },
        start = "2026-09-02", open_to_public = true, integrated = true,
        ext = { temporary = false,
                wage_documentation = { received = "2026-12-01", documents = { "pay stub" } } } },
    },
  },
  plans = {
    {
      id = "WI-2026-0201-IPE",
      kind = "IPE",
      date = "2026-01-08",
      goal = { occupation = "Library Assistant", soc = "43-4121", hours_week = 30,
               wage_cents_hour = 1200, target_date = "2027-03-31" },
      services = {
        { id = "S1", description = "IPS Career Profile", category = "career_profile",
          provider = "Bayview IPS Partners", start = "2026-01-09", actual_end = "2026-03-11",
          funding = "DVR", authorization = "A-WI-1201" },
        { id = "S2", description = "IPS Job Development Plan", category = "job_development_plan",
          provider = "Bayview IPS Partners", start = "2026-04-07", actual_end = "2026-05-23",
          funding = "DVR", authorization = "A-WI-1202" },
        { id = "S3", description = "IPS Job Development and Hire", category = "job_development_hire",
          provider = "Bayview IPS Partners", start = "2026-06-02", actual_end = "2026-08-31",
          funding = "DVR", authorization = "A-WI-1203" },
        { id = "S4", description = "Job and Task Analysis", category = "job_task_analysis",
          provider = "Bayview IPS Partners", start = "2026-09-02", actual_end = "2026-09-10",
          funding = "DVR", authorization = "A-WI-1204", ext = { job = "J1" } },
        { id = "S5", description = "Monthly Systematic Instruction", category = "systematic_instruction",
          provider = "Bayview IPS Partners", start = "2026-09-10", actual_end = "2026-10-31",
          funding = "DVR", authorization = "A-WI-1204", ext = { job = "J1", offsite = true } },
        { id = "S6", description = "Job Retention Services", category = "job_retention",
          provider = "Bayview IPS Partners", start = "2026-11-02", actual_end = "2026-11-30",
          funding = "DVR", authorization = "A-WI-1204", ext = { job = "J1" } },
        { id = "S7", description = "IPS Transition to Long Term Supports", category = "lts_transition",
          provider = "Bayview IPS Partners", start = "2026-11-30", actual_end = "2026-11-30",
          funding = "DVR", authorization = "A-WI-1204" },
        { id = "S8", description = "Two-week library internship", category = "internship",
          provider = "Lakeview Public Library", start = "2026-07-06", actual_end = "2026-07-17",
          funding = "employer" },
      },
      supported_employment = {
        extended_services = "Follow-along supports through county Comprehensive Community Services",
        provider = "Fictional County Comprehensive Community Services",
      },
    },
  },
}
