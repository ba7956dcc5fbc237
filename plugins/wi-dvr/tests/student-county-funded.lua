-- A student still in high school (the case of cases/job-ended.lua), with no
-- county mental health member in case.staff but served by the county
-- mental health team, shown by a service whose funding is "County" and
-- category "Mental Health" (other case: the declared values county and
-- mental_health). IPS for youth needs a county mental health team; the
-- declared funding value county, whatever its case, shows it, so
-- wi.ips.youth-county-mh-team has nothing to say. The funding is compared
-- as a declared value, not searched for the word "county".
return {
  name = "a student with a county-funded service (funding \"County\"): the county team is there",
  case = "cases/job-ended.lua",
  set = {
    ["person.student"] = true,
    ["plans[1].services[3]"] = { id = "S3", description = "County mental health case management",
      category = "Mental Health", provider = "Fictional County CCS", start = "2025-12-01",
      funding = "County" },
  },
  as_of = "2026-11-23",
  findings = {},
}
