-- CSG 520.1: reviewed annually "or more often if specified": the IPE set a
-- six-month review for 2026-10-05; on 2026-10-06 none is recorded.
return {
  name = "a review the IPE specifies, not recorded, is a warning before the year is out",
  as_of = "2026-10-06",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-RS", name = { given = "Test", family = "Sixmonth" } },
    case = {
      id = "MO-T-RS", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Ozark College" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-RS-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      review = { next = "2026-10-05" },
    } },
  },
  findings = { { rule = "mo.520.1.annual-review", path = "plan.review.next", severity = "warning" } },
  deadlines = { { id = "mo.annual-review", due = "2027-04-05", status = "open" } },
}
