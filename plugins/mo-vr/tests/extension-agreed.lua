-- 34 CFR 361.45(e): an extension agreed, before the IPE was due, to a
-- specific date moves the due date.
return {
  name = "an agreed extension moves the 90-day date",
  as_of = "2026-06-01",
  lifecycle = { status = "in effect", effective = "2026-05-20" },
  case = {
    person = { id = "P-T-1", name = { given = "Test", family = "Extension" } },
    case = {
      id = "MO-T-1", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "plan_extension", date = "2026-03-30", agreed_date = "2026-06-01" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-1-IPE", kind = "IPE", date = "2026-05-20",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
  deadlines = { { id = "mo.ipe-90-days", due = "2026-06-01", status = "met",
                  from = "eligibility on 2026-01-05 (extended by agreement)" } },
}
