-- Service 68 closed with completion reason 20 and fund 97 meets the
-- procedure.
return {
  name = "service 68 closed as 20 Successful with fund 97: no findings",
  case = "cases/service-68-closed.lua",
  as_of = "2026-11-23",
  findings = {},
  measures = { { id = "tx.qa-share", value = 1 } },
}
