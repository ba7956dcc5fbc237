-- The day after: October has ended with one qualifying employment service
-- (10 hours a week is "at least 10 hours"), so the rule flags October and
-- October's clock is overdue; November's is open.
return {
  name = "ORS on 1 November: October had one 30-minute service, flagged; its clock overdue",
  case = "cases/ors.lua",
  as_of = "2026-11-01",
  findings = {
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      class = "conduct",
      message = "in 2026-10, working 10 hours a week at Maple Street Bakery, the person had 1 "
        .. "employment service(s) of 30 minutes or more from a vocational specialist; ORS requires "
        .. "at least 2 a month" },
  },
  deadlines = {
    { id = "ny.c14.ors.contacts-this-month", due = "2026-10-31", status = "overdue" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-11-30", status = "open" },
  },
}
