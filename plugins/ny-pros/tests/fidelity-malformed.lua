-- IPS Fidelity: a self-evaluation is 25 item scores, each a whole number
-- from 1 to 5. Three malformed records: named items instead of the list, a
-- 0 and a 2.5 among 25 scores, and no scores at all. The latest is
-- malformed, so no total is reported (no `measures` record is produced).
-- Named items are not a list: import refuses them (ext.items is declared a
-- list of numbers), and a check of such a record says so as well.
return {
  name = "malformed fidelity scores: named items, a 0, a 2.5, none at all",
  as_of = "2026-10-30",
  case = {
    person = { id = "P-T-FM", name = { given = "Dana", family = "Malformed" } },
    case = {
      id = "NY-T-FM", agency = "ny-pros",
      staff = { { id = "S-1", name = "Pat Specialist", role = "employment_specialist", fte = 1 } },
      events = {
        { kind = "fidelity_review", date = "2026-09-30",
          ext = { items = { caseload_size = 5, vocational_generalists = 4 } } },
        { kind = "fidelity_review", date = "2026-10-15",
          ext = { items = { 3, 3, 3, 3, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2.5, 3, 3, 3, 3, 3 } } },
        { kind = "fidelity_review", date = "2026-10-29" },
      },
    },
    plans = { {
      id = "NY-T-FM-EP", kind = "EP", date = "2026-10-01",
      goal = { own_words = "Work in a warehouse, days only." },
      objectives = { { id = "O1", title = "Tour two warehouses", measure = "two tours", target = "2026-11-30" } },
      services = { { id = "S1", description = "IPS job search (IRGA)", category = "ips_ir",
        responsible = "S-1", modality = "individual" } },
    } },
  },
  findings = {
    -- named items are not the list ext.items is declared as: the core says
    -- so (and refuses such a file at import); the rule counts no scores
    { rule = "vocabulary", path = "case.events[1].ext.items", severity = "error" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[1].ext.items",
      message = "the fidelity self-evaluation of 2026-09-30 lists 0 item score(s) in ext.items; "
        .. "the IPS fidelity scale has 25, listed in its order" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[2].ext.items[5]", severity = "error" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[2].ext.items[20]", severity = "error" },
    { rule = "ny.c14.fidelity.item-scores", path = "case.events[3].ext.items", severity = "error" },
  },
}
