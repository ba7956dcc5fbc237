-- CSG 520.1: a review event with the client restarts the year: the review
-- of 2026-10-02 meets the six-month review and the annual one is due
-- 2027-10-02.
return {
  name = "a recorded review restarts the annual clock",
  as_of = "2027-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-RR", name = { given = "Test", family = "Reviewed" } },
    case = {
      id = "MO-T-RR", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Ozark College" },
        { kind = "review", date = "2026-10-02", staff = "C1" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-RR-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      review = { next = "2026-10-05" },
    } },
  },
  findings = {},
  deadlines = { { id = "mo.annual-review", due = "2027-10-02", from = "last review on 2026-10-02", status = "open" } },
}
