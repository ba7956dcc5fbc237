-- Feature 8: "Employments specialists provide only employment services".
-- The specialist is responsible for benefits work (category
-- benefits_and_financial_management, a CRS service marked as not an IPS
-- practice, but one specialists may partner on: fine) and for a
-- wellness group (not an employment service: warned). The group is not an
-- IPS service, so its modality is not a finding.
return {
  name = "an employment specialist running a wellness group is warned; benefits work is fine",
  as_of = "2026-09-15",
  case = {
    person = { id = "P-T-ES", name = { given = "Kai", family = "Onlyjobs" } },
    case = {
      id = "NY-T-ES", agency = "ny-pros", program = "PROS",
      staff = {
        { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 },
        { id = "S-9", name = "Lee Practitioner", role = "pros_practitioner" },
      },
    },
    plans = { {
      id = "NY-T-ES-EP", kind = "EP", date = "2026-09-01",
      goal = { own_words = "Work at the hospital laundry." },
      objectives = { { id = "O1", title = "Visit the laundry with Pat", measure = "one visit",
        target = "2026-09-30" } },
      services = {
        { id = "S1", objective = "O1", description = "IPS job development (IRGA)", category = "ips_ir",
          responsible = "S-1", modality = "individual" },
        { id = "S2", objective = "O1", description = "Benefits and Financial Management: work incentives",
          category = "benefits_and_financial_management", responsible = "S-1", modality = "individual", ext = { ips = false } },
        { id = "S3", objective = "O1", description = "Wellness Self-Management group",
          category = "CRS", responsible = "S-1", modality = "group", ext = { ips = false } },
        { id = "S4", objective = "O1", description = "Medication management", category = "Clinic Treatment",
          responsible = "S-9", modality = "individual" },
      },
    } },
  },
  findings = {
    { rule = "ny.c14.8.employment-services-only", path = "plan.services[3].responsible",
      severity = "warning",
      message = "employment specialist Pat Specialist is responsible for 'Wellness Self-Management "
        .. "group', which is not an employment service: employment specialists provide only "
        .. "employment services" },
  },
}
