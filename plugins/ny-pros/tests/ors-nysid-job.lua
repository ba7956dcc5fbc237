-- An NYSID position is "considered competitive" even though it is not open
-- to the public: it is not flagged, and ORS applies to it (October flagged).
return {
  name = "an NYSID job is competitive: not flagged, and ORS applies to it",
  case = "cases/ors-nysid-job.lua",
  as_of = "2026-11-01",
  findings = {
    { rule = "ny.c14.ors.monthly-contacts", path = "case.events", severity = "error" },
  },
}
