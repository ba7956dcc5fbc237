-- An interim goal title outside the four ("Training"); a title in other
-- case ("job search services") is the procedure's title, as the core reads
-- it (it used to be told the exact spelling); enrollment is participation,
-- not an outcome. The unknown title is also a warning of the core's rule
-- "vocabulary" (the list is open: the plugin's own rule is the error).
return {
  name = "an interim goal title not one of the four, an outcome that is enrollment; QA 18 of 20",
  case = "cases/wording.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "vocabulary", path = "plan.objectives[2].title", severity = "warning" },
    { rule = "tx.2.interim-goal-titles", path = "plan.objectives[2].title", severity = "error" },
    { rule = "tx.2.participation-not-a-goal", path = "plan.objectives[2].outcome", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20 },
  },
}
