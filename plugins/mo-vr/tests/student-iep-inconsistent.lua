-- CSG 520.1: the IPE "must be consistent with" the school IEP, and the plan
-- records that it is not (school_iep.consistent = false). An old note
-- tagged "iep-consistency" does not override the plan's own record, and no
-- old-way warning is given once the plan has school_iep.
return {
  name = "school_iep.consistent = false is an error; an old note does not override it",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  set = { ["plans[1].school_iep.consistent"] = false,
          ["case.notes[2]"] = { date = "2026-03-20", text = "IPE checked with the school IEP team.",
                                tags = { "iep-consistency" } } },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep.consistent", severity = "error" } },
}
