-- Synthetic case for the CAIRS tests: discharged from PROS on 15 October
-- 2026 (the person's choice: a full-time job elsewhere), with the CAIRS
-- employment status entered the same day. October, cut short by the
-- discharge, needs no progress note. All names are invented.
return {
  person = { id = "P-T-DC", name = { given = "Taylor", family = "Movingon" } },
  case = {
    id = "NY-T-DC", agency = "ny-pros", program = "PROS", status = "closed",
    staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
    events = {
      { kind = "ips_entry", date = "2026-07-27", staff = "S-1" },
      { kind = "employer_contact", date = "2026-08-05", staff = "S-1" },
      { kind = "discharge", date = "2026-10-15", reason = "Chose to leave: full-time job out of county" },
      { kind = "report", date = "2026-10-15", form = "CAIRS",
        ext = { employment_status = "employed full time, competitive" } },
    },
    notes = {
      { date = "2026-09-29", author = "S-1", kind = "progress note", text = "Two interviews." },
    },
  },
  plans = { {
    id = "NY-T-DC-EP", kind = "EP", date = "2026-08-03",
    goal = { own_words = "Full-time work in a print shop." },
    objectives = { { id = "O1", title = "Interview at two print shops", measure = "two interviews",
      target = "2026-09-30" } },
    services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
      responsible = "S-1", modality = "individual" } },
  } },
}
