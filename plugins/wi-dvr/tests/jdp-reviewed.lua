-- A reviewed Job Development Plan: the next review counts from the last
-- one, and a planned job support stands for the job supports plan section.
return {
  name = "a reviewed Job Development Plan schedules the next review 90 days on",
  case = "cases/jdp.lua",
  plan = "WI-2026-0501-JDP-REV",
  as_of = "2026-07-10",
  findings = {},
}
