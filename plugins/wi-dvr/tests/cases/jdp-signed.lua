-- Synthetic Wisconsin IPS case with a Job Development Plan dated 2026-04-17
-- and completed on 2026-05-07, when the employment specialist gave the last
-- of its three signatures. Its next review, 2026-08-05, is 110 days after
-- its date and 90 days after its completion ("a 90-day review after the
-- completion of the initial plan"). All names and ids are invented.
return {
  person = {
    id = "P-WI-2201",
    name = { given = "Sasha", family = "Signslow" },
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-2201",
    agency = "wi-dvr",
    program = "IPS",
    staff = {
      { id = "S-31", name = "Tatum Madeup", role = "counselor" },
      { id = "S-32", name = "Uma Unreal", role = "employment_specialist" },
    },
  },
  plans = {
    {
      id = "WI-2026-2201-JDP",
      kind = "JDP",
      date = "2026-04-17",
      goal = { occupation = "Library Page", hours_week = 15 },
      responsibilities = {
        { party = "client", text = "Meet weekly; visit two libraries a month." },
        { party = "provider", text = "Contact library branches and bookstores weekly." },
        { party = "agency", text = "Review progress monthly; authorize job supports on hire." },
      },
      review = { next = "2026-08-05" },
      ext = {
        contact_standard = {
          consumer = "Weekly, 45 minutes, in person at the branch library",
          employers = "Two employer visits a week, by the consumer's interests",
        },
        job_supports_plan = "Monthly SI expected for shelving by call number",
      },
    },
  },
}
