-- A specific occupation with its SOC code: no finding at all (so no
-- career-cluster note either), QA 20 of 20.
return {
  name = "a pharmacy technician IEP meets every rule: no findings, QA 20 of 20",
  case = "cases/pharmacy-tech.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {},
  measures = {
    { id = "tx.qa-share", value = 1, text = "20 of 20 items (100 %)", band = "meets 90 %" },
  },
  requirements = { signers = { { "client" }, { "career_planner" } }, approvals = {} },
}
