-- QA above the threshold: one item not met (a SOC group for the goal).
return {
  name = "a SOC group code is not a specific occupation; QA 19 of 20 (95 %) is not flagged",
  case = "cases/qa-19-of-20.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "tx.1.occupation-soc", path = "plan.goal.soc", severity = "error" },
  },
  measures = {
    { id = "tx.qa-share", value = 19 / 20, text = "19 of 20 items (95 %)", band = "meets 90 %" },
  },
}
