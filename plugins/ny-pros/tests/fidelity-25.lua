-- IPS-25 bands (policy README): a self-evaluation totalling 25 is "not IPS".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-08-31.
return {
  name = "a fidelity total of 25 is in the band 'not IPS'",
  case = "cases/fidelity.lua",
  as_of = "2026-08-31",
  measures = {
    { id = "ny.c14.fidelity.total", value = 25, band = "not IPS" },
  },
}
