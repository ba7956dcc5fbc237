-- QA at the threshold: two items not met, 18 of 20 is exactly 90 %, which
-- the procedure's "90% YES responses" accepts.
return {
  name = "training before the IEP and a copy in the wrong language; QA 18 of 20 (90 %) is not flagged",
  case = "cases/qa-18-of-20.lua",
  as_of = "2026-11-23",
  -- Signed by the customer and the career planner on the IEP's date: the
  -- signed copy is due from that day (tx.3.signed-copy looks only at an IEP
  -- that took effect; without this the plan would be an unsigned draft).
  lifecycle = {
    status = "in effect", effective = "2026-05-18", amendment = false,
    signatures = {
      { role = "client", at = "2026-05-18T10:00:00Z", day = "2026-05-18", method = "wet", meaning = "agree" },
      { role = "career_planner", at = "2026-05-18T10:05:00Z", day = "2026-05-18", method = "wet", meaning = "agree" },
    },
  },
  findings = {
    -- services delivered before the IEP: what staff did (conduct), so shown
    -- at signing but not blocking it
    { rule = "tx.svc.iep-before-services", path = "plan.services[3].start", severity = "error",
      class = "conduct" },
    { rule = "tx.3.signed-copy", path = "case.events[3].language", severity = "warning",
      class = "conduct" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20, text = "18 of 20 items (90 %)", band = "meets 90 %" },
  },
}
