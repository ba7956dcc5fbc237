-- 34 CFR 361.46(a)(2); CSG 520.1: the IPE lists the specific VR services.
return {
  name = "an IPE with no services is a finding",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-NS", name = { given = "Test", family = "Noservice" } },
    case = {
      id = "MO-T-NS", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-NS-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      progress_criteria = "Hired by January 2027.",
      responsibilities = { { party = "client", text = "Apply for jobs." }, { party = "agency", text = "Counsel." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.361.46.a2.services", path = "plan.services", severity = "error" } },
}
