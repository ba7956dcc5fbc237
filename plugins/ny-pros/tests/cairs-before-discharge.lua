-- An entry the day before the discharge is not "upon the person's
-- discharge".
return {
  name = "CAIRS entered the day before the discharge does not count",
  case = "cases/discharged-cairs-early.lua",
  as_of = "2026-11-20",
  findings = {
    { rule = "ny.c14.note.cairs-at-discharge", path = "case.events[3]", severity = "error" },
  },
}
