-- CSG 520.1: a special-education student's IPE "must be consistent with"
-- the school IEP. The plan has no school_iep, and the only consistency
-- note (the old way) is dated after the IPE, so the IPE was not checked
-- against the IEP when it was agreed: an error, as before. The IPE came
-- before the school exit: that clock is met.
return {
  name = "a student's IEP-consistency note dated after the IPE does not count",
  as_of = "2026-04-10",
  lifecycle = { status = "in effect", effective = "2026-04-05" },
  case = {
    person = { id = "P-T-SI", name = { given = "Test", family = "Student" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-SI", agency = "mo-vr",
      events = { { kind = "eligibility", date = "2026-01-05" } },
      notes = {
        { date = "2026-02-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-04-08", text = "Compared with the IEP afterwards.", tags = { "iep-consistency" } },
      },
    },
    plans = { {
      id = "MO-T-SI-IPE", kind = "IPE", date = "2026-04-05",
      goal = { occupation = "Auto Technician", target_date = "2027-06-30" },
      services = { { id = "S1", description = "Work experience", provider = "Ozark Auto",
                     procurement = "CRP contract", start = "2026-06-15" } },
      progress_criteria = "Completes the work experience with good ratings.",
      responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay." } },
      education_goal = "High school diploma, May 2026",
      post_employment = "None expected.",
    } },
  },
  findings = { { rule = "mo.520.1.student-iep-consistency", path = "plan.school_iep", severity = "error" } },
  deadlines = { { id = "mo.student-ipe-before-exit", due = "2026-05-22", met = "2026-04-05", status = "met" } },
}
