-- The four titles are written exactly; enrollment is participation, not an
-- outcome.
return {
  name = "an interim goal title not written exactly, an outcome that is enrollment; QA 18 of 20",
  case = "cases/wording.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "tx.2.interim-goal-titles", path = "plan.objectives[3].title", severity = "error" },
    { rule = "tx.2.participation-not-a-goal", path = "plan.objectives[2].outcome", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20 },
  },
}
