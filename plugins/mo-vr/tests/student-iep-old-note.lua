-- CSG 520.1: the IEP check recorded the old way, in a case note tagged
-- "iep-consistency" dated before the IPE, and no plans[].school_iep. The
-- note still counts (no error: old case files keep their meaning), and a
-- warning names the field that replaces it.
return {
  name = "the old iep-consistency note still counts, with a warning naming plans[].school_iep",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  set = { ["case.notes[2]"] = { date = "2026-03-20", text = "IPE checked with the school IEP team.",
                                tags = { "iep-consistency" } } },
  unset = { "plans[1].school_iep" },
  findings = {
    { rule = "mo.520.1.student-iep-consistency-note", path = "plan.school_iep", severity = "warning",
      class = "content" },
  },
}
