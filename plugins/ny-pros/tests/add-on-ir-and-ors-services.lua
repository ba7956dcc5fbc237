-- Funding: "Individuals may receive IPS as both an IR and an ORS service
-- simultaneously, although the add-on may be billed to Medicaid for only IR
-- or ORS in any given month." September: contacts under IR and under ORS,
-- one add-on claim (ORS): fine. October: IR claimed, November: ORS claimed:
-- fine.
return {
  name = "IPS under both IR and ORS in one month, one add-on claimed a month: no findings",
  as_of = "2026-11-30",
  case = {
    person = { id = "P-T-AO", name = { given = "Jesse", family = "Twoservices" } },
    case = {
      id = "NY-T-AO", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "ips_entry", date = "2026-08-03", staff = "S-1" },
        { kind = "employer_contact", date = "2026-08-10", staff = "S-1" },
        { kind = "contact", date = "2026-09-08", staff = "S-1", minutes = 60, modality = "individual",
          purpose = "job search", component = "IR" },
        { kind = "contact", date = "2026-09-22", staff = "S-1", minutes = 30, modality = "individual",
          purpose = "job support", component = "ORS" },
        { kind = "payment", date = "2026-09-30", component = "ORS", service = "PROS ORS add-on" },
        { kind = "payment", date = "2026-10-31", component = "IR", service = "PROS IR add-on" },
        { kind = "payment", date = "2026-11-30", component = "ORS", service = "PROS ORS add-on" },
      },
      notes = {
        { date = "2026-09-30", author = "S-1", kind = "progress note", text = "IR and ORS this month." },
        { date = "2026-10-30", author = "S-1", tags = { "progress-note" }, text = "IR this month." },
      },
    },
    plans = { {
      id = "NY-T-AO-EP", kind = "EP", date = "2026-08-17",
      goal = { own_words = "Part-time office work." },
      objectives = { { id = "O1", title = "Apply to three offices", measure = "three applications",
        target = "2026-10-31" } },
      services = {
        { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
          responsible = "S-1", modality = "individual" },
        { id = "S2", description = "IPS follow-along supports", category = "ips_ors",
          responsible = "S-1", modality = "individual" },
      },
    } },
  },
  findings = {},
}
