-- Every clock met on its last allowed day or minute (cases/on-the-limit.lua;
-- past-the-limit.lua is the other side of each boundary). The business-day
-- clocks run across Memorial Day, Independence Day (observed 07-03) and Labor
-- Day: counted in weekdays only, the 06-01 and 09-08 reports would be late.
return {
  name = "every Wisconsin clock met on its last day: no findings, nothing late",
  case = "cases/on-the-limit.lua",
  as_of = "2027-03-15",
  findings = {},
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-01-11", due_at = "2026-01-11T09:00:00-06:00",
      met = "2026-01-11", met_at = "2026-01-11T09:00:00-06:00", status = "met" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-03-10", met = "2026-03-10", status = "met" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-05-22", met = "2026-05-22", status = "met" },
    { id = "wi.deadline.job-development-plan-review-90-days", due = "2026-08-30", met = "2026-08-30", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-07-08", met = "2026-07-08", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-09-08", met = "2026-09-08", status = "met" },
    { id = "wi.deadline.job-hire-report-5-days", due = "2026-09-05", met = "2026-09-05", status = "met" },
    { id = "wi.deadline.job-task-analysis-1-week", due = "2026-09-09", met = "2026-09-09", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-03-17", met = "2026-03-17", status = "met" },
    -- Friday 05-22 + 5 business days, Memorial Day (05-25) skipped: Monday 06-01.
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-06-01", met = "2026-06-01", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-09-16", met = "2026-09-16", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-10-07", met = "2026-10-07", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-11-06", met = "2026-11-06", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-12-07", met = "2026-12-07", status = "met" },
    { id = "wi.deadline.lts-within-six-months", due = "2027-03-02", met = "2026-12-01", status = "met" },
  },
  fees = {
    { id = "wi.fee.career-profile", date = "2026-03-17", amount = 100000 },
    { id = "wi.fee.job-development-plan", date = "2026-06-01", amount = 35000 },
    -- 35 hours a week at $12.00, no health insurance: the $2,200 tier at its edge.
    { id = "wi.fee.job-development-hire", date = "2026-09-05", amount = 220000 },
    { id = "wi.fee.job-task-analysis", date = "2026-09-16", amount = 27500 },
    { id = "wi.fee.systematic-instruction", date = "2026-10-07", amount = 160000 },
    { id = "wi.fee.systematic-instruction", date = "2026-11-06", amount = 160000 },
    { id = "wi.fee.job-retention", date = "2026-12-07", amount = 50000 },
    -- Day 90 on the job, wage documentation the same day.
    { id = "wi.fee.lts-transition", date = "2026-12-03", amount = 130000 },
  },
}
