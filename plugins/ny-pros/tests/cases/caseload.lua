-- Synthetic case for the caseload tests: a full-time and a half-time
-- employment specialist, and a team leader whose caseload is not limited.
-- The counts come from each test's `summary` (the host's caseload); Pat's
-- recorded caseload (5) is not used while the store counts other cases.
return {
  person = { id = "P-T-CL", name = { given = "Robin", family = "Loadtest" } },
  case = {
    id = "NY-T-CL", agency = "ny-pros", program = "PROS",
    staff = {
      -- the caseload Pat's record gives: used only when the store counts no
      -- other case of Pat's (case.staff[].caseload)
      { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1, caseload = 5 },
      { id = "S-2", name = "Kim Halftime", role = "employment_specialist", fte = 0.5 },
      { id = "S-3", name = "Jo Leader", role = "ips_team_leader", fte = 1 },
      { id = "S-4", name = "Ari Unrecorded", role = "employment_specialist" },
    },
  },
  plans = { {
    id = "NY-T-CL-EP", kind = "EP", date = "2026-11-02",
    goal = { own_words = "Work in a library." },
    objectives = {
      { id = "O1", title = "Visit two libraries with Pat", measure = "two visits", target = "2026-12-15" },
    },
    services = {
      { id = "S1", objective = "O1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" },
    },
  } },
}
