-- The shipped sample placement (tests/fixtures/cases/wi-ips-placement.lua)
-- with every value the plugin reads written in another case or with other
-- separators: categories ("Career Profile", "JOB_DEVELOPMENT_PLAN",
-- "job-development-hire", ...), forms ("dvr 18018 e", "DVR_18018_E", ...),
-- ext.section, staff roles, the note tag, funding, parties and
-- ext.agreed_by. The core's one normaliser makes each the declared
-- spelling, so the case reads exactly as the sample does.
-- It stays a copy, not the sample varied by the test's `set`/`unset`: 25
-- values differ (six categories, five forms, seven fundings, two roles, two
-- parties, a section, a tag, agreed_by) and the review meeting's event is
-- taken out, which moves every later event's index; a list that long would
-- hide what the test is about.
-- All names, employers, providers and ids are invented.
return {
  person = {
    id = "P-WI-0702",
    name = { given = "Robin", family = "Exampleton" },
    birth_date = "1991-09-03",
    language = "en",
    ssa_beneficiary = true,
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-0702",
    agency = "wi-dvr",
    program = "IPS",
    status = "open",
    staff = {
      { id = "S-WI-21", name = "Casey Placeholder", role = "counselor", title = "DVR Counselor" },
      { id = "S-WI-PR-07", name = "Jamie Sampleton", role = "Employment-Specialist",
        title = "IPS Employment Specialist, Lakeshore IPS Services" },
      { id = "S-WI-CO-03", name = "Taylor Mockridge", role = "County MH",
        title = "Case Manager, Fictional County Comprehensive Community Services" },
    },
    events = {
      { kind = "referral", date = "2025-12-01" },
      { kind = "ips_entry", date = "2025-12-03", provider = "Lakeshore IPS Services" },
      { kind = "application", date = "2025-12-08" },
      { kind = "eligibility", date = "2026-01-05", note = "Category 1, most significant disability" },
      -- The provider's most recent IPS-25 fidelity review (good: 100-114).
      { kind = "fidelity_review", date = "2025-10-15", provider = "Lakeshore IPS Services",
        ext = { total = 108 } },

      -- Career Profile (code 078): due 60 days after 2026-01-27, by 2026-03-28.
      { kind = "authorization", id = "A-WI-0101", service = "078",
        amount_cents = 100000, provider = "Lakeshore IPS Services", at = "2026-01-27T10:15:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-0101", provider = "Lakeshore IPS Services",
        at = "2026-01-28T13:00:00-06:00", modality = "in person" },
      { kind = "report", date = "2026-03-18", authorization = "A-WI-0101",
        provider = "Lakeshore IPS Services", form = "dvr 18018 e" },
      -- The meeting that reviewed the Career Profile is recorded only by the
      -- note tagged "Career Profile Review" (below).

      -- Job Development Plan (code 049): due 45 days after 2026-03-16, by 2026-04-30.
      { kind = "authorization", id = "A-WI-0102", service = "049",
        amount_cents = 35000, provider = "Lakeshore IPS Services", at = "2026-03-16T09:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0102", provider = "Lakeshore IPS Services",
        at = "2026-03-17T10:30:00-05:00" },
      { kind = "report", date = "2026-04-21", authorization = "A-WI-0102",
        provider = "Lakeshore IPS Services", form = "dvr-17036-e" },

      -- Job Development and Hire (code 049, up to $2,200).
      { kind = "authorization", id = "A-WI-0103", service = "049",
        amount_cents = 220000, provider = "Lakeshore IPS Services", at = "2026-04-22T08:30:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0103", provider = "Lakeshore IPS Services",
        at = "2026-04-23T15:45:00-05:00" },
      { kind = "employer_contact", date = "2026-04-28", provider = "Lakeshore IPS Services",
        note = "Northwoods Grocery Co-op, store manager" },
      { kind = "report", date = "2026-04-30", authorization = "A-WI-0103",
        form = "DVR-18028-E", ext = { month = "2026-04" } },
      { kind = "report", date = "2026-05-29", authorization = "A-WI-0103",
        form = "DVR-18028-E", ext = { month = "2026-05" } },
      { kind = "report", date = "2026-06-30", authorization = "A-WI-0103",
        form = "DVR-18028-E", ext = { month = "2026-06" } },
      -- The Job Development Plan's 90-day review (the plan was completed 2026-04-21).
      { kind = "review", date = "2026-07-15", authorization = "A-WI-0103",
        form = "DVR-17036-E", ext = { section = "plan review" } },
      { kind = "job_offer", date = "2026-07-20", job = "J-WI-0001-1",
        note = "Stock clerk, 24 hours a week" },
      { kind = "report", date = "2026-07-23", authorization = "A-WI-0103",
        form = "DVR 17037 E", job = "J-WI-0001-1" },
      -- July's job development (to the offer on the 20th) is reported too.
      { kind = "report", date = "2026-07-31", authorization = "A-WI-0103",
        form = "DVR-18028-E", ext = { month = "2026-07" } },

      -- Transition to LTS / Monthly SI / JTA (code 079), one authorization.
      { kind = "authorization", id = "A-WI-0104", service = "079",
        amount_cents = 637500, provider = "Lakeshore IPS Services", at = "2026-07-22T11:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-0104", provider = "Lakeshore IPS Services",
        at = "2026-07-23T09:15:00-05:00" },
      { kind = "job_start", date = "2026-07-27", job = "J-WI-0001-1", hours_week = 24 },
      { kind = "report", date = "2026-07-31", authorization = "A-WI-0104",
        form = "Dvr-18212-e", ext = { section = "Job Task Analysis" } },
      { kind = "report", date = "2026-08-31", authorization = "A-WI-0104",
        form = "DVR-18212-E", ext = { section = "service_summary", month = "2026-08" } },
      { kind = "report", date = "2026-09-30", authorization = "A-WI-0104",
        form = "DVR-18212-E", ext = { section = "service_summary", month = "2026-09" } },
      { kind = "report", date = "2026-10-30", authorization = "A-WI-0104",
        form = "DVR-18212-E", ext = { section = "service_summary", month = "2026-10" } },
      { kind = "lts_transition", date = "2026-11-02", job = "J-WI-0001-1",
        provider = "Fictional County Comprehensive Community Services",
        ext = { agreed_by = { "Client", "Employment Specialist", "county-mh", "COUNSELOR" },
                stabilization = "Completes the evening restock routine without prompts, two weeks running",
                support_hours_week = 2 } },
      { kind = "report", date = "2026-11-05", authorization = "A-WI-0104",
        form = "dvr_18037_e" },
    },
    employment = {
      { id = "J-WI-0001-1", employer = "Northwoods Grocery Co-op", title = "Stock Clerk", soc = "53-7065",
        wage_cents_hour = 1525, hours_week = 24, benefits = { "paid time off" },
        start = "2026-07-27", open_to_public = true, integrated = true,
        ext = { temporary = false,
                wage_documentation = { received = "2026-08-14",
                                       documents = { "pay stub", "offer letter" } } } },
    },
    notes = {
      { date = "2026-03-20", author = "S-WI-21", text = "Career Profile reviewed with the supported employment team by video.",
        tags = { "Career Profile Review" } },
    },
  },
  plans = {
    {
      id = "WI-2026-0702-IPE",
      kind = "IPE",
      date = "2026-01-26",
      goal = {
        occupation = "Stock Clerk",
        soc = "53-7065",
        own_words = "I want to work in a grocery store, afternoons or evenings, not too many people.",
        setting = "grocery store",
        hours_week = 20,
        wage_cents_hour = 1400,
        target_date = "2026-12-31",
      },
      objectives = {
        { id = "O1", title = "Complete the IPS Career Profile", start = "2026-01-27", target = "2026-03-28" },
        { id = "O2", title = "Agree on a Job Development Plan", start = "2026-03-16", target = "2026-04-30" },
        { id = "O3", title = "Get a job as a stock clerk", start = "2026-04-22", target = "2026-10-31" },
        { id = "O4", title = "Learn the job and move to long-term supports", start = "2026-07-27", target = "2026-12-31" },
      },
      services = {
        { id = "S1", objective = "O1", description = "IPS Career Profile", category = "Career Profile",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-01-27", planned_end = "2026-03-28", actual_end = "2026-03-13",
          cost_cents = 100000, funding = "dvr", authorization = "A-WI-0101" },
        { id = "S2", objective = "O2", description = "IPS Job Development Plan", category = "JOB_DEVELOPMENT_PLAN",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-03-16", planned_end = "2026-04-30", actual_end = "2026-04-17",
          cost_cents = 35000, funding = "dvr", authorization = "A-WI-0102" },
        { id = "S3", objective = "O3", description = "IPS Job Development and Hire", category = "job-development-hire",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-04-22", planned_end = "2026-10-31", actual_end = "2026-07-27",
          cost_cents = 220000, funding = "dvr", authorization = "A-WI-0103" },
        { id = "S4", objective = "O4", description = "Job and Task Analysis", category = "Job Task Analysis",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-07-27", planned_end = "2026-08-03", actual_end = "2026-07-31",
          cost_cents = 27500, funding = "dvr", authorization = "A-WI-0104" },
        { id = "S5", objective = "O4", description = "Monthly Systematic Instruction", category = "Systematic_Instruction",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-08-01", planned_end = "2026-10-31", actual_end = "2026-10-31",
          cost_cents = 480000, funding = "dvr", authorization = "A-WI-0104", modality = "individual" },
        { id = "S6", objective = "O4", description = "IPS Transition to Long Term Supports", category = "LTS Transition",
          provider = "Lakeshore IPS Services", procurement = "DVR service authorization",
          start = "2026-11-02", planned_end = "2026-11-02", actual_end = "2026-11-02",
          cost_cents = 130000, funding = "dvr", authorization = "A-WI-0104" },
        { id = "S7", objective = "O4", description = "Mental health case management and IPS follow-along",
          category = "mental_health", provider = "Fictional County Comprehensive Community Services",
          procurement = "county program", start = "2025-12-03", funding = "County" },
      },
      responsibilities = {
        { party = "Client", text = "Meet with the employment specialist weekly, in person or by phone; tell the team about changes in schedule or health.", initialed = true },
        { party = "AGENCY", text = "Authorize IPS services before they begin; review the Career Profile and Job Development Plan with the team." },
        { party = "provider", text = "Contact the consumer within 48 hours of each authorization; submit DVR reports on time; obtain wage documentation." },
        { party = "county_mh", text = "Provide mental health treatment and long-term supports after transition." },
      },
      progress_criteria = "Career Profile and Job Development Plan accepted by DVR; hire in a job matching the goal; 90 days on the job with Systematic Instruction; stability agreed by the team.",
      supported_employment = {
        extended_services = "IPS follow-along supports through county Comprehensive Community Services",
        provider = "Fictional County Comprehensive Community Services",
      },
      post_employment = "Not expected; follow-along by the county after transition.",
      informed_choice = { supported = true },
      review = { next = "2027-01-25" },
    },
  },
}
