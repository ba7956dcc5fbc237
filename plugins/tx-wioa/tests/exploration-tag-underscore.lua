-- Issue 17: a career exploration note tagged `career_exploration` is the
-- note tx.1.exploration-notes asks for. The plugin used to turn `_` into a
-- space and compare with "career-exploration", so this case got the error;
-- the core's one normaliser reads the tag as declared. The sample case
-- (good-career-cluster.lua) with its two career exploration notes tagged so:
-- the same result, only the cluster note, QA 20 of 20.
return {
  name = "a note tagged career_exploration documents the exploration: no error, QA 20 of 20",
  case = "../../../tests/fixtures/cases/tx-career-cluster.lua",
  set = { ["case.notes[2].tags[1]"] = "career_exploration",
          ["case.notes[4].tags[1]"] = "career_exploration" },
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-08-19", amendment = false },
  findings = {
    { rule = "tx.1.career-cluster-until-agreed", path = "plan.goal.occupation", severity = "info" },
  },
  measures = {
    { id = "tx.qa-share", value = 1, text = "20 of 20 items (100 %)", band = "meets 90 %" },
  },
}
