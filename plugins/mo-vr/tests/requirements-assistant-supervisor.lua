-- CSG 520.1, known conflict: the district supervisor approves "all initial
-- plans", but "Assistant supervisor and counselor IV may be exempt". We
-- apply the exemption: an initial IPE written by an assistant supervisor needs only
-- the client (or representative) and the counselor. (ipe-day-90.lua shows
-- the other side: a Counselor III's plan needs the supervisor.)
return {
  name = "an initial IPE by an assistant supervisor needs no supervisor approval",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-RQ", name = { given = "Test", family = "Exempt" } },
    case = {
      id = "MO-T-RQ", agency = "mo-vr",
      staff = {
        { id = "C4", name = "Senior Counselor", role = "counselor", title = "Assistant Supervisor" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "District Supervisor" },
      },
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-RQ-IPE", kind = "IPE", date = "2026-04-05",
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
    approvals = {},
  },
}
