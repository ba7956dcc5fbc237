-- Synthetic case for the fidelity tests: a program's IPS-25 self-evaluations,
-- one a month, whose totals sit on each side of each band boundary
-- (73/74, 99/100, 114/115) and at the ends of the scale (125, 25). A test's
-- as_of picks the latest one. All names are invented.
return {
  person = { id = "P-T-FID", name = { given = "Dana", family = "Fidelity" } },
  case = {
    id = "NY-T-FID", agency = "ny-pros", program = "PROS",
    staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
    events = {
      -- total 73
      { kind = "fidelity_review", date = "2026-01-30",
        ext = { items = { 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 } } },
      -- total 74
      { kind = "fidelity_review", date = "2026-02-27",
        ext = { items = { 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 } } },
      -- total 99
      { kind = "fidelity_review", date = "2026-03-31",
        ext = { items = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 } } },
      -- total 100
      { kind = "fidelity_review", date = "2026-04-30",
        ext = { items = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 } } },
      -- total 114
      { kind = "fidelity_review", date = "2026-05-29",
        ext = { items = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 3, 3, 3, 3, 3 } } },
      -- total 115
      { kind = "fidelity_review", date = "2026-06-30",
        ext = { items = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3 } } },
      -- total 125
      { kind = "fidelity_review", date = "2026-07-31",
        ext = { items = { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 } } },
      -- total 25
      { kind = "fidelity_review", date = "2026-08-31",
        ext = { items = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 } } },
    },
  },
  plans = { {
    id = "NY-T-FID-EP", kind = "EP", date = "2026-01-05",
    goal = { own_words = "Work outdoors, with animals if I can." },
    objectives = {
      { id = "O1", title = "Visit a kennel and a garden centre", measure = "two visits", target = "2026-03-31" },
    },
    services = {
      { id = "S1", objective = "O1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" },
    },
  } },
}
