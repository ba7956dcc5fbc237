-- CSG 520.1: a special-education student's IPE with no record at all that
-- it was checked against the school IEP (no plans[].school_iep, no note):
-- an error naming the field.
return {
  name = "a student IPE with no school_iep (and no old note) is an error",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  unset = { "plans[1].school_iep" },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep", severity = "error" } },
}
