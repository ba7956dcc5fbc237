-- IPS-25 bands (policy README): a self-evaluation totalling 115 is "exemplary".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-06-30.
return {
  name = "a fidelity total of 115 is in the band 'exemplary'",
  case = "cases/fidelity.lua",
  as_of = "2026-06-30",
  measures = {
    { id = "ny.c14.fidelity.total", value = 115, band = "exemplary" },
  },
}
