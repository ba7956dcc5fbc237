-- Two part-time jobs moved to long-term supports, one on the six-month
-- limit and one a day past it (cases/six-months.lua); the IPE names no job
-- and plans Systematic Instruction without a Job and Task Analysis.
return {
  name = "transition to LTS on the six-month limit is paid, a day later is not",
  case = "cases/six-months.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "wi.ips.specific-job-goal", path = "plan.goal.occupation", severity = "warning" },
    { rule = "wi.ips.si-uses-jta", path = "plan.services[2]", severity = "warning" },
    { rule = "wi.ips.lts-within-six-months", path = "case.events[21]", severity = "warning" },
  },
  deadlines = {
    { id = "wi.deadline.lts-within-six-months", due = "2026-09-01", met = "2026-09-01", status = "met" },
    { id = "wi.deadline.lts-within-six-months", due = "2026-09-30", met = "2026-10-01", status = "missed" },
  },
  fees = {
    -- 20 hours a week at $9.00, no benefits: the $2,000 tier at its edge.
    { id = "wi.fee.job-development-hire", date = "2026-03-01", amount = 200000 },
    -- J1 only: J2's transition came after its six months.
    { id = "wi.fee.lts-transition", date = "2026-09-03", amount = 130000 },
  },
  measures = {
    { id = "wi.quality.second-hire", value = "2026-03-31" },
    { id = "wi.quality.hours", value = 19.5, band = "below the IPE" },
    { id = "wi.quality.benefits", value = "yes", band = "with health insurance" },
    { id = "wi.quality.job-title", value = "Mail Clerk", band = "Office and Administrative Support" },
    { id = "wi.quality.days-to-hire", value = 58 },
    { id = "wi.quality.days-to-lts", value = 242 },
  },
}
