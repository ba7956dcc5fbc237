-- Feature 9: 20 or fewer clients per full-time employment specialist, scaled
-- by FTE: 20 for Pat (1 FTE), 10 for Kim (0.5 FTE), 20 for Ari (no fte
-- recorded: full time). At the limit: no finding. The team leader's 30 are
-- not an employment caseload.
return {
  name = "caseloads at the limit (20 full time, 10 half time) are fine",
  case = "cases/caseload.lua",
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-1"] = { cases = 20, roles = { employment_specialist = 20 } },
    ["S-2"] = { cases = 10, roles = { employment_specialist = 10 } },
    ["S-3"] = { cases = 30, roles = { ips_team_leader = 30 } },
    ["S-4"] = { cases = 20, roles = { employment_specialist = 20 } },
  } },
  findings = {},
}
