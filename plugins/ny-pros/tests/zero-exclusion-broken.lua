-- Feature 2, broken three ways: an exclusion reason on file that names no
-- listed ground ("or other factors": still a finding), a discharge because
-- the person lost a job ("terminated for any reason at all"), and a closure
-- because of a hospitalisation (psychiatric history).
return {
  name = "zero exclusion broken: a waiting list, a discharge for job loss, a closure for a hospitalisation",
  as_of = "2026-09-15",
  case = {
    person = { id = "P-T-ZB", name = { given = "Casey", family = "Turnedaway" } },
    case = {
      id = "NY-T-ZB", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "discharge", date = "2026-08-14", reason = "Lost her job at the mall" },
        { kind = "report", date = "2026-08-14", form = "CAIRS" },
        { kind = "closure", date = "2026-08-31", reason = "Hospitalized; not appropriate now" },
      },
      ext = { ips_exclusion_reason = "Waiting list for the vocational unit" },
    },
    plans = { {
      id = "NY-T-ZB-EP", kind = "EP", date = "2026-08-03",
      goal = { own_words = "Back to retail." },
      objectives = { { id = "O1", title = "Apply to two stores", measure = "two applications",
        target = "2026-09-30" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    } },
  },
  findings = {
    { rule = "ny.c14.2.zero-exclusion", path = "case.ext.ips_exclusion_reason", severity = "error",
      message = "IPS access was limited for the reason 'Waiting list for the vocational unit': a "
        .. "person who identifies employment as a goal may take part in IPS regardless of any such factor" },
    { rule = "ny.c14.2.zero-exclusion", path = "case.events[1].reason", severity = "error",
      message = "the discharge on 2026-08-14 gives the reason 'Lost her job at the mall', which rests "
        .. "on the loss of a job: IPS may not be withheld on that ground" },
    { rule = "ny.c14.2.zero-exclusion", path = "case.events[3].reason", severity = "error",
      message = "the closure on 2026-08-31 gives the reason 'Hospitalized; not appropriate now', which "
        .. "rests on psychiatric history: IPS may not be withheld on that ground" },
  },
}
