-- Generated from the sample case and reviewed: what the plugin must say about it.
return {
  name = "an Employment Plan that breaks Clarification 14 yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/ny-violations.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "ny.c14.2.zero-exclusion", path = "case.ext.ips_exclusion_reason", severity = "error" },
    { rule = "ny.c14.2.zero-exclusion", path = "case.events[1].reason", severity = "error" },
    { rule = "ny.c14.5.benefits-counseling", path = "plan.services", severity = "warning" },
    { rule = "ny.c14.7.rapid-job-search", path = "case.events", severity = "warning" },
    { rule = "ny.c14.ips.individual-modality", path = "plan.services[2].modality", severity = "error" },
    { rule = "ny.c14.ips.individual-modality", path = "case.events[6].modality", severity = "error" },
    { rule = "ny.c14.ips.one-specialist", path = "case.events", severity = "info" },
    { rule = "ny.c14.ep.own-words", path = "plan.goal.own_words", severity = "error" },
    { rule = "ny.c14.ep.behavioral-objectives", path = "plan.objectives[2].measure", severity = "error" },
    { rule = "ny.c14.ep.people-services-supports", path = "plan.services[3].responsible", severity = "error" },
    { rule = "ny.c14.ep.time-frames", path = "plan.objectives[1].target", severity = "error" },
    { rule = "ny.c14.ep.time-frames", path = "plan.objectives[2].target", severity = "error" },
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error" },
    { rule = "ny.c14.note.competitive-goal", path = "plan.goal.wage_cents_hour", severity = "error" },
    { rule = "ny.c14.note.competitive-jobs", path = "case.employment[1]", severity = "warning" },
    { rule = "ny.c14.note.cairs-at-discharge", path = "case.events[1]", severity = "error" },
  },
}
