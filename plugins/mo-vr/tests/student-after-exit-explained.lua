-- CSG 520.1: "when an IPE has not been developed [before exit], the
-- counselor should document the reason in a case note": with that note the
-- late IPE is explained; the clock still shows it was late.
return {
  name = "a student's IPE after school exit with the reason in a case note",
  as_of = "2026-06-10",
  lifecycle = { status = "in effect", effective = "2026-05-26" },
  case = {
    person = { id = "P-T-SE2", name = { given = "Test", family = "Explained" }, student = true,
               special_education = true, ext = { school_exit_date = "2026-05-22" } },
    case = {
      id = "MO-T-SE2", agency = "mo-vr",
      events = {
        { kind = "eligibility", date = "2026-03-16" },
        { kind = "copy_provided", date = "2026-05-26", to = "client" },
      },
      notes = {
        { date = "2026-04-10", text = "Comprehensive assessment.", tags = { "assessment" } },
        { date = "2026-05-21", text = "IPE meeting moved past graduation: the student was in hospital.",
          tags = { "ipe-after-exit" } },
      },
    },
    plans = { {
      id = "MO-T-SE2-IPE", kind = "IPE", date = "2026-05-26",
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
  findings = {},
  deadlines = { { id = "mo.student-ipe-before-exit", due = "2026-05-22", status = "missed" } },
}
