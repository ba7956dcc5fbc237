-- Synthetic case for the ORS tests: a person working exactly 10 hours a
-- week from 17 August 2026. September has two 30-minute employment
-- services from the employment specialist; October has one that counts and
-- three that do not (29 minutes; a PROS practitioner; a housing errand).
-- All names are invented.
return {
  person = { id = "P-T-ORS", name = { given = "Sam", family = "Tenhours" } },
  case = {
    id = "NY-T-ORS", agency = "ny-pros", program = "PROS",
    staff = {
      { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 },
      { id = "S-9", name = "Lee Practitioner", role = "pros_practitioner" },
    },
    events = {
      { kind = "ips_entry", date = "2026-07-06", staff = "S-1" },
      { kind = "employer_contact", date = "2026-07-20", staff = "S-1" },
      { kind = "job_start", date = "2026-08-17", job = "J1", hours_week = 10 },
      { kind = "contact", date = "2026-09-09", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "employment service", component = "ORS" },
      { kind = "contact", date = "2026-09-23", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "job support", component = "ORS" },
      { kind = "contact", date = "2026-10-07", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "employment service", component = "ORS" },
      { kind = "contact", date = "2026-10-14", staff = "S-1", minutes = 29, modality = "individual",
        purpose = "employment service", component = "ORS" },
      { kind = "contact", date = "2026-10-21", staff = "S-9", minutes = 45, modality = "individual",
        purpose = "employment service", component = "CRS" },
      { kind = "contact", date = "2026-10-28", staff = "S-1", minutes = 40, modality = "individual",
        purpose = "housing", component = "CRS" },
      { kind = "contact", date = "2026-11-04", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "employment service", component = "ORS" },
    },
    employment = {
      { id = "J1", employer = "Maple Street Bakery", title = "Counter Clerk", wage_cents_hour = 1600,
        hours_week = 10, start = "2026-08-17", open_to_public = true, integrated = true },
    },
    notes = {
      { date = "2026-09-30", author = "S-1", kind = "progress note", text = "Two ORS contacts." },
      { date = "2026-10-30", author = "S-1", kind = "progress note", text = "One ORS contact." },
    },
    ext = { ny_region = "rest_of_state" },
  },
  plans = { {
    id = "NY-T-ORS-EP", kind = "EP", date = "2026-08-03",
    goal = { own_words = "A few shifts a week at a bakery counter.", wage_cents_hour = 1600 },
    objectives = {
      { id = "O1", title = "Keep my Tuesday and Thursday shifts", measure = "no missed shifts in a month",
        start = "2026-08-17", target = "2026-12-31" },
    },
    services = {
      { id = "S1", objective = "O1", description = "IPS follow-along supports (ORS)", category = "ips_ors",
        responsible = "S-1", start = "2026-08-17", modality = "individual" },
    },
  } },
}
