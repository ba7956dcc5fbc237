-- An IPE that breaks most CSG 500 / 34 CFR 361.46 rules the plugin checks
-- (tests/fixtures/bad-rules/mo-violations.lua).
return {
  name = "a late, incomplete IPE yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/mo-violations.lua",
  as_of = "2026-06-01",
  lifecycle = { status = "in effect", effective = "2026-05-20" },
  findings = {
    { rule = "mo.510.1.assessment-before-ipe", path = "case.notes", severity = "warning" },
    { rule = "mo.510.1.employment-outcome", path = "plan.goal.occupation" },
    { rule = "mo.520.1.ipe-within-90-days", path = "plan.date", severity = "error" },
    { rule = "mo.361.46.a3.timelines", path = "plan.goal.target_date" },
    { rule = "mo.361.46.a3.timelines", path = "plan.services[1].start" },
    { rule = "mo.520.1.providers-and-procurement", path = "plan.services[1].provider" },
    { rule = "mo.520.1.providers-and-procurement", path = "plan.services[1].procurement" },
    "mo.361.46.a5.progress-criteria",
    { rule = "mo.361.46.a6.responsibilities", path = "plan.responsibilities" },
    { rule = "mo.361.46.a8.post-employment", path = "plan.post_employment", severity = "warning" },
    { rule = "mo.520.1.educational-goals", path = "plan.education_goal", severity = "warning" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.reason" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.alternatives" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.appeal_info_given" },
    { rule = "mo.520.1.item-5000-review", path = "plan.services[1].item_cost_cents", severity = "error" },
    { rule = "mo.520.1.item-5000-authorization", path = "plan.services[1].authorization", severity = "error" },
    { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep", severity = "error" },
    { rule = "mo.520.1.student-ipe-before-exit", path = "person.ext.school_exit_date", severity = "warning" },
    { rule = "mo.530.ticket-assigned", path = "plan.ticket_to_work.assigned", severity = "error" },
  },
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-05-20", status = "missed" },
    { id = "mo.copy-to-client", due = "2026-06-03", status = "open" },
  },
}
