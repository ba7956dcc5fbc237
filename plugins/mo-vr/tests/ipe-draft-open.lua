-- 34 CFR 361.45(e): a draft IPE on day 86 (2026-04-01), before the 90 days
-- are out: the clock is open (the draft's date does not meet it), and no
-- finding.
return {
  name = "a draft IPE before day 90: the clock is open",
  case = "cases/adult.lua",
  as_of = "2026-04-01",
  lifecycle = { status = "draft" },
  findings = {},
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", status = "open" } },
}
