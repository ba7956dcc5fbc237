-- QA under the threshold: no signed copy, no IEP counselor note, no service
-- 68; 17 of 20 is 85 %, and the QA rule names the three items.
return {
  name = "nothing recorded after the signing; QA 17 of 20 (85 %) is flagged",
  case = "cases/qa-17-of-20.lua",
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
    { rule = "tx.qa.90-percent", path = "plan", severity = "warning", class = "conduct",
      message = "the QA instrument scores 17 of 20 items (85 %), under the 90 % required; items "
        .. "not met: 16 (the customer received a signed copy in their language); 18 (service 68 "
        .. "is recorded); 20 (a counselor note documents the IEP)" },
    { rule = "tx.3.signed-copy", path = "case.events", severity = "warning", class = "conduct" },
    { rule = "tx.s68.service-68-recorded", path = "plan.ext.service_68", severity = "warning",
      class = "conduct" },
    { rule = "tx.cn.iep-development-note", path = "case.notes", severity = "warning",
      class = "conduct" },
  },
  measures = {
    { id = "tx.qa-share", value = 17 / 20, text = "17 of 20 items (85 %)", band = "below 90 %" },
  },
}
