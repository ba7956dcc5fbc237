-- The shipped sample case (tests/fixtures/cases/wi-ips-placement.lua): an
-- IPS placement that keeps every Wisconsin timeframe. No findings at all
-- (not even warnings: tests/e2e/hostile.sh checks it alongside hostile
-- plugins), every clock met, the fees it has earned and its quality measures.
return {
  name = "an IPS placement within every timeframe: no findings, deadlines met, fees and measures",
  case = "../../../tests/fixtures/cases/wi-ips-placement.lua",
  as_of = "2026-11-23",
  findings = {},
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-01-29", due_at = "2026-01-29T10:15:00-06:00", status = "met" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-03-18", due_at = "2026-03-18T09:00:00-05:00", status = "met" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-04-24", due_at = "2026-04-24T08:30:00-05:00", status = "met" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-07-24", due_at = "2026-07-24T11:00:00-05:00", status = "met" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-03-28", met = "2026-03-13", status = "met" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-04-30", met = "2026-04-17", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-05-07", met = "2026-04-30", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-06-05", met = "2026-05-29", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-07-08", met = "2026-06-30", status = "met" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-08-07", met = "2026-07-31", status = "met" },
    { id = "wi.deadline.job-hire-report-5-days", due = "2026-07-25", met = "2026-07-23", status = "met" },
    { id = "wi.deadline.job-task-analysis-1-week", due = "2026-08-03", met = "2026-07-31", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-03-20", met = "2026-03-18", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-04-24", met = "2026-04-21", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-08-07", met = "2026-07-31", status = "met" },
    -- August ends on a Monday; Labor Day (09-07) is inside the clock.
    { id = "wi.deadline.job-support-monthly-report", due = "2026-09-08", met = "2026-08-31", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-10-07", met = "2026-09-30", status = "met" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-11-06", met = "2026-10-30", status = "met" },
    { id = "wi.deadline.lts-within-six-months", due = "2027-01-27", met = "2026-11-02", status = "met" },
  },
  fees = {
    { id = "wi.fee.career-profile", code = "078", date = "2026-03-18", amount = 100000 },
    { id = "wi.fee.job-development-plan", code = "049", date = "2026-04-21", amount = 35000 },
    -- 24 hours a week at $15.25, no health insurance: the $2,000 tier.
    { id = "wi.fee.job-development-hire", code = "049", date = "2026-07-27", amount = 200000 },
    { id = "wi.fee.job-task-analysis", code = "079", date = "2026-07-31", amount = 27500 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-08-31", amount = 160000 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-09-30", amount = 160000 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-10-30", amount = 160000 },
    -- Payable at the transition, processed on the report (11-05).
    { id = "wi.fee.lts-transition", code = "079", date = "2026-11-05", amount = 130000 },
  },
  measures = {
    { id = "wi.quality.employer", value = "Northwoods Grocery Co-op" },
    { id = "wi.quality.wage", value = 1525 },
    { id = "wi.quality.benefits", value = "yes", band = "without health insurance" },
    { id = "wi.quality.hours", value = 24, band = "at or above the IPE" },
    { id = "wi.quality.job-title", value = "Stock Clerk", band = "Transportation and Material Moving" },
    { id = "wi.quality.title-match", value = 100 },
    { id = "wi.quality.fidelity", value = 108, band = "good" },
    { id = "wi.quality.temporary", value = "no" },
    { id = "wi.quality.days-to-career-profile", value = 102 },
    { id = "wi.quality.days-to-job-development-plan", value = 137 },
    { id = "wi.quality.days-to-hire", value = 238 },
    { id = "wi.quality.days-to-lts", value = 336 },
    { id = "wi.quality.lts-source", value = "Fictional County Comprehensive Community Services" },
    { id = "wi.quality.lts-support-hours", value = 2 },
  },
}
