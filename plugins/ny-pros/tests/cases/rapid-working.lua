-- The rapid job search case for a person who already had a job on entering
-- IPS (and wants support in it): no job-search clock. All names are
-- invented.
return {
  person = { id = "P-T-RJS", name = { given = "Alex", family = "Quickstart" } },
  case = {
    id = "NY-T-RJS", agency = "ny-pros", program = "PROS",
    staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
    employment = {
      { id = "J1", employer = "Corner Hardware", title = "Stock Clerk", wage_cents_hour = 1600,
        hours_week = 12, start = "2026-01-12", open_to_public = true, integrated = true },
    },
    ext = { ny_region = "rest_of_state" },
    events = {
      { kind = "ips_entry", date = "2026-03-02", staff = "S-1" },
      { kind = "contact", date = "2026-03-02", staff = "S-1", minutes = 60, modality = "individual",
        purpose = "career profile", component = "IR" },
    },
  },
  plans = { {
    id = "NY-T-RJS-EP", kind = "EP", date = "2026-03-09",
    goal = { own_words = "I want to drive a delivery van." },
    objectives = {
      { id = "O1", title = "Meet two delivery companies with Pat", measure = "two meetings",
        target = "2026-04-30" },
    },
    services = {
      { id = "S1", objective = "O1", description = "IPS job development (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" },
    },
  } },
}
