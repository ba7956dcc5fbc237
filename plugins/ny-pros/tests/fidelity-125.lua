-- IPS-25 bands (policy README): a self-evaluation totalling 125 is "exemplary".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-07-31.
return {
  name = "a fidelity total of 125 is in the band 'exemplary'",
  case = "cases/fidelity.lua",
  as_of = "2026-07-31",
  measures = {
    { id = "ny.c14.fidelity.total", value = 125, band = "exemplary" },
  },
}
