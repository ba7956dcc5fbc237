-- A Job Development Plan missing what the Job Development Plan section asks
-- for (cases/jdp.lua): one finding each.
return {
  name = "an incomplete Job Development Plan: responsibilities, contact standard, supports, hours, review",
  case = "cases/jdp.lua",
  plan = "WI-2026-0501-JDP-BAD",
  as_of = "2026-05-01",
  findings = {
    { rule = "wi.jdp.responsibilities", path = "plan.responsibilities", severity = "error" },
    { rule = "wi.jdp.review-scheduled", path = "plan.review.next", severity = "error" },
    { rule = "wi.jdp.contact-standard", path = "plan.ext.contact_standard.consumer", severity = "error" },
    { rule = "wi.jdp.contact-standard", path = "plan.ext.contact_standard.employers", severity = "error" },
    { rule = "wi.jdp.job-supports-plan", path = "plan.ext.job_supports_plan", severity = "warning" },
    { rule = "wi.jdp.hours-preference", path = "plan.goal.hours_week", severity = "warning" },
  },
}
