-- Synthetic Missouri VR case: a student in special education who receives
-- SSI, chooses pharmacy technician work. All names are invented.
-- The IPE was written before the student left high school (May 2026),
-- checked against the school IEP, copied to the client and to the college.
return {
  person = {
    id = "P-MO-0001",
    name = { given = "Avery", family = "Testcase" },
    birth_date = "2007-05-14",
    language = "en",
    ssa_beneficiary = true,
    student = true,
    special_education = true,
    -- mo-vr convention: the day the student graduates / leaves school
    ext = { school_exit_date = "2026-05-22" },
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
      { kind = "ticket_assigned", date = "2026-04-01", network = "Missouri VR",
        note = "Assigned by signing the IPE." },
      { kind = "copy_provided", date = "2026-04-03", to = "client", language = "en", format = "print",
        note = "Signed IPE, client responsibilities and the tuition authorization." },
      { kind = "copy_provided", date = "2026-04-03", to = "school", language = "en", format = "print",
        note = "Copy to the school district's transition coordinator." },
      { kind = "copy_provided", date = "2026-08-10", to = "provider", provider = "Ozark Community College",
        language = "en", format = "electronic" },
    },
    notes = {
      { date = "2026-03-05", author = "S-MO-17", kind = "counselor note",
        text = "Comprehensive assessment: strong science grades, job shadow at a pharmacy went well; "
          .. "wants retail pharmacy work; needs extended time on tests (IEP accommodation).",
        tags = { "assessment" } },
      { date = "2026-03-20", author = "S-MO-17", text = "IPE reviewed with the school's IEP team; goals consistent.", tags = { "iep-consistency" } },
    },
  },
  plans = {
    {
      id = "MO-2026-0001-IPE",
      kind = "IPE",
      date = "2026-04-01",
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
          provider = "Show-Me Employment CRP", procurement = "CRP contract", start = "2027-04-01",
          planned_end = "2027-06-30", cost_cents = 120000,
          comparable_benefits = "None available: the school's transition program ends at graduation" },
      },
      responsibilities = {
        { party = "client", text = "Attend classes and apply for a Pell grant.", initialed = true },
        { party = "agency", text = "Pay tuition not covered by comparable benefits." },
      },
      progress_criteria = "Passing grades each term; certificate by May 2027.",
      post_employment = "None expected; reviewed at closure.",
      education_goal = "Post-secondary credential: pharmacy technician certificate",
      ticket_to_work = { assigned = true, network = "Missouri VR" },
      review = { next = "2027-03-31" },
    },
  },
}
