-- Synthetic Wisconsin IPS case: the provider's clocks broken before the IPE
-- is signed, for the lifecycle tests (conduct findings, which clock carries
-- the case's deadlines). The Career Profile is authorized on Thursday
-- 2026-04-09 and its last contact is on Tuesday 2026-06-09: day 61 (due by
-- 2026-06-08). The Job Development Plan's authorization of Monday
-- 2026-06-15 09:00 CDT is answered on Wednesday 2026-06-17 at 09:30, 48 h
-- 30 min later. The same IPE text is here twice: as version 1 and as
-- version 2 (a second version written before anyone signed the first, or
-- an amendment: the test's `lifecycle` says which). All names and ids are
-- invented.
local function ipe(id, version)
  return {
    id = id,
    kind = "IPE",
    version = version,
    date = "2026-06-22",
    goal = { occupation = "Grocery Stock Clerk", soc = "53-7065", hours_week = 20 },
    supported_employment = { extended_services = "County CCS follow-along after DVR services",
                             provider = "Fictional County CCS" },
    services = {
      { id = "S1", description = "IPS Career Profile", category = "career_profile",
        provider = "Lakeshore IPS Team", authorization = "A-WI-2101",
        start = "2026-04-10", actual_end = "2026-06-09" },
      { id = "S2", description = "IPS Job Development Plan", category = "job_development_plan",
        provider = "Lakeshore IPS Team", authorization = "A-WI-2102",
        start = "2026-06-17", planned_end = "2026-07-30" },
    },
  }
end

return {
  person = {
    id = "P-WI-2101",
    name = { given = "Marlow", family = "Latecomer" },
    most_significant_disability = true,
  },
  case = {
    id = "WI-2026-2101",
    agency = "wi-dvr",
    program = "IPS",
    staff = {
      { id = "S-21", name = "Indigo Placeholder", role = "counselor" },
      { id = "S-22", name = "Jules Notreal", role = "employment_specialist" },
    },
    events = {
      { kind = "referral", date = "2026-04-01" },
      { kind = "authorization", id = "A-WI-2101", service = "078",
        at = "2026-04-09T10:00:00-05:00" },
      { kind = "first_contact", authorization = "A-WI-2101", at = "2026-04-10T09:00:00-05:00" },
      { kind = "report", form = "DVR-18018-E", authorization = "A-WI-2101", date = "2026-06-11" },
      { kind = "review", form = "DVR-18018-E", date = "2026-06-12" },
      { kind = "authorization", id = "A-WI-2102", service = "049",
        at = "2026-06-15T09:00:00-05:00" },
      -- 48 hours and 30 minutes after the authorization.
      { kind = "first_contact", authorization = "A-WI-2102", at = "2026-06-17T09:30:00-05:00" },
    },
  },
  plans = {
    ipe("WI-2026-2101-IPE", 1),
    ipe("WI-2026-2101-IPE-V2", 2),
  },
}
