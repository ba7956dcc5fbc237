-- Synthetic Texas WIOA case whose IEP breaks the Texas IEP procedure on
-- purpose, so that most tx-wioa rules fire. The case file itself is valid
-- (it imports); only the policy is violated. All names are invented.
--
-- Expected as of 2026-11-23 (exit 1), errors:
--   tx.1.overall-goal                          no occupation, no career cluster
--   tx.2.interim-goal-timeframe-outcome-measure  IG1 has no target date and no measure
--   tx.2.interim-goal-titles                   'GED classes' is not one of the four titles
--   tx.3.action-steps                          A3 is not under any interim goal; IG2 has no action
--   tx.3.responsible-party                     A2 names no responsible party
--   tx.de.action-dates                         A2 has no planned end; A4 has an actual end in the
--                                              future; IG1 is completed but A1, A2 have no actual end
--   tx.s68.service-68                          fund 31 instead of 97; completion reason 99
-- warnings:
--   tx.qa.90-percent                           QA instrument 5 of 20 items (25 %)
--   tx.exp.update-past-planned-end             A1 ended 2026-10-30 (planned), no actual end
--   tx.2.participation-not-a-goal              IG2 is measured by attendance
--   tx.2.set-date-service-68                   IG1, IG2 set 2026-09-14, service 68 on 2026-09-08
--   tx.2.follow-up-under-last-goal             follow-up A4 sits under IG1, not IG2 (Job Search)
--   tx.3.shared-responsibilities               every named party is the customer's
--   tx.3.signed-copy                           no copy_provided event
--   tx.cn.iep-development-note                 no note tagged 'iep'
return {
  person = {
    id = "P-TX-0002",
    name = { given = "Robin", family = "Testcase" },
    birth_date = "1995-11-02",
    language = "en",
  },
  case = {
    id = "TX-2026-0002",
    agency = "tx-wioa",
    program = "WIOA Title I Dislocated Worker",
    status = "open",
    staff = {
      { id = "S-TX-09", name = "Casey Sample", role = "career_planner", title = "Career Planner I" },
    },
    events = {
      { kind = "application", date = "2026-08-24" },
      { kind = "eligibility", date = "2026-09-01" },
    },
    notes = {
      { date = "2026-09-08", author = "S-TX-09", text = "Met with customer; discussed options.", tags = { "contact" } },
    },
  },
  plans = {
    {
      id = "TX-2026-0002-IEP",
      kind = "IEP",
      date = "2026-09-08",
      goal = {
        own_words = "Get a better job.",
      },
      objectives = {
        { id = "IG1", title = "GED classes", outcome = "Customer earns a high school equivalency",
          start = "2026-09-14", status = "completed" },
        { id = "IG2", title = "Job Search Services", outcome = "Customer looks for work",
          measure = "Attends the weekly job club", start = "2026-09-14", target = "2026-12-18" },
      },
      services = {
        { id = "A1", objective = "IG1", description = "GED preparation classes", category = "training",
          provider = "Example Adult Learning Center", responsible = "Client",
          start = "2026-09-14", planned_end = "2026-10-30" },
        { id = "A2", objective = "IG1", description = "Take the GED tests", category = "training",
          start = "2026-11-02" },
        { id = "A3", description = "Weekly job club", category = "job_search",
          responsible = "Client", start = "2026-09-14", planned_end = "2026-12-18" },
        { id = "A4", objective = "IG1", description = "Follow-up after hire", category = "follow-up",
          responsible = "Client", start = "2026-09-14", planned_end = "2027-09-30",
          actual_end = "2026-12-31" },
      },
      responsibilities = {
        { party = "client", text = "Attend classes." },
      },
      ext = {
        service_68 = { start = "2026-09-08", fund = 31, completion = 99 },
      },
    },
  },
}
