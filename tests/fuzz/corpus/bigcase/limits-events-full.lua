-- at the model's limits: 10,000 events (VR_MODEL_MAX_EVENTS), each with
-- every field and an agency value (20,000 items of 25,000): the most
-- elements an exported document of one case can have, to read back under
-- doc.c's shape limits
local e = {}
for i = 1, 10000 do
  e[i] = { kind = "contact", id = "E" .. i, date = "2026-01-02", at = "2026-01-02T10:00:00-06:00",
    agreed_date = "2026-02-01", service = "VR-01", amount_cents = 100, authorization = "A" .. i,
    staff = "S-1", provider = "Agency", minutes = 30, modality = "individual", hours_week = 10,
    reason = "r", network = "n", job = "J1", form = "F", purpose = "p", component = "c",
    to = "client", language = "en", format = "print", note = "@3(note )@", ext = { a = i } }
end
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", events = e },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
