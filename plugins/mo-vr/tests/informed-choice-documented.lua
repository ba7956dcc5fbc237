-- CSG 520.1: the counselor cannot support the client's choice, and has
-- documented why, explored alternatives, and given appeal, mediation and
-- Client Assistance Program information: the rule is met.
return {
  name = "an unsupported informed choice with reason, alternatives and CAP information",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-IC", name = { given = "Test", family = "Choice" } },
    case = {
      id = "MO-T-IC", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-IC-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Commercial Pilot", target_date = "2028-06-30" },
      services = { { id = "S1", description = "Career counseling and guidance", provider = "Missouri VR",
                     procurement = "agency staff", start = "2026-04-15" } },
      progress_criteria = "Medical certificate obtained, or a new goal agreed, by June 2026.",
      responsibilities = { { party = "client", text = "Get an FAA medical exam." },
                           { party = "agency", text = "Provide guidance." } },
      post_employment = "None expected.",
      informed_choice = {
        supported = false,
        reason = "The client's seizure disorder prevents an FAA medical certificate.",
        alternatives = "Aircraft dispatcher, avionics technician, airport operations explored.",
        appeal_info_given = true,
      },
    } },
  },
  findings = {},
}
