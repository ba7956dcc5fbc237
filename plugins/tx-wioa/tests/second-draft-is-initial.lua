-- Version 2 of an IEP whose version 1 (2026-05-18) was never signed: no
-- earlier version took effect, so version 2 is still the first IEP
-- (lifecycle amendment = false), not an update, whatever its number. So the
-- steps begun before it are checked: the training started on 2026-06-01
-- with no IEP in place (conduct). Service 68, opened on 2026-05-18 when the
-- first draft was constructed, is not before the IEP (the first version's
-- date counts). Compare occupation-update.lua: the same plan as an update
-- (version 2 after one in effect, the default for a version 2) has no
-- findings.
return {
  name = "a second draft of an IEP never signed is the initial IEP: services before it are flagged",
  case = "cases/pharmacy-tech-update.lua",
  as_of = "2026-11-23",
  lifecycle = {
    status = "draft", amendment = false,
    versions = {
      { version = 1, date = "2026-05-18", status = "draft", amendment = false, signatures = {} },
      { version = 2, date = "2026-11-02", status = "draft", amendment = false, signatures = {} },
    },
  },
  findings = {
    { rule = "tx.svc.iep-before-services", path = "plan.services[3].start", severity = "error",
      class = "conduct",
      message = "action 'Complete the pharmacy technician program' (A3) starts on 2026-06-01, before "
        .. "the IEP was signed (it is dated 2026-11-02 and no version has taken effect): WIOA requires the IEP to document the customer's needs and actions "
        .. "before services are delivered" },
  },
  measures = {
    { id = "tx.qa-share", value = 19 / 20 },
  },
  requirements = { signers = { { "client" }, { "career_planner" } }, approvals = {} },
}
