-- Note regarding definition of competitive employment: "Seasonal temporary
-- jobs, jobs through temporary agencies that are open to other community
-- members, and positions through Javits-Wagner-O'Day (JWOD) and New York
-- Industries for the Disabled (NYSID) are considered competitive." None of
-- the four is flagged, though the JWOD and NYSID positions are not open to
-- the public and not integrated (the Note, not feature 6's "permanent" or
-- the crosswalk's "integrated", is the definition applied).
return {
  name = "seasonal, temporary-agency, JWOD and NYSID jobs are competitive: no findings",
  as_of = "2026-10-15",
  case = {
    person = { id = "P-T-CT", name = { given = "Riley", family = "Seasonal" } },
    case = {
      id = "NY-T-CT", agency = "ny-pros", program = "PROS",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "ips_entry", date = "2026-05-04", staff = "S-1" },
        { kind = "employer_contact", date = "2026-05-11", staff = "S-1" },
      },
      employment = {
        { id = "J1", employer = "Lakeview Orchards", title = "Seasonal Picker", wage_cents_hour = 1600,
          hours_week = 25, start = "2026-06-01", end_date = "2026-08-28", open_to_public = true,
          integrated = true, ext = { arrangement = "seasonal" } },
        { id = "J2", employer = "Reliable Temps (assignment: Harbor Freight Co.)", title = "Loader",
          wage_cents_hour = 1625, hours_week = 8, start = "2026-09-01", open_to_public = true,
          integrated = true, ext = { arrangement = "temporary_agency" } },
        { id = "J3", employer = "Federal Building Custodial (JWOD contract)", title = "Custodian",
          wage_cents_hour = 1700, hours_week = 8, start = "2026-09-14", open_to_public = false,
          integrated = false, ext = { arrangement = "jwod" } },
        { id = "J4", employer = "NYSID Document Imaging Center", title = "Scanner Operator",
          wage_cents_hour = 1650, hours_week = 6, start = "2026-09-21", open_to_public = false,
          integrated = false, ext = { arrangement = "nysid" } },
      },
      ext = { ny_region = "rest_of_state" },
    },
    plans = { {
      id = "NY-T-CT-EP", kind = "EP", date = "2026-09-01",
      goal = { own_words = "Keep working; any season is fine.", wage_cents_hour = 1600 },
      objectives = { { id = "O1", title = "Keep a steady schedule across my jobs",
        measure = "no missed shifts in October", target = "2026-10-31" } },
      services = { { id = "S1", description = "IPS follow-along supports (ORS)", category = "ips_ors",
        responsible = "S-1", modality = "individual" } },
    } },
  },
  findings = {},
}
