-- Generated from the sample case and reviewed: what the plugin must say about it.
return {
  name = "a working PROS participant with ORS contacts: no findings",
  case = "../../../tests/fixtures/cases/ny-pros-working.lua",
  as_of = "2026-11-23",
  findings = {
  },
}
