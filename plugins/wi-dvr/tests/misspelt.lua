-- A case written with a misspelt value at each place the plugin reads
-- (cases/misspelt.lua). Each is a "vocabulary" finding at its path, naming
-- the nearest declared value: an error where import refuses it (the closed
-- list of report forms, a value of an ext "one of", an undeclared ext field),
-- a warning where the value is kept as an agency's own (category, tag). What
-- the misspelt values meant is then missing, and the rules say so: the
-- Systematic Instruction is not a job support, the Job and Task Analysis has
-- no report.
return {
  name = "misspelt category, form, ext value, tag and ext field: each reported at its path",
  case = "cases/misspelt.lua",
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
