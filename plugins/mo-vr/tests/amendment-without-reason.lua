-- CSG 520.3: an amendment (version 2) for a substantive change must say what
-- changed; it needs only the client (or representative) and the counselor,
-- no supervisor. An amendment does not restart the 90-day clock, so the
-- version's late date is no finding.
return {
  name = "an amendment that does not say why is a finding; no supervisor signs it",
  as_of = "2026-09-20",
  case = {
    person = { id = "P-T-AM", name = { given = "Test", family = "Amended" } },
    case = {
      id = "MO-T-AM", agency = "mo-vr",
      staff = { { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor III" } },
      events = { { kind = "eligibility", date = "2026-01-05" } },
    },
    plans = { {
      id = "MO-T-AM-IPE", kind = "IPE", version = 2, date = "2026-09-15",
      goal = { occupation = "Pastry Cook", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Pastry course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-10-01" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.3.amendment-reason", path = "plan.amendment_reason", severity = "error" } },
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = {},
  },
}
