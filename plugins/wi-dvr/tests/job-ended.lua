-- A job that ended after six weeks (cases/job-ended.lua, end_date): no
-- transition to LTS is due for it, and job supports are needed only to its
-- last day, so no finding at all.
return {
  name = "a job ended after six weeks (end_date): no LTS clock, supports to its last day",
  case = "cases/job-ended.lua",
  as_of = "2026-11-23",
  findings = {},
  fees = {
    { id = "wi.fee.job-task-analysis", code = "079", date = "2026-01-09", amount = 27500 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-01-30", amount = 160000 },
    { id = "wi.fee.systematic-instruction", code = "079", date = "2026-02-20", amount = 160000 },
  },
  measures = {
    { id = "wi.quality.temporary", value = "yes" },
  },
}
