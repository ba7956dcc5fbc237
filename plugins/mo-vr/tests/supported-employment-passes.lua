-- A supported employment IPE for a client with a most significant
-- disability: extended services and their provider named, assistive
-- technology the assessment found needed, another entity's responsibilities
-- for the service it pays, copies in the client's mode of communication.
return {
  name = "a complete supported employment IPE has no findings",
  case = "../../../tests/fixtures/cases/mo-supported-employment.lua",
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-07-27" },
  findings = {},
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-08-16", met = "2026-07-27", status = "met" },
    { id = "mo.copy-to-client", due = "2026-08-10", met = "2026-07-30", status = "met" },
  },
}
