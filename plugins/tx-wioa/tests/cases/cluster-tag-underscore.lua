-- tests/fixtures/cases/tx-career-cluster.lua with its two career exploration
-- notes tagged `career_exploration` (underscore): the core's one normaliser
-- reads it as the declared tag "career-exploration" (issue 17: the
-- plugin's own normaliser turned `_` into a space and compared with a
-- hyphen, so the note was not found). All names invented.
return {
  person = {
    id = "P-TX-0001",
    name = { given = "Marisol", family = "Testcase" },
    birth_date = "1989-03-07",
    language = "es",
    communication = { "Spanish-speaking career planner; printed plan in Spanish" },
  },
  case = {
    id = "TX-2026-0001",
    agency = "tx-wioa",
    program = "WIOA Title I Adult",
    status = "open",
    staff = {
      { id = "S-TX-04", name = "Dana Example", role = "career_planner", title = "Career Planner II" },
    },
    events = {
      { kind = "application", date = "2026-08-03" },
      { kind = "eligibility", date = "2026-08-10" },
      { kind = "copy_provided", date = "2026-08-19", to = "client", language = "es", format = "print",
        note = "Signed IEP, Spanish" },
    },
    notes = {
      { date = "2026-08-12", author = "S-TX-04",
        text = "Objective assessment in Spanish: TABE, work history (8 years home care for relatives, "
          .. "2 years restaurant work), no U.S. credential. Barriers: limited English, transportation.",
        tags = { "assessment" } },
      { date = "2026-08-19", author = "S-TX-04",
        text = "Customer has no specific occupation yet; wants to help patients. Agreed to explore "
          .. "Health Science occupations with the O*NET Interest Profiler (Spanish) and Texas CARES "
          .. "before choosing. Overall goal entered as the Health Science career cluster.",
        tags = { "career_exploration" } },
      { date = "2026-08-19", author = "S-TX-04",
        text = "IEP developed with the customer in Spanish, reviewed and signed; signed copy given "
          .. "to the customer and placed in the working file. Service 68 opened.",
        tags = { "iep" } },
      { date = "2026-10-29", author = "S-TX-04",
        text = "Job shadow at the hospital completed. Customer is comparing Patient Care Technician "
          .. "and Medical Assistant; will decide by end of November.",
        tags = { "career_exploration" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0001-IEP",
      kind = "IEP",
      date = "2026-08-19",
      goal = {
        career_cluster = "Health Science",
        own_words = "Quiero trabajar en un hospital ayudando a los pacientes.",
        target_date = "2027-09-30",
      },
      objectives = {
        { id = "IG1", title = "Comprehensive Assessment (Individualized Career Services)",
          outcome = "Interests, skills, English level and barriers are known and shared with the customer",
          measure = "TABE and interest profile results on file and reviewed with the customer",
          start = "2026-08-19", target = "2026-08-31", status = "completed" },
        { id = "IG2", title = "Career Planning",
          outcome = "Customer chooses a specific Health Science occupation",
          measure = "Occupation and SOC code agreed and entered as the overall goal",
          start = "2026-08-19", target = "2026-11-30", status = "in_progress" },
        { id = "IG3", title = "Training Services",
          outcome = "Customer completes an integrated English and health-care training program",
          measure = "Certificate of completion and a CASAS reading gain of one level",
          start = "2026-08-19", target = "2027-06-25", status = "planned" },
        { id = "IG4", title = "Job Search Services",
          outcome = "Customer is employed in a Health Science occupation",
          measure = "Offer letter or first pay stub",
          start = "2026-08-19", target = "2027-09-30", status = "planned" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "Take the TABE and the O*NET Interest Profiler in Spanish",
          category = "assessment", provider = "Workforce Solutions center", responsible = "WIOA",
          start = "2026-08-19", planned_end = "2026-08-26", actual_end = "2026-08-26" },
        { id = "A2", objective = "IG1", description = "Bring proof of identity, residence and work history",
          category = "assessment", responsible = "Client",
          start = "2026-08-19", planned_end = "2026-08-26", actual_end = "2026-08-24" },
        { id = "A3", objective = "IG2", description = "Research three Health Science occupations on Texas CARES and report to the career planner",
          category = "career_planning", responsible = "Client",
          start = "2026-09-01", planned_end = "2026-11-30" },
        { id = "A4", objective = "IG2", description = "One-day job shadow in a hospital patient-care unit",
          category = "career_planning", provider = "Example Regional Hospital", responsible = "Service Provider",
          start = "2026-10-05", planned_end = "2026-10-30", actual_end = "2026-10-28" },
        { id = "A5", objective = "IG2", description = "Career planning meeting every two weeks, in Spanish",
          category = "career_planning", responsible = "WIOA",
          start = "2026-09-01", planned_end = "2026-11-30" },
        { id = "A6", objective = "IG3", description = "Enroll in and attend the integrated English and health-care program",
          category = "training", provider = "Example Community College", procurement = "individual training account",
          responsible = "Client", start = "2027-01-11", planned_end = "2027-06-25" },
        { id = "A7", objective = "IG3", description = "Supportive service: monthly bus pass during training",
          category = "supportive", responsible = "WIOA", funding = "WIOA Adult",
          start = "2027-01-11", planned_end = "2027-06-25" },
        { id = "A8", objective = "IG4", description = "Apply to at least five health-care employers a week",
          category = "job_search", responsible = "Client", start = "2027-07-01", planned_end = "2027-09-30" },
        { id = "A9", objective = "IG4", description = "Follow-up contact every month for twelve months after hire",
          category = "follow-up", responsible = "WIOA", start = "2027-10-01", planned_end = "2028-09-30" },
      },
      responsibilities = {
        { party = "client", text = "Complete the research and attend every meeting; call if a meeting must be moved.", initialed = true },
        { party = "wioa", text = "Meet in Spanish every two weeks; arrange the job shadow and supportive services." },
      },
      ext = {
        service_68 = { start = "2026-08-19", fund = 97 },
      },
    },
  },
}
