-- An IEP update (version 2): the goal added by the update is set on the
-- date of the counselor note documenting it, service 68 and the earlier
-- steps predate the update, an O*NET-SOC code with its .00 suffix, a staff
-- member named as responsible party. No findings; the update is signed by
-- the customer and the career planner, as the first IEP was.
return {
  name = "an IEP update adding a goal on the date of its counselor note: no findings, QA 20 of 20",
  case = "cases/pharmacy-tech-update.lua",
  as_of = "2026-11-23",
  findings = {},
  measures = {
    { id = "tx.qa-share", value = 1, text = "20 of 20 items (100 %)" },
  },
  requirements = { signers = { { "client" }, { "career_planner" } }, approvals = {} },
}
