-- Before the transition to long-term supports, "Time referral to
-- conclusion: Trans LTS or (Number of months of SI)" counts the months of
-- Systematic Instruction (cases/past-the-limit.lua in mid-November:
-- September and October).
return {
  name = "before the transition, the LTS timeliness measure counts months of SI",
  case = "cases/past-the-limit.lua",
  as_of = "2026-11-15",
  measures = {
    { id = "wi.quality.days-to-lts", value = 2, band = "months of SI" },
    { id = "wi.quality.hours", value = 35, band = "at or above the IPE" },
    { id = "wi.quality.wage", value = 1199 },
  },
}
