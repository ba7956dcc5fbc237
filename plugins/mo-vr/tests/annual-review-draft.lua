-- CSG 520.1 ("reviewed at least annually"): the review is about the plan in
-- effect, so it runs on that version only. Here the version checked is a
-- draft amendment (version 2, dated 2027-05-20) while version 1, in effect
-- since 2026-04-05, is a year old on 2027-04-05: the draft has no review
-- finding of its own and does not restart the year (the version in effect
-- shows it overdue: annual-review-due.lua); nor has it a copy clock (no
-- copy of the draft is recorded, 21 days after its date: no finding).
return {
  name = "a draft amendment neither has nor restarts the annual review",
  as_of = "2027-06-10",
  lifecycle = {
    version = 2,
    versions = {
      { version = 1, date = "2026-04-05", status = "in effect", amendment = false, effective = "2026-04-05",
        signatures = {} },
      { version = 2, date = "2027-05-20", status = "draft", amendment = true, signatures = {} },
    },
  },
  case = {
    person = { id = "P-T-AD", name = { given = "Test", family = "Draftreview" } },
    case = {
      id = "MO-T-AD", agency = "mo-vr",
      staff = { { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" } },
      events = { { kind = "eligibility", date = "2026-01-05" } },
    },
    plans = { {
      id = "MO-T-AD-IPE", kind = "IPE", version = 2, date = "2027-05-20",
      amendment_reason = "New provider: the course moved to Ozark Tech.",
      goal = { occupation = "Baker", target_date = "2027-12-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark Tech",
                     procurement = "tuition voucher", start = "2027-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
}
