-- 34 CFR 361.45: the copy goes to the client in the client's language or
-- mode of communication. The client reads Spanish and needs large print; the
-- copy given was English standard print: two warnings.
return {
  name = "a copy in the wrong language and format is a warning",
  as_of = "2026-04-25",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-CP", name = { given = "Prueba", family = "Copia" }, language = "es",
               communication = { "large print" } },
    case = {
      id = "MO-T-CP", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client", language = "en", format = "print" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-CP-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "mo.520.1.copy-to-client", path = "case.events[2].language", severity = "warning" },
    { rule = "mo.520.1.copy-to-client", path = "case.events[2].format", severity = "warning" },
  },
  deadlines = { { id = "mo.copy-to-client", due = "2026-04-19", met = "2026-04-06", status = "met" } },
}
