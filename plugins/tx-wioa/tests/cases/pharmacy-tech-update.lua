-- Synthetic Texas WIOA Title I case: the IEP of pharmacy-tech.lua as it was
-- updated on 2026-11-02 (version 2). The first IEP (2026-05-18) had two
-- interim goals; the training will run past its planned end, so the update
-- moves the training's planned end and adds the Job Search Services goal,
-- set on the day of the update, which a counselor note documents. Service
-- 68 is the one opened with the first IEP. All names invented.
return {
  person = {
    id = "P-TX-0102",
    name = { given = "Jordan", family = "Sample" },
    birth_date = "1992-05-14",
    language = "en",
  },
  case = {
    id = "TX-2026-0102",
    agency = "tx-wioa",
    program = "WIOA Title I Adult",
    status = "open",
    staff = {
      { id = "S-TX-11", name = "Alex Placeholder", role = "career_planner", title = "Career Planner II" },
    },
    events = {
      { kind = "application", date = "2026-05-04" },
      { kind = "eligibility", date = "2026-05-11" },
      { kind = "copy_provided", date = "2026-05-18", to = "client", language = "en", format = "print" },
      { kind = "review", date = "2026-11-02", staff = "S-TX-11" },
      { kind = "copy_provided", date = "2026-11-02", to = "customer", language = "en-US", format = "electronic" },
    },
    notes = {
      { date = "2026-05-18", author = "S-TX-11", kind = "counselor note",
        text = "IEP developed with the customer, reviewed and signed; copy given. Service 68 opened.",
        tags = { "iep" } },
      { date = "2026-11-02", author = "S-TX-11", kind = "counselor note",
        text = "IEP updated: clinical rotation moved to January, training planned end now 2027-01-29; "
          .. "Job Search Services interim goal added with follow-up steps. Signed; copy e-mailed.",
        tags = { "iep" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0102-IEP",
      kind = "IEP",
      version = 2,
      date = "2026-11-02",
      amendment_reason = "Training runs past its planned end; Job Search Services goal added.",
      goal = { occupation = "Pharmacy Technician", soc = "29-2052.00", target_date = "2027-04-30" },
      objectives = {
        { id = "IG1", title = "Comprehensive Assessment (Individualized Career Services)",
          outcome = "Skills, interests and barriers are known",
          measure = "TABE scores and a completed interest profile on file",
          start = "2026-05-18", target = "2026-05-29", status = "completed" },
        { id = "IG2", title = "Training Services",
          outcome = "Customer earns the pharmacy technician certificate",
          measure = "Certificate of completion and the PTCB exam passed",
          start = "2026-05-18", target = "2027-01-29", status = "in_progress" },
        { id = "IG3", title = "Job Search Services",
          outcome = "Customer is hired as a pharmacy technician",
          measure = "Offer letter or first pay stub",
          start = "2026-11-02", target = "2027-04-30", status = "planned" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "Take the TABE and the O*NET Interest Profiler",
          category = "assessment", responsible = "WIOA",
          start = "2026-05-18", planned_end = "2026-05-22", actual_end = "2026-05-21" },
        { id = "A2", objective = "IG1", description = "Bring proof of identity and work history",
          category = "assessment", responsible = "Client",
          start = "2026-05-18", planned_end = "2026-05-22", actual_end = "2026-05-20" },
        { id = "A3", objective = "IG2", description = "Complete the pharmacy technician program",
          category = "training", provider = "Example Community College",
          procurement = "individual training account", responsible = "Client",
          start = "2026-06-01", planned_end = "2027-01-29" },
        { id = "A4", objective = "IG3", description = "Apply to five pharmacies a week",
          category = "job_search", responsible = "Client", start = "2027-02-01", planned_end = "2027-04-30" },
        { id = "A5", objective = "IG3", description = "Follow-up contact every month for twelve months after hire",
          category = "follow_up", responsible = "S-TX-11", start = "2027-05-01", planned_end = "2028-04-30" },
      },
      ext = {
        service_68 = { start = "2026-05-18", fund = 97 },
      },
    },
  },
}
