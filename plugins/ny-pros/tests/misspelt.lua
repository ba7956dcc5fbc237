-- Issue 17: misspelt values are reported field by field, with the nearest
-- declared value, and none is silently read as something else. A closed
-- vocabulary (component, contact modality) or a declared "one of" ext field
-- (arrangement) refuses an unknown value (an error finding here; import
-- refuses the file); an open one (purpose, tag, category) keeps it with a
-- warning; an undeclared ext field (ny_regoin) is an error. What each value
-- meant is not read: the contact "jb support" does not count toward ORS, the
-- contact in the "grop" modality is not one-to-one (so September had no ORS
-- service), the note tagged "progres-note" is not the month's progress note,
-- and the job whose arrangement is "nysd" is not a NYSID position, so it is
-- flagged as closed to the public.
return {
  name = "misspelt values: reported with a suggestion, none read as meant",
  as_of = "2026-11-02",
  case = {
    person = { id = "P-T-MS", name = { given = "Mo", family = "Misspelt" } },
    case = {
      id = "NY-T-MS", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "ips_entry", date = "2026-08-17", staff = "S-1" },
        { kind = "employer_contact", date = "2026-08-24", staff = "S-1" },
        { kind = "contact", date = "2026-09-08", staff = "S-1", minutes = 45, modality = "individual",
          purpose = "jb support", component = "ORS" },
        { kind = "contact", date = "2026-09-22", staff = "S-1", minutes = 30, modality = "grop",
          purpose = "job support", component = "ORS" },
        { kind = "payment", date = "2026-09-30", component = "OSR" },
        { kind = "contact", date = "2026-10-06", staff = "S-1", minutes = 30, modality = "individual",
          purpose = "job_support", component = "ORS" },
        { kind = "contact", date = "2026-10-20", staff = "S-1", minutes = 30, modality = "individual",
          purpose = "job_support", component = "ORS" },
      },
      employment = {
        { id = "J1", employer = "Riverside Bakery (fictional)", wage_cents_hour = 1600,
          hours_week = 20, start = "2026-09-01", open_to_public = true },
        { id = "J2", employer = "Statewide Industries (fictional)", wage_cents_hour = 1600,
          hours_week = 4, start = "2026-09-01", open_to_public = false,
          ext = { arrangement = "nysd" } },
      },
      notes = {
        { date = "2026-09-30", author = "S-1", tags = { "progres-note" }, text = "Two contacts." },
        { date = "2026-10-30", author = "S-1", tags = { "progress-note" }, text = "Two contacts." },
      },
      ext = { ny_regoin = "rest_of_state" },
    },
    plans = { {
      id = "NY-T-MS-EP", kind = "EP", date = "2026-08-20",
      goal = { own_words = "Assembly work, days." },
      objectives = { { id = "O1", title = "Tour the plant", measure = "one tour", target = "2026-08-31" } },
      services = {
        { id = "S1", objective = "O1", description = "IPS job search", category = "ips_irgaa",
          responsible = "S-1", modality = "individual" },
      },
    } },
  },
  findings = {
    { rule = "vocabulary", path = "case.events[3].purpose", severity = "warning" },
    { rule = "vocabulary", path = "case.events[4].modality", severity = "error" },
    { rule = "vocabulary", path = "case.events[5].component", severity = "error" },
    { rule = "vocabulary", path = "case.employment[2].ext.arrangement", severity = "error" },
    { rule = "vocabulary", path = "case.notes[1].tags[1]", severity = "warning" },
    { rule = "vocabulary", path = "case.ext.ny_regoin", severity = "error" },
    { rule = "vocabulary", path = "plan.services[1].category", severity = "warning" },
    { rule = "ny.c14.crs.monthly-progress-notes", path = "case.notes", severity = "warning",
      message = "no progress note is recorded for 2026-09: the IPS work is documented in "
        .. "monthly progress notes (a note of kind \"progress note\")" },
    { rule = "ny.c14.note.competitive-jobs", path = "case.employment[2]", severity = "warning" },
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      message = "in 2026-09, working 20 hours a week at Riverside Bakery (fictional), the person "
        .. "had 0 employment service(s) of 30 minutes or more from a vocational specialist; ORS "
        .. "requires at least 2 a month" },
  },
}
