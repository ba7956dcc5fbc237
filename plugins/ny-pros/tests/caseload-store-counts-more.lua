-- Feature 9 (issue 17): the store counts two cases of Pat's, more than this
-- one, so its count is used (2: under the limit), not the recorded 21; Kim:
-- the store counts 11 at half time, over 10, though 10 are recorded.
return {
  name = "the store counts more than this case: its count is used, not the recorded one",
  case = "cases/caseload.lua",
  -- what the agency records each specialist carries across the agency
  set = { ["case.staff[1].caseload"] = 21,      -- Pat, full time
          ["case.staff[2].caseload"] = 10,      -- Kim, half time
          ["case.staff[3].caseload"] = 40 },    -- the team leader
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-1"] = { cases = 2, roles = { employment_specialist = 2 } },
    ["S-2"] = { cases = 11, roles = { employment_specialist = 11 } },
  } },
  findings = {
    { rule = "ny.c14.9.caseload", path = "case.staff[2]", severity = "warning",
      message = "employment specialist Kim Halftime carries 11 open cases (counted in the "
        .. "store); the recommended maximum at 0.5 FTE is 10 (20 for a full-time specialist)" },
  },
}
