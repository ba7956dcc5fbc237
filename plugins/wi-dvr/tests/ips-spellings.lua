-- Issue 17: a Career Profile and a Job Development Plan categorised
-- `ips_career_profile` / `ips_job_development_plan` (the sample placement,
-- tests/fixtures/cases/wi-ips-placement.lua, otherwise) used to check with no
-- error and no payment earned: the 60- and 45-day clocks and both fees
-- vanished. They are the declared old spellings (`was`) of career_profile
-- and job_development_plan: the case reads as the sample, every clock and
-- fee is there. Its transition names the four parties in the source's words
-- (consumer, service provider, county Mental Health, DVR): the agreement is
-- complete.
return {
  name = "ips_career_profile / ips_job_development_plan: the 60- and 45-day clocks and both fees",
  case = "../../../tests/fixtures/cases/wi-ips-placement.lua",
  set = {
    ["plans[1].services[1].category"] = "ips_career_profile",
    ["plans[1].services[2].category"] = "ips_job_development_plan",
    -- the lts_transition event
    ["case.events[30].ext.agreed_by"] = { "consumer", "service provider", "County Mental Health", "DVR" },
  },
  as_of = "2026-11-23",
  findings = {},
  deadlines = {
    { id = "wi.deadline.career-profile-60-days", due = "2026-03-28", met = "2026-03-13", status = "met" },
    { id = "wi.deadline.job-development-plan-45-days", due = "2026-04-30", met = "2026-04-17", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-03-20", met = "2026-03-18", status = "met" },
    { id = "wi.deadline.deliverable-report-5-business-days", due = "2026-04-24", met = "2026-04-21", status = "met" },
  },
  fees = {
    { id = "wi.fee.lts-transition", code = "079", date = "2026-11-05", amount = 130000 },
    { id = "wi.fee.career-profile", code = "078", date = "2026-03-18", amount = 100000 },
    { id = "wi.fee.job-development-plan", code = "049", date = "2026-04-21", amount = 35000 },
  },
  measures = {
    { id = "wi.quality.days-to-career-profile", value = 102 },
    { id = "wi.quality.days-to-job-development-plan", value = 137 },
  },
}
