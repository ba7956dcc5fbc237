-- Issue 17: values written with other case and separators read as their
-- declared spelling; "followup" is an old spelling of the category
-- "follow-up" (import warns, naming the new one) and still marks the
-- follow-up step. The completed interim goal's step without an actual end
-- date is the one finding: QA 19 of 20.
return {
  name = "values in other case and separators read as declared; 'followup' is an old spelling; QA 19 of 20",
  case = "cases/spellings.lua",
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "tx.de.action-dates", path = "plan.services[2].actual_end", severity = "error" },
  },
  measures = {
    { id = "tx.qa-share", value = 19 / 20 },
  },
}
