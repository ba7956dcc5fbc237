-- pharmacy-tech.lua with every declared value written in another case or
-- with other separators, as a person typing from TWIST would: the staff
-- role "Career Planner", the copy to "Customer", the note tag "IEP", the
-- first interim goal's title in capitals, statuses "Completed" and "In
-- Progress", categories "Assessment", "ASSESSMENT", "Supportive", "Job
-- Search", responsible parties "wioa", "CLIENT", "WIOA Staff", "customer",
-- "Career-Planner", parties "Client" and "WIOA". The core gives the rules
-- each in its declared spelling, so they read as in pharmacy-tech.lua. The
-- follow-up step is categorised "followup", the spelling the plugin once
-- accepted by dropping every separator: an old spelling (`was`) of
-- "follow-up", still read, with a warning naming the new one. A2 has no
-- actual end date while IG1 is "Completed": the status is read, so
-- tx.de.action-dates asks for it.
-- It stays a copy, not pharmacy-tech.lua varied by the test's `set`/`unset`:
-- 20 values differ (a role, a copy recipient, a tag, a title, two statuses,
-- five categories, five responsible parties, two parties, A2's planned end
-- and its actual end taken away); a list that long would hide what the test
-- is about. All names invented.
return {
  person = {
    id = "P-TX-0101",
    name = { given = "Jordan", family = "Sample" },
    birth_date = "1992-05-14",
    language = "en",
  },
  case = {
    id = "TX-2026-0131",
    agency = "tx-wioa",
    program = "WIOA Title I Adult",
    status = "open",
    staff = {
      { id = "S-TX-11", name = "Alex Placeholder", role = "Career Planner", title = "Career Planner II" },
    },
    events = {
      { kind = "application", date = "2026-05-04" },
      { kind = "eligibility", date = "2026-05-11" },
      { kind = "copy_provided", date = "2026-05-18", to = "Customer", language = "en", format = "print" },
    },
    notes = {
      { date = "2026-05-12", author = "S-TX-11", kind = "counselor note",
        text = "Objective assessment: retail cashier 6 years, wants health care work with regular hours.",
        tags = { "assessment" } },
      { date = "2026-05-18", author = "S-TX-11", kind = "counselor note",
        text = "IEP developed with the customer, reviewed and signed; copy given. Service 68 opened.",
        tags = { "IEP" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0131-IEP",
      kind = "IEP",
      date = "2026-05-18",
      goal = { occupation = "Pharmacy Technician", soc = "29-2052", target_date = "2027-03-31" },
      objectives = {
        { id = "IG1", title = "COMPREHENSIVE ASSESSMENT (Individualized Career Services)",
          outcome = "Skills, interests and barriers are known",
          measure = "TABE scores and a completed interest profile on file",
          start = "2026-05-18", target = "2026-05-29", status = "Completed" },
        { id = "IG2", title = "Training Services",
          outcome = "Customer earns the pharmacy technician certificate",
          measure = "Certificate of completion and the PTCB exam passed",
          start = "2026-05-18", target = "2026-12-18", status = "In Progress" },
        { id = "IG3", title = "Job Search Services",
          outcome = "Customer is hired as a pharmacy technician",
          measure = "Offer letter or first pay stub",
          start = "2026-05-18", target = "2027-03-31", status = "planned" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "Take the TABE and the O*NET Interest Profiler",
          category = "Assessment", responsible = "wioa",
          start = "2026-05-12", planned_end = "2026-05-22", actual_end = "2026-05-21" },
        { id = "A2", objective = "IG1", description = "Bring proof of identity and work history",
          category = "ASSESSMENT", responsible = "CLIENT",
          start = "2026-05-18", planned_end = "2026-12-11" },
        { id = "A3", objective = "IG2", description = "Complete the pharmacy technician program",
          category = "training", provider = "Example Community College",
          procurement = "individual training account", responsible = "Client",
          start = "2026-06-01", planned_end = "2026-12-18" },
        { id = "A4", objective = "IG2", description = "Supportive service: textbooks and scrubs",
          category = "Supportive", responsible = "WIOA Staff",
          start = "2026-06-01", planned_end = "2026-06-15", actual_end = "2026-06-10" },
        { id = "A5", objective = "IG3", description = "Apply to five pharmacies a week",
          category = "Job Search", responsible = "customer", start = "2027-01-04", planned_end = "2027-03-31" },
        { id = "A6", objective = "IG3", description = "Follow-up contact every month for twelve months after hire",
          category = "followup", responsible = "Career-Planner", start = "2027-04-01", planned_end = "2028-03-31" },
      },
      responsibilities = {
        { party = "Client", text = "Attend every class and report grades to the career planner each month." },
        { party = "WIOA", text = "Pay tuition through the training account; meet monthly." },
      },
      ext = {
        service_68 = { start = "2026-05-18", fund = 97 },
      },
    },
  },
}
