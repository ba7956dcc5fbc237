-- expect: 3 review-next-before-last.lua:6: plans[1].review.next: next 2026-08-01 is before last 2026-09-01
return {
  person = { id = "P-1", name = { given = "A", family = "B" } },
  case = { id = "C-1", agency = "mo-vr" },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-03-01",
              review = { last = "2026-09-01", next = "2026-08-01" } } },
}
