-- Synthetic case for a caseload the store cannot count: the agency keeps
-- only this case of each specialist in vrtool, and records what each
-- carries across the agency in case.staff[].caseload. Pat (full time)
-- carries 21, Kim (half time) 10, the team leader 40 (not an employment
-- caseload), Ari records none.
return {
  person = { id = "P-T-CR", name = { given = "Robin", family = "Recorded" } },
  case = {
    id = "NY-T-CR", agency = "ny-pros", program = "PROS",
    staff = {
      { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1, caseload = 21 },
      { id = "S-2", name = "Kim Halftime", role = "employment_specialist", fte = 0.5, caseload = 10 },
      { id = "S-3", name = "Jo Leader", role = "ips_team_leader", fte = 1, caseload = 40 },
      { id = "S-4", name = "Ari Unrecorded", role = "employment_specialist" },
    },
  },
  plans = { {
    id = "NY-T-CR-EP", kind = "EP", date = "2026-11-02",
    goal = { own_words = "Work in a library." },
    objectives = {
      { id = "O1", title = "Visit two libraries with Pat", measure = "two visits", target = "2026-12-15" },
    },
    services = {
      { id = "S1", objective = "O1", description = "IPS job search (IRGA)", category = "ips_irga",
        responsible = "S-1", modality = "individual" },
    },
  } },
}
