-- Feature 2, zero exclusion, met: the record shows psychiatric
-- hospitalisations, a substance use history, no work history and concerns
-- about presentation, a discharge for a move and a readmission, and a job
-- that ended when the person was fired; IPS went on. No rule refuses the
-- plan on any of these grounds: no findings at all.
return {
  name = "zero exclusion: history, substance use, readiness and presentation on file, no findings",
  as_of = "2026-07-31",
  case = {
    person = { id = "P-T-ZX", name = { given = "Jordan", family = "Anypoint" } },
    case = {
      id = "NY-T-ZX", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "discharge", date = "2026-02-10", reason = "Moved to Buffalo" },
        { kind = "report", date = "2026-02-10", form = "CAIRS", note = "Employment status: unemployed." },
        { kind = "readmission", date = "2026-05-04", reason = "Moved back; wants to work" },
        { kind = "ips_entry", date = "2026-05-04", staff = "S-1" },
        { kind = "employer_contact", date = "2026-05-12", staff = "S-1" },
        { kind = "job_start", date = "2026-06-01", job = "J1", hours_week = 15 },
        { kind = "contact", date = "2026-06-09", staff = "S-1", minutes = 30, modality = "individual" },
        { kind = "contact", date = "2026-06-23", staff = "S-1", minutes = 30, modality = "individual" },
        { kind = "job_end", date = "2026-07-10", job = "J1", reason = "Fired for lateness" },
        { kind = "contact", date = "2026-07-13", staff = "S-1", minutes = 45, modality = "individual",
          purpose = "job search", note = "Job search again after the job ended." },
      },
      employment = {
        { id = "J1", employer = "Eastside Car Wash", title = "Attendant", wage_cents_hour = 1600,
          hours_week = 15, start = "2026-06-01", end_date = "2026-07-10", open_to_public = true },
      },
      notes = {
        { date = "2026-05-04", author = "S-1", kind = "intake note",
          text = "Three psychiatric hospitalizations; alcohol and cannabis use history; never "
            .. "worked; staff noted poor hygiene. Wants a job now: started IPS today." },
        { date = "2026-06-30", author = "S-1", kind = "progress note", text = "First month working." },
      },
      ext = { ny_region = "rest_of_state" },
    },
    plans = { {
      id = "NY-T-ZX-EP", kind = "EP", date = "2026-05-11",
      goal = { own_words = "Any job where I am outside and moving." },
      objectives = {
        { id = "O1", title = "Apply at three car washes with Pat", measure = "three applications",
          target = "2026-06-15" },
      },
      services = {
        { id = "S1", objective = "O1", description = "IPS job search (IRGA)", category = "ips_ir",
          responsible = "S-1", modality = "individual" },
      },
    } },
  },
  findings = {},
}
