-- CSG 520.3: an amendment that states the substantive change; client (or
-- representative) and counselor sign it, no supervisor (34 CFR 361.45).
return {
  name = "an amendment that says why meets the rule; client and counselor sign it",
  as_of = "2026-09-20",
  case = {
    person = { id = "P-T-AR", name = { given = "Test", family = "Reasoned" } },
    case = {
      id = "MO-T-AR", agency = "mo-vr",
      staff = { { id = "C1", name = "Test Counselor", role = "counselor", title = "Counselor I" } },
      events = { { kind = "eligibility", date = "2026-01-05" } },
    },
    plans = { {
      id = "MO-T-AR-IPE", kind = "IPE", version = 2, date = "2026-09-15",
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
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = {},
  },
}
