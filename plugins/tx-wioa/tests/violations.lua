-- The violations fixture (tests/fixtures/bad-rules/tx-violations.lua): one
-- IEP that breaks most of the procedure. tests/e2e/agencies.sh expects error
-- findings from tx.1.overall-goal, tx.2.interim-goal-titles,
-- tx.2.interim-goal-timeframe-outcome-measure, tx.3.action-steps,
-- tx.3.responsible-party, tx.de.action-dates and tx.s68.service-68. The
-- IEP is given as signed on its date, so the missing signed copy shows (an
-- unsigned draft has no signed copy to give). The errors of class content
-- block signing a version; the conduct ones are shown at signing.
return {
  name = "an IEP that breaks the Texas procedure yields one finding per broken requirement; QA 5 of 20",
  case = "../../../tests/fixtures/bad-rules/tx-violations.lua",
  as_of = "2026-11-23",
  -- Signed by the customer and the career planner on the IEP's date: the
  -- signed copy is due from that day (tx.3.signed-copy looks only at an IEP
  -- that took effect; without this the plan would be an unsigned draft).
  lifecycle = {
    status = "in effect", effective = "2026-09-08", amendment = false,
    signatures = {
      { role = "client", at = "2026-09-08T10:00:00Z", day = "2026-09-08", method = "wet", meaning = "agree" },
      { role = "career_planner", at = "2026-09-08T10:05:00Z", day = "2026-09-08", method = "wet", meaning = "agree" },
    },
  },
  findings = {
    { rule = "tx.qa.90-percent", path = "plan", severity = "warning" },
    { rule = "tx.exp.update-past-planned-end", path = "plan.services[1].planned_end", severity = "warning",
      class = "content" },
    { rule = "tx.1.overall-goal", path = "plan.goal.occupation", severity = "error",
      class = "content" },
    { rule = "tx.2.interim-goal-timeframe-outcome-measure", path = "plan.objectives[1].target", severity = "error" },
    { rule = "tx.2.interim-goal-timeframe-outcome-measure", path = "plan.objectives[1].measure", severity = "error" },
    { rule = "tx.2.participation-not-a-goal", path = "plan.objectives[2].measure", severity = "warning" },
    -- no IEP counselor note documents an update on 2026-09-14
    { rule = "tx.2.set-date-service-68", path = "plan.objectives[1].start", severity = "warning" },
    { rule = "tx.2.set-date-service-68", path = "plan.objectives[2].start", severity = "warning" },
    { rule = "tx.2.interim-goal-titles", path = "plan.objectives[1].title", severity = "error" },
    -- 'GED classes' is not a declared title either: the core's warning
    { rule = "vocabulary", path = "plan.objectives[1].title", severity = "warning" },
    -- the last interim goal is IG2, Job Search Services
    { rule = "tx.2.follow-up-under-last-goal", path = "plan.services[4].objective", severity = "warning" },
    { rule = "tx.3.action-steps", path = "plan.services[3].objective", severity = "error" },
    { rule = "tx.3.action-steps", path = "plan.objectives[2].id", severity = "error" },
    { rule = "tx.3.shared-responsibilities", path = "plan.services", severity = "warning" },
    { rule = "tx.3.responsible-party", path = "plan.services[2].responsible", severity = "error" },
    { rule = "tx.3.signed-copy", path = "case.events", severity = "warning", class = "conduct" },
    { rule = "tx.de.action-dates", path = "plan.services[2].planned_end", severity = "error" },
    { rule = "tx.de.action-dates", path = "plan.services[4].actual_end", severity = "error" },
    -- IG1 is completed, but A1 and A2 have no actual end date
    { rule = "tx.de.action-dates", path = "plan.services[1].actual_end", severity = "error" },
    { rule = "tx.de.action-dates", path = "plan.services[2].actual_end", severity = "error" },
    { rule = "tx.s68.service-68", path = "plan.ext.service_68.fund", severity = "error" },
    { rule = "tx.s68.service-68", path = "plan.ext.service_68.completion", severity = "error" },
    { rule = "tx.cn.iep-development-note", path = "case.notes", severity = "warning",
      class = "conduct" },
  },
  measures = {
    { id = "tx.qa-share", value = 5 / 20, text = "5 of 20 items (25 %)", band = "below 90 %" },
  },
}
