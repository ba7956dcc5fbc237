-- The Job Development and Hire fee at the edges of its tiers
-- (cases/hire-tiers.lua): 19.5, 20, 34.5 and 35 hours a week; $8.99, $9.00,
-- $11.99 and $12.00 an hour; with and without health insurance.
return {
  name = "hire fee tiers at their edges: hours, wage and health insurance",
  case = "cases/hire-tiers.lua",
  as_of = "2026-12-31",
  fees = {
    { id = "wi.fee.job-development-hire", date = "2026-01-15", amount = 160000 }, -- 19.5 h, $12, insured
    { id = "wi.fee.job-development-hire", date = "2026-02-15", amount = 160000 }, -- 20 h, $8.99
    { id = "wi.fee.job-development-hire", date = "2026-03-15", amount = 200000 }, -- 20 h, $9.00
    { id = "wi.fee.job-development-hire", date = "2026-04-15", amount = 200000 }, -- 20 h, $8.99, insured
    { id = "wi.fee.job-development-hire", date = "2026-05-15", amount = 200000 }, -- 34.5 h, $12, insured
    { id = "wi.fee.job-development-hire", date = "2026-06-15", amount = 200000 }, -- 35 h, $11.99
    { id = "wi.fee.job-development-hire", date = "2026-07-15", amount = 220000 }, -- 35 h, $12.00
    { id = "wi.fee.job-development-hire", date = "2026-08-15", amount = 220000 }, -- 35 h, $8.99, insured
    { id = "wi.fee.job-development-hire", date = "2026-09-15", amount = 160000 }, -- 35 h, $8.99
    -- T10 has no hours recorded: no fee (wi.ips.job-hire-report-position says why).
  },
}
