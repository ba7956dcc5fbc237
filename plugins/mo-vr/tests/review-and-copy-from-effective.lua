-- CSG 520.1: the copy of the IPE and its annual review are about the plan
-- in effect, so their clocks run from the day it took effect, not from the
-- draft's date. Dated 2026-04-05, this IPE took effect on 2026-04-20 (the
-- supervisor's approval). The copy given on 2026-04-21 is on time (due
-- 2026-05-04, 14 days after it took effect), and on 2027-04-10 the annual
-- review is not yet due (2027-04-20), though a year has passed since the
-- plan's date. (The IPE took effect after day 90: that clock was missed.)
return {
  name = "the copy and annual-review clocks run from the day the IPE took effect",
  as_of = "2027-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-20" },
  case = {
    person = { id = "P-T-RE", name = { given = "Test", family = "Effective" }, language = "en" },
    case = {
      id = "MO-T-RE", agency = "mo-vr",
      staff = {
        { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-21", to = "client", language = "en" },
        { kind = "copy_provided", date = "2026-04-21", to = "provider", provider = "Ozark College" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-RE-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.ipe-within-90-days", class = "conduct" } },
  deadlines = {
    { id = "mo.ipe-90-days", due = "2026-04-05", met = "2026-04-20", status = "missed" },
    { id = "mo.copy-to-client", due = "2026-05-04", met = "2026-04-21", status = "met" },
    { id = "mo.annual-review", due = "2027-04-20", from = "IPE in effect from 2026-04-20", status = "open" },
  },
}
