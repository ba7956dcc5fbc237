-- Note regarding CAIRS data: the employment status entered on the day of
-- discharge meets it. A month cut short by the discharge needs no progress
-- note.
return {
  name = "CAIRS entered on the day of discharge: no findings",
  case = "cases/discharged.lua",
  as_of = "2026-11-20",
  findings = {},
}
