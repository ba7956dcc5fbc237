-- Ongoing Rehabilitation and Support, the last day of October: September had
-- its two 30-minute services (met on the 23rd); October has one that counts
-- (29 minutes, a PROS practitioner and a housing errand do not), but the
-- month is not over, so its clock is open and no rule finding yet.
return {
  name = "ORS on 31 October: September met, October's clock still open",
  case = "cases/ors.lua",
  as_of = "2026-10-31",
  findings = {},
  deadlines = {
    { id = "ny.c14.ors.contacts-this-month", due = "2026-09-30", met = "2026-09-23",
      status = "met" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-10-31", status = "open" },
  },
}
