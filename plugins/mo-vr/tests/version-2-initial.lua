-- CSG 520.3 amends a plan in effect; version 1 of this IPE was never signed,
-- so version 2 is still the initial plan (ctx.lifecycle.amendment = false,
-- where before the plugin went by the version number): it needs the
-- district supervisor's approval (CSG 520.1, a Counselor III's plan), the
-- 90-day clock runs for it, and it need not give an amendment reason.
return {
  name = "a version 2 of a plan never in effect is the initial IPE",
  as_of = "2026-04-03",
  lifecycle = { status = "draft", amendment = false },
  case = {
    person = { id = "P-T-V2", name = { given = "Test", family = "Redraft" } },
    case = {
      id = "MO-T-V2", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-V2-IPE", kind = "IPE", version = 2, date = "2026-04-01",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
  deadlines = { { id = "mo.ipe-90-days", due = "2026-04-05", status = "open" } },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = { { "supervisor" } },
  },
}
