-- A student served by the county mental health team, shown by a service
-- whose funding is "County" (cases/student-county-funded.lua): the declared
-- funding value county, whatever its case, so wi.ips.youth-county-mh-team
-- has nothing to say. The funding is compared as a declared value, not
-- searched for the word "county".
return {
  name = "a student with a county-funded service (funding \"County\"): the county team is there",
  case = "cases/student-county-funded.lua",
  as_of = "2026-11-23",
  findings = {},
}
