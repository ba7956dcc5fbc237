-- Issue 17: values written with other case and separators ("Employment
-- Specialist", "Clinic-Treatment", "ors", "PROGRESS NOTE", "NYC") and old
-- spellings ("IR: IRGA (IPS)", "employment assessment", "CAIRS entry",
-- "follow-along", "Benefits", "Monthly Progress Note") read as the declared
-- ones. Met: the initial assessment, the 30-day contact, ORS in September and
-- October (a NYSID job, "NYSID"), the progress notes, CAIRS at discharge.
-- Found: the group IPS service (by its old category alone), the specialist
-- on Clinic Treatment, October's add-on under "ir" and "Ors", and the goal
-- wage under New York City's minimum ("NYC").
return {
  name = "values in other case, separators and old spellings read as the declared ones",
  case = "cases/spellings.lua",
  as_of = "2026-11-12",
  findings = {
    { rule = "ny.c14.ips.individual-modality", path = "plan.services[1].modality",
      severity = "error" },
    { rule = "ny.c14.8.employment-services-only", path = "plan.services[2].responsible",
      severity = "warning" },
    { rule = "ny.c14.funding.one-add-on-a-month", path = "case.events[11].component",
      severity = "error",
      message = "the add-on for 2026-10 was billed under both IR (2026-10-30) and ORS "
        .. "(2026-10-31): it may be billed for only one of them in a month" },
    { rule = "ny.c14.note.competitive-goal", path = "plan.goal.wage_cents_hour", severity = "error",
      message = "the goal wage $16.50 an hour is under the New York minimum wage of $17.00 on "
        .. "2026-08-20 (New York City): an IPS goal is competitive employment" },
  },
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-09-16", met = "2026-08-24",
      status = "met" },
    { id = "ny.c14.ors.contacts-this-month", due = "2026-10-31", met = "2026-10-20",
      status = "met" },
  },
}
