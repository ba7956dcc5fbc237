-- CSG 520.1: the copy goes to the client "and service providers". The course
-- started on 2026-06-15 and its provider has no copy recorded: a warning.
return {
  name = "a started service's provider without a copy of the IPE is a warning",
  as_of = "2026-07-01",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-PR", name = { given = "Test", family = "Provider" }, language = "en" },
    case = {
      id = "MO-T-PR", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client", language = "en", format = "print" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-PR-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Baking course", provider = "Ozark College",
          procurement = "tuition voucher", start = "2026-06-15" },
        { id = "S2", description = "Job placement", provider = "Show-Me Employment CRP",
          procurement = "CRP contract", start = "2026-12-01" },
      },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.copy-to-providers", path = "plan.services[1].provider", severity = "warning" } },
}
