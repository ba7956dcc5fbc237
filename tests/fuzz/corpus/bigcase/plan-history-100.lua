-- a plan's history at the most a case file brings: 100 versions, each
-- with @N( services
local plans = {}
for v = 1, 100 do
  local s = {}
  for i = 1, 50 do s[i] = { id = "S" .. i, description = "Service @3(x)@" .. v } end
  plans[v] = { id = "C-1-IPE", kind = "IPE", version = v, date = "2026-03-01", services = s }
end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = plans,
}
