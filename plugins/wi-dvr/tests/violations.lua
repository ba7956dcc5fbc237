-- The shipped violating case (tests/fixtures/bad-rules/wi-violations.lua):
-- one finding per broken requirement. tests/e2e/agencies.sh expects error
-- findings from the wi.ips.* rules marked (e2e) below.
return {
  name = "an IPS case that misses the Wisconsin timeframes yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/wi-violations.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "wi.ips.category-1", path = "person.most_significant_disability", severity = "error" }, -- (e2e)
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end", severity = "error" }, -- (e2e)
    { rule = "wi.ips.job-development-plan-45-days", path = "plan.services[2]", severity = "error" }, -- (e2e)
    { rule = "wi.ips.job-task-analysis-1-week", path = "plan.services[5].actual_end", severity = "error" }, -- (e2e)
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[5].at", severity = "error" }, -- (e2e)
    { rule = "wi.ips.authorization-before-service", path = "plan.services[3].start", severity = "error" }, -- (e2e)
    { rule = "wi.ips.authorization-before-service", path = "plan.services[4].authorization", severity = "error" },
    { rule = "wi.ips.supported-employment-plan", path = "plan.supported_employment.extended_services", severity = "error" },
    { rule = "wi.ips.supported-employment-plan", path = "plan.supported_employment.provider", severity = "error" },
    { rule = "wi.ips.career-profile-review-meeting", path = "plan.services[1]", severity = "error" },
    { rule = "wi.ips.job-development-monthly-reports", path = "plan.services[3]", severity = "error" },
    { rule = "wi.ips.job-matches-ipe-goal", path = "case.employment[1]", severity = "error" },
    { rule = "wi.ips.job-hire-report-5-days", path = "case.events[12]", severity = "warning" },
    { rule = "wi.ips.job-supports-first-90-days", path = "case.employment[1]", severity = "error" }, -- (e2e)
    { rule = "wi.ips.one-job-support-at-a-time", path = "plan.services[8]", severity = "error" }, -- (e2e)
    { rule = "wi.ips.retention-pwb-justification", path = "plan.services[7].ext", severity = "error" },
    { rule = "wi.ips.retention-pwb-justification", path = "plan.services[8].ext", severity = "error" },
    { rule = "wi.ips.lts-four-party-agreement", path = "case.events[16].ext.agreed_by", severity = "error" }, -- (e2e)
    { rule = "wi.ips.lts-stabilization-defined", path = "case.events[16].ext.stabilization", severity = "error" },
    { rule = "wi.ips.lts-not-before-90-days", path = "case.events[16]", severity = "error" }, -- (e2e)
    { rule = "wi.ips.lts-first-business-day", path = "case.events[16]", severity = "info" },
    { rule = "wi.ips.follow-along-90-days-after-lts", path = "case.events[17]", severity = "error" }, -- (e2e)
    { rule = "wi.ips.wage-documentation", path = "case.employment[1].ext", severity = "error" }, -- (e2e)
    { rule = "wi.ips.deliverable-reports-5-business-days", path = "plan.services[5]", severity = "warning" },
    { rule = "wi.ips.job-support-monthly-reports", path = "plan.services[6]", severity = "warning" },
    { rule = "wi.ips.job-support-monthly-reports", path = "plan.services[7]", severity = "warning" },
    { rule = "wi.ips.retention-first-of-month", path = "plan.services[7].start", severity = "warning" },
  },
  deadlines = {
    { id = "wi.deadline.first-contact-48-hours", due = "2026-02-04", due_at = "2026-02-04T16:00:00-06:00", status = "missed" },
    { id = "wi.deadline.first-contact-48-hours", due = "2026-05-06", due_at = "2026-05-06T09:00:00-05:00", status = "met" },
    { id = "wi.deadline.career-profile-60-days", due = "2026-04-03", met = "2026-04-20", status = "missed" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-06-18", status = "overdue" },
    { id = "wi.deadline.job-development-monthly-report", due = "2026-06-05", status = "overdue" },
    { id = "wi.deadline.job-hire-report-5-days", due = "2026-07-29", met = "2026-08-01", status = "missed" },
    { id = "wi.deadline.job-task-analysis-1-week", due = "2026-08-07", met = "2026-08-12", status = "missed" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-08-19", status = "overdue" },
    { id = "wi.deadline.job-support-monthly-report", due = "2026-10-07", status = "overdue" },
  },
  fees = {
    { id = "wi.fee.career-profile", date = "2026-04-24", amount = 100000 },
  },
}
