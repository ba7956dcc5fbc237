-- 1,000 services with ids of their own, the most a plan holds
local s = {}
for i = 1, 1000 do
  s[i] = { id = "S" .. i, description = "Counseling @20(x)@", provider = "Agency", cost_cents = i }
end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01", services = s } },
}
