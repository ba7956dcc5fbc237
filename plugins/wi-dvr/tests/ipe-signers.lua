-- The IPE of a consumer with a guardian: the consumer or the representative
-- signs with the DVR counselor (34 CFR 361.45). A bare IPE before any
-- service: no findings.
return {
  name = "an IPE is signed by the consumer or representative and the counselor",
  case = "cases/jdp.lua",
  plan = "WI-2026-0501-IPE",
  as_of = "2026-03-02",
  findings = {},
  requirements = { signers = { { "client", "representative" }, { "counselor" } }, approvals = {} },
}
