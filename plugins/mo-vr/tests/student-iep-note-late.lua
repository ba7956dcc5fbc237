-- CSG 520.1: a special-education student's IPE "must be consistent with"
-- the school IEP. The plan has no school_iep, and the only consistency
-- note (the old way) is dated after the IPE, so the IPE was not checked
-- against the IEP when it was agreed: an error, as before. The IPE came
-- before the school exit: that clock is met.
return {
  name = "a student's IEP-consistency note dated after the IPE does not count",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = "cases/student-iep.lua",
  set = { ["case.notes[2]"] = { date = "2026-04-08", text = "Compared with the IEP afterwards.",
                                tags = { "iep-consistency" } } },
  unset = { "plans[1].school_iep" },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep", severity = "error" } },
  deadlines = { { id = "mo.student-ipe-before-exit", due = "2026-05-22", met = "2026-04-05", status = "met" } },
}
