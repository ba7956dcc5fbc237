-- SERVICES: the IEP documents the actions "prior to service delivery", and
-- it is in place once "the Customer and Staff will sign and date IEP". This
-- pharmacy technician IEP is dated 2026-05-18 but was signed only on
-- 2026-06-02 (the day it took effect): the training and the supportive
-- service began on 2026-06-01, before it was in place, a conduct finding
-- (shown at signing, never blocking it). The copy given on 2026-05-18 came
-- before the signatures, so it is not a signed copy. QA 18 of 20.
return {
  name = "services begun the day before the IEP was signed, and a copy given before signing",
  case = "cases/pharmacy-tech.lua",
  as_of = "2026-11-23",
  lifecycle = {
    status = "in effect", effective = "2026-06-02", amendment = false,
    signatures = {
      { role = "client", at = "2026-06-02T09:00:00Z", day = "2026-06-02", method = "wet", meaning = "agree" },
      { role = "career_planner", at = "2026-06-02T09:10:00Z", day = "2026-06-02", method = "wet", meaning = "agree" },
    },
  },
  findings = {
    { rule = "tx.svc.iep-before-services", path = "plan.services[3].start", severity = "error",
      class = "conduct",
      message = "action 'Complete the pharmacy technician program' (A3) starts on 2026-06-01, before "
        .. "the IEP took effect (signed by the customer and staff) on 2026-06-02: WIOA requires the "
        .. "IEP to document the customer's needs and actions before services are delivered" },
    { rule = "tx.svc.iep-before-services", path = "plan.services[4].start", severity = "error",
      class = "conduct" },
    { rule = "tx.3.signed-copy", path = "case.events", severity = "warning", class = "conduct",
      message = "no signed copy of the IEP (2026-05-18, signed on 2026-06-02) was given to the "
        .. "customer on or after the signing: give one and record a copy_provided event (to = "
        .. "\"client\", language, format)" },
  },
  measures = {
    { id = "tx.qa-share", value = 18 / 20, text = "18 of 20 items (90 %)", band = "meets 90 %" },
  },
}
