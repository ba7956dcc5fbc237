-- The case of qa-17-of-20.lua checked as an unsigned draft (no lifecycle
-- given: a draft with no signatures). There is no signed copy to give yet,
-- so tx.3.signed-copy says nothing and its QA item is met (it does not
-- apply); service 68 and the IEP counselor note are still missing. QA 18 of
-- 20 meets the 90 %. (Before the lifecycle, the copy was asked of a draft
-- too, and this draft scored 17 of 20.)
return {
  name = "an unsigned draft is not asked for a signed copy; QA 18 of 20",
  case = "cases/qa-17-of-20.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "tx.s68.service-68-recorded", path = "plan.ext.service_68", severity = "warning" },
    { rule = "tx.cn.iep-development-note", path = "case.notes", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20, text = "18 of 20 items (90 %)", band = "meets 90 %" },
  },
}
