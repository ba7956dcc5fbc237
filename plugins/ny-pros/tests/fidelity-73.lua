-- IPS-25 bands (policy README): a self-evaluation totalling 73 is "not IPS".
-- The case holds one self-evaluation a month; as_of picks the one of 2026-01-30.
return {
  name = "a fidelity total of 73 is in the band 'not IPS'",
  case = "cases/fidelity.lua",
  as_of = "2026-01-30",
  measures = {
    { id = "ny.c14.fidelity.total", value = 73, band = "not IPS" },
  },
}
