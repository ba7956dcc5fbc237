-- The same job with its end written under the old name `["end"]`
-- (cases/job-ended-old-name.lua): read as end_date, so the same result: no
-- LTS clock, supports to its last day, no finding.
return {
  name = "a job ended after six weeks (old name `end`): no LTS clock, supports to its last day",
  case = "cases/job-ended-old-name.lua",
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
