-- expect: 3 function-value.lua:6: plans[1].progress_criteria: a function is not data
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              progress_criteria = function() return "passing grades" end } },
}
