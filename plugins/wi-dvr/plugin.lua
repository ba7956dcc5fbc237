-- Wisconsin Division of Vocational Rehabilitation: Individual Placement and
-- Support (IPS) supported employment, the IPE and the provider's services.
--
-- Source: Wisconsin DVR, "Individual Placement and Support (IPS) Services"
-- technical specifications: the introduction, the services table (service,
-- purpose, timeframes, deliverables, payment), the paragraph on authorization
-- and 48-hour contact under it, the Supported Employment Plan Documentation
-- note, the Career Profile, Job Development Plan, Job Development, Job
-- Support, Monthly Systematic Instruction, Offsite Supports, Transition to
-- Long Term Supports (LTS) and Wage Documentation sections, the fee table
-- and its service notes, the reports table and the quality criteria.
-- ../shared/policy/wisconsin-dvr-ips-services.txt
-- The copy we have carries no issue date; source.date below is the start of
-- the 2026-28 contract period the document refers to, until the real date is
-- known. docs/policy/wi-dvr.md lists every requirement of the document in
-- order, with the rule, deadline, fee or measure that encodes it or the
-- reason it cannot be checked from the data.
--
-- Rules follow the order of the document; each cites the part it encodes. The
-- document has no numbered sections, so a cite names the section heading or
-- the table and row ("services table, Career Profile row"). Case-wide rules,
-- deadlines, fees and measures apply to the IPE (so a case with an IPE and a
-- Job Development Plan counts each clock once); the JDP rules check the Job
-- Development Plan itself.
--
-- Each rule has a class (a `-- class:` line above it says why). "content"
-- is what the plan version says: a required element missing, a service the
-- plan may not hold; an error of that class blocks signing the version.
-- "conduct" is how and when DVR or the provider acted: the document's
-- timeframes (48-hour contact, 60 and 45 days, one week, monthly and
-- 5-business-day reports), meetings, payments, the transition to LTS. Most
-- of this document is conduct: a Career Profile delivered on day 61 or a
-- first contact after 48 hours is shown when the IPE or a later amendment is
-- signed, and never blocks it. The deadlines are computed for one version
-- of the IPE only, the one in effect (or, before any took effect, the
-- initial plan being drafted): see carries_clocks.
--
-- How a Wisconsin case records what the rules read: the core fields of
-- docs/model.md, and the values and `ext` fields this plugin declares in
-- VOCABULARY and EXT below (`vrtool plugin vocab wi-dvr` lists them, with
-- their meaning and citation). In short: a plan's services carry their
-- `category` (career_profile, job_development_plan, ...) and the DVR
-- authorization that pays them; an `authorization` event carries its number
-- in `id` and its time in `at` (the 48-hour clock needs hours); a
-- `first_contact`, `report` or `review` names the authorization it answers;
-- a report names its DVR form in `form` and, when monthly, its month in
-- ext.month; jobs are case.employment (hours, wage and benefits set the hire
-- tier), and events name the job they concern in `job`.
--
-- Values are compared as the core gives them: canonical spellings (case and
-- separators do not matter, an old spelling listed in `was` reads as the
-- declared one). A plan service categorised `ips_career_profile` is a
-- career_profile, etc.: the source calls these services "Individual
-- Placement and Support Career Profile" / "IPS Job Development Plan", so a
-- case written from it may well prefix them (an import warning names the
-- declared spelling).
--
-- Known conflicts in the source, and what this plugin applies:
--   * Job and Task Analysis: the services table says "within 10 calendar days
--     of job start"; the fee table ("not to exceed 1 calendar week of the job
--     start") and the reports table ("within 1 calendar week of consumer's
--     start date") say one week. We apply 1 calendar week (7 days): two of
--     the three places say so, the fee table is the one DVR pays by, and a
--     provider who meets 7 days meets 10. A finding on days 8 to 10 says the
--     services table would allow it.
--   * Job Development Plan review: the services table (Job Development and
--     Hire row) says "reviewed every 60 days until Hire"; the Job Development
--     Plan section ("a 90-day review after the completion of the initial
--     plan") and the reports table ("Plan section reviewed every 90 days") say
--     90. We apply 90 days: two places against one, and the reports table
--     says when the form is submitted.
--   * Monthly reports: the reports table says "submit at the end of each
--     month"; the fee table pays Monthly SI and Job Retention on a report
--     "within five (5) business days of the conclusion of the previous month
--     of service". We count every monthly report (job development, SI,
--     retention) as due 5 business days after the month ends.
--   * DVR notified of a job offer "within 5 days": calendar days (the
--     document says "business days" wherever it means them).

local date = vr.date
local blank = vr.blank
local day_of = vr.case.day_of
local events = vr.case.events
local instant = vr.date.instant
local money = vr.money.format

-- ---------------------------------------------------------------------------
-- The vocabulary: every value this plugin reads, with its meaning and where
-- the source names it. C is the cite prefix.

local C = "WI DVR IPS Services, "

-- Service categories (plans[].services[].category). The IPS services are the
-- rows of the services and fee tables; the other values are services a
-- Wisconsin IPS plan also holds. Open: a plan may hold an agency's own
-- service (the tables list what DVR pays an IPS provider for, not every
-- service of a plan).
local CATEGORIES = {
  { "career_profile", "IPS Career Profile (IPS title: Vocational Assessment), reported on "
      .. "DVR-18018-E: completed within 60 days of its authorization; $1,000, code 078",
    cite = C .. "services table (Career Profile row); fee table ($1,000, code 078)",
    was = { "ips_career_profile" } },
  { "job_development_plan", "IPS Job Development Plan (IPS title: Job Search Plan and "
      .. "Initial Job Supports Plan), reported on DVR-17036-E: completed within 45 days of its "
      .. "authorization; $350, code 049",
    cite = C .. "services table (Job Development Plan row); fee table ($350, code 049)",
    was = { "ips_job_development_plan" } },
  { "job_development_hire", "IPS Job Development and Hire: contacting businesses and "
      .. "connecting the consumer to a job; monthly reports (DVR-18028-E) until hire, then the "
      .. "Job Hire Report (DVR-17037-E); hire payment up to $2,200, code 049",
    cite = C .. "services table (Job Development and Hire row); fee table (up to $2,200, "
      .. "code 049)",
    was = { "ips_job_development_hire", "job_development_and_hire",
            "ips_job_development_and_hire" } },
  { "job_task_analysis", "Job and Task Analysis at the start of a job, the Job and Task "
      .. "Analysis part of DVR-18212-E: within 1 calendar week of the job start; $275, code 079",
    cite = C .. "services table (Job and Task Analysis row); fee table ($275, code 079)",
    was = { "job_and_task_analysis" } },
  { "systematic_instruction", "Monthly Systematic Instruction (includes job retention), a "
      .. "job support; reported each month on DVR-18212-E (service summary); $1,600 a month, "
      .. "code 079",
    cite = C .. "services table (Monthly SI row); fee table ($1,600 per month, code 079)",
    was = { "monthly_systematic_instruction" } },
  { "job_retention", "Job Retention Services, when Monthly SI is not provided: a job support "
      .. "that needs a justification; reported each month on DVR-17038-E; $500 a month, code 079",
    cite = C .. "services table (Job Retention Services row); fee table ($500 per month, 079); "
      .. "Job Development section (justification)" },
  { "partners_with_business", "Partners with Business: on-the-job support by co-workers, the "
      .. "employer reimbursed; a job support that needs a justification",
    cite = C .. "Partners with Business section; Job Development section (justification)" },
  { "lts_transition", "IPS Transition to Long Term Supports, 90 days to six months after the "
      .. "job start, reported on DVR-18037-E; $1,300, code 079",
    cite = C .. "services table (Transition to Long Term Supports row); fee table ($1,300, "
      .. "code 079)",
    was = { "ips_lts_transition", "transition_to_lts" } },
  { "internship", "an internship, outside model IPS: DVR's approval is required",
    cite = C .. "Job Development Plan section (Internship/Temporary Work Experiences)" },
  { "temporary_work", "a temporary work experience, outside model IPS: DVR's approval is "
      .. "required", cite = C .. "Job Development Plan section (Internship/Temporary Work "
      .. "Experiences)" },
  { "work_experience", "another work experience, outside model IPS: DVR's approval is required",
    cite = C .. "Job Development Plan section (Internship/Temporary Work Experiences)" },
  { "work_assessment", "a work assessment, outside model IPS: DVR's approval is required",
    cite = C .. "Job Development Plan section (\"other work assessments\")" },
  { "job_preparation", "employment preparation (interview preparation, resume development, "
      .. "visual resumes) when Job Center services do not meet the need; no rule reads it",
    cite = C .. "Job Development Plan section (employment preparation services)" },
  { "benefits_analysis", "Work Incentive Benefits Analysis services; no rule reads it",
    cite = C .. "Job Development section (Work Incentive Benefits Analysis services)" },
  { "mental_health", "mental health treatment or case management by the county mental health "
      .. "team, IPS's working alliance; not a DVR service, no rule reads it",
    cite = C .. "introduction (IPS in a working alliance with mental health services)" },
}

-- A copy of a list of vocabulary entries (the loader may keep what it gets).
local function entries(...)
  local out = {}
  for _, list in ipairs({ ... }) do
    for _, v in ipairs(list) do
      local e = {}
      for k, x in pairs(v) do e[k] = x end
      out[#out + 1] = e
    end
  end
  return out
end

-- The DVR service codes of the fee table, as an authorization carries them
-- in `service`.
local SERVICE_CODES = {
  { "078", "code 078: IPS Career Profile", cite = C .. "fee table (Code 078)" },
  { "049", "code 049: IPS Job Development Plan, Job Development and Hire",
    cite = C .. "fee table (Code 049)" },
  { "079", "code 079: IPS (SE): Transition to LTS, Monthly SI, Job and Task Analysis, Job "
      .. "Retention", cite = C .. "fee table (079)" },
}

-- The service categories as a payment from another source names them (in
-- `service`): the same spellings, old spellings too.
local PAID_CATEGORIES = {}
for _, c in ipairs(CATEGORIES) do
  PAID_CATEGORIES[#PAID_CATEGORIES + 1] = { c[1], ("a payment from another source for a "
    .. "service of category %s (plans[].services[].category)"):format(c[1]), cite = C
    .. "fee table service notes (no payment from another source for the same service)",
    was = c.was }
end

-- The roles of the four parties to the transition to LTS (ext.agreed_by).
-- The source names the parties "consumer, service provider, Wisconsin
-- county Mental Health representative, and DVR": those words read as the
-- roles (old spellings, with a warning).
local LTS_ROLES = {
  { "client", "the consumer", cite = C .. "Transition to LTS section (consumer)",
    was = { "consumer" } },
  { "representative", "the consumer's guardian or representative, agreeing for the consumer",
    cite = C .. "supported employment team (\"a guardian (if applicable)\")",
    was = { "guardian" } },
  { "employment_specialist", "the IPS employment specialist, for the service provider",
    cite = C .. "Transition to LTS section (service provider)" },
  { "provider", "the IPS service provider", cite = C .. "Transition to LTS section (service "
      .. "provider)", was = { "service_provider" } },
  { "county_mh", "the Wisconsin county Mental Health representative",
    cite = C .. "Transition to LTS section (Wisconsin county Mental Health representative)",
    was = { "county_mental_health", "county_mental_health_representative" } },
  { "counselor", "the DVR counselor, for DVR", cite = C .. "Transition to LTS section (DVR)",
    was = { "DVR" } },
}

local VOCABULARY = {
  ["plans[].services[].category"] = {
    open = true,
    meaning = "which service of the IPS services table (or other service of the plan) this is",
    values = entries(CATEGORIES),
  },
  -- The reports table lists the forms: a closed list.
  ["case.events[].form"] = {
    open = false,
    meaning = "the DVR report form a report (or a review) was made on; the reports table is "
      .. "the complete list of IPS report forms",
    values = {
      { "DVR-18018-E", "IPS Career Profile Report, once the Career Profile is complete; a "
          .. "`review` event with this form is the meeting that reviews the Career Profile",
        cite = C .. "reports table (IPS Career Profile Report); Career Profile section (review "
          .. "meeting)" },
      { "DVR-17036-E", "Job Development Plan: the initial plan, then its plan section every 90 "
          .. "days (a `report` or `review` event)", cite = C .. "reports table (Job Development "
          .. "Plan); Job Development Plan section (90-day review)" },
      { "DVR-18028-E", "Job Development Monthly Report, each month of job development until "
          .. "hire (its month in ext.month)", cite = C .. "reports table (Job Development "
          .. "Monthly Report)" },
      { "DVR-17037-E", "Job Hire Report, within 5 days of a job offer; names the job in `job`",
        cite = C .. "reports table (Job Hire Report)" },
      { "DVR-17038-E", "Job Retention Report, each month Job Retention is authorized",
        cite = C .. "reports table (Job Retention Report)" },
      { "DVR-18212-E", "Job and Task Analysis and Systematic Instruction Report: its Job and "
          .. "Task Analysis part (ext.section = job_task_analysis) in the first week on the job, "
          .. "its service summary each month of SI", cite = C .. "reports table (Job and Task "
          .. "Analysis and Systematic Instruction Report)" },
      { "DVR-18037-E", "Transition to LTS Report, once, at the transition",
        cite = C .. "reports table (Transition to LTS Report)" },
    },
  },
  ["case.events[].kind"] = {
    values = {
      { "referral", "starts every timeliness measure (time referral to conclusion)",
        cite = C .. "quality criteria, timeliness" },
      { "authorization", "a DVR Authorization for Services: its number in `id`, its time in "
          .. "`at`, its code in `service`; starts the 48-hour, 60- and 45-day clocks",
        cite = C .. "services table note (authorization before services; contact within 48 "
          .. "hours)" },
      { "first_contact", "the provider's initial contact after an authorization (names it in "
          .. "`authorization`, carries `at`)", cite = C .. "services table note (initial contact "
          .. "within 48 hours)" },
      { "report", "a DVR report (`form`) for an authorization", cite = C .. "reports table" },
      { "review", "a review meeting: form DVR-18018-E the Career Profile review, DVR-17036-E the "
          .. "Job Development Plan's 90-day review", cite = C .. "Career Profile section; Job "
          .. "Development Plan section" },
      { "job_offer", "a job offer: the Job Hire Report is due within 5 days",
        cite = C .. "Job Development section (DVR notified within 5 days)" },
      { "job_start", "a job start: a hire (ends job development and its reviews)",
        cite = C .. "services table (until Hire)" },
      { "lts_transition", "the transition to long-term supports (ext.agreed_by, "
          .. "ext.stabilization, ext.support_hours_week)", cite = C .. "Transition to LTS section" },
      { "payment", "a payment; one whose `component` is not DVR is from another source",
        cite = C .. "fee table service notes (no payment from another source)" },
      { "closure", "the case closed: 90 days after the transition at the earliest; the exit of "
          .. "the WIOA quarter measures", cite = C .. "Transition to LTS section (follow 90 days)" },
      { "fidelity_review", "the provider's IPS-25 fidelity review (ext.total or ext.items)",
        cite = C .. "quality criteria (Most Recent IPS Fidelity Score)" },
    },
  },
  ["case.staff[].role"] = {
    open = true,
    meaning = "what a staff member does on an IPS case",
    values = {
      { "counselor", "the DVR counselor: approves the IPE, signs the Job Development Plan",
        cite = "34 CFR 361.45; " .. C .. "Job Development Plan section" },
      { "employment_specialist", "the IPS provider's employment specialist: writes and signs "
          .. "the Job Development Plan", cite = C .. "Career Profile section (\"completed by "
          .. "the employment specialist\")" },
      { "county_mh", "a member of the county mental health team (IPS for youth needs one)",
        cite = C .. "introduction (county mental health team approved to provide IPS)" },
    },
  },
  ["plans[].responsibilities[].party"] = {
    open = true,
    meaning = "whose responsibility it is (the Job Development Plan states each party's)",
    values = {
      { "client", "the consumer", cite = C .. "Job Development Plan section (responsibilities "
          .. "of each party)" },
      { "consumer", "the consumer (the source's word; the same party as client)",
        cite = C .. "Job Development Plan section" },
      { "provider", "the IPS service provider", cite = C .. "Job Development Plan section" },
      { "employment_specialist", "the provider's employment specialist, for the provider",
        cite = C .. "Job Development Plan section" },
      { "agency", "DVR", cite = C .. "Job Development Plan section" },
      { "DVR", "DVR (the same party as agency)", cite = C .. "Job Development Plan section" },
      { "counselor", "the DVR counselor, for DVR", cite = C .. "Job Development Plan section" },
      { "county_mh", "the county mental health program (treatment, long-term supports); no "
          .. "rule reads it", cite = C .. "Supported Employment Plan Documentation note" },
    },
  },
  ["plans[].services[].funding"] = {
    open = true,
    meaning = "who pays for the service; a service with no funding, or DVR, is a DVR purchase "
      .. "that needs a DVR authorization",
    values = {
      { "DVR", "DVR pays: the service needs a DVR Authorization for Services",
        cite = C .. "services table note (authorization before services)" },
      { "county", "the county (its mental health program or long-term supports) pays; a "
          .. "county-funded service shows a student is served by the county team",
        cite = C .. "introduction (county mental health team); Transition to LTS section" },
      { "employer", "the employer pays (e.g. an internship): DVR's approval is still needed",
        cite = C .. "Job Development Plan section (DVR approval is required)" },
    },
  },
  ["case.events[].component"] = {
    open = true,
    meaning = "for a payment: who paid it",
    values = {
      { "DVR", "DVR paid", cite = C .. "fee table" },
      { "LTS", "long-term supports funding paid (a payment from another source)",
        cite = C .. "Transition to LTS section (\"No provider shall be paid by long term "
          .. "supports for the same service on any date covered by DVR authorizations\")" },
    },
  },
  -- An authorization's DVR service code; a payment from another source may
  -- name instead the service category it pays.
  ["case.events[].service"] = {
    open = true,
    meaning = "an authorization's DVR service code (078, 049, 079); for a payment from another "
      .. "source, the service category it pays",
    values = entries(SERVICE_CODES, PAID_CATEGORIES),
  },
  ["case.notes[].tags[]"] = {
    open = true,
    meaning = "labels the Wisconsin rules look for on a case note",
    values = {
      { "career-profile-review", "the note records the meeting that reviewed the Career Profile "
          .. "(else a `review` event with form DVR-18018-E)",
        cite = C .. "Career Profile section (a meeting to review the Career Profile is "
          .. "required)" },
      { "job-support-justification", "the note is the justification in the DVR case file for "
          .. "Job Retention or Partners with Business (else the service's ext.justification)",
        cite = C .. "Job Development section (justification in the DVR case file)" },
    },
  },
}

local EXT = {
  ["case.events[]"] = {
    month = { type = "text", meaning = "for a monthly report (DVR-18028-E, DVR-18212-E service "
        .. "summary, DVR-17038-E): the month it covers, YYYY-MM; without it, a report dated from "
        .. "the 1st of a month to that month's due date counts for the month",
      cite = C .. "reports table (each month); fee table (within 5 business days of the "
        .. "conclusion of the previous month)" },
    section = { type = "one of", meaning = "for a report or review: the part of its form it is",
      cite = C .. "reports table (DVR-18212-E portions; DVR-17036-E plan section)",
      values = {
        { "job_task_analysis", "the Job and Task Analysis part of DVR-18212-E (completes a "
            .. "Job and Task Analysis)", cite = C .. "reports table (\"Job and Task Analysis "
            .. "portions of report\")" },
        { "service_summary", "the Service Summary section of DVR-18212-E (a month of SI)",
          cite = C .. "reports table (\"Service Summary section\")" },
        { "plan_review", "the plan section of DVR-17036-E, reviewed every 90 days",
          cite = C .. "reports table (\"Plan section reviewed every 90 days\")" },
      } },
    agreed_by = { type = "list", meaning = "for an lts_transition: who agreed to the transition, "
        .. "by role; one of each party is needed", cite = C .. "Transition to LTS section "
        .. "(signature from all parties)",
      items = { type = "one of", meaning = "a party's role", values = entries(LTS_ROLES) } },
    stabilization = { type = "text", meaning = "for an lts_transition: the agreed definition of "
        .. "what stabilization looks like for this consumer", cite = C .. "Transition to LTS "
        .. "section (definition of what stabilization will look like)" },
    support_hours_week = { type = "number", meaning = "for an lts_transition: the hours a week "
        .. "of support the consumer needs at LTS", cite = C .. "quality criteria, collaboration "
        .. "(Level of support needed at LTS (SE) hrs./wk.)" },
    from = { type = "date", meaning = "for a payment from another source: the first day it "
        .. "covers (without from and to, its date)", cite = C .. "fee table service notes (same "
        .. "service funded in the same timeframe)" },
    to = { type = "date", meaning = "for a payment from another source: the last day it covers",
      cite = C .. "fee table service notes (same timeframe)" },
    total = { type = "number", meaning = "for a fidelity_review: the IPS-25 total (25 to 125)",
      cite = C .. "quality criteria (Most Recent IPS Fidelity Score); policy README (IPS-25)" },
    items = { type = "list", items = "number", meaning = "for a fidelity_review: the 25 item "
        .. "scores (1 to 5) in the scale's order, summed when total is not given",
      cite = "policy README (IPS-25, 25 items scored 1-5)" },
  },
  ["case.employment[]"] = {
    wage_documentation = { type = "table", meaning = "the start date and hourly wage "
        .. "documentation of the job, required before a retention or transition payment",
      cite = C .. "Wage Documentation section",
      fields = {
        received = { type = "date", meaning = "the day DVR received it" },
        documents = { type = "list", items = "text", meaning = "what it was (\"pay stub\", "
          .. "\"offer letter\", \"employer documentation\")" },
      } },
    temporary = { type = "boolean", meaning = "true: a temporary or seasonal placement",
      cite = C .. "quality criteria (Temporary/seasonal placement)" },
  },
  ["plans[].services[]"] = {
    job = { type = "text", meaning = "the job (a case.employment[].id) a job support or Job and "
        .. "Task Analysis concerns; without it, the job whose start is nearest the service's",
      cite = C .. "fee table (Job and Task Analysis within 1 calendar week of the job start)" },
    justification = { type = "text", meaning = "why Job Retention or Partners with Business is "
        .. "used (the justification in the DVR case file)", cite = C .. "Job Development section "
        .. "(justification in the DVR case file)" },
    offsite = { type = "boolean", meaning = "true: the job support is given offsite",
      cite = C .. "Offsite Supports" },
    offsite_approved = { type = "date", meaning = "the day DVR approved the offsite support",
      cite = C .. "Offsite Supports (approved by DVR on a case-by-case basis)" },
    offsite_contact = { type = "text", meaning = "the parameters for direct contact with the "
        .. "consumer during offsite support", cite = C .. "Offsite Supports (parameters for "
        .. "contact)" },
    dvr_approved = { type = "date", meaning = "for an internship, temporary work or work "
        .. "assessment another funder pays: the day DVR approved it", cite = C .. "Job "
        .. "Development Plan section (DVR approval is required)" },
  },
  ["plans[]"] = {
    contact_standard = { type = "table", meaning = "for a Job Development Plan: the contact "
        .. "standard (how often, how long, in person or remote, where)",
      cite = C .. "Job Development Plan section (contact standard); introduction",
      fields = {
        consumer = { type = "text", meaning = "between the consumer and the provider" },
        employers = { type = "text", meaning = "between potential employers and the provider" },
      } },
    job_supports_plan = { type = "text", meaning = "for a Job Development Plan: its job supports "
        .. "plan section", cite = C .. "Job Development Plan section (job supports plan "
        .. "section)" },
  },
}

-- ---------------------------------------------------------------------------
-- Tables keyed by the declared values

-- The IPS services, by the `category` a plan's service carries.
local SERVICE = {
  career_profile = "IPS Career Profile (code 078)",
  job_development_plan = "IPS Job Development Plan (code 049)",
  job_development_hire = "IPS Job Development and Hire (code 049)",
  job_task_analysis = "Job and Task Analysis (code 079)",
  systematic_instruction = "Monthly Systematic Instruction (code 079)",
  job_retention = "Job Retention Services (code 079)",
  partners_with_business = "Partners with Business",
  lts_transition = "IPS Transition to Long Term Supports (code 079)",
}

-- The three job support options; only one is provided at a time.
local JOB_SUPPORT = {
  systematic_instruction = true, job_retention = true, partners_with_business = true,
}

-- Work experiences outside the IPS model that need DVR's approval.
local WORK_EXPERIENCE = {
  internship = true, temporary_work = true, work_experience = true, work_assessment = true,
}

-- The DVR report forms (reports table), by what they report.
local FORM = {
  career_profile = "DVR-18018-E",
  job_development_plan = "DVR-17036-E",
  job_development_monthly = "DVR-18028-E",
  job_hire = "DVR-17037-E",
  job_retention = "DVR-17038-E",
  jta_si = "DVR-18212-E",
  lts_transition = "DVR-18037-E",
}

-- The form whose report completes a deliverable service, by category.
local DELIVERABLE_FORM = {
  career_profile = FORM.career_profile,
  job_development_plan = FORM.job_development_plan,
  job_task_analysis = FORM.jta_si,
}

-- The parties whose agreement the LTS transition needs, by role; any one of
-- the roles of a party will do.
local LTS_PARTIES = {
  { roles = { "client", "representative" }, name = "the consumer" },
  { roles = { "employment_specialist", "provider" }, name = "the service provider" },
  { roles = { "county_mh" }, name = "the county Mental Health representative" },
  { roles = { "counselor" }, name = "DVR" },
}

-- SOC major groups, for "Job Titles (by Sector)".
local SOC_SECTOR = {
  ["11"] = "Management", ["13"] = "Business and Financial Operations",
  ["15"] = "Computer and Mathematical", ["17"] = "Architecture and Engineering",
  ["19"] = "Life, Physical, and Social Science", ["21"] = "Community and Social Service",
  ["23"] = "Legal", ["25"] = "Educational Instruction and Library",
  ["27"] = "Arts, Design, Entertainment, Sports, and Media",
  ["29"] = "Healthcare Practitioners and Technical", ["31"] = "Healthcare Support",
  ["33"] = "Protective Service", ["35"] = "Food Preparation and Serving Related",
  ["37"] = "Building and Grounds Cleaning and Maintenance",
  ["39"] = "Personal Care and Service", ["41"] = "Sales and Related",
  ["43"] = "Office and Administrative Support", ["45"] = "Farming, Fishing, and Forestry",
  ["47"] = "Construction and Extraction", ["49"] = "Installation, Maintenance, and Repair",
  ["51"] = "Production", ["53"] = "Transportation and Material Moving",
  ["55"] = "Military Specific",
}

local LAST_DAY = "9999-12-31" -- an open end

-- ---------------------------------------------------------------------------
-- Reading the case

-- A number of seconds as hours and minutes ("65 h 00 min"), with the
-- seconds when there are any, so "just over 48 hours" shows as such.
local function duration(seconds)
  local h, m, sec = seconds // 3600, seconds % 3600 // 60, seconds % 60
  local text = ("%d h %02d min"):format(h, m)
  if sec > 0 then text = text .. (" %02d s"):format(sec) end
  return text
end

-- Hours a week as people write them: 24, 19.5.
local function hours(n)
  if n == math.floor(n) then return ("%d"):format(math.floor(n)) end
  return ("%g"):format(n)
end

local function service_at(i) return ("plan.services[%d]"):format(i) end
local function event_at(i) return ("case.events[%d]"):format(i) end
local function job_at(i) return ("case.employment[%d]"):format(i) end

-- The authorization event with this number (the first one recorded).
local function authorization(case, id)
  if blank(id) then return nil end
  for _, a in ipairs(events(case, "authorization")) do
    if a.e.id == id then return a end
  end
  return nil
end

-- The earliest event of `kind` (default "report") on DVR form `form`,
-- optionally for one authorization, passing `pred(e)`, on or after a day.
local function first_form(case, form, auth_id, pred, on_or_after, kind)
  local best
  for _, r in ipairs(events(case, kind or "report")) do
    if r.e.form == form and (auth_id == nil or r.e.authorization == auth_id)
        and (pred == nil or pred(r.e)) and (on_or_after == nil or r.day >= on_or_after)
        and (best == nil or r.day < best.day) then
      best = r
    end
  end
  return best
end

local function is_jta_section(e) return e.ext ~= nil and e.ext.section == "job_task_analysis" end
local function not_jta_section(e) return not is_jta_section(e) end

-- The report that completes a deliverable service: the Job and Task
-- Analysis part of DVR-18212-E for a JTA, the service's own form otherwise.
local function deliverable_report(case, s)
  if s.category == "job_task_analysis" then
    return first_form(case, FORM.jta_si, s.authorization, is_jta_section)
  end
  return first_form(case, DELIVERABLE_FORM[s.category], s.authorization)
end

-- A deliverable's fee (Career Profile, Job Development Plan): earned when
-- its report is received; the basis gives the dates the payment rests on.
-- One deadline row per month of a service's monthly reports (report_months).
local function month_deadlines(out, s, name, months)
  for _, m in ipairs(months) do
    out[#out + 1] = { due = m.due, met = m.report and m.report.day,
      from = ("month %s of authorization %s"):format(m.ym, s.authorization),
      what = ("%s for %s"):format(name, m.ym) }
  end
end

local function deliverable_fee(category, limit_days)
  return function(plan, case, ctx)
    local out = {}
    for _, s in ipairs(plan.services or {}) do
      local auth = s.category == category and authorization(case, s.authorization)
      local report = auth and deliverable_report(case, s)
      -- earned on the report: not before it is received (as of the run)
      if report and report.day <= ctx.as_of then
        local done = s.actual_end or report.day
        out[#out + 1] = { date = report.day, basis = ("report %s for authorization %s "
          .. "received %s; last contact %s, %d business day(s) before; completed %d days "
          .. "after the authorization of %s (limit %d)"):format(DELIVERABLE_FORM[category],
            s.authorization, report.day, done,
            ctx.calendar:business_days_between(done, report.day),
            date.days_between(auth.day, done), auth.day, limit_days) }
      end
    end
    return out
  end
end

-- The job with this id, and its index.
local function job_by_id(case, id)
  for i, j in ipairs(case.employment or {}) do
    if j.id == id then return j, i end
  end
  return nil
end

-- The job held on `day`: the one with the latest start on or before it.
local function job_on(case, day)
  local best, at
  for i, j in ipairs(case.employment or {}) do
    if j.start and j.start <= day and (best == nil or j.start > best.start) then
      best, at = j, i
    end
  end
  return best, at
end

-- The job whose start is nearest to `day`.
local function job_near(case, day)
  local best, at, gap
  for i, j in ipairs(case.employment or {}) do
    if j.start then
      local g = math.abs(date.days_between(day, j.start))
      if best == nil or g < gap then best, at, gap = j, i, g end
    end
  end
  return best, at
end

-- The job an event concerns: the one it names in `job`, else the job held
-- on its day.
local function job_of_event(case, e, day)
  if not blank(e.job) then return job_by_id(case, e.job) end
  return job_on(case, day)
end

-- The job a service concerns: ext.job, else the job starting nearest to it.
local function job_of_service(case, s)
  if s.ext and not blank(s.ext.job) then return job_by_id(case, s.ext.job) end
  if s.start then return job_near(case, s.start) end
  return nil
end

-- The day of the first hire on or after `from`: the earliest job offer, job
-- start or job in case.employment.
local function hire_day(case, from)
  local best
  for _, kind in ipairs({ "job_offer", "job_start" }) do
    for _, x in ipairs(events(case, kind)) do
      if from == nil or x.day >= from then best = date.min(best, x.day) end
    end
  end
  for _, j in ipairs(case.employment or {}) do
    if j.start and (from == nil or j.start >= from) then best = date.min(best, j.start) end
  end
  return best
end

-- The jobs obtained through IPS: started on or after the first DVR
-- authorization (a job held before the case is not a placement). Each is
-- { i, j }.
local function ips_jobs(case)
  local first = vr.case.first_event(case, "authorization")
  local out = {}
  for i, j in ipairs(case.employment or {}) do
    if first and j.start and j.start >= first.day then out[#out + 1] = { i = i, j = j } end
  end
  return out
end

-- Does DVR pay for this service (and so need to authorize it)?
local function dvr_paid(s)
  return s.funding == nil or s.funding == "DVR"
end

-- The last day a service runs (an open end when not known).
local function stop_of(s)
  return s.actual_end or s.planned_end or LAST_DAY
end

-- Is there a case note carrying `tag` (a declared tag)?
local function tagged_note(case, tag)
  return vr.case.notes_tagged(case, tag) ~= nil
end

-- Does the job give health insurance? A benefit naming health or medical
-- insurance ("health insurance", "Health and dental insurance").
local function health_insurance(job)
  for _, b in ipairs(job.benefits or {}) do
    local s = b:lower()
    if s:find("health", 1, true) or s:find("medical", 1, true) then return true end
  end
  return false
end

-- The months "YYYY-MM" from the month of `from` to the month of `to`.
local function months(from, to)
  local out = {}
  local m = date.first_of_month(from)
  while m <= to do
    out[#out + 1] = m:sub(1, 7)
    m = date.add_months(m, 1)
  end
  return out
end

-- A monthly report is due 5 business days after its month ends.
local function month_due(ctx, ym)
  return ctx.calendar:add_business_days(date.last_of_month(ym .. "-01"), 5)
end

-- The report on `form` for month `ym` (ext.month, or dated from the 1st of
-- the month to its due date), for one authorization.
local function monthly_report(case, form, auth_id, ym, due, pred)
  local best
  for _, r in ipairs(events(case, "report")) do
    local e = r.e
    if e.form == form and (auth_id == nil or e.authorization == auth_id)
        and (pred == nil or pred(e)) then
      local m = e.ext and e.ext.month
      local fits = m == ym or (m == nil and r.day >= ym .. "-01" and r.day <= due)
      if fits and (best == nil or r.day < best.day) then best = r end
    end
  end
  return best
end

-- The months a monthly-reported service covers as of `as_of`, each with its
-- due date and report: { ym, due, report }.
local function report_months(case, ctx, s, form, pred, last)
  local out = {}
  if not s.start or blank(s.authorization) then return out end
  last = date.min(last or stop_of(s), ctx.as_of)
  if last < s.start then return out end
  for _, ym in ipairs(months(s.start, last)) do
    local due = month_due(ctx, ym)
    out[#out + 1] = { ym = ym, due = due,
      report = monthly_report(case, form, s.authorization, ym, due, pred) }
  end
  return out
end

-- The monthly reports of the job support services (SI: DVR-18212-E service
-- summary; retention: DVR-17038-E), for rules, deadlines and fees.
local MONTHLY = {
  systematic_instruction = { form = FORM.jta_si, pred = not_jta_section,
    name = "Monthly Systematic Instruction report (DVR-18212-E)" },
  job_retention = { form = FORM.job_retention,
    name = "Job Retention Report (DVR-17038-E)" },
}

-- The last day of job development before the hire, for the monthly job
-- development reports: the day before the first hire on or after the
-- service's start, or the service's end.
local function job_development_last_day(case, s)
  local hire = hire_day(case, s.start)
  local last = s.actual_end
  if hire then last = date.min(last, date.add_days(hire, -1)) end
  return last
end

-- The Job Development Plan's review days: the first DVR-17036-E (the initial
-- plan) and every later one, as report or review events, sorted.
local function jdp_days(case)
  local days = {}
  for _, e in ipairs(case.events or {}) do
    if (e.kind == "report" or e.kind == "review") and e.form == FORM.job_development_plan then
      days[#days + 1] = day_of(e)
    end
  end
  table.sort(days)
  return days
end

-- The wage documentation of a job: its received date, or nil.
local function wage_doc_received(job)
  local doc = job and job.ext and job.ext.wage_documentation
  return doc and doc.received
end

-- A deliverable due `days` calendar days after its DVR authorization was
-- issued: completed on the service's actual_end or, failing that, the date
-- of its report. A service with no (recorded) authorization has no clock
-- here: the authorization rule reports that.
local function due_after_authorization(plan, case, ctx, category, days)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    local auth = s.category == category and authorization(case, s.authorization)
    if auth then
      local due = date.add_days(auth.day, days)
      local report = deliverable_report(case, s)
      local done = s.actual_end or (report and report.day)
      if done and done > due then
        out[#out + 1] = vr.finding(("%s was completed on %s, %d days after authorization %s "
          .. "was issued on %s; it must be completed within %d days (by %s)")
          :format(SERVICE[category], done, date.days_between(auth.day, done),
            s.authorization, auth.day, days, due), service_at(i) .. ".actual_end")
      elseif done == nil and ctx.as_of > due then
        out[#out + 1] = vr.finding(("%s is overdue: authorization %s was issued on %s, the "
          .. "service was due by %s (%d days), and neither its completion (actual_end) nor "
          .. "its report (%s) is recorded"):format(SERVICE[category], s.authorization,
            auth.day, due, days, DELIVERABLE_FORM[category]), service_at(i))
      end
    end
  end
  return out
end

-- Deadline instances for the same clock.
local function deliverable_deadlines(plan, case, category, days)
  local out = {}
  for _, s in ipairs(plan.services or {}) do
    local auth = s.category == category and authorization(case, s.authorization)
    if auth then
      local report = deliverable_report(case, s)
      out[#out + 1] = { due = date.add_days(auth.day, days),
        met = s.actual_end or (report and report.day),
        from = ("authorization %s on %s"):format(s.authorization, auth.day),
        what = ("%s completed within %d days"):format(SERVICE[category], days) }
    end
  end
  return out
end

-- The Job and Task Analysis services with their job and 1-week due date.
local function jta_clocks(plan, case)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    if s.category == "job_task_analysis" and authorization(case, s.authorization) then
      local job = job_of_service(case, s)
      if job and job.start then
        local report = deliverable_report(case, s)
        out[#out + 1] = { i = i, s = s, job = job, due = date.add_days(job.start, 7),
          done = s.actual_end or (report and report.day) }
      end
    end
  end
  return out
end

-- The deliverable reports (Career Profile, Job Development Plan, Job and
-- Task Analysis) due 5 business days after the last contact (actual_end).
local function deliverable_reports(plan, case, ctx)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    local form = s.category and DELIVERABLE_FORM[s.category]
    if form and not blank(s.authorization) and s.actual_end then
      local report = deliverable_report(case, s)
      out[#out + 1] = { i = i, s = s, due = ctx.calendar:add_business_days(s.actual_end, 5),
        report = report, form = form }
    end
  end
  return out
end

-- The hire tier of a job on a date: amount in cents and the words for it
-- (nil when the job's hours or wage are not recorded: the tier cannot be
-- set, and wi.ips.job-hire-report-position says so).
local function hire_tier(ctx, job, on)
  if job.hours_week == nil or job.wage_cents_hour == nil then return nil end
  local h, w, health = job.hours_week, job.wage_cents_hour, health_insurance(job)
  local top_h, top_w = ctx.param("hire_top_hours", on), ctx.param("hire_top_wage_cents", on)
  local mid_h, mid_w = ctx.param("hire_middle_hours", on), ctx.param("hire_middle_wage_cents", on)
  local facts = ("%s hours a week, %s an hour, %s"):format(hours(h), money(w),
    health and "health insurance" or ("no health insurance (benefits: %s)"):format(
      #(job.benefits or {}) > 0 and table.concat(job.benefits, ", ") or "none"))
  local amount, why
  if h >= top_h and (health or w >= top_w) then
    amount = ctx.param("hire_fee_top", on)
    why = health and ("%s+ hours a week and health insurance"):format(hours(top_h))
      or ("%s+ hours a week and %s+ an hour"):format(hours(top_h), money(top_w))
  elseif h >= mid_h and (health or w >= mid_w) then
    amount = ctx.param("hire_fee_middle", on)
    why = health and ("%s+ hours a week and health insurance"):format(hours(mid_h))
      or ("%s+ hours a week and %s+ an hour"):format(hours(mid_h), money(mid_w))
  else
    amount = ctx.param("hire_fee_other", on)
    if h < mid_h then
      why = ("all other: under %s hours a week"):format(hours(mid_h))
    else
      why = ("all other: %s+ hours a week but under %s an hour and no health insurance")
        :format(hours(mid_h), money(mid_w))
    end
  end
  return amount, ("%s tier (%s): %s"):format(money(amount), why, facts)
end

-- The hires a job development authorization has earned: one per Job
-- Development and Hire service, for the job its Job Hire Report names (or
-- the first job started on or after the authorization).
local function hires(plan, case)
  local out = {}
  for _, s in ipairs(plan.services or {}) do
    local auth = s.category == "job_development_hire" and authorization(case, s.authorization)
    local report = auth and first_form(case, FORM.job_hire, s.authorization)
    if report then
      local job
      if not blank(report.e.job) then
        job = job_by_id(case, report.e.job)
      else
        for _, j in ipairs(case.employment or {}) do
          if j.start and j.start >= auth.day and (job == nil or j.start < job.start) then
            job = j
          end
        end
      end
      if job and job.start then
        out[#out + 1] = { s = s, job = job, report = report }
      end
    end
  end
  return out
end

-- The transitions to LTS, each with its job: { t, job, at }.
local function transitions(case)
  local out = {}
  for _, t in ipairs(events(case, "lts_transition")) do
    local job, at = job_of_event(case, t.e, t.day)
    out[#out + 1] = { t = t, job = job, at = at }
  end
  return out
end

-- The job a placement measure describes: the latest started by `as_of`,
-- that is the job held on that day.
local placement = job_on

-- Is someone working on `day` (a job started on or before it, not ended)?
local function working_on(case, day)
  for _, j in ipairs(case.employment or {}) do
    if j.start and j.start <= day and (j.end_date == nil or j.end_date >= day) then return j end
  end
  return nil
end

-- A working day's description for a measure.
local function job_words(j)
  return ("%s at %s, %s hours a week, %s an hour"):format(j.title or "a job", j.employer,
    j.hours_week and hours(j.hours_week) or "?",
    j.wage_cents_hour and money(j.wage_cents_hour) or "?")
end

-- Does a job match the IPE goal (by SOC code, or by title)? nil when
-- nothing can be compared.
local function matches_goal(goal, j)
  if goal == nil then return nil end
  local compared = false
  if goal.soc and j.soc then
    if goal.soc == j.soc then return true end
    compared = true
  end
  if goal.occupation and j.title then
    if goal.occupation:lower() == j.title:lower() then return true end
    compared = true
  end
  if compared then return false end
  return nil
end

-- The referral day, start of every timeliness measure.
local function referral(case)
  local r = vr.case.first_event(case, "referral")
  return r and r.day
end

-- A "time from referral" measure.
local function from_referral(case, day, what)
  local ref = referral(case)
  if ref == nil or day == nil then return nil end
  local n = date.days_between(ref, day)
  return { value = n, text = ("%d days from referral (%s) to %s (%s)"):format(n, ref, what, day) }
end

-- The first completion day of the services of a category.
local function completed(plan, case, category)
  local best
  for _, s in ipairs(plan.services or {}) do
    if s.category == category then
      local report = not blank(s.authorization) and deliverable_report(case, s)
      best = date.min(best, s.actual_end or (report and report.day) or nil)
    end
  end
  return best
end

-- The first transition to LTS.
local function first_transition(case)
  local t = vr.case.first_event(case, "lts_transition")
  return t
end

-- The first day of the quarter of `d`, and the quarter n quarters later.
local function quarter_start(d, n)
  local y, m = tonumber(d:sub(1, 4)), tonumber(d:sub(6, 7))
  local q = (m - 1) // 3 + n
  y = y + q // 4
  q = q % 4
  return ("%04d-%02d-01"):format(y, q * 3 + 1)
end

-- WIOA's "working in the nth quarter after exit" (exit: the closure).
local function quarter_after_exit(case, ctx, n)
  local c = vr.case.first_event(case, "closure")
  if c == nil then return nil end
  local from = quarter_start(c.day, n)
  local to = date.add_days(date.add_months(from, 3), -1)
  if ctx.as_of <= to then return nil end
  for _, j in ipairs(case.employment or {}) do
    if j.start and j.start <= to and (j.end_date == nil or j.end_date >= from) then
      return { value = "yes", text = ("working in quarter %d after exit (%s to %s; exit %s): %s")
        :format(n, from, to, c.day, job_words(j)) }
    end
  end
  return { value = "no", text = ("not working in quarter %d after exit (%s to %s; exit %s)")
    :format(n, from, to, c.day) }
end

-- The IPS-25 fidelity total of a fidelity_review event.
local function fidelity_total(e)
  local x = e.ext or {}
  if type(x.total) == "number" then return x.total end
  local sum, n = 0, 0
  for _, v in ipairs(x.items or {}) do
    if type(v) == "number" then sum, n = sum + v, n + 1 end
  end
  if n > 0 then return sum end
  return nil
end

-- The bands of the IPS-25 scale (policy README).
local function fidelity_band(total)
  if total >= 115 then return "exemplary" end
  if total >= 100 then return "good" end
  if total >= 74 then return "fair" end
  return "not supported employment"
end

-- ---------------------------------------------------------------------------
-- The plan's lifecycle (ctx.lifecycle)

-- Does this version of the IPE carry the case's clocks? The deadlines below
-- run from DVR's authorizations and the provider's reports, not from the
-- IPE's text, and the host asks for them both for the version in effect and
-- for a newer draft: they are hung on one version, so that each is counted
-- once and an open draft never hides or restarts them. That version is the
-- one in effect (or closed) or, while no version has taken effect, the
-- initial plan being drafted, whatever its number: the Career Profile "can
-- be before DVR involvement in the case", so its clocks may start before
-- the IPE is signed. A draft amendment (ctx.lifecycle.amendment: an earlier
-- version took effect) or a superseded version carries none.
local function carries_clocks(ctx)
  local l = ctx.lifecycle
  if l.status == "in effect" or l.status == "closed" then return true end
  return l.status ~= "superseded" and not l.amendment
end

-- ---------------------------------------------------------------------------

return vr.plugin {
  api = 1,
  id = "wi-dvr",
  name = "Wisconsin Division of Vocational Rehabilitation (IPS supported employment)",
  version = "0.4.0",
  source = {
    document = "Wisconsin DVR, Individual Placement and Support (IPS) Services "
      .. "technical specifications",
    date = "2026-07-01",
  },
  -- Every value the rules read, and every `ext` field: see VOCABULARY and
  -- EXT at the head of this file.
  vocabulary = VOCABULARY,
  ext = EXT,

  kinds = {
    -- 34 CFR 361.45: the consumer (or representative) agrees, a DVR
    -- counselor approves and signs.
    IPE = {
      title = "Individualized Plan for Employment",
      signers = { { "client", "representative" }, "counselor" },
    },
    -- Job Development Plan section: "All elements of this plan will be
    -- discussed with the consumer and DVR and will include the
    -- responsibilities of each party"; the provider's employment specialist
    -- writes it.
    JDP = {
      title = "Job Development Plan",
      signers = { { "client", "representative" }, "employment_specialist", "counselor" },
    },
  },

  -- Fee table: the amounts DVR pays, and the hire tiers, by contract period.
  -- A new contract period adds a dated entry here; no rule changes. The
  -- specification we encode carries no date; it announces qualifications
  -- for the 2026-28 contract period, so its amounts are read as those of
  -- the 2024-26 period and applied from 2024-07-01 until DVR publishes new
  -- ones.
  parameters = {
    career_profile_fee = { ["2024-07-01"] = 100000 },        -- $1,000 (code 078)
    job_development_plan_fee = { ["2024-07-01"] = 35000 },   -- $350 (code 049)
    -- Job Development and Hire (code 049): "$2,200 35+ hours per week and
    -- health insurance benefits or 35+hours per week and $12 per hour -or-
    -- $2,000 20+ hours per week and health insurance benefits or 20+ hours
    -- per week and $9 per hour -or- $1,600 all other".
    hire_fee_top = { ["2024-07-01"] = 220000 },
    hire_top_hours = { ["2024-07-01"] = 35 },
    hire_top_wage_cents = { ["2024-07-01"] = 1200 },
    hire_fee_middle = { ["2024-07-01"] = 200000 },
    hire_middle_hours = { ["2024-07-01"] = 20 },
    hire_middle_wage_cents = { ["2024-07-01"] = 900 },
    hire_fee_other = { ["2024-07-01"] = 160000 },
    job_task_analysis_fee = { ["2024-07-01"] = 27500 },      -- $275 (code 079)
    systematic_instruction_fee = { ["2024-07-01"] = 160000 }, -- $1,600 a month (079)
    job_retention_fee = { ["2024-07-01"] = 50000 },          -- $500 a month (079)
    lts_transition_fee = { ["2024-07-01"] = 130000 },        -- $1,300 (code 079)
  },

  -- Business days for the 5-business-day reports: Monday to Friday less the
  -- federal holidays (State of Wisconsin closures are not in the source).
  holidays = { federal = true },

  -- Every deadline runs from DVR's authorizations, the jobs and the
  -- provider's reports, not from the IPE's dates, and is computed only for
  -- the version that carries the case's clocks (carries_clocks: the version
  -- in effect, or the initial plan while none has taken effect); a draft
  -- amendment returns none.
  deadlines = {
    -- Services table note: the provider contacts the consumer within 48
    -- hours of the DVR authorization. The contact time is written in the
    -- authorization's UTC offset, so "met" and "missed" compare like with
    -- like.
    vr.deadline {
      id = "wi.deadline.first-contact-48-hours",
      what = "provider's initial contact with the consumer, within 48 hours",
      cite = "WI DVR IPS Services, services table note (initial contact within 48 hours of "
        .. "authorization)",
      applies_to = { "IPE" },
      starts = "each `authorization` event, from its time `at` (one with only a `date` has no "
        .. "48-hour clock); due 48 hours later",
      stops = "the earliest `first_contact` event whose `authorization` is that authorization's "
        .. "`id`, by its `at` (a first_contact with only a `date` does not count)",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, a in ipairs(events(case, "authorization")) do
          if a.e.at and instant(a.e.at) then
            local due = date.add_hours(a.e.at, 48)
            local met
            for _, c in ipairs(events(case, "first_contact")) do
              if c.e.authorization == a.e.id and c.e.at and instant(c.e.at)
                  and (met == nil or instant(c.e.at) < instant(met)) then
                met = c.e.at
              end
            end
            if met then met = date.add_hours(due, date.hours_between(due, met)) end
            out[#out + 1] = { due = due, met = met,
              from = ("authorization %s at %s"):format(a.e.id or "?", a.e.at),
              what = "initial contact for authorization " .. (a.e.id or "?") }
          end
        end
        return out
      end,
    },

    -- Services table, Career Profile row ("60 days"); fee table, code 078
    -- ("not to exceed 60 days from issue of service authorization").
    vr.deadline {
      id = "wi.deadline.career-profile-60-days",
      what = "Career Profile completed within 60 days of authorization",
      cite = "WI DVR IPS Services, services table (Career Profile: 60 days); fee table (code 078)",
      applies_to = { "IPE" },
      starts = "the day (`at` or `date`) of the `authorization` event whose `id` an IPE service of "
        .. "category career_profile names in its `authorization`; due 60 calendar days later",
      stops = "the service's `actual_end`; without one, the date of the first `report` event on "
        .. "form DVR-18018-E with the same `authorization`",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        return deliverable_deadlines(plan, case, "career_profile", 60)
      end,
    },

    -- Services table, Job Development Plan row ("within 45 days of
    -- authorization"); fee table, code 049.
    vr.deadline {
      id = "wi.deadline.job-development-plan-45-days",
      what = "Job Development Plan completed within 45 days of authorization",
      cite = "WI DVR IPS Services, services table (Job Development Plan: within 45 days of "
        .. "authorization); fee table (code 049)",
      applies_to = { "IPE" },
      starts = "the day (`at` or `date`) of the `authorization` event whose `id` an IPE service of "
        .. "category job_development_plan names in its `authorization`; due 45 calendar days "
        .. "later",
      stops = "the service's `actual_end`; without one, the date of the first `report` event on "
        .. "form DVR-17036-E with the same `authorization`",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        return deliverable_deadlines(plan, case, "job_development_plan", 45)
      end,
    },

    -- Job Development Plan section ("a 90-day review after the completion of
    -- the initial plan"); reports table (DVR-17036-E "Plan section reviewed
    -- every 90 days"), until hire. The services table's 60 days is not
    -- applied (see the head of this file).
    vr.deadline {
      id = "wi.deadline.job-development-plan-review-90-days",
      what = "Job Development Plan reviewed every 90 days until hire",
      cite = "WI DVR IPS Services, Job Development Plan section (90-day review); reports "
        .. "table (DVR-17036-E reviewed every 90 days)",
      applies_to = { "IPE" },
      starts = "the first `report` or `review` event on form DVR-17036-E (the initial Job "
        .. "Development Plan), then each review that met the previous one; due 90 days after it. "
        .. "No review is due once the first hire (a `job_offer` or `job_start` event, or a "
        .. "case.employment `start`, on or after the initial plan) comes on or before the due date",
      stops = "the next `report` or `review` event on form DVR-17036-E, dated after it and not "
        .. "after the hire (whatever its `authorization` or ext.section)",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local days = jdp_days(case)
        if #days == 0 then return {} end
        local hire = hire_day(case, days[1])
        local out = {}
        local prev = days[1]
        local k = 2
        while true do
          local due = date.add_days(prev, 90)
          if (hire and hire <= due) or (hire == nil and due > date.add_days(ctx.as_of, 90)) then
            break
          end
          while k <= #days and days[k] <= prev do k = k + 1 end
          local met = days[k]
          if hire and met and met > hire then met = nil end
          out[#out + 1] = { due = due, met = met,
            from = ("Job Development Plan of %s"):format(prev),
            what = "Job Development Plan review (DVR-17036-E)" }
          if met == nil then break end
          prev, k = met, k + 1
        end
        return out
      end,
    },

    -- Job Development section ("requires monthly job development progress
    -- reports"); reports table, DVR-18028-E ("at the end of each month in
    -- which job development services activities were provided until a job
    -- hire is made"). Due 5 business days after the month (head of file).
    vr.deadline {
      id = "wi.deadline.job-development-monthly-report",
      what = "Job Development Monthly Report (DVR-18028-E) for each month until hire",
      cite = "WI DVR IPS Services, Job Development section (monthly job development progress "
        .. "reports); reports table (DVR-18028-E)",
      applies_to = { "IPE" },
      starts = "each calendar month of an IPE service of category job_development_hire (with "
        .. "`start` and `authorization`) from its `start` until the first hire (a `job_offer` or "
        .. "`job_start` event, or a case.employment `start`) or its `actual_end`, whichever comes "
        .. "first (with neither, its `planned_end`); the month of the hire counts unless the hire "
        .. "is on the 1st. Due 5 business days (Monday to Friday, less federal holidays) after "
        .. "the month ends",
      stops = "a `report` event on form DVR-18028-E with the service's `authorization` and "
        .. "ext.month that month (YYYY-MM); without ext.month, one dated from the 1st of the "
        .. "month to its due date",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, s in ipairs(plan.services or {}) do
          if s.category == "job_development_hire" then
            month_deadlines(out, s, "Job Development Monthly Report",
              report_months(case, ctx, s, FORM.job_development_monthly, nil,
                job_development_last_day(case, s) or stop_of(s)))
          end
        end
        return out
      end,
    },

    -- Job Development section ("DVR should be notified as soon as possible
    -- (within 5 days)"); reports table (Job Hire Report "within 5 days of
    -- job hire offer"). Calendar days.
    vr.deadline {
      id = "wi.deadline.job-hire-report-5-days",
      what = "Job Hire Report (DVR-17037-E) within 5 days of the job offer",
      cite = "WI DVR IPS Services, Job Development section (DVR notified within 5 days of an "
        .. "offer); reports table (Job Hire Report DVR-17037-E)",
      applies_to = { "IPE" },
      starts = "each `job_offer` event (its date); due 5 calendar days later",
      stops = "the first `report` event on form DVR-17037-E dated on or after the offer (whatever "
        .. "its `authorization` or `job`)",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, o in ipairs(events(case, "job_offer")) do
          local report = first_form(case, FORM.job_hire, nil, nil, o.day)
          out[#out + 1] = { due = date.add_days(o.day, 5), met = report and report.day,
            from = "job offer on " .. o.day, what = "Job Hire Report for the offer of " .. o.day }
        end
        return out
      end,
    },

    -- Fee table ("not to exceed 1 calendar week of the job start") and
    -- reports table ("within 1 calendar week of consumer's start date"); the
    -- services table's 10 calendar days is not applied (head of file).
    vr.deadline {
      id = "wi.deadline.job-task-analysis-1-week",
      what = "Job and Task Analysis within 1 calendar week of the job start",
      cite = "WI DVR IPS Services, fee table (Job and Task Analysis: 1 calendar week of the "
        .. "job start); reports table (DVR-18212-E); services table's 10 days not applied",
      applies_to = { "IPE" },
      starts = "the `start` of the job of an IPE service of category job_task_analysis whose "
        .. "`authorization` names an `authorization` event: the case.employment job its ext.job "
        .. "names, else the job whose `start` is nearest the service's `start`; due 7 calendar "
        .. "days later",
      stops = "the service's `actual_end`; without one, the date of the first `report` event on "
        .. "form DVR-18212-E with ext.section = job_task_analysis and the same `authorization`",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, c in ipairs(jta_clocks(plan, case)) do
          out[#out + 1] = { due = c.due, met = c.done,
            from = ("job start at %s on %s"):format(c.job.employer, c.job.start),
            what = "Job and Task Analysis for the job at " .. c.job.employer }
        end
        return out
      end,
    },

    -- Fee table: the Career Profile and Job Development Plan are payable on
    -- a report "within five (5) business days of the conclusion of the last
    -- contact with the consumer"; the Job and Task Analysis on a "timely
    -- report to DVR within five (5) business days of the conclusion of the
    -- analysis". The last contact is the service's actual_end.
    vr.deadline {
      id = "wi.deadline.deliverable-report-5-business-days",
      what = "report within 5 business days of the last contact (Career Profile, Job "
        .. "Development Plan, Job and Task Analysis)",
      cite = "WI DVR IPS Services, fee table (codes 078, 049, 079: report within five (5) "
        .. "business days)",
      applies_to = { "IPE" },
      starts = "the `actual_end` (the last contact) of an IPE service of category career_profile, "
        .. "job_development_plan or job_task_analysis that names an `authorization`; due 5 "
        .. "business days later (Monday to Friday, less federal holidays); without `actual_end`, "
        .. "no clock",
      stops = "the first `report` event with the same `authorization` on the service's form: "
        .. "DVR-18018-E (career_profile), DVR-17036-E (job_development_plan), DVR-18212-E with "
        .. "ext.section = job_task_analysis (job_task_analysis)",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, d in ipairs(deliverable_reports(plan, case, ctx)) do
          out[#out + 1] = { due = d.due, met = d.report and d.report.day,
            from = ("last contact on %s"):format(d.s.actual_end),
            what = ("%s report (%s)"):format(SERVICE[d.s.category], d.form) }
        end
        return out
      end,
    },

    -- Fee table: Monthly SI is payable on "timely report(s) to DVR within
    -- five (5) business days of the conclusion of the previous month of
    -- service"; Job Retention on "timely monthly progress reports ... within
    -- 5 business days of the conclusion of the previous month of service";
    -- reports table: DVR-18212-E "at the end of each month in which the
    -- service was provided", DVR-17038-E "Monthly when Retention is
    -- authorized".
    vr.deadline {
      id = "wi.deadline.job-support-monthly-report",
      what = "monthly report of Systematic Instruction or Job Retention, 5 business days "
        .. "after the month",
      cite = "WI DVR IPS Services, fee table (Monthly SI; Job Retention: within 5 business days "
        .. "of the conclusion of the previous month); reports table (DVR-18212-E, DVR-17038-E)",
      applies_to = { "IPE" },
      starts = "each calendar month of an IPE service of category systematic_instruction or "
        .. "job_retention (with `start` and `authorization`), from its `start` to its "
        .. "`actual_end` (else its `planned_end`), up to the `--as-of` day; due 5 business days "
        .. "(Monday to Friday, less federal holidays) after the month ends",
      stops = "a `report` event with the service's `authorization` on form DVR-18212-E (any "
        .. "ext.section but job_task_analysis) for systematic_instruction, DVR-17038-E for "
        .. "job_retention, whose ext.month is that month (YYYY-MM) or, without ext.month, dated "
        .. "from the 1st of the month to its due date",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local out = {}
        for _, s in ipairs(plan.services or {}) do
          local spec = MONTHLY[s.category]
          if spec then
            month_deadlines(out, s, spec.name, report_months(case, ctx, s, spec.form, spec.pred))
          end
        end
        return out
      end,
    },

    -- Services table, Transition row ("maximum of six months of
    -- employment"); fee table, code 079 ("Paid only if transition occurs
    -- within initial six (6) months of support"). One clock per job started
    -- after the first DVR authorization that has not ended before it.
    vr.deadline {
      id = "wi.deadline.lts-within-six-months",
      what = "transition to long-term supports within six months of the job start",
      cite = "WI DVR IPS Services, services table (Transition to Long Term Supports: maximum "
        .. "six months); fee table (code 079)",
      applies_to = { "IPE" },
      starts = "the `start` of each case.employment job started on or after the day of the first "
        .. "`authorization` event; due 6 months later (a job whose `end_date` is on or before "
        .. "the due date, with no transition, has no clock)",
      stops = "the first `lts_transition` event for that job: one naming it in `job` or, without "
        .. "`job`, dated while it is the latest job started",
      compute = function(plan, case, ctx)
        if not carries_clocks(ctx) then return {} end
        local moves = transitions(case)
        local out = {}
        for _, x in ipairs(ips_jobs(case)) do
          local j = x.j
          local due = date.add_months(j.start, 6)
          local met
          for _, m in ipairs(moves) do
            if m.job == j then met = date.min(met, m.t.day) end
          end
          if met or j.end_date == nil or j.end_date > due then
            out[#out + 1] = { due = due, met = met,
              from = ("job start at %s on %s"):format(j.employer, j.start),
              what = "transition to long-term supports for the job at " .. j.employer }
          end
        end
        return out
      end,
    },
  },

  fees = {
    -- Fee table, $1,000 (code 078): "Payable upon completion of acceptable
    -- service and report to DVR". Earned on the report; the basis says how
    -- it kept the 5-business-day and 60-day limits (the rules report them).
    vr.fee {
      id = "wi.fee.career-profile",
      code = "078",
      what = "IPS Career Profile (code 078)",
      cite = "WI DVR IPS Services, fee table ($1,000, code 078)",
      amount = "career_profile_fee",
      applies_to = { "IPE" },
      earned_by = "an IPE service of category career_profile whose `authorization` names an "
        .. "`authorization` event, and the first `report` event on form DVR-18018-E with that "
        .. "`authorization`: earned on the report's date (completion after 60 days, or a late "
        .. "report, is a finding, not a lost fee)",
      earned = deliverable_fee("career_profile", 60),
    },
    -- Fee table, $350 (code 049), as above with 45 days.
    vr.fee {
      id = "wi.fee.job-development-plan",
      code = "049",
      what = "IPS Job Development Plan (code 049)",
      cite = "WI DVR IPS Services, fee table ($350, code 049)",
      amount = "job_development_plan_fee",
      applies_to = { "IPE" },
      earned_by = "an IPE service of category job_development_plan whose `authorization` names an "
        .. "`authorization` event, and the first `report` event (not a `review`) on form "
        .. "DVR-17036-E with that `authorization`: earned on the report's date (completion after "
        .. "45 days, or a late report, is a finding, not a lost fee)",
      earned = deliverable_fee("job_development_plan", 45),
    },
    -- Fee table, up to $2,200 (code 049), "Preferred Placement/Hire Outcome
    -- Payment", by the tiers of the services table's payment column. Earned
    -- when the job has started and the Job Hire Report is in, at the tier
    -- the job's hours, wage and benefits (case.employment) reach.
    vr.fee {
      id = "wi.fee.job-development-hire",
      code = "049",
      what = "IPS Job Development and Hire (code 049)",
      cite = "WI DVR IPS Services, services table (Job Development and Hire payment: $2,200 / "
        .. "$2,000 / $1,600 by hours, health insurance and wage); fee table (code 049)",
      amount = "hire_fee_other",
      applies_to = { "IPE" },
      earned_by = "an IPE service of category job_development_hire whose `authorization` names an "
        .. "`authorization` event, the first `report` on form DVR-17037-E with that "
        .. "`authorization`, and its job (the case.employment job the report names in `job`, "
        .. "else the first started on or after the authorization) with `start`, `hours_week` and "
        .. "`wage_cents_hour`: earned on the later of the job's start and the report. $2,200 at "
        .. "35+ hours_week with health insurance (a `benefits` item naming health or medical "
        .. "insurance) or $12.00+ an hour, $2,000 at 20+ hours with health insurance or $9.00+, "
        .. "else $1,600",
      earned = function(plan, case, ctx)
        local out = {}
        for _, h in ipairs(hires(plan, case)) do
          local on = date.max(h.job.start, h.report.day)
          if on <= ctx.as_of then
            local amount, basis = hire_tier(ctx, h.job, on)
            if amount then out[#out + 1] = { date = on, amount = amount, basis = ("%s, %s, started %s: %s; "
              .. "Job Hire Report %s for authorization %s received %s"):format(h.job.employer,
                h.job.title or "job", h.job.start, basis, FORM.job_hire, h.s.authorization,
                h.report.day) } end
          end
        end
        return out
      end,
    },
    -- Fee table, $275: "Payable upon delivery of acceptable service and
    -- timely report"; earned on the Job and Task Analysis part of DVR-18212-E.
    vr.fee {
      id = "wi.fee.job-task-analysis",
      code = "079",
      what = "Job and Task Analysis (code 079)",
      cite = "WI DVR IPS Services, fee table ($275 Job and Task Analysis, code 079)",
      amount = "job_task_analysis_fee",
      applies_to = { "IPE" },
      earned_by = "an IPE service of category job_task_analysis whose `authorization` names an "
        .. "`authorization` event and whose job (its ext.job, else the case.employment job "
        .. "starting nearest the service's `start`) has a `start`, and the first `report` event "
        .. "on form DVR-18212-E with ext.section = job_task_analysis and that `authorization`: "
        .. "earned on the report's date",
      earned = function(plan, case, ctx)
        local out = {}
        for _, c in ipairs(jta_clocks(plan, case)) do
          local report = deliverable_report(case, c.s)
          if report and report.day <= ctx.as_of then
            out[#out + 1] = { date = report.day, basis = ("Job and Task Analysis report %s "
              .. "for the job at %s (started %s) received %s; completed %s (due %s)"):format(
                FORM.jta_si, c.job.employer, c.job.start, report.day, c.done or report.day,
                c.due) }
          end
        end
        return out
      end,
    },
    -- Fee table, $1,600 a month: Monthly Systematic Instruction, payable on
    -- the month's report. One fee per calendar month of service reported.
    vr.fee {
      id = "wi.fee.systematic-instruction",
      code = "079",
      what = "Monthly Systematic Instruction (code 079)",
      cite = "WI DVR IPS Services, fee table ($1,600 per month, Monthly Systematic Instruction, "
        .. "code 079)",
      amount = "systematic_instruction_fee",
      applies_to = { "IPE" },
      earned_by = "each calendar month of an IPE service of category systematic_instruction whose "
        .. "`authorization` names an `authorization` event (from its `start` to its "
        .. "`actual_end`, else `planned_end`) that has a `report` event on form DVR-18212-E (any "
        .. "ext.section but job_task_analysis) with that `authorization` and ext.month the month "
        .. "(or, without ext.month, dated from the 1st of the month to 5 business days after "
        .. "its end): earned on the report's date",
      earned = function(plan, case, ctx)
        local out = {}
        for _, s in ipairs(plan.services or {}) do
          if s.category == "systematic_instruction" and authorization(case, s.authorization) then
            local spec = MONTHLY.systematic_instruction
            for _, m in ipairs(report_months(case, ctx, s, spec.form, spec.pred)) do
              if m.report and m.report.day <= ctx.as_of then
                out[#out + 1] = { date = m.report.day, basis = ("Systematic Instruction in %s "
                  .. "(authorization %s), report %s received %s (due %s)"):format(m.ym,
                    s.authorization, spec.form, m.report.day, m.due) }
              end
            end
          end
        end
        return out
      end,
    },
    -- Fee table, $500 a month: Job Retention, payable on the month's report;
    -- Wage Documentation section: "Before receiving a payment for retention
    -- ... required to provide the start date of employment and the hourly
    -- wage rate documentation". Earned on the later of the two.
    vr.fee {
      id = "wi.fee.job-retention",
      code = "079",
      what = "Job Retention Service (code 079)",
      cite = "WI DVR IPS Services, fee table ($500 per month, Job Retention, code 079); Wage "
        .. "Documentation section",
      amount = "job_retention_fee",
      applies_to = { "IPE" },
      earned_by = "each calendar month of an IPE service of category job_retention whose "
        .. "`authorization` names an `authorization` event (from its `start` to its "
        .. "`actual_end`, else `planned_end`) that has a `report` event on form DVR-17038-E with "
        .. "that `authorization` and ext.month the month (or, without ext.month, dated from the "
        .. "1st of the month to 5 business days after its end), once the job (the service's "
        .. "ext.job, else the case.employment job starting nearest its `start`) has "
        .. "ext.wage_documentation.received: earned on the later of the report and that date",
      earned = function(plan, case, ctx)
        local out = {}
        for _, s in ipairs(plan.services or {}) do
          if s.category == "job_retention" and authorization(case, s.authorization) then
            local job = job_of_service(case, s)
            local doc = wage_doc_received(job)
            local spec = MONTHLY.job_retention
            for _, m in ipairs(report_months(case, ctx, s, spec.form)) do
              local on = m.report and doc and date.max(m.report.day, doc)
              if on and on <= ctx.as_of then
                out[#out + 1] = { date = on, basis = ("Job Retention in %s (authorization %s), "
                  .. "report %s received %s (due %s); wage documentation received %s"):format(
                    m.ym, s.authorization, spec.form, m.report.day, m.due, doc) }
              end
            end
          end
        end
        return out
      end,
    },
    -- Fee table, $1,300 (code 079): "Paid only if transition occurs within
    -- initial six (6) months of support. This service cannot occur until
    -- after the consumer has been employed for a minimum of 90 days. Payable
    -- at the time of successful transition ... upon receipt of an acceptable
    -- report"; Wage Documentation section (documentation before payment).
    vr.fee {
      id = "wi.fee.lts-transition",
      code = "079",
      what = "IPS Transition to Long Term Support (code 079)",
      cite = "WI DVR IPS Services, fee table ($1,300, code 079: paid only if the transition "
        .. "occurs within the initial six months, after 90 days of employment); Wage "
        .. "Documentation section",
      amount = "lts_transition_fee",
      applies_to = { "IPE" },
      earned_by = "an `lts_transition` event from 90 days to 6 months after the `start` of its job "
        .. "(the case.employment job it names in `job`, else the latest started on its date), that "
        .. "job's ext.wage_documentation.received on or before the transition, and a `report` "
        .. "event on form DVR-18037-E dated on or after it: earned on the later of the "
        .. "transition and the report",
      earned = function(plan, case, ctx)
        local out = {}
        for _, m in ipairs(transitions(case)) do
          local job, t = m.job, m.t
          local report = first_form(case, FORM.lts_transition, nil, nil, t.day)
          local doc = wage_doc_received(job)
          if job and job.start and report and doc and doc <= t.day
              and date.days_between(job.start, t.day) >= 90
              and t.day <= date.add_months(job.start, 6) then
            local on = date.max(t.day, report.day)
            if on <= ctx.as_of then
              out[#out + 1] = { date = on, basis = ("transition on %s, %d days after the job at "
                .. "%s started %s (90 days to six months: by %s); report %s received %s; wage "
                .. "documentation received %s"):format(t.day, date.days_between(job.start, t.day),
                  job.employer, job.start, date.add_months(job.start, 6), FORM.lts_transition,
                  report.day, doc) }
            end
          end
        end
        return out
      end,
    },
  },

  -- Quality criteria (end of the document): "objective information that DVR
  -- will begin to collect and use to establish baseline quality
  -- information". Each measure is computed where the case's data allow and
  -- left out otherwise. "Wages vs County Index" is not computed: no county
  -- wage index is in the data.
  measures = {
    -- PLACEMENT QUALITY: Employer*.
    vr.measure {
      id = "wi.quality.employer",
      what = "placement quality: employer",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Employer)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil then return nil end
        return { value = j.employer, text = ("%s (job started %s)"):format(j.employer, j.start) }
      end,
    },
    -- Wages per hour*.
    vr.measure {
      id = "wi.quality.wage",
      what = "placement quality: wages per hour (cents)",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Wages per hour)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil or j.wage_cents_hour == nil then return nil end
        return { value = j.wage_cents_hour,
          text = ("%s an hour at %s"):format(money(j.wage_cents_hour), j.employer) }
      end,
    },
    -- Consumer's w/Benefits. The text lists the job's benefits; the band
    -- places the job by health insurance (the hire tier's test), in words
    -- that are not a benefit's name: `check` prints "text, band", and a band
    -- of "health insurance" repeated the text of a job whose one benefit is
    -- health insurance (test benefits-once).
    vr.measure {
      id = "wi.quality.benefits",
      what = "placement quality: job with benefits",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Consumer's w/Benefits)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil or j.benefits == nil then return nil end
        local list = {}
        for _, b in ipairs(j.benefits) do list[#list + 1] = b end
        return { value = #list > 0 and "yes" or "no",
          band = #list > 0 and (health_insurance(j) and "with health insurance"
            or "without health insurance") or nil,
          text = #list > 0 and ("benefits: %s"):format(table.concat(list, ", "))
            or "no benefits" }
      end,
    },
    -- Hours per week* attained, against Hours per week (IPE).
    vr.measure {
      id = "wi.quality.hours",
      what = "placement quality: hours per week attained (against the IPE's hours)",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Hours per week "
        .. "attained; Hours per week (IPE))",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil or j.hours_week == nil then return nil end
        local want = plan.goal and plan.goal.hours_week
        if want == nil then
          return { value = j.hours_week, text = ("%s hours a week; the IPE names no hours")
            :format(hours(j.hours_week)) }
        end
        return { value = j.hours_week, band = j.hours_week >= want and "at or above the IPE"
          or "below the IPE", text = ("%s hours a week attained; the IPE asks %s")
          :format(hours(j.hours_week), hours(want)) }
      end,
    },
    -- Job Titles (by Sector)*: the title and the SOC major group.
    vr.measure {
      id = "wi.quality.job-title",
      what = "placement quality: job title, by sector",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Job Titles (by Sector))",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil or blank(j.title) then return nil end
        local sector = j.soc and SOC_SECTOR[j.soc:sub(1, 2)]
        return { value = j.title, band = sector,
          text = j.soc and ("%s (SOC %s)"):format(j.title, j.soc) or j.title }
      end,
    },
    -- % Job Title Match IPE.
    vr.measure {
      id = "wi.quality.title-match",
      what = "placement quality: % of jobs matching the IPE goal",
      cite = "WI DVR IPS Services, quality criteria, placement quality (% Job Title Match IPE)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local n, hit = 0, 0
        for _, j in ipairs(case.employment or {}) do
          if j.start and j.start <= ctx.as_of then
            local m = matches_goal(plan.goal, j)
            if m ~= nil then
              n = n + 1
              if m then hit = hit + 1 end
            end
          end
        end
        if n == 0 then return nil end
        local pct = hit * 100 // n
        return { value = pct, text = ("%d of %d job(s) match the IPE goal (%s)"):format(hit, n,
          plan.goal.occupation or plan.goal.soc or "?") }
      end,
    },
    -- Most Recent IPS Fidelity Score**.
    vr.measure {
      id = "wi.quality.fidelity",
      what = "placement quality: most recent IPS fidelity score",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Most Recent IPS "
        .. "Fidelity Score); policy README (IPS-25 bands)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local last, total
        for _, f in ipairs(events(case, "fidelity_review")) do
          local t = fidelity_total(f.e)
          if t and f.day <= ctx.as_of and (last == nil or f.day >= last.day) then
            last, total = f, t
          end
        end
        if last == nil then return nil end
        return { value = total, band = fidelity_band(total),
          text = ("IPS-25 total %s on %s"):format(hours(total), last.day) }
      end,
    },
    -- Temporary/seasonal placement.
    vr.measure {
      id = "wi.quality.temporary",
      what = "placement quality: temporary or seasonal placement",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Temporary/seasonal "
        .. "placement)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local j = placement(case, ctx.as_of)
        if j == nil or j.ext == nil or type(j.ext.temporary) ~= "boolean" then return nil end
        return { value = j.ext.temporary and "yes" or "no", text = ("the job at %s is %s")
          :format(j.employer, j.ext.temporary and "temporary or seasonal" or "permanent") }
      end,
    },
    -- Second Hire date.
    vr.measure {
      id = "wi.quality.second-hire",
      what = "placement quality: second hire date",
      cite = "WI DVR IPS Services, quality criteria, placement quality (Second Hire date)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local starts = {}
        for _, j in ipairs(case.employment or {}) do
          if j.start and j.start <= ctx.as_of then starts[#starts + 1] = j end
        end
        if #starts < 2 then return nil end
        table.sort(starts, function(a, b) return a.start < b.start end)
        return { value = starts[2].start, text = ("second hire %s at %s (first %s at %s)")
          :format(starts[2].start, starts[2].employer, starts[1].start, starts[1].employer) }
      end,
    },
    -- TIMELINESS: Time referral to conclusion: Career Profile.
    vr.measure {
      id = "wi.quality.days-to-career-profile",
      what = "timeliness: days from referral to the Career Profile",
      cite = "WI DVR IPS Services, quality criteria, timeliness (Time referral to conclusion: "
        .. "Career Profile)",
      applies_to = { "IPE" },
      compute = function(plan, case)
        return from_referral(case, completed(plan, case, "career_profile"), "the Career Profile")
      end,
    },
    -- Time referral to conclusion: JPDP (the Job Development Plan).
    vr.measure {
      id = "wi.quality.days-to-job-development-plan",
      what = "timeliness: days from referral to the Job Development Plan",
      cite = "WI DVR IPS Services, quality criteria, timeliness (Time referral to conclusion: "
        .. "JPDP)",
      applies_to = { "IPE" },
      compute = function(plan, case)
        return from_referral(case, completed(plan, case, "job_development_plan"),
          "the Job Development Plan")
      end,
    },
    -- Time referral to conclusion: Hire.
    vr.measure {
      id = "wi.quality.days-to-hire",
      what = "timeliness: days from referral to hire (job start)",
      cite = "WI DVR IPS Services, quality criteria, timeliness (Time referral to conclusion: "
        .. "Hire)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local first
        for _, j in ipairs(case.employment or {}) do
          if j.start and j.start <= ctx.as_of then first = date.min(first, j.start) end
        end
        return from_referral(case, first, "the first job start")
      end,
    },
    -- Time referral to conclusion: Trans LTS or (Number of months of SI).
    vr.measure {
      id = "wi.quality.days-to-lts",
      what = "timeliness: days from referral to the transition to LTS (or, before it, "
        .. "months of Systematic Instruction)",
      cite = "WI DVR IPS Services, quality criteria, timeliness (Time referral to conclusion: "
        .. "Trans LTS or (Number of months of SI))",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local t = first_transition(case)
        if t and t.day <= ctx.as_of then
          return from_referral(case, t.day, "the transition to long-term supports")
        end
        local n = 0
        for _, s in ipairs(plan.services or {}) do
          if s.category == "systematic_instruction" and s.start and s.start <= ctx.as_of then
            n = n + #months(s.start, date.min(stop_of(s), ctx.as_of))
          end
        end
        if n == 0 then return nil end
        return { value = n, band = "months of SI",
          text = ("no transition yet: %d month(s) of Systematic Instruction"):format(n) }
      end,
    },
    -- Time referral to conclusion: Trans LTS +6 months.
    vr.measure {
      id = "wi.quality.days-to-lts-6-months",
      what = "timeliness: days from referral to six months after the transition to LTS",
      cite = "WI DVR IPS Services, quality criteria, timeliness (Time referral to conclusion: "
        .. "Trans LTS +6 months)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local t = first_transition(case)
        if t == nil then return nil end
        local six = date.add_months(t.day, 6)
        if six > ctx.as_of then return nil end
        return from_referral(case, six, "six months after the transition")
      end,
    },
    -- COLLABORATION: Source of LTS.
    vr.measure {
      id = "wi.quality.lts-source",
      what = "collaboration: source of long-term supports",
      cite = "WI DVR IPS Services, quality criteria, collaboration (Source of LTS)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local t = first_transition(case)
        local who = (t and t.day <= ctx.as_of) and t.e.provider or nil
        local se = plan.supported_employment
        if blank(who) then who = se and se.provider end
        if blank(who) then return nil end
        return { value = who, text = (t and t.day <= ctx.as_of)
          and ("long-term supports from %s since %s"):format(who, t.day)
          or ("long-term supports planned from %s"):format(who) }
      end,
    },
    -- Level of support needed at LTS (SE) hrs./wk.
    vr.measure {
      id = "wi.quality.lts-support-hours",
      what = "collaboration: hours a week of support needed at the transition to LTS",
      cite = "WI DVR IPS Services, quality criteria, collaboration (Level of support needed "
        .. "at LTS (SE) hrs./wk.)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local t = first_transition(case)
        local h = t and t.day <= ctx.as_of and t.e.ext and t.e.ext.support_hours_week
        if type(h) ~= "number" then return nil end
        return { value = h, text = ("%s hour(s) a week of support at the transition on %s")
          :format(hours(h), t.day) }
      end,
    },
    -- Working at 6 months post LTS transition.
    vr.measure {
      id = "wi.quality.working-6-months-after-lts",
      what = "collaboration: working six months after the transition to LTS",
      cite = "WI DVR IPS Services, quality criteria, collaboration (Working at 6 months post "
        .. "LTS transition)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local t = first_transition(case)
        if t == nil then return nil end
        local six = date.add_months(t.day, 6)
        if six > ctx.as_of then return nil end
        local j = working_on(case, six)
        return { value = j and "yes" or "no", text = j
          and ("working on %s (six months after the transition): %s"):format(six, job_words(j))
          or ("not working on %s, six months after the transition"):format(six) }
      end,
    },
    -- WIOA: Working at Q 2 wages hours.
    vr.measure {
      id = "wi.quality.working-q2-after-exit",
      what = "WIOA: working in the second quarter after exit (wages, hours)",
      cite = "WI DVR IPS Services, quality criteria, WIOA (Working at Q 2 wages hours)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx) return quarter_after_exit(case, ctx, 2) end,
    },
    -- WIOA: Working at Q 4 wages hours.
    vr.measure {
      id = "wi.quality.working-q4-after-exit",
      what = "WIOA: working in the fourth quarter after exit (wages, hours)",
      cite = "WI DVR IPS Services, quality criteria, WIOA (Working at Q 4 wages hours)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx) return quarter_after_exit(case, ctx, 4) end,
    },
  },

  rules = {
    -- Introduction: IPS "uses an evidence-based model of Supported Employment
    -- for consumers with the most significant disabilities (Category 1)".
    -- class: content — IPS is "for consumers with the most significant disabilities (Category
    --   1)": for anyone else, IPS services are services the plan may not hold
    vr.rule {
      id = "wi.ips.category-1",
      cite = "WI DVR IPS Services, introduction (most significant disabilities, Category 1)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "person.most_significant_disability",
      check = function(plan, case)
        local person = case.person
        if person == nil or person.most_significant_disability ~= true then
          return "IPS services are for consumers with the most significant disabilities "
            .. "(Category 1), but the person is not recorded as such: set "
            .. "person.most_significant_disability, or plan other supported employment"
        end
      end,
    },

    -- Introduction: "IPS services can also be provided to youth prior to exit
    -- from high school if the consumer is receiving services from a county
    -- mental health team approved to provide IPS". A student is served by a
    -- county mental health team: a county_mh member of the case staff, or a
    -- plan service the county funds.
    -- class: content — IPS for youth before exit from high school only "if the consumer is
    --   receiving services from a county mental health team approved to provide IPS": without
    --   one, the planned IPS services are not allowed
    vr.rule {
      id = "wi.ips.youth-county-mh-team",
      cite = "WI DVR IPS Services, introduction (youth before exit from high school: served "
        .. "by a county mental health team approved to provide IPS)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "case.staff",
      check = function(plan, case)
        if case.person == nil or case.person.student ~= true then return nil end
        for _, m in ipairs(case.staff or {}) do
          if m.role == "county_mh" then return nil end
        end
        for _, s in ipairs(plan.services or {}) do
          if s.funding == "county" then return nil end
        end
        return "the consumer is a student: IPS before exit from high school needs a county "
          .. "mental health team approved to provide IPS; add its member (role county_mh) to "
          .. "case.staff or the county's service to the plan"
      end,
    },

    -- Introduction: "Once their long-term goal has been identified, the IPE
    -- should be updated to reflect the specific job goal"; Job Development
    -- section: the position "must be consistent with the consumer's
    -- employment goal listed in their IPE". Once job development is planned,
    -- the IPE names the specific job.
    -- class: content — "the IPE should be updated to reflect the specific job goal": what the
    --   IPE says (its goal)
    vr.rule {
      id = "wi.ips.specific-job-goal",
      cite = "WI DVR IPS Services, introduction (IPE updated to reflect the specific job "
        .. "goal); Job Development section (position consistent with the IPE goal)",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.goal.occupation",
      check = function(plan)
        local planned = false
        for _, s in ipairs(plan.services or {}) do
          if s.category == "job_development_hire" then planned = true end
        end
        if planned and (plan.goal == nil or blank(plan.goal.occupation)) then
          return "the IPE plans IPS job development but names no specific job goal: amend "
            .. "the IPE to write the job the consumer chose in goal.occupation"
        end
      end,
    },

    -- Services table, Career Profile row: "60 days"; fee table, code 078:
    -- "Completion of service not to exceed 60 days from issue of service
    -- authorization."
    -- class: conduct — "Completion of service not to exceed 60 days from issue of service
    --   authorization": when the provider delivered; a Career Profile on day 61 never blocks
    --   signing the IPE or an amendment
    vr.rule {
      id = "wi.ips.career-profile-60-days",
      cite = "WI DVR IPS Services, services table (Career Profile: 60 days); "
        .. "fee table (code 078)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        return due_after_authorization(plan, case, ctx, "career_profile", 60)
      end,
    },

    -- Services table, Job Development Plan row: "Job Development Plan
    -- completed within 45 days of authorization"; fee table, code 049.
    -- class: conduct — "Job Development Plan completed within 45 days of authorization": when
    --   the provider delivered, not what the IPE says
    vr.rule {
      id = "wi.ips.job-development-plan-45-days",
      cite = "WI DVR IPS Services, services table (Job Development Plan: within 45 days "
        .. "of authorization); fee table (code 049)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        return due_after_authorization(plan, case, ctx, "job_development_plan", 45)
      end,
    },

    -- Services table, Job and Task Analysis row ("within 10 calendar days of
    -- job start") against the fee table ("not to exceed 1 calendar week of
    -- the job start") and the reports table ("within 1 calendar week of
    -- consumer's start date"). We apply 1 calendar week: see the head of
    -- this file. The analysis is done on the service's actual_end or the
    -- date of the Job and Task Analysis part of report DVR-18212-E.
    -- class: conduct — "not to exceed 1 calendar week of the job start": when the provider
    --   delivered
    vr.rule {
      id = "wi.ips.job-task-analysis-1-week",
      cite = "WI DVR IPS Services, fee table (Job and Task Analysis: 1 calendar week of "
        .. "the job start) and reports table (DVR-18212-E); the services table's 10 "
        .. "calendar days is not applied",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for _, c in ipairs(jta_clocks(plan, case)) do
          local job = c.job
          if c.done and c.done > c.due then
            local n = date.days_between(job.start, c.done)
            out[#out + 1] = vr.finding(("the Job and Task Analysis for the job at %s was "
              .. "completed on %s, %d days after the job started on %s; it is due within "
              .. "1 calendar week (by %s), the fee table's and reports table's limit%s")
              :format(job.employer, c.done, n, job.start, c.due, n <= 10
                and " (the services table's 10 calendar days would allow it; the plugin "
                  .. "applies the week DVR pays by)" or ""),
              service_at(c.i) .. ".actual_end")
          elseif c.done == nil and ctx.as_of > c.due then
            out[#out + 1] = vr.finding(("the Job and Task Analysis for the job at %s (started "
              .. "%s) was due by %s and is not recorded (actual_end, or report %s with "
              .. "ext.section = \"job_task_analysis\")"):format(job.employer, job.start, c.due,
                FORM.jta_si), service_at(c.i))
          end
        end
        return out
      end,
    },

    -- Under the services table: "DVR expects that upon an authorization for
    -- services the provider will make Initial contact with consumer within
    -- 48 hours of authorization." Every authorization is answered by a
    -- first_contact event that names it; both carry `at`.
    -- class: conduct — "the provider will make Initial contact with consumer within 48 hours of
    --   authorization": a clock; a late contact never blocks signing the IPE or an amendment
    vr.rule {
      id = "wi.ips.first-contact-48-hours",
      cite = "WI DVR IPS Services, services table note (initial contact within 48 hours "
        .. "of authorization)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        local contacts = events(case, "first_contact")
        for _, a in ipairs(events(case, "authorization")) do
          local id = a.e.id or "(no id)"
          local where = event_at(a.i)
          local t0 = instant(a.e.at)
          local contact, t1
          for _, c in ipairs(contacts) do
            local tc = instant(c.e.at)
            if c.e.authorization == a.e.id and (contact == nil or (tc and (t1 == nil or tc < t1))) then
              contact, t1 = c, tc
            end
          end
          if t0 == nil then
            out[#out + 1] = vr.finding(("authorization %s has no time (at): the 48 hours to "
              .. "the first contact cannot be counted"):format(id), where .. ".at")
          elseif contact == nil then
            if ctx.as_of > date.add_hours(a.e.at, 48):sub(1, 10) then
              out[#out + 1] = vr.finding(("no first contact is recorded for authorization %s "
                .. "(issued %s); the provider must contact the consumer within 48 hours")
                :format(id, a.e.at), where)
            end
          elseif t1 == nil then
            out[#out + 1] = vr.finding(("the first contact for authorization %s has no time "
              .. "(at): the 48 hours cannot be counted"):format(id), event_at(contact.i) .. ".at")
          elseif t1 - t0 > 48 * 3600 then
            out[#out + 1] = vr.finding(("the first contact for authorization %s came %s "
              .. "after it was issued (%s to %s); the limit is 48 hours")
              :format(id, duration(t1 - t0), a.e.at, contact.e.at), event_at(contact.i) .. ".at")
          end
        end
        return out
      end,
    },

    -- Same note: "A DVR Authorization for Services is required before any
    -- services can begin." Each DVR-paid service that has begun (start on or
    -- before the as-of date) names its authorization, and that authorization
    -- is recorded and issued on or before the service's start.
    -- class: conduct — "A DVR Authorization for Services is required before any services can
    --   begin": when DVR authorized and the service began
    vr.rule {
      id = "wi.ips.authorization-before-service",
      cite = "WI DVR IPS Services, services table note (a DVR Authorization for Services "
        .. "is required before any services can begin)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if dvr_paid(s) and s.start and s.start <= ctx.as_of then
            local auth = authorization(case, s.authorization)
            if blank(s.authorization) then
              out[#out + 1] = vr.finding(("service '%s' began on %s without a DVR authorization: "
                .. "name it in authorization (or name the other funder in funding)")
                :format(s.description, s.start), service_at(i) .. ".authorization")
            elseif not auth then
              out[#out + 1] = vr.finding(("service '%s' names authorization %s, but no "
                .. "authorization event with that id is recorded"):format(s.description,
                  s.authorization), service_at(i) .. ".authorization")
            elseif auth.day > s.start then
              out[#out + 1] = vr.finding(("service '%s' began on %s, before its authorization "
                .. "%s was issued on %s"):format(s.description, s.start, s.authorization,
                  auth.day), service_at(i) .. ".start")
            end
          end
        end
        return out
      end,
    },

    -- Note: Supported Employment Plan Documentation Requirements: "funders
    -- and providers should identify the type of supports needed ... The
    -- communication should be documented and include an agreement for
    -- planned services, employment, payment, timing, and outcomes"; 34 CFR
    -- 361.46(a)(7): the extended services and who provides them. The IPE
    -- names the long-term supports and their provider.
    -- class: content — the communication "should be documented and include an agreement for
    --   planned services"; 34 CFR 361.46(a)(7): the extended services and their provider are
    --   required elements of the IPE
    vr.rule {
      id = "wi.ips.supported-employment-plan",
      cite = "WI DVR IPS Services, Supported Employment Plan Documentation Requirements note; "
        .. "34 CFR 361.46(a)(7)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.supported_employment",
      check = function(plan)
        local se = plan.supported_employment
        local out = {}
        if se == nil or blank(se.extended_services) then
          out[#out + 1] = vr.finding("the IPE does not say which long-term supports will follow "
            .. "DVR's time-limited services: write them in supported_employment.extended_services",
            "plan.supported_employment.extended_services")
        end
        if se == nil or blank(se.provider) then
          out[#out + 1] = vr.finding("the IPE does not name who will provide and fund the "
            .. "long-term supports (e.g. the county mental health program): write it in "
            .. "supported_employment.provider", "plan.supported_employment.provider")
        end
        return out
      end,
    },

    -- Career Profile section: "A meeting to review the Career Profile is
    -- required either in person or remotely." Once the Career Profile is
    -- complete, a review event with form DVR-18018-E (or a note tagged
    -- "career-profile-review") records the meeting.
    -- class: conduct — "A meeting to review the Career Profile is required either in person or
    --   remotely": a meeting held (or not), which no edit of the plan supplies
    vr.rule {
      id = "wi.ips.career-profile-review-meeting",
      cite = "WI DVR IPS Services, Career Profile section (a meeting to review the Career "
        .. "Profile is required)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if s.category == "career_profile" then
            local report = not blank(s.authorization) and deliverable_report(case, s)
            local done = s.actual_end or (report and report.day)
            if done and first_form(case, FORM.career_profile, nil, nil, s.start, "review") == nil
                and not tagged_note(case, "career-profile-review") then
              out[#out + 1] = vr.finding(("the Career Profile was completed on %s, but no meeting "
                .. "to review it is recorded: add a review event with form %s (in person or "
                .. "remote)"):format(done, FORM.career_profile), service_at(i))
            end
          end
        end
        return out
      end,
    },

    -- Job Development Plan section: "All elements of this plan will be
    -- discussed with the consumer and DVR and will include the
    -- responsibilities of each party".
    -- class: content — the Job Development Plan "will include the responsibilities of each
    --   party": what the plan says
    vr.rule {
      id = "wi.jdp.responsibilities",
      cite = "WI DVR IPS Services, Job Development Plan section (the responsibilities of each "
        .. "party)",
      severity = "error",
      class = "content",
      applies_to = { "JDP" },
      path = "plan.responsibilities",
      check = function(plan)
        local parties = {
          { name = "the consumer", words = { client = true, consumer = true } },
          { name = "the service provider", words = { provider = true,
            employment_specialist = true } },
          { name = "DVR", words = { agency = true, DVR = true, counselor = true } },
        }
        local missing = {}
        for _, p in ipairs(parties) do
          local found = false
          for _, r in ipairs(plan.responsibilities or {}) do
            if r.party and p.words[r.party] and not blank(r.text) then found = true end
          end
          if not found then missing[#missing + 1] = p.name end
        end
        if #missing > 0 then
          return ("the Job Development Plan states no responsibilities of %s: it includes the "
            .. "responsibilities of each party"):format(table.concat(missing, ", "))
        end
      end,
    },

    -- Job Development Plan section: "a 90-day review after the completion of
    -- the initial plan"; reports table: "Plan section reviewed every 90
    -- days". The plan itself schedules its next review within 90 days of its
    -- last review or, without one, of its completion: the day the version
    -- took effect (ctx.lifecycle.effective, its last signature), or its date
    -- while it is a draft. Each later version is the plan section submitted
    -- again, and counts from its own completion.
    -- class: content — the plan "will include ... a 90-day review after the completion of the
    --   initial plan": the review the plan schedules (review.next); whether it happened is
    --   wi.ips.job-development-plan-90-day-review
    vr.rule {
      id = "wi.jdp.review-scheduled",
      cite = "WI DVR IPS Services, Job Development Plan section (90-day review); reports table "
        .. "(DVR-17036-E reviewed every 90 days); the services table's 60 days is not applied",
      severity = "error",
      class = "content",
      applies_to = { "JDP" },
      path = "plan.review.next",
      check = function(plan, case, ctx)
        local last = plan.review and plan.review.last
        local done = ctx.lifecycle.effective
        local from = last or done or plan.date
        local what = last and "its last review" or done and "its completion (all signatures)"
          or "its date"
        local due = date.add_days(from, 90)
        local next = plan.review and plan.review.next
        if next == nil then
          return ("the Job Development Plan schedules no review: set review.next, no later than "
            .. "%s (90 days after %s, %s)"):format(due, what, from)
        elseif next > due then
          return ("the Job Development Plan's next review (%s) is more than 90 days after %s "
            .. "(%s): it is reviewed by %s"):format(next, what, from, due)
        end
      end,
    },

    -- The same requirement seen in the case history: the first DVR-17036-E
    -- is the initial plan; each later one, or a `review` event with that
    -- form, is a review; until hire (services table, Job Development and
    -- Hire row).
    -- class: conduct — "Plan section reviewed every 90 days": reviews held on time (report and
    --   review events), not the plan's text
    vr.rule {
      id = "wi.ips.job-development-plan-90-day-review",
      cite = "WI DVR IPS Services, Job Development Plan section (90-day review) and reports "
        .. "table (DVR-17036-E, reviewed every 90 days); the services table's 60 days is "
        .. "not applied",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      path = "case.events",
      check = function(plan, case, ctx)
        local days = jdp_days(case)
        if #days == 0 then return nil end -- the 45-day rule reports a missing plan
        local hire = hire_day(case, days[1])
        local until_day = date.min(hire, ctx.as_of)
        local prev = days[1]
        for k = 2, #days do
          if days[k] > until_day then break end
          if date.days_between(prev, days[k]) > 90 then
            return ("the Job Development Plan went %d days without review (%s to %s); it is "
              .. "reviewed every 90 days until hire (the services table's 60 days is not "
              .. "applied)"):format(date.days_between(prev, days[k]), prev, days[k])
          end
          prev = days[k]
        end
        if date.days_between(prev, until_day) > 90 then
          if hire and hire <= ctx.as_of then
            return ("the Job Development Plan was last reviewed on %s, %d days before the hire "
              .. "on %s; it is reviewed every 90 days until hire"):format(prev,
                date.days_between(prev, hire), hire)
          end
          return ("the Job Development Plan review was due by %s (90 days after %s) and is not "
            .. "recorded (a review event with form = \"%s\")"):format(
              date.add_days(prev, 90), prev, FORM.job_development_plan)
        end
      end,
    },

    -- Job Development Plan section: "The service provider must identify a
    -- contact standard between the consumer and service provider and between
    -- potential employers and the service provider"; introduction: "please
    -- identify and update, as needed, an expected contact standard".
    -- class: content — "The service provider must identify a contact standard" in the Job
    --   Development Plan: what the plan says
    vr.rule {
      id = "wi.jdp.contact-standard",
      cite = "WI DVR IPS Services, Job Development Plan section (contact standard with the "
        .. "consumer and with employers); introduction (expected contact standard)",
      severity = "error",
      class = "content",
      applies_to = { "JDP" },
      check = function(plan)
        local cs = plan.ext and plan.ext.contact_standard
        local out = {}
        if type(cs) ~= "table" or blank(cs.consumer) then
          out[#out + 1] = vr.finding("the Job Development Plan identifies no contact standard "
            .. "between the consumer and the provider (how often, how long, in person or "
            .. "remote, where): write it in ext.contact_standard.consumer",
            "plan.ext.contact_standard.consumer")
        end
        if type(cs) ~= "table" or blank(cs.employers) then
          out[#out + 1] = vr.finding("the Job Development Plan identifies no contact standard "
            .. "between potential employers and the provider: write it in "
            .. "ext.contact_standard.employers", "plan.ext.contact_standard.employers")
        end
        return out
      end,
    },

    -- Job Development Plan section: "Internship/Temporary Work Experiences
    -- or other work assessments are generally not accepted as part of model
    -- IPS services, but may be allowed by DVR in unique consumer situations.
    -- DVR approval is required." Approval is a DVR authorization or, when
    -- someone else pays, the approval date in ext.dvr_approved.
    -- class: content — work experiences "are generally not accepted as part of model IPS
    --   services, but may be allowed by DVR ... DVR approval is required": a service the plan may
    --   hold only with the approval recorded on it
    vr.rule {
      id = "wi.ips.work-experience-dvr-approval",
      cite = "WI DVR IPS Services, Job Development Plan section (Internship/Temporary Work "
        .. "Experiences or other work assessments: DVR approval is required)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if WORK_EXPERIENCE[s.category] and blank(s.authorization)
              and (s.ext == nil or blank(s.ext.dvr_approved)) then
            out[#out + 1] = vr.finding(("'%s' is an internship, temporary work experience or work "
              .. "assessment, which IPS allows only with DVR's approval: record the DVR "
              .. "authorization, or the approval date in ext.dvr_approved"):format(
                s.description), service_at(i))
          end
        end
        return out
      end,
    },

    -- Job Development Plan section: "The Job Development Plan report
    -- contains a job supports plan section related to discussion and
    -- planning for potential job supports". A warning: its content is the
    -- team's judgement.
    -- class: content — "The Job Development Plan report contains a job supports plan section":
    --   what the plan says
    vr.rule {
      id = "wi.jdp.job-supports-plan",
      cite = "WI DVR IPS Services, Job Development Plan section (job supports plan section)",
      severity = "warning",
      class = "content",
      applies_to = { "JDP" },
      path = "plan.ext.job_supports_plan",
      check = function(plan)
        if plan.ext and not blank(plan.ext.job_supports_plan) then return nil end
        for _, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] then return nil end
        end
        return "the Job Development Plan has no job supports plan section: describe the "
          .. "supports the consumer may need once hired in ext.job_supports_plan (or plan a "
          .. "job support service)"
      end,
    },

    -- Job Development section: "The IPS Job Development service requires
    -- monthly job development progress reports"; reports table, DVR-18028-E:
    -- "Submit at the end of each month in which job development services
    -- activities were provided until a job hire is made". Each month from
    -- the service's start to the day before the hire is reported within 5
    -- business days after it ends (head of file).
    -- class: conduct — "requires monthly job development progress reports": reports sent on
    --   time, not the plan's text
    vr.rule {
      id = "wi.ips.job-development-monthly-reports",
      cite = "WI DVR IPS Services, Job Development section (monthly job development progress "
        .. "reports); reports table (DVR-18028-E, each month until a job hire is made)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if s.category == "job_development_hire" then
            local bad = {}
            for _, m in ipairs(report_months(case, ctx, s, FORM.job_development_monthly, nil,
                job_development_last_day(case, s) or stop_of(s))) do
              if m.report and m.report.day > m.due then
                bad[#bad + 1] = ("%s late (%s, due %s)"):format(m.ym, m.report.day, m.due)
              elseif m.report == nil and ctx.as_of > m.due then
                bad[#bad + 1] = ("%s missing (due %s)"):format(m.ym, m.due)
              end
            end
            if #bad > 0 then
              out[#out + 1] = vr.finding(("Job Development Monthly Reports (%s) for authorization "
                .. "%s: %s; each month of job development until hire is reported within 5 "
                .. "business days after it ends"):format(FORM.job_development_monthly,
                  s.authorization or "?", table.concat(bad, "; ")), service_at(i))
            end
          end
        end
        return out
      end,
    },

    -- Job Development section: "The position obtained by the service provider
    -- must be consistent with the consumer's employment goal listed in their
    -- IPE. If the position obtained does not reflect the IPE goal, a
    -- documented conversation must occur to amend the IPE if all parties
    -- agree." Compared by SOC code or by title; the fix is an amendment whose
    -- goal is the job.
    -- class: content — "The position obtained ... must be consistent with the consumer's
    --   employment goal listed in their IPE ... a documented conversation must occur to amend the
    --   IPE": an amendment whose goal is the job repairs it
    vr.rule {
      id = "wi.ips.job-matches-ipe-goal",
      cite = "WI DVR IPS Services, Job Development section (position consistent with the "
        .. "IPE employment goal, else the IPE is amended)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan, case)
        local goal = plan.goal
        local out = {}
        for _, x in ipairs(ips_jobs(case)) do
          local i, j = x.i, x.j
          if (j.end_date == nil or j.end_date >= plan.date) and matches_goal(goal, j) == false then
            out[#out + 1] = vr.finding(("the job at %s (%s%s) does not match the IPE goal (%s%s): "
              .. "document the conversation and amend the IPE if all parties agree")
              :format(j.employer, j.title or "?", j.soc and (", SOC " .. j.soc) or "",
                goal.occupation or "?", goal.soc and (", SOC " .. goal.soc) or ""), job_at(i))
          end
        end
        return out
      end,
    },

    -- Job Development section: "the employment team, including the consumer,
    -- should discuss the number of hours the consumer would like to work and
    -- include this information in the Job Development Plan report".
    -- class: content — "include this information [the hours the consumer would like to work] in
    --   the Job Development Plan report": what the plan says
    vr.rule {
      id = "wi.jdp.hours-preference",
      cite = "WI DVR IPS Services, Job Development section (hours the consumer would like to "
        .. "work, in the Job Development Plan report)",
      severity = "warning",
      class = "content",
      applies_to = { "JDP" },
      path = "plan.goal.hours_week",
      check = function(plan)
        if plan.goal == nil or plan.goal.hours_week == nil then
          return "the Job Development Plan does not say how many hours a week the consumer "
            .. "would like to work: write it in goal.hours_week"
        end
      end,
    },

    -- Job Development section: "Upon an offer of employment, DVR should be
    -- notified as soon as possible (within 5 days)"; reports table, Job Hire
    -- Report DVR-17037-E: "within 5 days of job hire offer". A warning: the
    -- document says "should". Calendar days.
    -- class: conduct — "DVR should be notified as soon as possible (within 5 days)": a report's
    --   timing
    vr.rule {
      id = "wi.ips.job-hire-report-5-days",
      cite = "WI DVR IPS Services, Job Development section (DVR notified within 5 days of "
        .. "an offer) and reports table (Job Hire Report DVR-17037-E)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for _, o in ipairs(events(case, "job_offer")) do
          local due = date.add_days(o.day, 5)
          local report = first_form(case, FORM.job_hire, nil, nil, o.day)
          if report and report.day > due then
            out[#out + 1] = vr.finding(("the Job Hire Report (%s) for the offer of %s came on "
              .. "%s; DVR is to be notified within 5 days (by %s)"):format(FORM.job_hire, o.day,
                report.day, due), event_at(report.i))
          elseif report == nil and ctx.as_of > due then
            out[#out + 1] = vr.finding(("no Job Hire Report (%s) is recorded for the offer of "
              .. "%s; DVR is to be notified within 5 days (by %s)"):format(FORM.job_hire, o.day,
                due), event_at(o.i))
          end
        end
        return out
      end,
    },

    -- Reports table, Job Hire Report (DVR-17037-E): "Use this report to
    -- notify DVR of specific information for position(s) offered to
    -- consumers". The job it reports records its hours a week and hourly
    -- wage (and its benefits, when there are any): the hire payment's tier
    -- is set from them.
    -- class: conduct — the Job Hire Report is used "to notify DVR of specific information for
    --   position(s) offered": what the provider reported about a job (case.employment), which no
    --   edit of the IPE supplies
    vr.rule {
      id = "wi.ips.job-hire-report-position",
      cite = "WI DVR IPS Services, reports table (Job Hire Report DVR-17037-E: specific "
        .. "information for the position offered); services table (hire payment tiers)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, h in ipairs(hires(plan, case)) do
          local missing = {}
          if h.job.hours_week == nil then missing[#missing + 1] = "hours_week" end
          if h.job.wage_cents_hour == nil then missing[#missing + 1] = "wage_cents_hour" end
          if #missing > 0 then
            local _, at = job_by_id(case, h.job.id)
            out[#out + 1] = vr.finding(("the Job Hire Report of %s reports the job at %s, but its "
              .. "%s is not recorded: the hire payment's tier ($2,200, $2,000 or $1,600) cannot "
              .. "be set"):format(h.report.day, h.job.employer, table.concat(missing, " and ")),
              at and job_at(at) or event_at(h.report.i))
          end
        end
        return out
      end,
    },

    -- Job Development section: every consumer of job development "shall be
    -- provided with job supports appropriate for the consumer need for at
    -- least the first 90 days on the job". The plan's job support services
    -- (Monthly SI, Job Retention, Partners with Business), taken together,
    -- run without a gap from the job's start through its 90th day (or the
    -- job's end, or the as-of date, if earlier). They may begin up to 7 days
    -- after the start: the week the provider has for the Job and Task
    -- Analysis, during which DVR authorizes the support.
    -- class: conduct — consumers "shall be provided with job supports ... for at least the
    --   first 90 days on the job": supports provided (or not) in days that have passed; a gap
    --   already past cannot be planned away, so it must not block later amendments
    vr.rule {
      id = "wi.ips.job-supports-first-90-days",
      cite = "WI DVR IPS Services, Job Development section (job supports for at least the "
        .. "first 90 days on the job)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local supports = {}
        for _, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] and s.start then
            supports[#supports + 1] = { start = s.start, stop = stop_of(s) }
          end
        end
        table.sort(supports, function(a, b) return a.start < b.start end)
        local out = {}
        for _, x in ipairs(ips_jobs(case)) do
          local i, j = x.i, x.j
          local through = date.min(date.min(date.add_days(j.start, 89), j.end_date), ctx.as_of)
          local grace = date.add_days(j.start, 6)
          if through > grace then
            local reach = grace -- the last day covered so far
            for _, s in ipairs(supports) do
              if s.start <= date.add_days(reach, 1) and s.stop > reach then reach = s.stop end
            end
            if reach < through then
              local from = reach == grace and date.add_days(j.start, 7) or date.add_days(reach, 1)
              out[#out + 1] = vr.finding(("the job at %s started %s; no job support service "
                .. "(Monthly SI, Job Retention or Partners with Business) is planned from %s, "
                .. "but supports must run through the first 90 days on the job (here to %s)")
                :format(j.employer, j.start, from, through), job_at(i))
            end
          end
        end
        return out
      end,
    },

    -- Job Development section: "The three options for Job Support Services
    -- ... are not authorized together at the same time, only one type of job
    -- support service can be provided during the same timeframe." Switching
    -- is allowed (fee table service notes).
    -- class: conduct — the job supports "are not authorized together at the same time, only one
    --   type of job support service can be provided during the same timeframe": what DVR
    --   authorized and the provider gave, with its dates
    vr.rule {
      id = "wi.ips.one-job-support-at-a-time",
      cite = "WI DVR IPS Services, Job Development section (one type of job support service "
        .. "at a time); fee table service notes",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan)
        local list = {}
        for i, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] and s.start then
            list[#list + 1] = { i = i, s = s, stop = stop_of(s) }
          end
        end
        local out = {}
        for b = 2, #list do
          for a = 1, b - 1 do
            local x, y = list[a], list[b]
            if x.s.category ~= y.s.category and x.s.start <= y.stop and y.s.start <= x.stop then
              out[#out + 1] = vr.finding(("'%s' (%s to %s) and '%s' (%s to %s) overlap: only "
                .. "one type of job support is provided at a time"):format(x.s.description,
                  x.s.start, x.stop, y.s.description, y.s.start, y.stop), service_at(y.i))
            end
          end
        end
        return out
      end,
    },

    -- Job Development section: "Use of Job Retention Services or Partners
    -- with Business does require justification in the DVR case file and DVR
    -- authorization." (The authorization rule checks the authorization.)
    -- class: content — Job Retention or Partners with Business "does require justification in
    --   the DVR case file": the reason for a planned service, written on the service (or a tagged
    --   note) before it is agreed
    vr.rule {
      id = "wi.ips.retention-pwb-justification",
      cite = "WI DVR IPS Services, Job Development section (Job Retention or Partners with "
        .. "Business require justification in the DVR case file)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        local note = tagged_note(case, "job-support-justification")
        for i, s in ipairs(plan.services or {}) do
          if (s.category == "job_retention" or s.category == "partners_with_business")
              and (s.ext == nil or blank(s.ext.justification)) and not note then
            out[#out + 1] = vr.finding(("'%s' is %s, which needs a justification in the DVR case "
              .. "file: write it in ext.justification (or a case note tagged "
              .. "job-support-justification)"):format(s.description, SERVICE[s.category]),
              service_at(i) .. ".ext")
          end
        end
        return out
      end,
    },

    -- Monthly Systematic Instruction section: the steps "include using the
    -- Job and Task Analysis to identify the work routine". A warning: Monthly
    -- SI is planned with a Job and Task Analysis.
    -- class: content — Monthly SI "steps include using the Job and Task Analysis to identify
    --   the work routine": a service the plan lacks
    vr.rule {
      id = "wi.ips.si-uses-jta",
      cite = "WI DVR IPS Services, Monthly Systematic Instruction section (using the Job and "
        .. "Task Analysis to identify the work routine)",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local si
        for i, s in ipairs(plan.services or {}) do
          if s.category == "job_task_analysis" then return nil end
          if s.category == "systematic_instruction" and si == nil then si = i end
        end
        if si then
          return "Monthly Systematic Instruction is planned without a Job and Task Analysis, "
            .. "which it uses to identify the work routine: add the Job and Task Analysis "
            .. "service", service_at(si)
        end
      end,
    },

    -- Offsite Supports: "These types of support requirements must be
    -- detailed in the job support plan, including parameters for contact ...
    -- Offsite support requests will be considered and approved by DVR on a
    -- case-by-case basis and agreement must be documented in the DVR case
    -- file."
    -- class: content — offsite supports are for "pre-approved circumstances" and "must be
    --   detailed in the job support plan, including parameters for contact": a planned service
    --   without its approval or contact terms
    vr.rule {
      id = "wi.ips.offsite-supports-approved",
      cite = "WI DVR IPS Services, Offsite Supports (parameters for contact; approved by DVR, "
        .. "agreement documented in the case file)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] and s.ext and s.ext.offsite == true then
            if blank(s.ext.offsite_approved) then
              out[#out + 1] = vr.finding(("'%s' is given offsite, which DVR approves case by "
                .. "case: record DVR's approval date in ext.offsite_approved"):format(
                  s.description), service_at(i) .. ".ext.offsite_approved")
            end
            if blank(s.ext.offsite_contact) then
              out[#out + 1] = vr.finding(("'%s' is given offsite: the job support plan details "
                .. "the parameters for direct contact with the consumer (ext.offsite_contact)")
                :format(s.description), service_at(i) .. ".ext.offsite_contact")
            end
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "A signature from all parties (consumer,
    -- service provider, Wisconsin county Mental Health representative, and
    -- DVR) is required to confirm and document agreement." Until a plugin can
    -- see signatures of a transition plan, the lts_transition event lists who
    -- agreed in ext.agreed_by.
    -- class: conduct — "A signature from all parties ... is required to confirm and document
    --   agreement" to the transition: an agreement gathered (the transition event), not the IPE's
    --   text
    vr.rule {
      id = "wi.ips.lts-four-party-agreement",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (signature from "
        .. "consumer, service provider, county Mental Health representative and DVR)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local agreed = {}
          for _, role in ipairs(t.e.ext and t.e.ext.agreed_by or {}) do agreed[role] = true end
          local missing = {}
          for _, p in ipairs(LTS_PARTIES) do
            local ok = false
            for _, role in ipairs(p.roles) do ok = ok or agreed[role] == true end
            if not ok then
              missing[#missing + 1] = ("%s (%s)"):format(p.name, table.concat(p.roles, " or "))
            end
          end
          if #missing > 0 then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s lacks the "
              .. "documented agreement of %s: list them in ext.agreed_by"):format(t.day,
                table.concat(missing, ", ")), event_at(t.i) .. ".ext.agreed_by")
          end
        end
        return out
      end,
    },

    -- Same section: "DVR must document that all parties have agreed on a plan
    -- to provide support to the consumer and a definition of what
    -- stabilization will look like based on the consumer's individual
    -- circumstances."
    -- class: conduct — "DVR must document that all parties have agreed on ... a definition of
    --   what stabilization will look like": documentation DVR gathers at the transition
    vr.rule {
      id = "wi.ips.lts-stabilization-defined",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (agreed definition "
        .. "of what stabilization will look like)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          if t.e.ext == nil or blank(t.e.ext.stabilization) then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s does not "
              .. "record the agreed definition of stabilization for this consumer: write it in "
              .. "ext.stabilization"):format(t.day), event_at(t.i) .. ".ext.stabilization")
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "transition cannot occur before the consumer
    -- reaches 90 days on the job"; services table, Transition row: "Minimum
    -- 90 days"; fee table, code 079: "cannot occur until after the consumer
    -- has been employed for a minimum of 90 days". The earliest day is the
    -- job's start + 90.
    -- class: conduct — "transition cannot occur before the consumer reaches 90 days on the
    --   job": when the transition happened
    vr.rule {
      id = "wi.ips.lts-not-before-90-days",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section; services table "
        .. "(Transition to Long Term Supports: minimum 90 days); fee table (code 079)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, m in ipairs(transitions(case)) do
          local t, job = m.t, m.job
          if job == nil or job.start == nil then
            out[#out + 1] = vr.finding(("a transition to long-term supports is recorded on %s, "
              .. "but no job held on that day is in case.employment"):format(t.day), event_at(t.i))
          elseif date.days_between(job.start, t.day) < 90 then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s came %d days "
              .. "after the job at %s started (%s); it cannot occur before 90 days on the job "
              .. "(%s)"):format(t.day, date.days_between(job.start, t.day), job.employer,
                job.start, date.add_days(job.start, 90)), event_at(t.i))
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "Timing of the transition to long term
    -- supports should coincide with the first business day of the month if
    -- possible." Information: "if possible" leaves it to the team.
    -- class: conduct — "Timing of the transition ... should coincide with the first business
    --   day of the month": when the transition happened
    vr.rule {
      id = "wi.ips.lts-first-business-day",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (first business day "
        .. "of the month if possible)",
      severity = "info",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local first = ctx.calendar:first_business_day(t.day)
          if t.day ~= first then
            local nextm = ctx.calendar:first_business_day(date.add_months(date.first_of_month(t.day), 1))
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s is not on the "
              .. "first business day of a month (%s or %s), which eases the long-term support "
              .. "provider's payments"):format(t.day, first, nextm), event_at(t.i))
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "No provider shall be paid by long term
    -- supports for the same service on any date covered by DVR
    -- authorizations for services"; fee table service notes: "Service
    -- Providers may not seek or accept payments from another source for the
    -- same consumer and service funded in the same timeframe as DVR." A
    -- payment from another source (component other than DVR) to a provider,
    -- for a date inside a DVR-paid service of that provider: the service it
    -- names, or a job support when it names none.
    -- class: conduct — "No provider shall be paid by long term supports for the same service on
    --   any date covered by DVR authorizations": payments made
    vr.rule {
      id = "wi.ips.no-double-payment",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (no LTS payment on "
        .. "dates covered by DVR authorizations); fee table service notes (no payment from "
        .. "another source for the same service and timeframe)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, p in ipairs(events(case, "payment")) do
          local e = p.e
          if not blank(e.component) and e.component ~= "DVR" and not blank(e.provider) then
            local from = e.ext and e.ext.from or p.day
            local to = e.ext and e.ext.to or p.day
            for _, s in ipairs(plan.services or {}) do
              local same = (e.service == nil and JOB_SUPPORT[s.category]) or e.service == s.category
              if same and dvr_paid(s) and not blank(s.authorization) and s.provider == e.provider
                  and s.start and s.start <= to and stop_of(s) >= from then
                out[#out + 1] = vr.finding(("%s was paid by %s for %s to %s, dates DVR "
                  .. "authorization %s covers for '%s' (%s to %s): a provider is not paid twice "
                  .. "for the same service"):format(e.provider, e.component, from, to,
                    s.authorization, s.description, s.start, stop_of(s)), event_at(p.i))
                break
              end
            end
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "WIOA states that DVR is required to follow
    -- the consumer for an additional 90 days after successful transition to
    -- LTS before closing the case"; fee table, code 079: "DVR will keep the
    -- consumer's case open an additional 90 days for purposes of
    -- follow-along support."
    -- class: conduct — "DVR is required to follow the consumer for an additional 90 days after
    --   successful transition to LTS before closing the case": when the case was closed
    vr.rule {
      id = "wi.ips.follow-along-90-days-after-lts",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (follow 90 days "
        .. "after transition before closing); fee table (code 079)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        local moves = events(case, "lts_transition")
        for _, c in ipairs(events(case, "closure")) do
          local last -- the latest transition on or before the closure
          for _, t in ipairs(moves) do
            if t.day <= c.day and (last == nil or t.day > last.day) then last = t end
          end
          if last and date.days_between(last.day, c.day) < 90 then
            out[#out + 1] = vr.finding(("the case was closed on %s, %d days after the transition "
              .. "to long-term supports on %s; DVR follows the consumer 90 days first (until %s)")
              :format(c.day, date.days_between(last.day, c.day), last.day,
                date.add_days(last.day, 90)), event_at(c.i))
          end
        end
        return out
      end,
    },

    -- Wage Documentation section: "Providers should obtain wage documentation
    -- between the time of hire and transition to LTS"; "Before receiving a
    -- payment for retention or transition to long term support DVR Service
    -- Providers are required to provide the start date of employment and the
    -- hourly wage rate documentation". Checked at the transition and at the
    -- first Job Retention Report (which asks for the first retention
    -- payment): the job has a start date and an hourly wage, and its wage
    -- documentation was received by then (an offer letter may come before
    -- the start, so no lower bound is checked).
    -- class: conduct — "Before receiving a payment for retention or transition ... required to
    --   provide the start date of employment and the hourly wage rate documentation": documents
    --   received in time
    vr.rule {
      id = "wi.ips.wage-documentation",
      cite = "WI DVR IPS Services, Wage Documentation section (start date and hourly wage "
        .. "documented before payment for retention or transition to LTS)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out, seen = {}, {}
        local function need(job, at, by, what)
          if job == nil or seen[at] then return end
          local where = job_at(at)
          local received = wage_doc_received(job)
          if job.wage_cents_hour == nil then
            out[#out + 1] = vr.finding(("the job at %s has no hourly wage (wage_cents_hour); "
              .. "it must be documented before %s on %s"):format(job.employer, what, by),
              where .. ".wage_cents_hour")
            seen[at] = true
          end
          if received == nil then
            out[#out + 1] = vr.finding(("no wage and start date documentation is recorded for "
              .. "the job at %s (ext.wage_documentation.received); it is required before %s on "
              .. "%s"):format(job.employer, what, by), where .. ".ext")
            seen[at] = true
          elseif received > by then
            out[#out + 1] = vr.finding(("the wage documentation for the job at %s was received "
              .. "on %s, after %s on %s; it is required before payment"):format(job.employer,
                received, what, by), where .. ".ext")
            seen[at] = true
          end
        end
        for _, m in ipairs(transitions(case)) do
          need(m.job, m.at, m.t.day, "the transition to long-term supports")
        end
        for _, s in ipairs(plan.services or {}) do
          local report = s.category == "job_retention" and not blank(s.authorization)
            and first_form(case, FORM.job_retention, s.authorization)
          if report then
            local job, at = job_of_service(case, s)
            need(job, at, report.day, "the first Job Retention Report")
          end
        end
        return out
      end,
    },

    -- Fee table: the Career Profile and Job Development Plan are payable on
    -- a "report to DVR within five (5) business days of the conclusion of the
    -- last contact with the consumer", the Job and Task Analysis on a "timely
    -- report to DVR within five (5) business days of the conclusion of the
    -- analysis". A warning: the report's timing decides payment, not the
    -- plan. Business days skip weekends and federal holidays.
    -- class: conduct — payable on a "report to DVR within five (5) business days of the
    --   conclusion of the last contact": a report's timing
    vr.rule {
      id = "wi.ips.deliverable-reports-5-business-days",
      cite = "WI DVR IPS Services, fee table (codes 078, 049, 079: report within five (5) "
        .. "business days of the last contact or the analysis)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for _, d in ipairs(deliverable_reports(plan, case, ctx)) do
          if d.report and d.report.day > d.due then
            out[#out + 1] = vr.finding(("the %s report (%s) came on %s, %d business days after "
              .. "the last contact on %s; it is due within 5 business days (by %s)"):format(
                SERVICE[d.s.category], d.form, d.report.day,
                ctx.calendar:business_days_between(d.s.actual_end, d.report.day),
                d.s.actual_end, d.due), event_at(d.report.i))
          elseif d.report == nil and ctx.as_of > d.due then
            out[#out + 1] = vr.finding(("no %s report (%s) is recorded; it was due within 5 "
              .. "business days of the last contact on %s (by %s)"):format(
                SERVICE[d.s.category], d.form, d.s.actual_end, d.due), service_at(d.i))
          end
        end
        return out
      end,
    },

    -- Fee table: Monthly SI "timely report(s) to DVR within five (5)
    -- business days of the conclusion of the previous month of service";
    -- Job Retention "timely monthly progress reports ... within 5 business
    -- days of the conclusion of the previous month of service"; reports
    -- table (DVR-18212-E each month the service was provided; DVR-17038-E
    -- monthly). A warning: the timing decides payment.
    -- class: conduct — "timely report(s) to DVR within five (5) business days of the conclusion
    --   of the previous month of service": a report's timing
    vr.rule {
      id = "wi.ips.job-support-monthly-reports",
      cite = "WI DVR IPS Services, fee table (Monthly SI and Job Retention: report within 5 "
        .. "business days of the conclusion of the previous month); reports table "
        .. "(DVR-18212-E, DVR-17038-E)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          local spec = MONTHLY[s.category]
          if spec then
            local bad = {}
            for _, m in ipairs(report_months(case, ctx, s, spec.form, spec.pred)) do
              if m.report and m.report.day > m.due then
                bad[#bad + 1] = ("%s late (%s, due %s)"):format(m.ym, m.report.day, m.due)
              elseif m.report == nil and ctx.as_of > m.due then
                bad[#bad + 1] = ("%s missing (due %s)"):format(m.ym, m.due)
              end
            end
            if #bad > 0 then
              out[#out + 1] = vr.finding(("%s for '%s' (authorization %s): %s; each month is "
                .. "reported within 5 business days after it ends"):format(spec.name,
                  s.description, s.authorization, table.concat(bad, "; ")), service_at(i))
            end
          end
        end
        return out
      end,
    },

    -- Services table, Transition row: "to a maximum of six months of
    -- employment"; fee table, code 079: "Paid only if transition occurs
    -- within initial six (6) months of support." A warning: stability
    -- decides the timing; past six months DVR does not pay the $1,300.
    -- class: conduct — "Paid only if transition occurs within initial six (6) months of
    --   support": when the transition happened
    vr.rule {
      id = "wi.ips.lts-within-six-months",
      cite = "WI DVR IPS Services, services table (Transition to Long Term Supports: maximum "
        .. "six months of employment); fee table (code 079, paid only within six months)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        local moves = transitions(case)
        for _, x in ipairs(ips_jobs(case)) do
          local i, j = x.i, x.j
          local limit = date.add_months(j.start, 6)
          local moved
          for _, m in ipairs(moves) do
            if m.job == j and (moved == nil or m.t.day < moved.day) then moved = m.t end
          end
          if moved and moved.day > limit then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s is more than "
              .. "six months after the job at %s started (%s; limit %s): the transition fee "
              .. "is not payable"):format(moved.day, j.employer, j.start, limit),
              event_at(moved.i))
          elseif moved == nil and (j.end_date == nil or j.end_date > limit) and ctx.as_of > limit then
            out[#out + 1] = vr.finding(("the job at %s started %s and six months have passed "
              .. "(%s) without a transition to long-term supports"):format(j.employer, j.start,
                limit), job_at(i))
          end
        end
        return out
      end,
    },

    -- Fee table, service notes: "If a consumer has been authorized for
    -- monthly systematic instruction and no longer needs the services ... If
    -- agreed, after consultation with the consumer, job retention should be
    -- authorized to begin on the first day of the following month."
    -- class: conduct — "job retention should be authorized to begin on the first day of the
    --   following month": when DVR authorized the retention to begin
    vr.rule {
      id = "wi.ips.retention-first-of-month",
      cite = "WI DVR IPS Services, fee table service notes (after Systematic Instruction, job "
        .. "retention begins on the first day of the following month)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, r in ipairs(plan.services or {}) do
          if r.category == "job_retention" and r.start and r.start:sub(9, 10) ~= "01" then
            for _, s in ipairs(plan.services or {}) do
              if s.category == "systematic_instruction" and s.start and s.start < r.start
                  and stop_of(s) < r.start then
                out[#out + 1] = vr.finding(("'%s' follows Systematic Instruction (ended %s) but "
                  .. "begins on %s: after SI, job retention begins on the first day of the "
                  .. "following month (%s)"):format(r.description, stop_of(s), r.start,
                    date.add_months(date.first_of_month(stop_of(s)), 1)), service_at(i) .. ".start")
                break
              end
            end
          end
        end
        return out
      end,
    },
  },
}
