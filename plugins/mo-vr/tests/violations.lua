-- An IPE that breaks every CSG 500 / 34 CFR 361.46 rule the plugin checks.
return {
  name = "a late, incomplete IPE yields one finding per broken requirement",
  case = "../../../tests/fixtures/bad-rules/mo-violations.lua",
  as_of = "2026-06-01",
  findings = {
    { rule = "mo.510.1.employment-outcome", path = "plan.goal.occupation" },
    { rule = "mo.520.1.ipe-within-90-days", path = "plan.date" },
    { rule = "mo.361.46.a3.timelines", path = "plan.goal.target_date" },
    { rule = "mo.361.46.a3.timelines", path = "plan.services[1].start" },
    { rule = "mo.520.1.providers-and-procurement", path = "plan.services[1].provider" },
    { rule = "mo.520.1.providers-and-procurement", path = "plan.services[1].procurement" },
    "mo.361.46.a5.progress-criteria",
    { rule = "mo.361.46.a6.responsibilities", path = "plan.responsibilities" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.reason" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.alternatives" },
    { rule = "mo.520.1.informed-choice-not-supported", path = "plan.informed_choice.appeal_info_given" },
  },
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-05-20", status = "met", late = true } },
}
