-- Service 68 is entered once the IEP has been constructed (tx.s68.after-iep,
-- conduct: split from tx.s68.service-68, which keeps the record's fields,
-- content), and closed with a completion reason. A SOC code needs its major group. The interim goals,
-- set on the IEP's date, match the IEP's counselor note, so the set-date
-- rule does not repeat what the service 68 finding says.
return {
  name = "service 68 before the IEP and closed without a reason; a SOC code without major group",
  case = "cases/service-68-early.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "tx.1.occupation-soc", path = "plan.goal.soc", severity = "error" },
    { rule = "tx.s68.after-iep", path = "plan.ext.service_68.start", severity = "error",
      class = "conduct" },
    { rule = "tx.s68.service-68", path = "plan.ext.service_68.completion", severity = "error",
      class = "content" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20, text = "18 of 20 items (90 %)", band = "meets 90 %" },
  },
}
