-- Issue 17: every value the plugin reads written in another case or with
-- other separators (cases/other-spellings.lua: "Career Profile",
-- "JOB_DEVELOPMENT_PLAN", "dvr 18018 e", "Job Task Analysis" as the section,
-- "County MH", "Career Profile Review" as the only record of the review
-- meeting, funding "dvr", agreed_by "Employment Specialist", ...). The core's
-- normaliser gives the rules the declared spellings: no findings, and every
-- clock and fee of the sample placement.
return {
  name = "values in other case and separators read as the declared spellings: as the sample",
  case = "cases/other-spellings.lua",
  as_of = "2026-11-23",
  findings = {},
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-01-29", due_at = "2026-01-29T10:15:00-06:00", status = "met" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-03-28", met = "2026-03-13", status = "met" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-04-30", met = "2026-04-17", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-05-07", met = "2026-04-30", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-08-07", met = "2026-07-31", status = "met" },
    { id = "wi.deadline.job-hire-report-5-days", due = "2026-07-25", met = "2026-07-23", status = "met" },
    { id = "wi.deadline.job-task-analysis-1-week", due = "2026-08-03", met = "2026-07-31", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-03-20", met = "2026-03-18", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-04-24", met = "2026-04-21", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-08-07", met = "2026-07-31", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-09-08", met = "2026-08-31", status = "met" },
    { id = "wi.deadline.lts-within-six-months", due = "2027-01-27", met = "2026-11-02", status = "met" },
  },
  fees = {
    { id = "wi.fee.career-profile", code = "078", date = "2026-03-18", amount = 100000 },
    { id = "wi.fee.job-development-plan", code = "049", date = "2026-04-21", amount = 35000 },
    { id = "wi.fee.job-development-hire", code = "049", date = "2026-07-27", amount = 200000 },
    { id = "wi.fee.job-task-analysis", code = "079", date = "2026-07-31", amount = 27500 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-08-31", amount = 160000 },
    { id = "wi.fee.lts-transition", code = "079", date = "2026-11-05", amount = 130000 },
  },
}
