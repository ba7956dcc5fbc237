-- A newer draft does not hide the plan's months. Version 1 of the plan took
-- effect on 2026-08-03; version 2, dated 2026-10-20, is a draft awaiting
-- its signatures. Checked on version 2 on 1 November, October is still held
-- to the ORS minimum and flagged: the months run from the day the plan
-- first took effect (ctx.lifecycle.versions), not from the draft's date
-- (before the lifecycle, a version dated 20 October had no whole month
-- yet, and the October miss vanished from it). The month clocks and the
-- 30-day clock are not repeated on the draft: version 1, in effect, shows
-- them (the runner cannot assert an absence; `vrtool deadlines` shows it).
return {
  name = "a draft version 2 dated 20 October: October's ORS miss is still flagged",
  case = "cases/ors-v2.lua",
  as_of = "2026-11-01",
  lifecycle = {
    status = "draft", amendment = true,
    versions = {
      { version = 1, date = "2026-08-03", status = "in effect", amendment = false,
        effective = "2026-08-03", effective_at = "2026-08-03T10:05:00Z", signatures = {} },
      { version = 2, date = "2026-10-20", status = "draft", amendment = true, signatures = {} },
    },
  },
  findings = {
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error",
      class = "conduct",
      message = "in 2026-10, working 10 hours a week at Maple Street Bakery, the person had 1 "
        .. "employment service(s) of 30 minutes or more from a vocational specialist; ORS requires "
        .. "at least 2 a month" },
  },
}
