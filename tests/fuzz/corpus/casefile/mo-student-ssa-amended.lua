-- Synthetic Missouri VR case: a student in special education who receives
-- SSI, chooses pharmacy technician work. All names are invented.
--
-- The same case as tests/fixtures/cases/mo-student-ssa.lua, with the plan
-- MO-2026-0001-IPE amended (MO CSG 520.3: a change of provider and a new
-- service): job placement (S2) moves to another CRP, and a bus pass (S3) is
-- added. Used with
--   vrtool amend MO-2026-0001-IPE --from tests/fixtures/amend/mo-student-ssa-amended.lua
return {
  person = {
    id = "P-MO-0001",
    name = { given = "Avery", family = "Testcase" },
    birth_date = "2007-05-14",
    language = "en",
    ssa_beneficiary = true,
    student = true,
    special_education = true,
  },
  case = {
    id = "MO-2026-0001",
    agency = "mo-vr",
    program = "VR",
    status = "open",
    staff = {
      { id = "S-MO-17", name = "Jordan Example", role = "counselor", title = "Counselor III" },
      { id = "S-MO-02", name = "Riley Sample", role = "supervisor", title = "District Supervisor" },
    },
    events = {
      { kind = "application", date = "2026-01-12" },
      { kind = "eligibility", date = "2026-02-02" },
    },
    notes = {
      { date = "2026-03-20", author = "S-MO-17", text = "IPE reviewed with the school's IEP team; goals consistent.", tags = { "iep-consistency" } },
    },
  },
  plans = {
    {
      id = "MO-2026-0001-IPE",
      kind = "IPE",
      date = "2026-09-15",
      amendment_reason = "Provider change and a new service: Show-Me Employment CRP no longer serves "
        .. "Greene County, so the client chose Ozark Career Partners for job placement; the client's "
        .. "ride to class ended, so a monthly bus pass is added.",
      goal = {
        occupation = "Pharmacy Technician",
        soc = "29-2052",
        setting = "retail pharmacy",
        hours_week = 30,
        wage_cents_hour = 1650,
        target_date = "2027-06-30",
      },
      objectives = {
        { id = "O1", title = "Earn pharmacy technician certificate", measure = "PTCB certificate", start = "2026-08-24", target = "2027-05-15" },
      },
      services = {
        { id = "S1", objective = "O1", description = "Pharmacy technician training", category = "training",
          provider = "Ozark Community College", procurement = "tuition voucher", start = "2026-08-24",
          planned_end = "2027-05-15", cost_cents = 380000, comparable_benefits = "Pell grant applied first" },
        { id = "S2", objective = "O1", description = "Job placement", category = "placement",
          provider = "Ozark Career Partners", procurement = "CRP contract", start = "2027-04-01",
          planned_end = "2027-06-30", cost_cents = 120000 },
        { id = "S3", objective = "O1", description = "Transportation: monthly bus pass to attend classes",
          category = "transportation", provider = "City Utilities Transit",
          procurement = "purchase order (monthly pass)", start = "2026-09-21",
          planned_end = "2027-05-15", cost_cents = 36000, funding = "VR",
          comparable_benefits = "Reduced-fare student pass applied first" },
      },
      responsibilities = {
        { party = "client", text = "Attend classes and apply for a Pell grant.", initialed = true },
        { party = "agency", text = "Pay tuition not covered by comparable benefits." },
      },
      progress_criteria = "Passing grades each term; certificate by May 2027.",
      education_goal = "Post-secondary credential: pharmacy technician certificate",
      ticket_to_work = { assigned = true, network = "Missouri VR" },
      review = { next = "2027-03-31" },
    },
  },
}
