-- Feature 7: the initial employment assessment of a person enrolling in
-- PROS, recorded on the plan's own date: in time.
return {
  name = "initial employment assessment on the plan's date: no finding",
  case = "cases/enrolled.lua",
  plan = "NY-T-IA-EP-A",
  as_of = "2026-02-20",
  findings = {},
}
