return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr", employment = { @5000({ employer = "Acme", wage_cents_hour = 1500, benefits = { @5("dental",)@ } },)@ } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01" } },
}
