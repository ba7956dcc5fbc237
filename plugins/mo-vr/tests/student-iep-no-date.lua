-- CSG 520.1: plans[].school_iep says the IPE is consistent with the school
-- IEP but not when that was checked, so it cannot show the check came
-- before the version was agreed: an error naming school_iep.confirmed.
return {
  name = "school_iep without the day it was confirmed is an error",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  unset = { "plans[1].school_iep.confirmed" },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep.confirmed", severity = "error" } },
}
