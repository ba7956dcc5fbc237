-- Every clock one day (or one minute) late (cases/past-the-limit.lua, the
-- twin of cases/on-the-limit.lua): one finding per broken requirement.
return {
  name = "every Wisconsin clock one day late: one finding per broken requirement",
  case = "cases/past-the-limit.lua",
  as_of = "2027-03-15",
  findings = {
    { rule = "wi.ips.youth-county-mh-team", path = "case.staff", severity = "error" },
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end", severity = "error" },
    { rule = "wi.ips.job-development-plan-45-days", path = "plan.services[2].actual_end", severity = "error" },
    { rule = "wi.ips.job-task-analysis-1-week", path = "plan.services[4].actual_end", severity = "error" },
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[5].at", severity = "error" },
    { rule = "wi.ips.career-profile-review-meeting", path = "plan.services[1]", severity = "error" },
    { rule = "wi.ips.job-development-plan-90-day-review", path = "case.events", severity = "error" },
    { rule = "wi.ips.work-experience-dvr-approval", path = "plan.services[8]", severity = "error" },
    { rule = "wi.ips.job-development-monthly-reports", path = "plan.services[3]", severity = "error" },
    { rule = "wi.ips.job-hire-report-5-days", path = "case.events[19]", severity = "warning" },
    { rule = "wi.ips.job-supports-first-90-days", path = "case.employment[1]", severity = "error" },
    { rule = "wi.ips.retention-pwb-justification", path = "plan.services[6].ext", severity = "error" },
    { rule = "wi.ips.offsite-supports-approved", path = "plan.services[5].ext.offsite_approved", severity = "error" },
    { rule = "wi.ips.offsite-supports-approved", path = "plan.services[5].ext.offsite_contact", severity = "error" },
    { rule = "wi.ips.lts-four-party-agreement", path = "case.events[24].ext.agreed_by", severity = "error" },
    { rule = "wi.ips.lts-stabilization-defined", path = "case.events[24].ext.stabilization", severity = "error" },
    { rule = "wi.ips.lts-not-before-90-days", path = "case.events[24]", severity = "error" },
    { rule = "wi.ips.lts-first-business-day", path = "case.events[24]", severity = "info" },
    { rule = "wi.ips.no-double-payment", path = "case.events[23]", severity = "error" },
    { rule = "wi.ips.follow-along-90-days-after-lts", path = "case.events[27]", severity = "error" },
    { rule = "wi.ips.wage-documentation", path = "case.employment[1].ext", severity = "error" },
    { rule = "wi.ips.deliverable-reports-5-business-days", path = "case.events[6]", severity = "warning" },
    { rule = "wi.ips.deliverable-reports-5-business-days", path = "case.events[21]", severity = "warning" },
    { rule = "wi.ips.job-support-monthly-reports", path = "plan.services[5]", severity = "warning" },
    { rule = "wi.ips.job-support-monthly-reports", path = "plan.services[6]", severity = "warning" },
    { rule = "wi.ips.retention-first-of-month", path = "plan.services[6].start", severity = "warning" },
  },
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-01-11", due_at = "2026-01-11T09:00:00-06:00",
      met = "2026-01-11", met_at = "2026-01-11T09:01:00-06:00", status = "missed" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-03-10", met = "2026-03-11", status = "missed" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-05-22", met = "2026-05-23", status = "missed" },
    { id = "wi.deadline.job-development-plan-review-90-days", due = "2026-08-30", met = "2026-08-31", status = "missed" },
    -- June ends Tuesday; Independence Day is observed Friday 07-03: due 07-08.
    { id = "wi.deadline.job-development-monthly-report", due = "2026-07-08", met = "2026-07-09", status = "missed" },
    -- August ends Monday; Labor Day is 09-07: due 09-08.
    { id = "wi.deadline.job-development-monthly-report", due = "2026-09-08", met = "2026-09-09", status = "missed" },
    { id = "wi.deadline.job-hire-report-5-days", due = "2026-09-05", met = "2026-09-06", status = "missed" },
    { id = "wi.deadline.job-task-analysis-1-week", due = "2026-09-09", met = "2026-09-10", status = "missed" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-03-18", met = "2026-03-19", status = "missed" },
    -- Saturday 05-23 + 5 business days over Memorial Day: 06-01, met.
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-06-01", met = "2026-06-01", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-09-17", met = "2026-09-18", status = "missed" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-10-07", met = "2026-10-08", status = "missed" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-11-06", status = "overdue" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-12-07", met = "2026-12-08", status = "missed" },
  },
  fees = {
    -- Late reports are still listed as earned; the basis says how late.
    { id = "wi.fee.career-profile", date = "2026-03-19", amount = 100000 },
    -- 35 hours a week at $11.99, no health insurance: $2,000, a cent below $2,200.
    { id = "wi.fee.job-development-hire", date = "2026-09-06", amount = 200000 },
    { id = "wi.fee.job-retention", date = "2026-12-08", amount = 50000 },
  },
}
