-- A person who already has a job on entering IPS has no job-search clock:
-- no warning, however long without an employer contact.
return {
  name = "no rapid job search clock for a person already working at IPS entry",
  case = "cases/rapid-working.lua",
  as_of = "2026-04-20",
  findings = {},
}
