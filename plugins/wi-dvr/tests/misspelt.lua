-- The case of cases/job-ended.lua written with a misspelt value at each
-- place the plugin reads: a service category ("systematic_instructon"), a
-- report form ("DVR-18212", the reports table's list is closed), an
-- ext.section value ("job_task_anaylsis"), a note tag
-- ("job-suport-justification") and an ext field the plugin does not declare
-- (case.employment[].ext.seasonal). Each is a "vocabulary" finding at its
-- path, naming the nearest declared value: an error where import refuses it
-- (the closed list of report forms, a value of an ext "one of", an
-- undeclared ext field), a warning where the value is kept as an agency's
-- own (category, tag); none is silently read as something else. What the
-- misspelt values meant is then missing, and the rules say so: the
-- Systematic Instruction is not a job support, the Job and Task Analysis has
-- no report.
return {
  name = "misspelt category, form, ext value, tag and ext field: each reported at its path",
  case = "cases/job-ended.lua",
  set = {
    ["plans[1].services[2].category"] = "systematic_instructon",
    ["case.events[5].ext.section"] = "job_task_anaylsis",   -- the Job and Task Analysis report
    ["case.events[7].form"] = "DVR-18212",                   -- February's service summary
    ["case.notes"] = { { date = "2026-01-02", author = "S-81",
      text = "Why Job Retention: the employer asks for it.", tags = { "job-suport-justification" } } },
    ["case.employment[1].ext.seasonal"] = true,
  },
  as_of = "2026-11-23",
  findings = {
    { rule = "vocabulary", path = "case.employment[1].ext.seasonal", severity = "error" },
    { rule = "vocabulary", path = "case.events[5].ext.section", severity = "error" },
    { rule = "vocabulary", path = "case.events[7].form", severity = "error" },
    { rule = "vocabulary", path = "case.notes[1].tags[1]", severity = "warning" },
    { rule = "vocabulary", path = "plan.services[2].category", severity = "warning" },
    { rule = "wi.ips.job-supports-first-90-days", path = "case.employment[1]", severity = "error" },
    { rule = "wi.ips.deliverable-reports-5-business-days", path = "plan.services[1]", severity = "warning" },
  },
}
