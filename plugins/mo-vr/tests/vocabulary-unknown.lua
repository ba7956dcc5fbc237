-- Issue 17: a value outside the plugin's vocabulary is never silently
-- ignored. A need-for-AT tag misspelt ("needs-asistive-technology"), a
-- category misspelt ("assistive_tech") and a title misspelt ("Counsellor
-- IV") each give a `vocabulary` warning at their path (the lists are open:
-- the value is kept as written), and the rules read them as what they are,
-- unknown: the misspelt tag is no finding of a need (so no AT finding),
-- the misspelt title is not exempt, so the initial IPE needs the
-- supervisor's approval.
return {
  name = "misspelt tag, category and title are vocabulary warnings and read as unknown",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-VU", name = { given = "Test", family = "Unknown" } },
    case = {
      id = "MO-T-VU", agency = "mo-vr",
      staff = {
        { id = "C4", name = "Senior Counselor", role = "counselor", title = "Counsellor IV" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-02-20", text = "AT evaluation: needs voice recognition software.",
          tags = { "needs-asistive-technology" } },
      },
    },
    plans = { {
      id = "MO-T-VU-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Customer Service Representative", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Voice recognition software", category = "assistive_tech",
          provider = "Tech Vendor", procurement = "purchase order", start = "2026-05-01" },
      },
      progress_criteria = "Hired by January 2027.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      post_employment = "None expected.",
    } },
  },
  findings = {
    { rule = "vocabulary", path = "case.notes[2].tags[1]", severity = "warning" },
    { rule = "vocabulary", path = "case.staff[1].title", severity = "warning" },
    { rule = "vocabulary", path = "plan.services[1].category", severity = "warning" },
  },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
