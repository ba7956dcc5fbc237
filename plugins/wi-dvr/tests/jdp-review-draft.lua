-- The Job Development Plan of cases/jdp-signed.lua while it is a draft: its
-- completion is not known yet, so its next review counts from its date, and
-- 2026-08-05 is 110 days on. A content error: the plan is corrected (the
-- review moved, or the plan dated when it is signed) before it is signed.
return {
  name = "a draft Job Development Plan: its next review counts from its date",
  case = "cases/jdp-signed.lua",
  as_of = "2026-04-20",
  findings = {
    { rule = "wi.jdp.review-scheduled", path = "plan.review.next", severity = "error",
      class = "content" },
  },
}
