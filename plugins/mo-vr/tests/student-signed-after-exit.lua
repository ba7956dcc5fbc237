-- CSG 520.1: the IPE "should be developed prior to the student's
-- graduation/exit ... whenever possible". This IPE is dated 2026-05-20,
-- before the exit (2026-05-22), but it took effect only on 2026-05-27, when
-- the last signature came: developed (agreed and signed, 520.1) after the
-- exit, with no case note saying why. A warning (class conduct), and the
-- exit clock, stopped by the IPE taking effect, was missed.
return {
  name = "a student's IPE dated before school exit but in effect after it is a warning",
  as_of = "2026-06-10",
  lifecycle = { status = "in effect", effective = "2026-05-27" },
  case = {
    person = { id = "P-T-SS", name = { given = "Test", family = "Signedlate" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-SS", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-03-16" },
        { kind = "copy_provided", date = "2026-05-27", to = "client" },
      },
      notes = {
        { date = "2026-04-10", text = "Comprehensive assessment.", tags = { "assessment" } },
      },
    },
    plans = { {
      id = "MO-T-SS-IPE", kind = "IPE", date = "2026-05-20",
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
  findings = { { rule = "mo.520.1.student-ipe-before-exit", path = "plan.date", severity = "warning",
                 class = "conduct" } },
  deadlines = { { id = "mo.student-ipe-before-exit", due = "2026-05-22", met = "2026-05-27", status = "missed" } },
}
