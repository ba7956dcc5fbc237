-- IPS-25 bands (policy README): a self-evaluation totalling 100 is "good".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-04-30.
return {
  name = "a fidelity total of 100 is in the band 'good'",
  case = "cases/fidelity.lua",
  as_of = "2026-04-30",
  measures = {
    { id = "ny.c14.fidelity.total", value = 100, band = "good" },
  },
}
