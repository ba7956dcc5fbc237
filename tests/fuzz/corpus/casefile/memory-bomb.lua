-- expect: 3 memory-bomb.lua: the case file exceeded its memory budget
-- builds a 1 GiB string by doubling; the memory budget must stop it
local s = "x"
for i = 1, 30 do s = s .. s end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01", progress_criteria = s } },
}
