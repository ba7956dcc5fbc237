-- CSG 530: "A client's signing of his or her IPE also assigns his or her
-- Ticket to Work (Ticket) to VR": an SSA beneficiary's IPE that records the
-- Ticket with another Employment Network contradicts it.
return {
  name = "an SSA beneficiary's IPE recording the Ticket with another network is a finding",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-TN", name = { given = "Test", family = "Ticket" }, ssa_beneficiary = true },
    case = {
      id = "MO-T-TN", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-TN-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = { { id = "S1", description = "Baking course", provider = "Ozark College",
                     procurement = "tuition voucher", start = "2026-06-15" } },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      ticket_to_work = { assigned = true, network = "Ability Works Employment Network" },
    } },
  },
  findings = { { rule = "mo.530.ticket-assigned", path = "plan.ticket_to_work.network", severity = "error" } },
}
