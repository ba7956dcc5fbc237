-- Generated from the sample case and reviewed: what the plugin must say about it.
return {
  name = "an IPS case that misses the Wisconsin timeframes yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/wi-violations.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "wi.ips.category-1", path = "person.most_significant_disability", severity = "error" },
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end", severity = "error" },
    { rule = "wi.ips.job-development-plan-45-days", path = "plan.services[2]", severity = "error" },
    { rule = "wi.ips.job-task-analysis-1-week", path = "plan.services[5].actual_end", severity = "error" },
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[5].at", severity = "error" },
    { rule = "wi.ips.authorization-before-service", path = "plan.services[3].start", severity = "error" },
    { rule = "wi.ips.authorization-before-service", path = "plan.services[4].authorization", severity = "error" },
    { rule = "wi.ips.job-matches-ipe-goal", path = "case.employment[1]", severity = "warning" },
    { rule = "wi.ips.job-hire-report-5-days", path = "case.events[12]", severity = "warning" },
    { rule = "wi.ips.job-supports-first-90-days", path = "case.employment[1]", severity = "error" },
    { rule = "wi.ips.one-job-support-at-a-time", path = "plan.services[8]", severity = "error" },
    { rule = "wi.ips.lts-four-party-agreement", path = "case.events[16].ext.agreed_by", severity = "error" },
    { rule = "wi.ips.lts-not-before-90-days", path = "case.events[16]", severity = "error" },
    { rule = "wi.ips.follow-along-90-days-after-lts", path = "case.events[17]", severity = "error" },
    { rule = "wi.ips.wage-documentation", path = "case.employment[1].ext", severity = "error" },
  },
  deadlines = {
    { id = "wi.ips.first-contact-48-hours", due = "2026-02-04T16:00:00-06:00", status = "met", late = true },
    { id = "wi.ips.first-contact-48-hours", due = "2026-05-06T09:00:00-05:00", status = "met", late = false },
    { id = "wi.ips.first-contact-48-hours", due = "2026-05-20T10:00:00-05:00", status = "met", late = false },
    { id = "wi.ips.first-contact-48-hours", due = "2026-07-31T10:00:00-05:00", status = "met", late = false },
    { id = "wi.ips.deliverables", due = "2026-04-03", status = "met", late = true },
    { id = "wi.ips.deliverables", due = "2026-06-18", status = "overdue", late = false },
  },
  fees = {
    { id = "wi.fee.career-profile", date = "2026-04-24", amount = 100000 },
  },
}
