-- The same assessment, for a plan dated the day before it: not yet done
-- when the plan was written.
return {
  name = "initial employment assessment the day after the plan: flagged",
  case = "cases/enrolled.lua",
  plan = "NY-T-IA-EP-B",
  as_of = "2026-02-20",
  findings = {
    { rule = "ny.c14.7.initial-employment-assessment", path = "case.events[1]", severity = "error",
      message = "enrolled in PROS on 2026-01-05, but no initial employment assessment is recorded by "
        .. "the plan's date 2026-02-01: add a report event with form \"initial_employment_assessment\"" },
  },
}
