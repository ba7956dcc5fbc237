-- Synthetic case written with other case and separators, and with old
-- spellings (`was`), for every kind of value the plugin reads: the rules
-- see the declared spellings (vrtool plugin vocab ny-pros), so every
-- requirement it meets is met and every one it breaks is found. All names
-- are invented.
return {
  person = { id = "P-T-SP", name = { given = "Sam", family = "Spelling" } },
  case = {
    id = "NY-T-SP", agency = "ny-pros", program = "PROS",
    staff = {
      { id = "S-1", name = "Pat Specialist", role = "Employment Specialist", fte = 1 },
      { id = "S-9", name = "Lee Practitioner", role = "PROS-Practitioner" },
    },
    events = {
      { kind = "enrollment", date = "2026-08-03" },
      -- old spelling of initial_employment_assessment
      { kind = "report", date = "2026-08-10", form = "employment assessment", staff = "S-9" },
      { kind = "ips_entry", date = "2026-08-17", staff = "S-1" },
      { kind = "employer_contact", date = "2026-08-24", staff = "S-1" },
      -- ORS contacts: purposes in other case and an old spelling
      -- (follow-along = job_support), components in lower case
      { kind = "contact", date = "2026-09-08", staff = "S-1", minutes = 45, modality = "Individual",
        purpose = "Job-Support", component = "ors" },
      { kind = "contact", date = "2026-09-22", staff = "S-1", minutes = 30, modality = "INDIVIDUAL",
        purpose = "follow-along", component = "Ors" },
      { kind = "contact", date = "2026-10-06", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "Benefits", component = "ORS" },
      { kind = "contact", date = "2026-10-20", staff = "S-1", minutes = 30, modality = "individual",
        purpose = "employment service", component = "ors" },
      -- the add-on: October claimed under IR and ORS (written "ir" and "Ors")
      { kind = "payment", date = "2026-09-30", component = "ors" },
      { kind = "payment", date = "2026-10-30", component = "ir" },
      { kind = "payment", date = "2026-10-31", component = "Ors" },
      { kind = "discharge", date = "2026-11-10", reason = "Moved out of state" },
      -- old spelling of CAIRS
      { kind = "report", date = "2026-11-10", form = "CAIRS entry", staff = "S-1",
        ext = { employment_status = "employed part time, competitive" } },
    },
    employment = {
      { id = "J1", employer = "Statewide Industries (fictional)", title = "Assembler",
        wage_cents_hour = 1600, hours_week = 20, start = "2026-09-01", open_to_public = false,
        ext = { arrangement = "NYSID", ny_region = "Rest_Of_State" } },
    },
    notes = {
      -- old spelling of the kind progress_note
      { date = "2026-09-30", author = "S-1", kind = "Monthly Progress Note", text = "Two ORS contacts." },
      { date = "2026-10-30", author = "S-1", tags = { "PROGRESS NOTE" }, text = "Two ORS contacts." },
    },
    ext = { ny_region = "NYC" },
  },
  plans = { {
    id = "NY-T-SP-EP", kind = "EP", date = "2026-08-20",
    goal = { own_words = "Assembly work, days.", wage_cents_hour = 1650 },
    objectives = { { id = "O1", title = "Tour the plant", measure = "one tour", target = "2026-08-31" } },
    services = {
      -- an old spelling of ips_irga: an IPS practice by its category alone
      -- (a practitioner is responsible), planned as a group
      { id = "S1", objective = "O1", description = "IPS job search", category = "IR: IRGA (IPS)",
        responsible = "S-9", modality = "group" },
      { id = "S2", objective = "O1", description = "Medication management",
        category = "Clinic-Treatment", responsible = "S-1", modality = "individual" },
    },
  } },
}
