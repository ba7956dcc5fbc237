-- a case file may compute its lists (no functions, but loops and ..):
-- 20,000 services with ids of their own
local s = {}
for i = 1, 20000 do
  s[i] = { id = "S" .. i, description = "Counseling", provider = "Agency", cost_cents = i }
end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01", services = s } },
}
