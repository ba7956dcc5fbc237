-- The 10-hour threshold from below: at 9.5 hours a week ORS does not apply,
-- so October's single service is not a finding and no monthly clock runs.
return {
  name = "ORS does not apply to a 9.5-hour job",
  case = "cases/ors-9.5-hours.lua",
  as_of = "2026-11-01",
  findings = {},
}
