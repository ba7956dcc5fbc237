-- A Job Development Plan with every element the Job Development Plan
-- section asks for, its next review on day 90 (cases/jdp.lua).
return {
  name = "a complete Job Development Plan, reviewed within 90 days: no findings",
  case = "cases/jdp.lua",
  plan = "WI-2026-0501-JDP",
  as_of = "2026-05-01",
  findings = {},
  -- The consumer (or guardian), the employment specialist and DVR.
  requirements = { signers = { { "client", "representative" }, { "employment_specialist" },
                               { "counselor" } }, approvals = {} },
}
