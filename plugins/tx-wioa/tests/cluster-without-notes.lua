-- A career cluster is a goal only while the exploration is documented; an
-- IEP with no follow-up step at all is told to add one to its last goal.
-- The missing note is staff's record, not the IEP's text: an error of class
-- conduct, shown at signing but no longer blocking it.
return {
  name = "a career cluster with no exploration note, and no follow-up step; QA 18 of 20",
  case = "cases/cluster-without-notes.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "tx.1.career-cluster-until-agreed", path = "plan.goal.occupation", severity = "info" },
    { rule = "tx.1.exploration-notes", path = "case.notes", severity = "error", class = "conduct" },
    { rule = "tx.2.follow-up-under-last-goal", path = "plan.services", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20 },
  },
}
