-- ORS applies to "a competitive job": a job not open to the public is not
-- one, so October is not flagged (ny.c14.note.competitive-jobs warns about
-- the job itself).
return {
  name = "ORS does not apply to a job closed to the public; the job is flagged instead",
  case = "cases/ors-closed-job.lua",
  as_of = "2026-11-01",
  findings = {
    { rule = "ny.c14.note.competitive-jobs", path = "case.employment[1]", severity = "warning" },
  },
}
