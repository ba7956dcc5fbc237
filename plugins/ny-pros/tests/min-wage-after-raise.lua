-- The same goal on 1 January 2026 is under the new $16.00 minimum.
return {
  name = "a $15.75 goal on 2026-01-01 is under the $16.00 minimum",
  case = "cases/min-wage.lua",
  plan = "NY-T-MW-EP-B",
  as_of = "2026-01-10",
  findings = {
    { rule = "ny.c14.note.competitive-goal", path = "plan.goal.wage_cents_hour", severity = "error",
      message = "the goal wage $15.75 an hour is under the New York minimum wage of $16.00 on "
        .. "2026-01-01 (rest of the state): an IPS goal is competitive employment" },
  },
}
