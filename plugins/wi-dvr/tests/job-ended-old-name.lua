-- The same job (cases/job-ended.lua) with its end written under the old
-- field name `["end"]` (a Lua keyword, hence the quotes), as case files did
-- before the field became end_date. The changed case is checked again as a
-- case file is, so `end` is read as end_date: the same result, no LTS
-- clock, supports to its last day, no finding.
return {
  name = "a job ended after six weeks (old name `end`): no LTS clock, supports to its last day",
  case = "cases/job-ended.lua",
  set = { ["case.employment[1].end"] = "2026-02-13" },
  unset = { "case.employment[1].end_date" },
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
