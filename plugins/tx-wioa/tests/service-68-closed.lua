-- Service 68 closed with completion reason 20 and fund 97 meets the
-- procedure.
return {
  name = "service 68 closed as 20 Successful with fund 97: no findings",
  case = "cases/service-68-closed.lua",
  as_of = "2026-11-23",
  -- a signed IEP, in effect since its date (services after it are in order)
  lifecycle = { status = "in effect", effective = "2026-05-18", amendment = false },
  findings = {},
  measures = { { id = "tx.qa-share", value = 1 } },
}
