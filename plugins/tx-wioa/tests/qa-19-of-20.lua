-- QA above the threshold: one item not met (a SOC group for the goal).
return {
  name = "a SOC group code is not a specific occupation; QA 19 of 20 (95 %) is not flagged",
  case = "cases/qa-19-of-20.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "tx.1.occupation-soc", path = "plan.goal.soc", severity = "error" },
  },
  measures = {
    { id = "tx.qa-share", value = 19 / 20, text = "19 of 20 items (95 %)", band = "meets 90 %" },
  },
}
