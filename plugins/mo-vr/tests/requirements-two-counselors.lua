-- CSG 520.1, known conflict: the exemption holds only when the author is a
-- counselor IV or assistant supervisor. With a Counselor IV and a Counselor
-- I both on the case, the data does not say who wrote the plan, so the
-- district supervisor's approval stays (the general rule, "all initial
-- plans").
return {
  name = "with a non-exempt counselor on the case the supervisor still approves",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-R2", name = { given = "Test", family = "Twocounselors" } },
    case = {
      id = "MO-T-R2", agency = "mo-vr",
      staff = {
        { id = "C4", name = "Senior Counselor", role = "counselor", title = "Counselor IV" },
        { id = "C1", name = "New Counselor", role = "counselor", title = "Counselor I" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-R2-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
