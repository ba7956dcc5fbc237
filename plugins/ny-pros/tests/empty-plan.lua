-- Essential features of the Employment Plan: a plan with a goal but none of
-- the person's words, no objectives and no services breaks three of them.
return {
  name = "an Employment Plan with no own words, objectives or services",
  as_of = "2026-09-15",
  case = {
    person = { id = "P-T-EM", name = { given = "Noa", family = "Blankplan" } },
    case = { id = "NY-T-EM", agency = "ny-pros", program = "PROS" },
    plans = { {
      id = "NY-T-EM-EP", kind = "EP", date = "2026-09-01",
      goal = { occupation = "Janitor" },
    } },
  },
  findings = {
    { rule = "ny.c14.ep.own-words", path = "plan.goal.own_words", severity = "error" },
    { rule = "ny.c14.ep.behavioral-objectives", path = "plan.objectives", severity = "error",
      message = "the plan has no behavioral objectives: list the steps the person will take toward the goal" },
    { rule = "ny.c14.ep.people-services-supports", path = "plan.services", severity = "error",
      message = "the plan lists no services or supports: list the people, services and supports "
        .. "needed to support employment" },
  },
}
