-- QA at the threshold: two items not met, 18 of 20 is exactly 90 %, which
-- the procedure's "90% YES responses" accepts.
return {
  name = "training before the IEP and a copy in the wrong language; QA 18 of 20 (90 %) is not flagged",
  case = "cases/qa-18-of-20.lua",
  as_of = "2026-11-23",
  findings = {
    { rule = "tx.svc.iep-before-services", path = "plan.services[3].start", severity = "error" },
    { rule = "tx.3.signed-copy", path = "case.events[3].language", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20, text = "18 of 20 items (90 %)", band = "meets 90 %" },
  },
}
