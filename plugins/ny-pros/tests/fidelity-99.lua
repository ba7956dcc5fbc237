-- IPS-25 bands (policy README): a self-evaluation totalling 99 is "fair".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-03-31.
return {
  name = "a fidelity total of 99 is in the band 'fair'",
  case = "cases/fidelity.lua",
  as_of = "2026-03-31",
  measures = {
    { id = "ny.c14.fidelity.total", value = 99, band = "fair" },
  },
}
