-- The case of qa-17-of-20.lua checked as an unsigned draft (no lifecycle
-- given: a draft with no signatures). There is no signed copy to give yet,
-- so tx.3.signed-copy says nothing and its QA item is met (it does not
-- apply); service 68 and the IEP counselor note are still missing. Its
-- actions began on 2026-06-01 while no IEP had been signed: conduct
-- findings, and QA item 1 not met, so QA is 17 of 20 (items 1, 18, 20; the
-- signed copy, item 14, is not among them).
return {
  name = "an unsigned draft is not asked for a signed copy; its actions begun unsigned are; QA 17 of 20",
  case = "cases/qa-17-of-20.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "tx.svc.iep-before-services", path = "plan.services[3].start", class = "conduct" },
    { rule = "tx.svc.iep-before-services", path = "plan.services[4].start", class = "conduct" },
    { rule = "tx.qa.90-percent", severity = "warning" },
    { rule = "tx.s68.service-68-recorded", path = "plan.ext.service_68", severity = "warning" },
    { rule = "tx.cn.iep-development-note", path = "case.notes", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 17 / 20, text = "17 of 20 items (85 %)", band = "below 90 %" },
  },
}
