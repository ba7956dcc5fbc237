-- Synthetic case for the initial employment assessment: enrolled in PROS on
-- 5 January 2026, assessed on 2 February. Plan A is dated 2 February (the
-- assessment is in time), plan B 1 February (the day before it). All names
-- are invented.
return {
  person = { id = "P-T-IA", name = { given = "Quinn", family = "Newstart" } },
  case = {
    id = "NY-T-IA", agency = "ny-pros", program = "PROS",
    staff = {
      { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 },
      { id = "S-9", name = "Lee Practitioner", role = "pros_practitioner" },
    },
    events = {
      { kind = "enrollment", date = "2026-01-05", provider = "Hilltop PROS (fictional)" },
      { kind = "report", date = "2026-02-02", form = "Initial_Employment_Assessment", staff = "S-9" },
    },
  },
  plans = {
    {
      id = "NY-T-IA-EP-A", kind = "EP", date = "2026-02-02",
      goal = { own_words = "Work with computers." },
      objectives = { { id = "O1", title = "Visit a repair shop", measure = "one visit", target = "2026-02-27" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    },
    {
      id = "NY-T-IA-EP-B", kind = "EP", date = "2026-02-01",
      goal = { own_words = "Work with computers." },
      objectives = { { id = "O1", title = "Visit a repair shop", measure = "one visit", target = "2026-02-27" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    },
  },
}
