-- Synthetic Wisconsin IPS case with three Job Development Plans beside the
-- IPE, for the rules on the plan itself (Job Development Plan section):
--   WI-2026-0501-JDP       everything in place; next review on day 90
--   WI-2026-0501-JDP-REV   reviewed on 2026-07-10, next review 90 days later
--   WI-2026-0501-JDP-BAD   only the consumer's responsibilities, no contact
--                          standard, no job supports plan, no hours, next
--                          review on day 91
-- All names and ids are invented.
return {
  person = {
    id = "P-WI-0501",
    name = { given = "Emery", family = "Planwright" },
    most_significant_disability = true,
    representative = { name = "Parker Planwright", relation = "legal guardian" },
  },
  case = {
    id = "WI-2026-0501",
    agency = "wi-dvr",
    program = "IPS",
    staff = {
      { id = "S-51", name = "Quinn Fabricated", role = "counselor" },
      { id = "S-52", name = "Reese Supposed", role = "employment_specialist" },
    },
  },
  plans = {
    {
      id = "WI-2026-0501-IPE",
      kind = "IPE",
      date = "2026-03-02",
      goal = { occupation = "Stock Clerk", soc = "53-7065", hours_week = 20 },
      supported_employment = { extended_services = "County follow-along",
                               provider = "Fictional County CCS" },
    },
    {
      id = "WI-2026-0501-JDP",
      kind = "JDP",
      date = "2026-04-17",
      goal = { occupation = "Stock Clerk", soc = "53-7065", hours_week = 20 },
      responsibilities = {
        { party = "client", text = "Meet weekly; follow up on two leads a week." },
        { party = "provider", text = "Contact three grocers a week; draft the resume." },
        { party = "agency", text = "Review progress monthly; authorize job supports on hire." },
      },
      review = { next = "2026-07-16" },
      ext = {
        contact_standard = {
          consumer = "Weekly, one hour, in person at the library; texts for changes",
          employers = "Three in-person employer visits a week, by the consumer's interests",
        },
        job_supports_plan = "Monthly SI expected; learn the restock routine with a checklist",
      },
    },
    {
      id = "WI-2026-0501-JDP-REV",
      kind = "JDP",
      date = "2026-04-17",
      goal = { occupation = "Stock Clerk", hours_week = 24 },
      responsibilities = {
        { party = "consumer", text = "Meet weekly." },
        { party = "employment_specialist", text = "Visit employers." },
        { party = "DVR", text = "Review progress." },
      },
      services = {
        { id = "S1", description = "Monthly Systematic Instruction after hire",
          category = "systematic_instruction" },
      },
      review = { last = "2026-07-10", next = "2026-10-08" },
      ext = { contact_standard = { consumer = "Weekly by phone", employers = "Two visits a week" } },
    },
    {
      id = "WI-2026-0501-JDP-BAD",
      kind = "JDP",
      date = "2026-04-17",
      goal = { occupation = "Stock Clerk" },
      responsibilities = {
        { party = "client", text = "Meet weekly." },
      },
      review = { next = "2026-07-17" },
    },
  },
}
