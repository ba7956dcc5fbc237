-- IPS-25 bands (policy README): a self-evaluation totalling 74 is "fair".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-02-27.
return {
  name = "a fidelity total of 74 is in the band 'fair'",
  case = "cases/fidelity.lua",
  as_of = "2026-02-27",
  measures = {
    { id = "ny.c14.fidelity.total", value = 74, band = "fair" },
  },
}
