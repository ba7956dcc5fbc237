-- Issue 17: the tag written `Career Exploration` (capitals, a space) is the
-- declared tag "career-exploration": the core compares without case and
-- with space, `_` and `-` alike. The sample case (good-career-cluster.lua)
-- with its two career exploration notes tagged so: only the cluster note,
-- QA 20 of 20.
return {
  name = "a note tagged 'Career Exploration' documents the exploration: no error, QA 20 of 20",
  case = "../../../tests/fixtures/cases/tx-career-cluster.lua",
  set = { ["case.notes[2].tags[1]"] = "Career Exploration",
          ["case.notes[4].tags[1]"] = "Career Exploration" },
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-08-19", amendment = false },
  findings = {
    { rule = "tx.1.career-cluster-until-agreed", path = "plan.goal.occupation", severity = "info" },
  },
  measures = {
    { id = "tx.qa-share", value = 1, text = "20 of 20 items (100 %)", band = "meets 90 %" },
  },
}
