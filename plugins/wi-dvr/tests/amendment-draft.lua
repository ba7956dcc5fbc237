-- A draft amendment (version 2 after version 1 took effect on 2026-06-24) in
-- the case whose provider missed two clocks (cases/career-profile-day-61.lua).
-- The late first contact and the day-61 Career Profile are still reported,
-- as conduct: shown when the amendment is signed, never blocking it. The
-- case's clocks are not computed again for the draft: the version in effect
-- carries them (late-contact-conduct.lua), so a draft never restarts or
-- duplicates them. (A test lists the records that must be produced, so the
-- absence of deadlines here is not asserted; carries_clocks says it.)
return {
  name = "a draft amendment shows the earlier conduct errors without being blocked by them",
  case = "cases/career-profile-day-61.lua",
  plan = "WI-2026-2101-IPE-V2",
  as_of = "2026-07-06",
  lifecycle = {
    status = "awaiting signatures", amendment = true,
    signatures = {
      { role = "client", at = "2026-07-06T11:00:00-05:00", day = "2026-07-06",
        method = "wet", meaning = "agree" },
    },
  },
  findings = {
    { rule = "wi.ips.career-profile-60-days", path = "plan.services[1].actual_end",
      severity = "error", class = "conduct" },
    { rule = "wi.ips.first-contact-48-hours", path = "case.events[7].at", severity = "error",
      class = "conduct" },
  },
}
