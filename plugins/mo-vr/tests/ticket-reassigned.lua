-- CSG 530: the client reassigned the Ticket to another Employment Network on
-- 2026-09-01, before closure: "VR services must be discontinued at the time
-- of reassignment". The course still running past it and the placement
-- starting after it are findings; the assessment that ended before is not.
return {
  name = "services after a Ticket reassignment to another network are findings",
  as_of = "2026-09-05",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-TR", name = { given = "Test", family = "Reassigned" }, ssa_beneficiary = true },
    case = {
      id = "MO-T-TR", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "ticket_assigned", date = "2026-04-05", network = "Missouri VR" },
        { kind = "copy_provided", date = "2026-04-06", to = "client" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Ozark College" },
        { kind = "copy_provided", date = "2026-04-06", to = "provider", provider = "Ozark Assessments" },
        { kind = "ticket_reassigned", date = "2026-09-01", network = "Ability Works Employment Network",
          reason = "client chose the network's placement program" },
      },
      notes = { { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } } },
    },
    plans = { {
      id = "MO-T-TR-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Baker", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Work assessment", provider = "Ozark Assessments",
          procurement = "CRP contract", start = "2026-04-20", planned_end = "2026-05-20" },
        { id = "S2", description = "Baking course", provider = "Ozark College",
          procurement = "tuition voucher", start = "2026-06-15", planned_end = "2026-12-15" },
        { id = "S3", description = "Job placement", provider = "Show-Me Employment CRP",
          procurement = "CRP contract", start = "2026-12-16" },
      },
      progress_criteria = "Course completed with a passing grade.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
      post_employment = "None expected.",
      ticket_to_work = { assigned = true, network = "Missouri VR" },
    } },
  },
  findings = {
    { rule = "mo.530.services-after-ticket-reassigned", path = "plan.services[2].actual_end", severity = "error" },
    { rule = "mo.530.services-after-ticket-reassigned", path = "plan.services[3].start", severity = "error" },
  },
}
