-- CSG 520.1: reviewed "at least annually": a next review scheduled more than
-- a year after the IPE is a warning. What the version says, so its own rule
-- of class content (it was part of mo.520.1.annual-review, which is now the
-- conduct rule about the review being held).
return {
  name = "a next review more than a year away is a warning",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-RN", name = { given = "Test", family = "Farreview" } },
    case = {
      id = "MO-T-RN", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-RN-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      review = { next = "2027-04-06" },
    } },
  },
  findings = { { rule = "mo.520.1.review-scheduled", path = "plan.review.next", severity = "warning",
                 class = "content" } },
}
