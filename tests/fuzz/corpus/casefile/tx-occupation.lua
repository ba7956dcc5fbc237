-- Synthetic Texas case: occupation goal (not a career cluster), finished
-- service 68, a supportive service under its interim goal, a follow-up step
-- under the last interim goal, the signed copy and the counselor note recorded.
-- Expected as of 2026-11-23: no errors, no warnings. All data is invented.
return {
  person = { id = "P-TX-0901", name = { given = "Lee", family = "Occtest" }, language = "en" },
  case = {
    id = "TX-2026-0901", agency = "tx-wioa", program = "WIOA Title I Adult", status = "open",
    staff = { { id = "S-TX-91", name = "Dana Example", role = "career_planner", title = "Career Planner II" } },
    events = {
      { kind = "eligibility", date = "2026-02-02" },
      { kind = "copy_provided", date = "2026-02-10", to = "client", language = "en", format = "print" },
    },
    notes = {
      { date = "2026-02-10", author = "S-TX-91", text = "IEP developed with the customer, reviewed and signed; signed copy given.",
        tags = { "iep" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0901-IEP", kind = "IEP", date = "2026-02-10",
      goal = { occupation = "Medical Assistant", soc = "31-9092", target_date = "2027-03-31", hours_week = 40, wage_cents_hour = 1800 },
      objectives = {
        { id = "IG1", title = "Training Services", outcome = "Completes the Medical Assistant certificate",
          measure = "CCMA certificate", start = "2026-02-10", target = "2026-12-15", status = "in_progress" },
        { id = "IG2", title = "Job Search Services", outcome = "Employed as a Medical Assistant",
          measure = "Offer letter", start = "2026-02-10", target = "2027-03-31" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "Attend the Medical Assistant program", responsible = "Client",
          provider = "Example College", start = "2026-03-01", planned_end = "2026-12-15" },
        { id = "A2", objective = "IG1", description = "Supportive service: childcare during classes", responsible = "S-TX-91",
          category = "supportive", funding = "WIOA Adult", start = "2026-03-01", planned_end = "2026-12-15" },
        { id = "A3", objective = "IG2", description = "Apply to medical offices and clinics with the career planner",
          category = "job_search", responsible = "Client", start = "2026-12-16", planned_end = "2027-03-31" },
        { id = "A4", objective = "IG2", description = "Follow-up contact every month for twelve months after hire",
          category = "follow-up", responsible = "S-TX-91", start = "2027-04-01", planned_end = "2028-03-31" },
      },
      responsibilities = { { party = "customer", text = "Attend classes." }, { party = "career_planner", text = "Meet monthly." } },
      review = { last = "2026-02-10", next = "2026-08-10" },
      ext = { service_68 = { start = "2026-02-10", planned_end = "2026-05-10", actual_end = "2026-05-08", completion = 20, fund = 97 } },
    },
  },
}
