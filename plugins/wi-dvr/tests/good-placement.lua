-- Generated from the sample case and reviewed: what the plugin must say about it.
return {
  name = "an IPS placement within every timeframe: no findings, deadlines met, fees earned",
  case = "../../../tests/fixtures/cases/wi-ips-placement.lua",
  as_of = "2026-11-23",
  findings = {
  },
  deadlines = {
    { id = "wi.ips.first-contact-48-hours", due = "2026-01-29T10:15:00-06:00", status = "met", late = false },
    { id = "wi.ips.first-contact-48-hours", due = "2026-03-18T09:00:00-05:00", status = "met", late = false },
    { id = "wi.ips.first-contact-48-hours", due = "2026-04-24T08:30:00-05:00", status = "met", late = false },
    { id = "wi.ips.first-contact-48-hours", due = "2026-07-24T11:00:00-05:00", status = "met", late = false },
    { id = "wi.ips.deliverables", due = "2026-03-28", status = "met", late = false },
    { id = "wi.ips.deliverables", due = "2026-04-30", status = "met", late = false },
  },
  fees = {
    { id = "wi.fee.career-profile", date = "2026-03-18", amount = 100000 },
    { id = "wi.fee.job-development-plan", date = "2026-04-21", amount = 35000 },
    { id = "wi.fee.lts-transition", date = "2026-11-02", amount = 130000 },
  },
}
