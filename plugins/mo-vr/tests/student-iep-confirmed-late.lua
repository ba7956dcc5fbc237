-- CSG 520.1: the IPE was checked against the school IEP (school_iep) only
-- after the version's date: the version agreed was not the one checked.
-- As with the old note dated after the IPE, an error.
return {
  name = "school_iep confirmed after the IPE's date is an error",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  set = { ["plans[1].school_iep.confirmed"] = "2026-04-08" },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep.confirmed", severity = "error" } },
}
