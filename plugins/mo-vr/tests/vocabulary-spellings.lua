-- Issue 17: the values the plugin reads are compared in their declared
-- spelling after the core's one normaliser (case, and runs of space, `_`
-- and `-`, do not count). Written here with other capitals and separators:
-- tags "Needs_Assistive_Technology" and "NEEDS PERSONAL ASSISTANCE",
-- categories "Rehabilitation Technology", "personal-assistance",
-- "Personal Assistance Training", the title "COUNSELOR IV" (exempt from the
-- supervisor's approval, CSG 520.1), the role "Counselor", a copy to
-- "CLIENT", parties "Client" and "AGENCY". Every one reads as declared: no
-- finding, and the Counselor IV's initial IPE needs no supervisor.
return {
  name = "declared values written with other case and separators read as declared",
  as_of = "2026-04-30",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-VS", name = { given = "Test", family = "Spelling" }, language = "en" },
    case = {
      id = "MO-T-VS", agency = "mo-vr",
      staff = {
        { id = "C4", name = "Senior Counselor", role = "Counselor", title = "COUNSELOR IV" },
        { id = "D1", name = "Test Supervisor", role = "supervisor", title = "district supervisor" },
      },
      events = {
        { kind = "eligibility", date = "2026-01-05" },
        { kind = "copy_provided", date = "2026-04-06", to = "CLIENT", language = "en", format = "print" },
        { kind = "copy_provided", date = "2026-04-20", to = "Provider", provider = "Tech Vendor",
          language = "en", format = "electronic" },
      },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "Assessment" } },
        { date = "2026-02-20", text = "AT evaluation: needs voice recognition software.",
          tags = { "Needs_Assistive_Technology" } },
        { date = "2026-02-24", text = "Needs a personal care attendant at work.",
          tags = { "NEEDS PERSONAL ASSISTANCE" } },
      },
    },
    plans = { {
      id = "MO-T-VS-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Customer Service Representative", target_date = "2027-01-31" },
      services = {
        { id = "S1", description = "Voice recognition software", category = "Rehabilitation Technology",
          provider = "Tech Vendor", procurement = "purchase order", start = "2026-04-15" },
        { id = "S2", description = "Personal care attendant at work", category = "personal-assistance",
          provider = "Tech Vendor", procurement = "fee for service", start = "2026-06-15" },
        { id = "S3", description = "Training in directing a personal care attendant",
          category = "Personal Assistance Training", provider = "Tech Vendor",
          procurement = "fee for service", start = "2026-05-15" },
      },
      progress_criteria = "Hired by January 2027.",
      responsibilities = { { party = "Client", text = "Attend." }, { party = "AGENCY", text = "Pay." } },
      post_employment = "None expected.",
    } },
  },
  findings = {},
  requirements = {
    signers = { { "client", "representative" }, { "counselor" } },
    approvals = {},
  },
}
