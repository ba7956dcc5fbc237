-- Feature 9: one over the limit, for each specialist: 21 full time, 11 at
-- half time, 21 with no fte recorded (taken as full time). The store counts
-- more than this one case for each, so its count is used, not the caseload
-- Pat's record gives (5: the store's count wins when it counts other cases).
return {
  name = "caseloads one over the limit (21 full time, 11 half time) are flagged",
  case = "cases/caseload.lua",
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-1"] = { cases = 21, roles = { employment_specialist = 21 } },
    ["S-2"] = { cases = 11, roles = { employment_specialist = 11 } },
    ["S-3"] = { cases = 30, roles = { ips_team_leader = 30 } },
    ["S-4"] = { cases = 21, roles = { employment_specialist = 21 } },
  } },
  findings = {
    { rule = "ny.c14.9.caseload", path = "case.staff[1]", severity = "warning",
      message = "employment specialist Pat Specialist carries 21 open cases (counted in the "
        .. "store); the recommended maximum at 1 FTE is 20 (20 for a full-time specialist)" },
    { rule = "ny.c14.9.caseload", path = "case.staff[2]", severity = "warning",
      message = "employment specialist Kim Halftime carries 11 open cases (counted in the "
        .. "store); the recommended maximum at 0.5 FTE is 10 (20 for a full-time specialist)" },
    { rule = "ny.c14.9.caseload", path = "case.staff[4]", severity = "warning",
      message = "employment specialist Ari Unrecorded carries 21 open cases (counted in the "
        .. "store); the recommended maximum (no fte recorded: full time) is 20 (20 for a "
        .. "full-time specialist)" },
  },
}
