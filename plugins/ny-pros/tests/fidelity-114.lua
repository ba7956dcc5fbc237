-- IPS-25 bands (policy README): a self-evaluation totalling 114 is "good".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-05-29.
return {
  name = "a fidelity total of 114 is in the band 'good'",
  case = "cases/fidelity.lua",
  as_of = "2026-05-29",
  measures = {
    { id = "ny.c14.fidelity.total", value = 114, band = "good" },
  },
}
