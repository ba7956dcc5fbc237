-- Synthetic case for the minimum wage boundary: the same $15.75 goal wage
-- in two plans, one dated the day before the rest-of-state minimum rose
-- from $15.50 to $16.00 (1 January 2026), one dated that day. All names are
-- invented.
return {
  person = { id = "P-T-MW", name = { given = "Morgan", family = "Wagefloor" } },
  case = {
    id = "NY-T-MW", agency = "ny-pros", program = "PROS",
    staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
    ext = { ny_region = "rest_of_state" },
  },
  plans = {
    {
      id = "NY-T-MW-EP-A", kind = "EP", date = "2025-12-31",
      goal = { own_words = "A warehouse job near the bus line.", wage_cents_hour = 1575 },
      objectives = { { id = "O1", title = "Visit two warehouses", measure = "two visits",
        target = "2026-01-31" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    },
    {
      id = "NY-T-MW-EP-B", kind = "EP", date = "2026-01-01",
      goal = { own_words = "A warehouse job near the bus line.", wage_cents_hour = 1575 },
      objectives = { { id = "O1", title = "Visit two warehouses", measure = "two visits",
        target = "2026-01-31" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    },
  },
}
