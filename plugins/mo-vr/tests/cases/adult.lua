-- A small, clean adult IPE: eligibility 2026-01-05, the IPE on day 90
-- (2026-04-05), assessed, one service starting 2026-06-15. A Counselor III
-- writes it. Tests check it within the copy grace period (to 2026-04-19)
-- unless they mean the copy rules.
return {
  person = { id = "P-T-ADULT", name = { given = "Test", family = "Adult" }, language = "en" },
  case = {
    id = "MO-T-ADULT", agency = "mo-vr",
    staff = {
      { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
      { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
    },
    events = { { kind = "eligibility", date = "2026-01-05" } },
    notes = { { date = "2026-02-10", author = "C1", text = "Comprehensive assessment.", tags = { "assessment" } } },
  },
  plans = { {
    id = "MO-T-ADULT-IPE", kind = "IPE", date = "2026-04-05",
    goal = { occupation = "Baker", target_date = "2027-01-31" },
    services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                   procurement = "tuition voucher", start = "2026-06-15" } },
    progress_criteria = "Course completed with a passing grade.",
    responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
    post_employment = "None expected.",
  } },
}
