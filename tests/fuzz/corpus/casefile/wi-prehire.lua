-- Synthetic Wisconsin DVR IPE before hire: the Career Profile done (authorized,
-- contacted within 48 hours, reported and reviewed), no job supports given yet
-- (one offsite Job Retention service planned for after the hire, justified and
-- approved), the long-term supports named as the IPE must (34 CFR 361.46(a)(7)).
-- Expected as of 2026-11-23: no errors, no warnings. All data is invented.
return {
  person = { id = "P-WI-0902", name = { given = "Sam", family = "Prehire" }, language = "es", most_significant_disability = true },
  case = {
    id = "WI-2026-0902", agency = "wi-dvr", program = "IPS", status = "open",
    staff = { { id = "S-WI-41", name = "Casey Placeholder", role = "counselor", title = "DVR Counselor" } },
    events = {
      { kind = "eligibility", date = "2026-01-05" },
      { kind = "authorization", id = "A-WI-0999", service = "078", amount_cents = 100000,
        provider = "Lakeshore IPS Services", at = "2026-01-27T10:00:00-06:00" },
      { kind = "first_contact", authorization = "A-WI-0999", provider = "Lakeshore IPS Services",
        at = "2026-01-28T14:00:00-06:00" },
      { kind = "report", date = "2026-03-20", authorization = "A-WI-0999",
        provider = "Lakeshore IPS Services", form = "DVR-18018-E" },
      { kind = "review", date = "2026-03-25", form = "DVR-18018-E", staff = "S-WI-41", modality = "in person" },
    },
  },
  plans = {
    {
      id = "WI-2026-0902-IPE", kind = "IPE", date = "2026-01-26",
      goal = { occupation = "Cook", soc = "35-2014", hours_week = 25 },
      objectives = { { id = "O1", title = "Complete the IPS Career Profile", outcome = "Career Profile reviewed by the team", measure = "DVR-18018-E accepted", start = "2026-01-27", target = "2026-03-28" } },
      services = {
        { id = "S1", objective = "O1", description = "IPS Career Profile", category = "career_profile",
          provider = "Lakeshore IPS Services", start = "2026-01-27", planned_end = "2026-03-28", actual_end = "2026-03-20",
          cost_cents = 100000, funding = "DVR", authorization = "A-WI-0999" },
        { id = "S2", description = "Offsite check-ins", category = "job_retention", provider = "Lakeshore IPS Services",
          start = "2027-01-04", planned_end = "2027-03-31",
          ext = { offsite = true, offsite_contact = "Weekly phone call with Sam; monthly email to the manager",
                  offsite_approved = "2026-01-26",
                  justification = "Sam asked that the employment specialist not come to the workplace; the manager agrees to monthly email." } },
      },
      responsibilities = { { party = "client", text = "Meet weekly." }, { party = "agency", text = "Authorize services." } },
      supported_employment = {
        extended_services = "IPS follow-along through the county community support program",
        provider = "Fictional County Community Support Program",
      },
    },
  },
}
