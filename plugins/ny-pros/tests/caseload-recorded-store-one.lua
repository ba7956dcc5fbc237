-- Feature 9 (issue 17): the store counts only this one case of each
-- specialist (1), so the recorded caseload is used: Pat's 21 is over the
-- limit, Kim's 10 at half time is not. Ari records none: the store's 1 is
-- all there is. Then the store's count is used as soon as it counts more
-- than this case: see caseload-over-limit.lua (21 counted, 5 recorded).
return {
  name = "the store counts only this case: the recorded caseload is used",
  case = "cases/caseload.lua",
  -- what the agency records each specialist carries across the agency
  set = { ["case.staff[1].caseload"] = 21,      -- Pat, full time
          ["case.staff[2].caseload"] = 10,      -- Kim, half time
          ["case.staff[3].caseload"] = 40 },    -- the team leader
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-1"] = { cases = 1, roles = { employment_specialist = 1 } },
    ["S-2"] = { cases = 1, roles = { employment_specialist = 1 } },
    ["S-3"] = { cases = 1, roles = { ips_team_leader = 1 } },
    ["S-4"] = { cases = 1, roles = { employment_specialist = 1 } },
  } },
  findings = {
    { rule = "ny.c14.9.caseload", path = "case.staff[1]", severity = "warning",
      message = "employment specialist Pat Specialist carries 21 open cases (as recorded in "
        .. "case.staff[].caseload: the store holds no other case of theirs); the recommended "
        .. "maximum at 1 FTE is 20 (20 for a full-time specialist)" },
  },
}
