-- pharmacy-tech.lua with three values misspelt: the IEP note tagged
-- "ieps", the follow-up step categorised "folow-up", the signed copy given
-- to "cliant". None is a declared value, so none is read as one; import
-- keeps each with a warning that suggests the declared value, and check
-- shows the same warnings beside the rules' findings. All names invented.
return {
  person = {
    id = "P-TX-0101",
    name = { given = "Jordan", family = "Sample" },
    birth_date = "1992-05-14",
    language = "en",
  },
  case = {
    id = "TX-2026-0141",
    agency = "tx-wioa",
    program = "WIOA Title I Adult",
    status = "open",
    staff = {
      { id = "S-TX-11", name = "Alex Placeholder", role = "career_planner", title = "Career Planner II" },
    },
    events = {
      { kind = "application", date = "2026-05-04" },
      { kind = "eligibility", date = "2026-05-11" },
      { kind = "copy_provided", date = "2026-05-18", to = "cliant", language = "en", format = "print" },
    },
    notes = {
      { date = "2026-05-12", author = "S-TX-11", kind = "counselor note",
        text = "Objective assessment: retail cashier 6 years, wants health care work with regular hours.",
        tags = { "assessment" } },
      { date = "2026-05-18", author = "S-TX-11", kind = "counselor note",
        text = "IEP developed with the customer, reviewed and signed; copy given. Service 68 opened.",
        tags = { "ieps" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0141-IEP",
      kind = "IEP",
      date = "2026-05-18",
      goal = { occupation = "Pharmacy Technician", soc = "29-2052", target_date = "2027-03-31" },
      objectives = {
        { id = "IG1", title = "Comprehensive Assessment (Individualized Career Services)",
          outcome = "Skills, interests and barriers are known",
          measure = "TABE scores and a completed interest profile on file",
          start = "2026-05-18", target = "2026-05-29", status = "completed" },
        { id = "IG2", title = "Training Services",
          outcome = "Customer earns the pharmacy technician certificate",
          measure = "Certificate of completion and the PTCB exam passed",
          start = "2026-05-18", target = "2026-12-18", status = "in_progress" },
        { id = "IG3", title = "Job Search Services",
          outcome = "Customer is hired as a pharmacy technician",
          measure = "Offer letter or first pay stub",
          start = "2026-05-18", target = "2027-03-31", status = "planned" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "Take the TABE and the O*NET Interest Profiler",
          category = "assessment", responsible = "WIOA",
          start = "2026-05-12", planned_end = "2026-05-22", actual_end = "2026-05-21" },
        { id = "A2", objective = "IG1", description = "Bring proof of identity and work history",
          category = "assessment", responsible = "Client",
          start = "2026-05-18", planned_end = "2026-05-22", actual_end = "2026-05-20" },
        { id = "A3", objective = "IG2", description = "Complete the pharmacy technician program",
          category = "training", provider = "Example Community College",
          procurement = "individual training account", responsible = "Client",
          start = "2026-06-01", planned_end = "2026-12-18" },
        { id = "A4", objective = "IG2", description = "Supportive service: textbooks and scrubs",
          category = "supportive", responsible = "WIOA",
          start = "2026-06-01", planned_end = "2026-06-15", actual_end = "2026-06-10" },
        { id = "A5", objective = "IG3", description = "Apply to five pharmacies a week",
          category = "job_search", responsible = "Client", start = "2027-01-04", planned_end = "2027-03-31" },
        { id = "A6", objective = "IG3", description = "Follow-up contact every month for twelve months after hire",
          category = "folow-up", responsible = "WIOA", start = "2027-04-01", planned_end = "2028-03-31" },
      },
      responsibilities = {
        { party = "client", text = "Attend every class and report grades to the career planner each month." },
        { party = "wioa", text = "Pay tuition through the training account; meet monthly." },
      },
      ext = {
        service_68 = { start = "2026-05-18", fund = 97 },
      },
    },
  },
}
