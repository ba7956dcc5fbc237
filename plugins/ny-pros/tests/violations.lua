-- The bad-rules fixture: an Employment Plan that breaks Clarification 14 in
-- many ways at once. tests/e2e/agencies.sh expects error findings from
-- zero-exclusion, individual-modality, own-words, behavioral-objectives,
-- people-services-supports, time-frames, ors.monthly-contacts,
-- competitive-goal and cairs-at-discharge. Most are conduct (what the
-- program did: an exclusion, a group contact, a double claim, a month short
-- of ORS services, a missing CAIRS entry), shown at signing; the content
-- errors (the plan's own words, objectives, services, time frames, a group
-- IPS service, a goal wage under the minimum) block signing the version.
-- The 30-day employer contact came on day 64: its clock is "missed".
return {
  name = "an Employment Plan that breaks Clarification 14 yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/ny-violations.lua",
  as_of = "2026-11-23",
  summary = { caseload = {
    ["S-NY-05"] = { cases = 23, roles = { employment_specialist = 23 } },
    ["S-NY-06"] = { cases = 20, roles = { employment_specialist = 20 } },
  } },
  findings = {
    { rule = "ny.c14.2.zero-exclusion", path = "case.ext.ips_exclusion_reason", severity = "error" },
    { rule = "ny.c14.2.zero-exclusion", path = "case.events[2].reason", severity = "error" },
    { rule = "ny.c14.5.benefits-counseling", path = "plan.services", severity = "warning" },
    { rule = "ny.c14.7.initial-employment-assessment", path = "case.events[1]", severity = "error" },
    { rule = "ny.c14.7.rapid-job-search", path = "case.events[4]", severity = "warning" },
    { rule = "ny.c14.8.employment-services-only", path = "plan.services[4].responsible",
      severity = "warning" },
    { rule = "ny.c14.9.caseload", path = "case.staff[1]", severity = "warning" },
    { rule = "ny.c14.ips.individual-modality", path = "plan.services[2].modality", severity = "error",
      class = "content" },
    -- the group contact: split from individual-modality (what the plan says)
    -- into its own rule, of class conduct (what the program did)
    { rule = "ny.c14.ips.individual-contacts", path = "case.events[21].modality", severity = "error",
      class = "conduct" },
    { rule = "ny.c14.funding.one-add-on-a-month", path = "case.events[12].component",
      severity = "error" },
    { rule = "ny.c14.ips.one-specialist", path = "case.events", severity = "info" },
    { rule = "ny.c14.ep.own-words", path = "plan.goal.own_words", severity = "error" },
    { rule = "ny.c14.ep.behavioral-objectives", path = "plan.objectives[2].measure", severity = "error" },
    { rule = "ny.c14.ep.people-services-supports", path = "plan.services[3].responsible", severity = "error" },
    { rule = "ny.c14.ep.time-frames", path = "plan.objectives[1].target", severity = "error" },
    { rule = "ny.c14.ep.time-frames", path = "plan.objectives[2].target", severity = "error" },
    { rule = "ny.c14.crs.monthly-progress-notes", path = "case.notes", severity = "warning",
      message = "no progress note is recorded for 2026-10: the IPS work is documented in monthly "
        .. "progress notes (a note of kind \"progress note\")" },
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      message = "in 2026-09, working 20 hours a week at Lakeside Diner, the person had 1 employment "
        .. "service(s) of 30 minutes or more from a vocational specialist; ORS requires at least 2 a month" },
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      message = "in 2026-10, working 20 hours a week at Lakeside Diner, the person had 1 employment "
        .. "service(s) of 30 minutes or more from a vocational specialist; ORS requires at least 2 a month" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[19].ext.items", severity = "error" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[19].ext.items[18]", severity = "error" },
    { rule = "ny.c14.note.competitive-goal", path = "plan.goal.wage_cents_hour", severity = "error" },
    { rule = "ny.c14.note.competitive-jobs", path = "case.employment[1]", severity = "warning" },
    { rule = "ny.c14.note.cairs-at-discharge", path = "case.events[2]", severity = "error" },
  },
  deadlines = {
    { id = "ny.c14.7.employer-contact-30-days", due = "2026-02-04", met = "2026-03-10",
      status = "missed" },
  },
}
