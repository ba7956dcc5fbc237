-- CSG 520.1: the IPE "should be developed prior to the student's
-- graduation/exit ... whenever possible"; it came after the exit and no case
-- note says why: a warning, and the exit clock was missed (the IPE took
-- effect on its date, after the exit).
return {
  name = "a student's IPE after school exit with no reason recorded is a warning",
  as_of = "2026-06-10",
  lifecycle = { status = "in effect", effective = "2026-05-26" },
  case = {
    person = { id = "P-T-SX", name = { given = "Test", family = "Graduate" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-SX", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-03-16" },
        { kind = "copy_provided", date = "2026-05-26", to = "client" },
      },
      notes = {
        { date = "2026-04-10", text = "Comprehensive assessment.", tags = { "assessment" } },
      },
    },
    plans = { {
      id = "MO-T-SX-IPE", kind = "IPE", date = "2026-05-26",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma earned May 2026",
      school_iep = { consistent = true, confirmed = "2026-05-20" },
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.student-ipe-before-exit", path = "plan.date", severity = "warning" } },
  deadlines = { { id = "mo.student-ipe-before-exit", due = "2026-05-22", met = "2026-05-26", status = "missed" } },
}
