-- CSG 520.3; 520.1: an amendment (version 2, an earlier version took
-- effect: ctx.lifecycle.amendment) in effect since 2026-09-16. The 90-day
-- clock belongs to the initial plan and does not run again, although this
-- version is dated long after day 90; the copy and annual-review clocks run
-- from the day the amendment took effect (agreed and signed with the client,
-- so it counts as a review).
return {
  name = "an amendment in effect: copy and review clocks from its effective day, no 90-day clock",
  as_of = "2026-09-20",
  lifecycle = { status = "in effect", amendment = true, effective = "2026-09-16" },
  case = {
    person = { id = "P-T-AE", name = { given = "Test", family = "Amendedineffect" } },
    case = {
      id = "MO-T-AE", agency = "mo-vr",
      staff = { { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" } },
      events = { { kind = "eligibility", date = "2026-01-05" } },
    },
    plans = { {
      id = "MO-T-AE-IPE", kind = "IPE", version = 2, date = "2026-09-15",
      amendment_reason = "Employment outcome changed from Baker to Pastry Cook at the client's choice.",
      goal = { occupation = "Pastry Cook", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Pastry course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-10-01" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
  deadlines = {
    { id = "mo.copy-to-client", due = "2026-09-30", from = "IPE in effect from 2026-09-16", status = "open" },
    { id = "mo.annual-review", due = "2027-09-16", from = "IPE in effect from 2026-09-16", status = "open" },
  },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = {},
  },
}
