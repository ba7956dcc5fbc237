-- CSG 520.1: a special-education student's IPE "must be consistent with the
-- goals, objectives and services identified in the student's Individualized
-- Education Program". The plan records the check in the core field
-- plans[].school_iep: consistent, confirmed before the IPE's date. No note
-- is needed, and none is asked for.
return {
  name = "a student IPE whose school_iep says consistent, confirmed before its date, passes",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  findings = {},
}
