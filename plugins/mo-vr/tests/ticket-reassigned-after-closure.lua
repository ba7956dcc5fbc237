-- CSG 530: only a reassignment "prior to the closure of his or her VR case"
-- discontinues services; a reassignment after closure is no finding, nor is
-- one back to VR.
return {
  name = "a Ticket reassigned after closure, or back to VR, stops nothing",
  as_of = "2027-03-01",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-TC", name = { given = "Test", family = "Closed" }, ssa_beneficiary = true },
    case = {
      id = "MO-T-TC", agency = "mo-vr", status = "closed",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "client" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Ozark College" },
        { kind = "ticket_reassigned", date = "2026-05-01", network = "VR", reason = "back to VR" },
        { kind = "closure", date = "2027-01-15", reason = "employed 90 days" },
        { kind = "ticket_reassigned", date = "2027-02-01", network = "Ability Works Employment Network" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-TC-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15", planned_end = "2026-12-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      ticket_to_work = { assigned = true, network = "VR" },
      review = { last = "2026-12-15" },
    } },
  },
  findings = {},
}
