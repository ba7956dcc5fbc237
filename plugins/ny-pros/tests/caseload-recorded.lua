-- Feature 9 when the store holds no other case of the specialists (issue
-- 17): no caseload summary, so the caseload the agency records in
-- case.staff[].caseload is used, and the finding says so. Pat's 21 (full
-- time) is over 20; Kim's 10 at 0.5 FTE is at the limit; the team leader's
-- 40 is not an employment caseload; Ari records none: nothing to check.
return {
  name = "a recorded caseload is used when the store counts no other case",
  case = "cases/caseload.lua",
  -- what the agency records each specialist carries across the agency
  set = { ["case.staff[1].caseload"] = 21,      -- Pat, full time
          ["case.staff[2].caseload"] = 10,      -- Kim, half time
          ["case.staff[3].caseload"] = 40 },    -- the team leader
  as_of = "2026-11-23",
  findings = {
    { rule = "ny.c14.9.caseload", path = "case.staff[1]", severity = "warning",
      message = "employment specialist Pat Specialist carries 21 open cases (as recorded in "
        .. "case.staff[].caseload: the store holds no other case of theirs); the recommended "
        .. "maximum at 1 FTE is 20 (20 for a full-time specialist)" },
  },
}
