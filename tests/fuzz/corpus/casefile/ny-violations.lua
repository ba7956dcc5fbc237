-- Synthetic New York PROS case that breaks the ny-pros rules on purpose.
-- All names, programs and employers are invented. As of 2026-11-23, expected:
--   errors:
--     ny.c14.2.zero-exclusion             exclusion reason on file (job readiness);
--                                         2025 discharge for a substance use relapse
--     ny.c14.7.initial-employment-assessment  enrolled in PROS in 2025, no initial
--                                         employment assessment recorded
--     ny.c14.funding.one-add-on-a-month   May 2026 add-on billed under IR and ORS
--     ny.c14.ips.individual-modality      IPS service S2 planned as a group;
--                                         a group "contact" by the employment specialist
--     ny.c14.ep.own-words                 no goal.own_words
--     ny.c14.ep.behavioral-objectives     objective O2 has no measure
--     ny.c14.ep.people-services-supports  service S3 names no one responsible
--     ny.c14.ep.time-frames               O1 and O2 have no target date
--     ny.c14.ors.monthly-contacts         working 20 h/week: one 30-minute contact in
--                                         September, one in October (a group and a
--                                         15-minute contact do not count)
--     ny.c14.fidelity.item-scores         a self-evaluation with 24 scores, one of them 6
--     ny.c14.note.competitive-goal        goal wage $14.00 under the $16.00 minimum
--     ny.c14.note.cairs-at-discharge      2025 discharge without a CAIRS entry
--   warnings:
--     ny.c14.5.benefits-counseling        SSI recipient, no benefits counseling
--     ny.c14.7.rapid-job-search           first employer contact 64 days after IPS entry
--     ny.c14.8.employment-services-only   an employment specialist runs medication
--                                         management (Clinic Treatment)
--     ny.c14.crs.monthly-progress-notes   no progress note for October 2026
--     ny.c14.note.competitive-jobs        sheltered workshop job, $9.00, not open to the public
--     ny.c14.9.caseload                   only with a caseload summary: the plugin test
--                                         gives Morgan Example 23 open cases
--   info:
--     ny.c14.ips.one-specialist           two employment specialists
return {
  person = {
    id = "P-NY-0002",
    name = { given = "Jamie", family = "Counterexample" },
    birth_date = "1991-02-17",
    language = "en",
    ssa_beneficiary = true,
  },
  case = {
    id = "NY-2026-0002",
    agency = "ny-pros",
    program = "PROS",
    status = "open",
    staff = {
      { id = "S-NY-05", name = "Morgan Example", role = "employment_specialist",
        title = "IPS Employment Specialist" },
      { id = "S-NY-06", name = "Taylor Standin", role = "employment_specialist",
        title = "IPS Employment Specialist" },
      { id = "S-NY-09", name = "Robin Testwell", role = "pros_practitioner",
        title = "PROS Practitioner" },
    },
    events = {
      { kind = "enrollment", date = "2025-06-02", provider = "Lakeshore PROS (fictional)" },
      { kind = "discharge", date = "2025-11-10", reason = "Relapse: substance use, not appropriate for IPS" },
      { kind = "readmission", date = "2026-01-05", reason = "Asked to come back to look for work" },
      { kind = "ips_entry", date = "2026-01-05", staff = "S-NY-05" },
      { kind = "employer_contact", date = "2026-03-10", staff = "S-NY-06" },
      { kind = "job_start", date = "2026-04-01", job = "J2", hours_week = 20 },
      { kind = "contact", date = "2026-04-08", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-04-22", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-05-06", staff = "S-NY-05", minutes = 30, modality = "individual",
        component = "IR" },
      { kind = "contact", date = "2026-05-20", staff = "S-NY-05", minutes = 30, modality = "individual",
        component = "ORS" },
      { kind = "payment", date = "2026-05-29", component = "IR", service = "PROS IR add-on" },
      { kind = "payment", date = "2026-05-31", component = "ORS", service = "PROS ORS add-on" },
      { kind = "contact", date = "2026-06-03", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-06-17", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-07-01", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-07-15", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-08-05", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-08-19", staff = "S-NY-05", minutes = 30, modality = "individual" },
      { kind = "fidelity_review", date = "2026-08-31",
        ext = { items = { 3, 2, 2,  3, 3, 2, 4, 3, 1, 3, 2,  3, 2, 3, 3, 2, 2, 6, 3, 3, 2, 3, 3, 2 } } },
      { kind = "contact", date = "2026-09-15", staff = "S-NY-05", minutes = 45, modality = "individual" },
      { kind = "contact", date = "2026-10-06", staff = "S-NY-06", minutes = 60, modality = "group",
        note = "Job club." },
      { kind = "contact", date = "2026-10-20", staff = "S-NY-06", minutes = 30, modality = "individual" },
      { kind = "contact", date = "2026-10-27", staff = "S-NY-06", minutes = 15, modality = "individual" },
    },
    employment = {
      { employer = "Harbor Light Sheltered Workshop", title = "Packaging Assembler",
        wage_cents_hour = 900, hours_week = 12, start = "2026-02-02",
        open_to_public = false, integrated = false },
      { id = "J2", employer = "Lakeside Diner", title = "Dishwasher", soc = "35-9021",
        wage_cents_hour = 1625, hours_week = 20, start = "2026-04-01",
        open_to_public = true, integrated = true },
    },
    notes = {
      { date = "2026-03-31", kind = "progress note", text = "Applications sent; job club suggested." },
      { date = "2026-04-30", kind = "progress note", text = "Started at the diner." },
      { date = "2026-05-29", kind = "progress note", text = "Two ORS contacts." },
      { date = "2026-06-30", kind = "progress note", text = "Two ORS contacts." },
      { date = "2026-07-31", kind = "progress note", text = "Two ORS contacts." },
      { date = "2026-08-31", kind = "progress note", text = "Two ORS contacts." },
      { date = "2026-09-30", kind = "progress note", text = "One ORS contact." },
    },
    ext = {
      ny_region = "rest_of_state",
      ips_exclusion_reason = "Deferred: not job ready, hygiene concerns at intake",
    },
  },
  plans = {
    {
      id = "NY-2026-0002-EP",
      kind = "EP",
      date = "2026-02-16",
      goal = {
        occupation = "Dishwasher",
        soc = "35-9021",
        setting = "restaurant",
        hours_week = 20,
        wage_cents_hour = 1400,
        target_date = "2026-06-30",
      },
      objectives = {
        { id = "O1", title = "Apply for restaurant jobs", measure = "five applications", start = "2026-02-16" },
        { id = "O2", title = "Keep the job", start = "2026-06-01" },
      },
      services = {
        { id = "S1", objective = "O1", description = "Job search (IRGA)", category = "IR: IRGA (IPS)",
          provider = "Lakeshore PROS", responsible = "S-NY-05", start = "2026-02-16", modality = "individual" },
        { id = "S2", objective = "O2", description = "Job-keeping skills", category = "ORS (IPS)",
          provider = "Lakeshore PROS", responsible = "S-NY-06", start = "2026-04-01", modality = "group" },
        { id = "S3", objective = "O2", description = "Transportation help", category = "CRS",
          provider = "Lakeshore PROS", start = "2026-04-01", modality = "individual" },
        { id = "S4", objective = "O2", description = "Medication management", category = "Clinic Treatment",
          provider = "Lakeshore PROS", responsible = "S-NY-05", start = "2026-02-16", modality = "individual" },
      },
    },
  },
}
