-- 34 CFR 361.45: after the English print copy, a Spanish large-print copy
-- (es-MX, "Large Print") was given: the client has a copy they can use. The
-- provider of the started course received its copy too (CSG 520.1).
return {
  name = "a copy in the client's language and mode meets the rule",
  as_of = "2026-07-01",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-CR", name = { given = "Prueba", family = "Correcta" }, language = "es",
               communication = { "large print" } },
    case = {
      id = "MO-T-CR", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client", language = "en", format = "print" },
        { kind = "copy_provided", date = "2026-04-09", to = "Client", language = "es-MX", format = "Large Print" },
        { kind = "copy_provided", date = "2026-06-01", to = "provider", provider = "Ozark College",
          language = "en", format = "electronic" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-CR-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
}
