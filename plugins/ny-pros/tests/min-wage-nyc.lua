-- The minimum wage by region: $16.50 is over the rest-of-state minimum but
-- under New York City's $17.00 in 2026, for the goal (on the plan's date)
-- and for a job still held (on as_of; the job's own region).
return {
  name = "New York City's $17.00 minimum applies to a goal and a job there",
  as_of = "2026-03-16",
  case = {
    person = { id = "P-T-NYC", name = { given = "Avery", family = "Citywage" } },
    case = {
      id = "NY-T-NYC", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "ips_entry", date = "2026-02-02", staff = "S-1" },
        { kind = "employer_contact", date = "2026-02-09", staff = "S-1" },
      },
      employment = {
        { id = "J1", employer = "Queens Deli", title = "Counter Worker", wage_cents_hour = 1650,
          hours_week = 8, start = "2026-03-02", open_to_public = true, integrated = true,
          ext = { ny_region = "nyc" } },
      },
      ext = { ny_region = "nyc" },
    },
    plans = { {
      id = "NY-T-NYC-EP", kind = "EP", date = "2026-02-16",
      goal = { own_words = "Food service, mornings.", wage_cents_hour = 1650 },
      objectives = { { id = "O1", title = "Visit three delis", measure = "three visits",
        target = "2026-03-31" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    } },
  },
  findings = {
    { rule = "ny.c14.note.competitive-goal", path = "plan.goal.wage_cents_hour", severity = "error",
      message = "the goal wage $16.50 an hour is under the New York minimum wage of $17.00 on "
        .. "2026-02-16 (New York City): an IPS goal is competitive employment" },
    { rule = "ny.c14.note.competitive-jobs", path = "case.employment[1]", severity = "warning",
      message = "the job at Queens Deli is not competitive employment: it pays $16.50 an hour, under "
        .. "the New York minimum wage of $17.00 on 2026-03-16 (New York City)" },
  },
}
