-- expect: 3 objective-target-before-start.lua:7: plans[1].objectives[1].target: target 2026-06-30 is before start 2026-09-01
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              objectives = { { id = "O1", title = "Finish training",
                               start = "2026-09-01", target = "2026-06-30" } } } },
}
