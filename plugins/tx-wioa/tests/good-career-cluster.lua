-- The sample case (tests/fixtures/cases/tx-career-cluster.lua): a career
-- cluster goal backed by exploration notes, the four interim goals set on
-- the service 68 start date, a signed copy in Spanish. Meets every rule;
-- the only finding is the note that the cluster stands until an occupation
-- is agreed. Customer and career planner sign; no approval.
return {
  name = "a Spanish-speaking customer exploring a career cluster: only the cluster note, QA 20 of 20",
  case = "../../../tests/fixtures/cases/tx-career-cluster.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-08-19", amendment = false },
  findings = {
    { rule = "tx.1.career-cluster-until-agreed", path = "plan.goal.occupation", severity = "info" },
  },
  measures = {
    { id = "tx.qa-share", value = 1, text = "20 of 20 items (100 %)", band = "meets 90 %" },
  },
  requirements = { signers = { { "client" }, { "career_planner" } }, approvals = {} },
}
