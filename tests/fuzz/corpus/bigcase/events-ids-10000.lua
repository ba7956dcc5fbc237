-- 10,000 events, each with an id of its own: the most a case holds
local e = {}
for i = 1, 10000 do
  e[i] = { kind = "contact", id = "E" .. i, date = "2026-01-02", note = "@10(n)@" }
end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", events = e },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
