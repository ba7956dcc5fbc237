-- Synthetic Wisconsin DVR case with a Job Development Plan (DVR-17036-E),
-- for testing templates/wi-dvr/JDP.xsl. All names and ids are invented.
return {
  person = {
    id = "P-WI-0901",
    name = { given = "Alex", family = "Jdptest" },
    birth_date = "1990-02-14",
    language = "en",
    most_significant_disability = true,
    representative = { name = "Pat Jdptest", relation = "parent" },
  },
  case = {
    id = "WI-2026-0901",
    agency = "wi-dvr",
    program = "IPS",
    status = "open",
    staff = {
      { id = "S-WI-31", name = "Casey Placeholder", role = "counselor", title = "DVR Counselor" },
      { id = "S-WI-PR-17", name = "Jamie Sampleton", role = "employment_specialist",
        title = "IPS Employment Specialist, Lakeshore IPS Services" },
    },
    events = {
      { kind = "eligibility", date = "2026-01-05" },
      { kind = "authorization", id = "A-WI-0902", service = "049", amount_cents = 35000,
        provider = "Lakeshore IPS Services", at = "2026-03-16T09:00:00-05:00" },
    },
  },
  plans = {
    {
      id = "WI-2026-0901-JDP",
      kind = "JDP",
      date = "2026-04-17",
      goal = {
        occupation = "Stock Clerk",
        soc = "53-7065",
        own_words = "A job in a grocery store, afternoons, not too many customers.",
        setting = "grocery store",
        hours_week = 20,
        wage_cents_hour = 1400,
        target_date = "2026-10-31",
      },
      services = {
        { id = "J1", description = "Update the resume and a sample job application with Alex",
          category = "job_preparation", provider = "Lakeshore IPS Services", responsible = "S-WI-PR-17",
          start = "2026-04-20", planned_end = "2026-05-01", authorization = "A-WI-0902" },
        { id = "J2", description = "Register on Job Center of Wisconsin and upload the resume",
          responsible = "client", start = "2026-04-20", planned_end = "2026-05-08" },
        { id = "J3", description = "Visit grocery and retail employers in Alex's areas of interest and meet hiring managers",
          category = "job_development_hire", provider = "Lakeshore IPS Services", responsible = "S-WI-PR-17",
          start = "2026-04-22", planned_end = "2026-10-31" },
        { id = "J4", description = "Decide with the employment specialist what to tell employers about disability (disclosure), and review it monthly",
          responsible = "client", start = "2026-04-20" },
        { id = "J5", description = "Work Incentive Benefits Analysis before any offer is accepted",
          provider = "Fictional Benefits Counseling", responsible = "S-WI-31", start = "2026-05-01", planned_end = "2026-06-15",
          funding = "DVR" },
        { id = "J6", description = "Job Development Monthly Report (DVR-18028-E) after each month until hire",
          responsible = "S-WI-PR-17", start = "2026-05-01" },
      },
      responsibilities = {
        { party = "client", text = "Meet the employment specialist every week; tell the team about any change in schedule or health; go to interviews.", initialed = true },
        { party = "provider", text = "Contact employers each week; prepare Alex for interviews; report monthly to DVR; tell DVR of an offer within 5 days." },
        { party = "agency", text = "Authorize job development and hire; review the plan every 90 days with Alex and the provider." },
      },
      review = { next = "2026-07-16" },
      ext = {
        contact_standard = {
          consumer = "Weekly, about 60 minutes, in person at the public library or by phone when Alex prefers; changes by text a day ahead.",
          employers = "At least six in-person employer contacts a week, grocery and retail first.",
        },
        job_supports_plan = "Alex learns best from a written checklist and a quiet start; Monthly Systematic Instruction for at least the first 90 days, then check-ins with the store manager.",
      },
    },
  },
}
