-- Issue 17: nothing is silently ignored. cases/pharmacy-tech.lua with three
-- values misspelt: the IEP note tagged "ieps", the follow-up step
-- categorised "folow-up", the signed copy given to "cliant". None is read
-- as the declared value (the rules miss the IEP note, the follow-up step
-- and the signed copy, and say so), and each is a warning of the core's
-- rule "vocabulary" at its path, suggesting the declared value ("did you
-- mean 'iep'?"). QA 17 of 20.
return {
  name = "a misspelt tag, category and copy recipient: each reported at its path, and the rules' findings",
  case = "cases/pharmacy-tech.lua",
  set = { ["case.notes[2].tags[1]"] = "ieps",
          ["plans[1].services[6].category"] = "folow-up",
          ["case.events[3].to"] = "cliant" },
  as_of = "2026-11-23",
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {
    { rule = "vocabulary", path = "case.notes[2].tags[1]", severity = "warning" },
    { rule = "vocabulary", path = "plan.services[6].category", severity = "warning" },
    { rule = "vocabulary", path = "case.events[3].to", severity = "warning" },
    { rule = "tx.2.follow-up-under-last-goal", path = "plan.services", severity = "warning" },
    { rule = "tx.3.signed-copy", path = "case.events", severity = "warning", class = "conduct" },
    { rule = "tx.cn.iep-development-note", path = "case.notes", severity = "warning" },
    { rule = "tx.qa.90-percent", path = "plan", severity = "warning" },
  },
  measures = {
    { id = "tx.qa-share", value = 17 / 20, text = "17 of 20 items (85 %)", band = "below 90 %" },
  },
}
