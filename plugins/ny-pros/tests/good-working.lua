-- The sample case: a working PROS participant with ORS contacts every month,
-- monthly progress notes, one add-on a month and a well-formed fidelity
-- self-evaluation. No findings; the clocks and the fidelity total as of
-- 2026-11-23.
return {
  name = "a working PROS participant with ORS contacts: no findings, clocks met, fidelity 104 (good)",
  case = "../../../tests/fixtures/cases/ny-pros-working.lua",
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-NY-05"] = { cases = 18, roles = { employment_specialist = 18 } },
    ["S-NY-02"] = { cases = 4, roles = { ips_team_leader = 4 } },
  } },
  findings = {},
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-04-01", met = "2026-03-18",
      status = "met" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-10-31", met = "2026-10-21",
      status = "met" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-11-30", status = "open" },
  },
  measures = {
    { id = "ny.c14.fidelity.total", value = 104, band = "good" },
  },
  requirements = { signers = { { "client" }, { "employment_specialist" } }, approvals = {} },
}
