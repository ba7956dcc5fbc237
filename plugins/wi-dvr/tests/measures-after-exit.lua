-- The quality measures that need time to pass (cases/on-the-limit.lua, read
-- in April 2028): six months after the transition (2026-12-01), and WIOA's
-- second and fourth quarters after exit (closure 2027-03-01: Q3 2027 and
-- Q1 2028).
return {
  name = "quality measures after exit: working six months after LTS, Q2 and Q4 after exit",
  case = "cases/on-the-limit.lua",
  as_of = "2028-04-15",
  measures = {
    { id = "wi.quality.fidelity", value = 118, band = "exemplary" },
    { id = "wi.quality.days-to-lts", value = 330 },
    { id = "wi.quality.days-to-lts-6-months", value = 512 },
    { id = "wi.quality.working-6-months-after-lts", value = "yes" },
    { id = "wi.quality.working-q2-after-exit", value = "yes" },
    { id = "wi.quality.working-q4-after-exit", value = "yes" },
    { id = "wi.quality.lts-support-hours", value = 3 },
    { id = "wi.quality.title-match", value = 100 },
  },
}
