-- Note regarding definition of competitive employment: $15.75 on 31 December
-- 2025 is over the rest-of-state minimum of $15.50.
return {
  name = "a $15.75 goal on 2025-12-31 meets the $15.50 minimum",
  case = "cases/min-wage.lua",
  plan = "NY-T-MW-EP-A",
  as_of = "2026-01-10",
  findings = {},
}
