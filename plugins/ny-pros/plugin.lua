-- New York OMH PROS with IPS: the IPS Employment Plan, part of the IRP.
--
-- Source: NYS Office of Mental Health, PROS Clarification 14, "Individualized
-- Placement and Support (IPS)": the implementation of IPS inside
-- Personalized Recovery Oriented Services
-- (../shared/policy/ny-pros-clarification-14-ips.txt); with the IPS-VR
-- crosswalk (../shared/policy/ips-vr-crosswalk.txt) for the 30-day employer
-- contact of principle 5, and the IPS-25 fidelity scale and its bands as the
-- policy README summarises them. Rules follow the order of Clarification 14;
-- each cites the numbered feature, section or note it encodes and quotes a
-- few of its words so an analyst can find the passage. docs/policy/ny-pros.md
-- lists every requirement of the source with the rule that encodes it, or
-- why the data cannot show it.
--
-- The stored copy of Clarification 14 carries no issue date. source.date
-- below is a PLACEHOLDER, not the issue date: the text follows Clarification
-- 13, names NYESS as "now being used by PROS programs" and OASAS by its
-- pre-2019 name, and copies of it were online by May 2014, so it dates from
-- about 2011-2014. Replace it with the date OMH gives.
--
-- Conflict inside the source, and the reading applied:
-- - Feature 6 says employment specialists develop "competitive positions
--   that are permanent employment opportunities"; the Note regarding the
--   definition of competitive employment says "Seasonal temporary jobs, jobs
--   through temporary agencies ... and positions through ... JWOD and ...
--   NYSID are considered competitive". Feature 6 describes where job
--   development aims; the Note is the definition. This plugin applies the
--   Note: no rule flags a job for being seasonal or temporary, and a JWOD or
--   NYSID position counts as competitive even when it is not open to the
--   public (ny.c14.note.competitive-jobs and the ORS rule).
-- - The IPS-VR crosswalk (principle 1) adds "integrated job settings"; the
--   Note's definition does not, and JWOD/NYSID positions often are not. The
--   Note applies: `integrated = false` is not a finding.
--
-- What the plugin cannot check (case data does not show it) is listed, with
-- the reason, in docs/policy/ny-pros.md.
--
-- Class (docs/plugins.md, "Content and conduct"): the four "Essential
-- features of the Employment Plan", and what the plan lists (its services,
-- their modality, who is responsible), are "content": what the plan says,
-- which an edit repairs, so an error blocks signing that version. Most of
-- Clarification 14 speaks of how the program acts ("Access to IPS is not
-- dependent upon ...", "a minimum of 2 30-minute employment services per
-- month", "billed ... for only IR or ORS in any given month", "enter ...
-- into ... CAIRS ... upon the person's discharge"): "conduct", shown when a
-- version is signed, never blocking it. Each rule says its class and the
-- words it rests on.
--
-- The lifecycle (ctx.lifecycle): Clarification 14 sets no clock on signing
-- the plan, and its clocks are the person's, not a plan version's (the
-- 30-day employer contact from IPS entry; the ORS services owed each month
-- to "the individual who is employed"). The plan's months (monthly progress
-- notes, monthly ORS services) run from the day the plan first took effect,
-- the first version with an `effective` day (an amendment does not restart
-- them; a plan not yet signed runs from its date), so checking a newer
-- draft neither hides nor restarts them. The clocks are shown once: on the
-- version in effect, or, while none is, on the version checked
-- (shows_case_clocks), not again on a newer draft.
--
-- What the plugin reads: every value a rule compares (staff roles, event
-- kinds, forms, purposes, components and modalities, note kinds and tags,
-- service categories) and every agency field (`ext`) is declared in
-- `vocabulary` and `ext` below, with its meaning and citation; `vrtool
-- plugin vocab ny-pros` lists them and docs/policy/ny-pros.md gives the
-- conventions. Rules compare the declared spelling with `==`: the core
-- reads "Progress Note", "progress-note" and "progress_note" alike, and an
-- old spelling (`was`) as the new one. Among the model's own fields the
-- plugin reads case.staff[].fte (scales the caseload limit; none = full
-- time), case.staff[].caseload (the caseload the agency records, when the
-- store holds no other case of the specialist) and ctx.summary.caseload
-- (the store's count of open cases listing a staff member).

local date = vr.date
local money = vr.money
local blank = vr.blank
local day_of = vr.case.day_of

-- Helpers ----------------------------------------------------------------

-- The events of a kind with a day, sorted by day: { i, day, event }.
local function events_of(case, kind)
  local out = {}
  for i, e in ipairs(case.events or {}) do
    if e.kind == kind and day_of(e) then out[#out + 1] = { i = i, day = day_of(e), event = e } end
  end
  table.sort(out, function(a, b) return a.day < b.day end)
  return out
end

-- The Vocational Unit (feature 8): employment specialists and their team leader.
local VOCATIONAL_ROLES = {
  employment_specialist = true,
  vocational_specialist = true,
  ips_team_leader = true,
}
-- Those of them who carry an employment caseload (feature 9).
local SPECIALIST_ROLES = { employment_specialist = true, vocational_specialist = true }

local function staff_by_id(case, id)
  for _, s in ipairs(case.staff or {}) do
    if s.id == id then return s end
  end
  return nil
end

local function is_vocational(case, who)
  if blank(who) then return false end
  for _, s in ipairs(case.staff or {}) do
    if (s.id == who or s.name == who) and VOCATIONAL_ROLES[s.role] then return true end
  end
  return false
end

local function is_specialist(case, who)
  if blank(who) then return false end
  for _, s in ipairs(case.staff or {}) do
    if (s.id == who or s.name == who) and SPECIALIST_ROLES[s.role] then return true end
  end
  return false
end

-- The service categories that name an IPS practice delivered through a
-- PROS service (vocabulary["plans[].services[].category"]).
local IPS_CATEGORIES = { ips_irga = true, ips_ir = true, ips_ors = true, ips_crs = true }

-- Is this planned service an IPS practice? ext.ips says so when recorded;
-- otherwise a service is IPS when Vocational Unit staff are responsible for
-- it or provide it, or its category is one of IPS_CATEGORIES.
local function is_ips_service(s, case)
  if s.ext and s.ext.ips ~= nil then return s.ext.ips == true end
  if is_vocational(case, s.responsible) or is_vocational(case, s.provider) then return true end
  return IPS_CATEGORIES[s.category] == true
end

-- A contact event is an IPS contact when a Vocational Unit member gave it.
local function is_ips_contact(e, case)
  return e.kind == "contact" and is_vocational(case, e.staff)
end

-- The purposes of a contact that make it an employment service: the IPS
-- practices (vocabulary["case.events[].purpose"]; "housing" and "other"
-- are not). No purpose recorded: a Vocational Unit contact is an employment
-- service, since specialists "provide only employment services" (feature
-- 8). A purpose outside the vocabulary is not counted (and the core
-- reports it as a value the plugin does not read).
local EMPLOYMENT_PURPOSES = {
  employment_service = true, job_search = true, job_development = true, job_support = true,
  career_profile = true, work_based_assessment = true, employment_plan = true,
  benefits_counseling = true, disclosure = true,
}
local function employment_purpose(purpose)
  if blank(purpose) then return true end
  return EMPLOYMENT_PURPOSES[purpose] == true
end

-- Calendar months ---------------------------------------------------------

local function month_of(d) return d:sub(1, 8) .. "01" end

-- The day the Employment Plan started: the day its first version took
-- effect (ctx.lifecycle.versions, ascending; an amendment continues the
-- plan rather than restarting it), or, while no version has, this
-- version's date. Months before it are not the plan's.
local function plan_start(plan, ctx)
  for _, v in ipairs(ctx.lifecycle.versions or {}) do
    if v.effective then return v.effective end
  end
  return ctx.lifecycle.effective or plan.date
end

-- The person's clocks (deadlines) are shown once per plan: on the version in
-- effect (or closed), or, while no version has taken effect, on the version
-- checked; not on a newer draft or a superseded version, which would only
-- repeat them.
local function shows_case_clocks(ctx)
  local life = ctx.lifecycle
  if life.status == "in effect" or life.status == "closed" then return true end
  return life.in_effect == nil and life.status ~= "superseded"
end

-- The whole calendar months of the plan: from the first month that starts
-- after `start` (plan_start) to the last month that ended before as_of.
local function whole_months(start, as_of)
  local out = {}
  local m = date.add_months(month_of(start), 1)
  local stop = month_of(as_of)
  while m < stop do
    out[#out + 1] = { first = m, last = date.last_of_month(m) }
    m = date.add_months(m, 1)
  end
  return out
end

-- Was the person in IPS (PROS) for the whole of [first, last]? In from the
-- last ips_entry or readmission on or before `first` (or from the start of
-- the record when none is recorded at all), and no discharge or closure
-- after that entry and on or before `last`.
local function in_program(case, first, last)
  local any, since = false, nil
  for _, kind in ipairs({ "ips_entry", "readmission" }) do
    for _, x in ipairs(events_of(case, kind)) do
      any = true
      if x.day <= first and (since == nil or x.day > since) then since = x.day end
    end
  end
  if any and since == nil then return false end
  for _, kind in ipairs({ "discharge", "closure" }) do
    for _, x in ipairs(events_of(case, kind)) do
      if (since == nil or x.day >= since) and x.day <= last then return false end
    end
  end
  return true
end

-- Minimum wage -------------------------------------------------------------

-- New York minimum wage, cents an hour, by region: NY Labor Law 652(1) and
-- 12 NYCRR Part 142 (L.2013 ch.59, L.2016 ch.54, L.2023 ch.56; NYS DOL,
-- "Minimum Wage"). One parameter per region, each dated. Choices:
-- - before 2016-12-31 the rate was statewide (from 2009-07-24 the federal
--   $7.25, which New York matched);
-- - New York City 2016-2018: the small-employer rate (10 or fewer
--   employees), the lower one, since the employer's size is not recorded;
--   a floor we use can only understate the law, never invent a violation;
-- - from 2027 the rate is indexed to inflation: add each year's row when
--   DOL publishes it;
-- - not modelled: tipped food-service and service-employee cash wages.
local REGIONS = {
  nyc = { param = "min_wage_nyc", words = "New York City" },
  long_island_westchester = { param = "min_wage_long_island_westchester",
    words = "Long Island and Westchester" },
  rest_of_state = { param = "min_wage_rest_of_state", words = "rest of the state" },
}
local MIN_WAGE_SINCE = "2009-07-24"

-- The minimum wage on a date for a region. Without a known region we can
-- only be sure a wage is too low when it is under the lowest regional rate,
-- so that is the floor we use. Returns cents (nil before the table starts)
-- and words naming the region.
local function min_wage(ctx, region, on)
  if on < MIN_WAGE_SINCE then return nil end
  if REGIONS[region] then return ctx.param(REGIONS[region].param, on), REGIONS[region].words end
  local low
  for _, r in pairs(REGIONS) do
    local c = ctx.param(r.param, on)
    if low == nil or c < low then low = c end
  end
  return low, "the lowest regional rate (no ny_region recorded)"
end

local function region_of(job, case)
  return (job and job.ext and job.ext.ny_region) or (case.ext and case.ext.ny_region)
end

-- JWOD (AbilityOne) and NYSID positions "are considered competitive"
-- (Note regarding definition of competitive employment), even though they
-- are set aside for people with disabilities.
local function set_aside_but_competitive(job)
  local a = job.ext and job.ext.arrangement
  return a == "jwod" or a == "nysid"
end

-- Why a job is not competitive employment, or nil. A job is competitive
-- unless the record shows otherwise: closed to the public (and not a JWOD
-- or NYSID position), or a known wage under the minimum on `on`. Seasonal
-- and temporary-agency jobs are competitive (see the head of the file).
local function not_competitive(ctx, job, case, on)
  if job.open_to_public == false and not set_aside_but_competitive(job) then
    return "it is not open to the public (a job 'designed for or limited to "
      .. "individuals with a disability' is not competitive)"
  end
  if job.wage_cents_hour ~= nil then
    local floor, where = min_wage(ctx, region_of(job, case), on)
    if floor and job.wage_cents_hour < floor then
      return ("it pays %s an hour, under the New York minimum wage of %s on %s (%s)")
        :format(money.format(job.wage_cents_hour), money.format(floor), on, where)
    end
  end
  return nil
end

-- Zero exclusion --------------------------------------------------------------

-- The grounds feature 2 forbids, with words that betray them in a recorded
-- reason (lower case; a word matches anywhere in the reason). A reason is
-- free text, what staff wrote, not a declared value, so it is searched for
-- words. The last one is the feature's closing sentence: a job "terminated
-- for any reason at all".
local EXCLUSION_GROUNDS = {
  { ground = "psychiatric history",
    words = { "psychiatr", "hospitali", "symptom", "psychos", "diagnos" } },
  { ground = "substance use history",
    words = { "substance", "alcohol", "drug", "sobri", "relapse", "intoxica" } },
  { ground = "job readiness factors",
    words = { "readiness", "not ready", "job ready", "work ready", "prevocational",
      "pre vocational", "employment history", "work history" } },
  { ground = "personal presentation",
    words = { "presentation", "hygiene", "appearance", "grooming" } },
  { ground = "the loss of a job",
    words = { "job loss", "lost job", "lost his job", "lost her job", "lost their job",
      "job ended", "fired" } },
}

local function exclusion_ground(reason)
  if type(reason) ~= "string" then return nil end
  local r = reason:lower():gsub("[_%-]", " ")
  for _, g in ipairs(EXCLUSION_GROUNDS) do
    for _, w in ipairs(g.words) do
      if r:find(w, 1, true) then return g.ground end
    end
  end
  return nil
end

-- Rapid job search: the clocks ---------------------------------------------

-- Had the person a job on this day?
local function employed_on(case, d)
  for _, j in ipairs(case.employment or {}) do
    if j.start and j.start <= d and (j.end_date == nil or j.end_date >= d) then return true end
  end
  return false
end

-- One clock per IPS entry: an employer contact within rapid_search_days.
-- A person who already had a job on entering IPS has no job-search clock.
local function rapid_search_clocks(case, ctx)
  local out = {}
  for _, entry in ipairs(events_of(case, "ips_entry")) do
    if not employed_on(case, entry.day) then
      local due = date.add_days(entry.day, ctx.param("rapid_search_days", entry.day))
      local met
      for _, c in ipairs(events_of(case, "employer_contact")) do
        if c.day >= entry.day then met = c.day break end
      end
      out[#out + 1] = { entry = entry.day, due = due, met = met, i = entry.i }
    end
  end
  return out
end

-- ORS: the months and their contacts -----------------------------------------

-- The job that puts a person under ORS for a month: competitive, at least
-- the parameter's hours a week, held from the month's first day to its
-- last (on `last` for the month under way). Returns the job and its index.
local function ors_job(ctx, case, first, last)
  local min_hours = ctx.param("ors_min_hours_week", first)
  for i, j in ipairs(case.employment or {}) do
    if j.hours_week and j.hours_week >= min_hours and j.start and j.start <= first
        and (j.end_date == nil or j.end_date >= last)
        and not_competitive(ctx, j, case, last) == nil then
      return j, i
    end
  end
  return nil
end

-- The employment services of [first, last] (recorded by as_of) that count
-- for ORS: contacts of the minimum length, individual (or of no recorded
-- modality: a value outside the vocabulary is not read as one-to-one), from
-- Vocational Unit staff, for an employment purpose. Returns the count, the
-- day of the n-th (the minimum) one, and how many otherwise qualifying
-- contacts name no staff member.
local function ors_contacts(ctx, case, first, last)
  local min_minutes = ctx.param("ors_min_minutes", first)
  local need = ctx.param("ors_min_contacts", first)
  local days, unnamed = {}, 0
  for _, e in ipairs(case.events or {}) do
    local d = day_of(e)
    if e.kind == "contact" and d and d >= first and d <= last and d <= ctx.as_of
        and (e.minutes or 0) >= min_minutes
        and (e.modality == nil or e.modality == "individual")
        and employment_purpose(e.purpose) then
      if is_vocational(case, e.staff) then
        days[#days + 1] = d
      elseif blank(e.staff) then
        unnamed = unnamed + 1
      end
    end
  end
  table.sort(days)
  return #days, days[need], unnamed, need, min_minutes
end

-- Fidelity -------------------------------------------------------------------

-- The 25 items of the IPS Supported Employment Fidelity Scale, in order:
-- staffing (1-3), organisation (4-11), services (12-25).
local ITEMS = {
  "caseload size", "employment services staff", "vocational generalists",
  "integration of rehabilitation with mental health through team assignment",
  "integration of rehabilitation with mental health through frequent team member contact",
  "collaboration between employment specialists and VR counselors", "vocational unit",
  "role of employment supervisor", "zero exclusion criteria",
  "agency focus on competitive employment", "executive team support for supported employment",
  "work incentives planning", "disclosure", "ongoing, work-based vocational assessment",
  "rapid search for competitive job", "individualized job search",
  "job development: frequent employer contact", "job development: quality of employer contact",
  "diversity of job types", "diversity of employers", "competitive jobs",
  "individualized follow-along supports", "time-unlimited follow-along supports",
  "community-based services", "assertive engagement and outreach by integrated treatment team",
}
local GROUPS = {
  { name = "staffing", from = 1, to = 3 },
  { name = "organisation", from = 4, to = 11 },
  { name = "services", from = 12, to = 25 },
}

-- What is wrong with a fidelity review's scores: a list of { message, path }.
local function fidelity_problems(x)
  local out = {}
  local base = ("case.events[%d].ext.items"):format(x.i)
  local items = x.event.ext and x.event.ext.items
  if type(items) ~= "table" then
    out[#out + 1] = vr.finding(("the fidelity self-evaluation of %s records no item scores: "
      .. "give ext.items, the %d scores in the scale's order"):format(x.day, #ITEMS), base)
    return out
  end
  if #items ~= #ITEMS then
    out[#out + 1] = vr.finding(("the fidelity self-evaluation of %s lists %d item score(s) "
      .. "in ext.items; the IPS fidelity scale has %d, listed in its order"):format(x.day,
        #items, #ITEMS), base)
  end
  for k = 1, #items do
    local v = items[k]
    if type(v) ~= "number" or v ~= math.floor(v) or v < 1 or v > 5 then
      out[#out + 1] = vr.finding(("the fidelity self-evaluation of %s scores item %d (%s) "
        .. "%s: each item is scored 1 to 5"):format(x.day, k, ITEMS[k] or "beyond the scale",
          tostring(v)), ("%s[%d]"):format(base, k))
    end
  end
  return out
end

-- The latest fidelity review on or before as_of, or nil.
local function latest_fidelity(case, as_of)
  local best
  for _, x in ipairs(events_of(case, "fidelity_review")) do
    if x.day <= as_of then best = x end
  end
  return best
end

return vr.plugin {
  api = 1,
  id = "ny-pros",
  name = "New York OMH Personalized Recovery Oriented Services (PROS) with IPS",
  version = "0.4.0",
  source = {
    document = "NYS OMH PROS Clarification 14: Individualized Placement and Support (IPS); "
      .. "IPS-VR crosswalk (principle 5); IPS-25 fidelity scale",
    date = "2013-01-01", -- PLACEHOLDER: the stored text is undated; see the header
  },
  kinds = {
    EP = {
      title = "IPS Employment Plan (part of the IRP)",
      -- "The Employment Plan, which is developed through a partnership
      -- between the individual and the IPS employment specialist"
      -- (Implementing IPS in a PROS).
      signers = { "client", "employment_specialist" },
    },
  },

  -- The values the rules read, by model path (docs/model.md). Each is
  -- compared with `==` against the spelling declared here; the core makes
  -- what rules see canonical (case, space, `_` and `-` do not count; an old
  -- spelling under `was` reads as the new one, with a warning at import).
  -- Open: another value is an agency's own, kept with a warning, which no
  -- rule reads. Closed (a contact's component and modality): the source
  -- names the whole list, and a misspelt value would be read wrongly.
  vocabulary = {
    ["case.staff[].role"] = {
      open = true, -- a PROS program has other staff; only the Vocational Unit changes a check
      meaning = "what the staff member does in the PROS program; the Vocational Unit "
        .. "(employment and vocational specialists, IPS team leader) is what rules look for",
      values = {
        { "employment_specialist", "IPS employment specialist: a Vocational Unit member who "
          .. "provides only employment services and carries an employment caseload (20 or "
          .. "fewer clients full time); develops and signs the Employment Plan with the person",
          cite = "PROS Clarification 14, feature 8, Vocational Unit; 9. Caseload size; "
            .. "Implementing IPS in a PROS (\"developed through a partnership between the "
            .. "individual and the IPS employment specialist\")" },
        { "vocational_specialist", "a Vocational Unit member who delivers the ORS employment "
          .. "services (the source's other name for an employment specialist; carries a "
          .. "caseload, does not sign the plan in that role)",
          cite = "PROS Clarification 14, Ongoing Rehabilitation and Support (\"from a "
            .. "vocational specialist\")" },
        { "ips_team_leader", "the Vocational Unit's team leader: a member of the unit whose "
          .. "contacts are IPS contacts, but who carries no employment caseload",
          cite = "PROS Clarification 14, feature 8 (\"a Vocational Unit is comprised of two "
            .. "employment specialists and a team leader\")" },
        { "pros_practitioner", "a PROS practitioner outside the Vocational Unit (CRS, IR "
          .. "services, benefits work); contacts are not IPS employment services",
          cite = "PROS Clarification 14, feature 5 (\"PROS practitioners and IPS employment "
            .. "specialists may partner\")" },
        { "psychiatrist", "a psychiatrist or prescriber of PROS Clinic Treatment; outside the "
          .. "Vocational Unit",
          cite = "PROS Clarification 14, Additional PROS Services (CRS, IR, Clinic Treatment)" },
      },
    },

    -- The model's enumeration: the kinds the plugin reads.
    ["case.events[].kind"] = {
      values = {
        { "enrollment", "the person enrolled in PROS: the initial employment assessment is due "
          .. "by the plan's date", cite = "PROS Clarification 14, feature 7 (\"individuals "
          .. "enrolling in PROS\")" },
        { "report", "a record made: the initial employment assessment, or the CAIRS entry at "
          .. "discharge (its `form` says which)", cite = "PROS Clarification 14, feature 7; "
          .. "Note regarding CAIRS data" },
        { "ips_entry", "the person entered IPS: starts the 30-day employer-contact clock and "
          .. "the months in IPS", cite = "IPS-VR crosswalk, principle 5 (\"within 30 days of "
          .. "IPS program entry\")" },
        { "readmission", "the person came back to PROS after a discharge: in IPS again",
          cite = "PROS Clarification 14, feature 2 (zero exclusion)" },
        { "discharge", "the person left PROS: ends the months in IPS; a CAIRS entry is due; "
          .. "its reason must not be an excluding ground", cite = "PROS Clarification 14, "
          .. "Note regarding CAIRS data; feature 2" },
        { "closure", "the case was closed: ends the months in IPS; its reason must not be an "
          .. "excluding ground", cite = "PROS Clarification 14, feature 2" },
        { "contact", "a service contact: counts toward the month's ORS employment services "
          .. "when a Vocational Unit member gave it, individually, for 30 minutes or more, for "
          .. "an employment purpose", cite = "PROS Clarification 14, Ongoing Rehabilitation "
          .. "and Support; Funding (one-to-one)" },
        { "employer_contact", "staff met an employer or hiring manager about a job: meets the "
          .. "30-day clock", cite = "IPS-VR crosswalk, principle 5" },
        { "payment", "the month's PROS add-on claim, with its `component` (IR or ORS)",
          cite = "PROS Clarification 14, Funding IPS and Vocational Services in PROS" },
        { "fidelity_review", "the program's IPS fidelity self-evaluation, its 25 item scores in "
          .. "ext.items", cite = "PROS Clarification 14, IPS Fidelity" },
      },
    },

    ["case.events[].form"] = {
      open = true, -- the source names these two records, not a list of a program's forms
      meaning = "for a report: the record it is",
      values = {
        { "initial_employment_assessment", "the initial employment assessment of a person "
          .. "enrolling in PROS, which identifies barriers to employment",
          cite = "PROS Clarification 14, feature 7, Rapid Job Search (\"The required "
            .. "assessments for individuals enrolling in PROS include an initial employment "
            .. "assessment\")",
          was = { "employment assessment" } },
        { "CAIRS", "the entry of the person's employment status into the Children and Adult "
          .. "Integrated Reporting System at discharge (the status may go in "
          .. "ext.employment_status)",
          cite = "PROS Clarification 14, Note regarding CAIRS data (\"enter information about "
            .. "the employment status ... upon the person's discharge from PROS\")",
          was = { "CAIRS entry", "CAIRS data" } },
      },
    },

    ["case.events[].purpose"] = {
      open = true, -- the source gives no list of purposes; only these are read
      meaning = "for a contact: what it was for; the IPS practices make it an employment "
        .. "service (ORS counts those), housing and other do not; none recorded: an "
        .. "employment service when a Vocational Unit member gave it",
      values = {
        { "employment_service", "an IPS employment service, not further specified",
          cite = "PROS Clarification 14, Ongoing Rehabilitation and Support (\"2 30-minute "
            .. "employment services per month\")" },
        { "job_search", "rapid job search with the person (applications, interview "
          .. "preparation)", cite = "PROS Clarification 14, feature 7, Rapid Job Search; "
          .. "Intensive Rehabilitation Goal Acquisition (IR)" },
        { "job_development", "developing jobs with employers for the person",
          cite = "PROS Clarification 14, feature 6 (\"developing competitive positions\"); "
            .. "IPS-VR crosswalk, principle 6" },
        { "job_support", "individualized, time-unlimited follow-along supports for a person "
          .. "who works", cite = "PROS Clarification 14, Ongoing Rehabilitation and Support "
          .. "(\"Individualized follow-along supports and Time unlimited follow-along "
          .. "supports\")", was = { "follow-along", "follow-along supports" } },
        { "career_profile", "exploring the person's work history, preferences and goals (the "
          .. "career profile that guides the plan)", cite = "IPS-VR crosswalk, principle 4 "
          .. "(\"career profile (guides work plan)\"); PROS Clarification 14, Implementing IPS "
          .. "in a PROS (the IRGA questions)" },
        { "work_based_assessment", "ongoing, work-based assessment of the person's interests, "
          .. "talents and skills", cite = "PROS Clarification 14, Assessment (CRS) (\"IPS "
          .. "Ongoing-work based assessment\")" },
        { "employment_plan", "developing or carrying out the Employment Plan (IRGA)",
          cite = "PROS Clarification 14, Intensive Rehabilitation Goal Acquisition (IR) "
            .. "(\"intensive work on developing and implementing the individual's Employment "
            .. "Plan\")", was = { "IRGA" } },
        { "benefits_counseling", "benefits counseling, work incentives planning",
          cite = "PROS Clarification 14, feature 5, Benefits Counseling; Benefits and "
            .. "Financial Management (CRS) (\"the IPS practice of work incentives planning\")",
          was = { "benefits", "work incentives planning" } },
        { "disclosure", "deciding with the person whether to disclose a mental illness to "
          .. "employers", cite = "PROS Clarification 14, IRP Planning (CRS) (\"Disclosure may "
          .. "also be a part of this work\")" },
        { "housing", "help with housing: not an employment service" },
        { "other", "another purpose, not an employment service" },
      },
    },

    ["case.events[].component"] = {
      -- closed: the PROS components the source names are these four, and a
      -- misspelt one would drop a claim from the one-add-on-a-month rule
      open = false,
      meaning = "for a contact or a payment: the PROS component it is delivered or billed "
        .. "under",
      values = {
        { "IR", "Intensive Rehabilitation (billed as a monthly add-on)",
          cite = "PROS Clarification 14, Funding IPS and Vocational Services in PROS (\"IR "
            .. "and ORS\"; \"the add-on may be billed to Medicaid for only IR or ORS in any "
            .. "given month\")" },
        { "ORS", "Ongoing Rehabilitation and Support (billed as a monthly add-on)",
          cite = "PROS Clarification 14, Funding IPS and Vocational Services in PROS" },
        { "CRS", "Community Rehabilitation and Support",
          cite = "PROS Clarification 14, Funding IPS and Vocational Services in PROS "
            .. "(\"certain CRS services\")" },
        { "clinic_treatment", "PROS Clinic Treatment",
          cite = "PROS Clarification 14, Additional PROS Services (CRS, IR, Clinic Treatment)" },
      },
    },

    ["case.events[].modality"] = {
      -- closed: the source names the two PROS modalities, the model's own
      -- two for a planned service; a misspelt "group" would count as one-to-one
      open = false,
      meaning = "for a contact: how it was given",
      values = {
        { "individual", "one-to-one, as IPS is delivered",
          cite = "PROS Clarification 14, Funding (\"individualized, one-to-one services\")" },
        { "group", "in a group: not how IPS is delivered, and not an ORS employment service",
          cite = "PROS Clarification 14, Funding (\"not provided through the group "
            .. "modality\")" },
      },
    },

    -- The model's enumeration: both values are read.
    ["plans[].services[].modality"] = {
      values = {
        { "individual", "one-to-one: how an IPS service must be planned",
          cite = "PROS Clarification 14, Implementing IPS in a PROS (\"must be provided as an "
            .. "individual modality\")" },
        { "group", "in a group: allowed for other PROS services, not for an IPS practice",
          cite = "PROS Clarification 14, Implementing IPS in a PROS (\"rather than in a group "
            .. "modality\")" },
      },
    },

    ["case.notes[].kind"] = {
      open = true, -- a program writes other notes; only the progress note is read
      meaning = "what sort of note it is",
      values = {
        { "progress_note", "the monthly progress note that documents the IPS work",
          cite = "PROS Clarification 14, IRP Planning (CRS) (\"must be documented in the IRP "
            .. "and monthly progress notes\")", was = { "monthly progress note" } },
        { "intake_note", "a note written at intake (read by no rule)" },
      },
    },

    ["case.notes[].tags[]"] = {
      open = true,
      meaning = "labels on a note",
      values = {
        { "progress_note", "the note is the month's progress note (as kind progress_note)",
          cite = "PROS Clarification 14, IRP Planning (CRS) (\"monthly progress notes\")" },
        { "ors", "the note records Ongoing Rehabilitation and Support work (read by no rule)",
          cite = "PROS Clarification 14, Ongoing Rehabilitation and Support" },
      },
    },

    ["plans[].services[].category"] = {
      open = true, -- "This list is not meant to be all inclusive": a PROS program has more services
      meaning = "the PROS service a planned service is delivered through; the ips_ ones say "
        .. "it is an IPS practice",
      values = {
        { "ips_irga", "an IPS practice delivered through Intensive Rehabilitation Goal "
          .. "Acquisition (IR): job search, developing the Employment Plan",
          cite = "PROS Clarification 14, Intensive Rehabilitation Goal Acquisition (IR); "
            .. "Implementing IPS in a PROS (\"provide the IPS practice through the PROS IR "
            .. "Service, Intensive Rehabilitation Goal Acquisition (IRGA)\")",
          was = { "IR: IRGA (IPS)", "IRGA (IPS)" } },
        { "ips_ir", "an IPS practice delivered through another Intensive Rehabilitation "
          .. "service", cite = "PROS Clarification 14, Funding (\"IPS practices will be most "
          .. "often provided through Intensive Rehabilitation (IR) and Ongoing Rehabilitation "
          .. "and Supports (ORS)\")", was = { "IR (IPS)" } },
        { "ips_ors", "IPS follow-along supports delivered through Ongoing Rehabilitation and "
          .. "Support", cite = "PROS Clarification 14, Ongoing Rehabilitation and Support",
          was = { "ORS (IPS)" } },
        { "ips_crs", "an IPS practice delivered through a CRS service (IRP Planning, "
          .. "Assessment)", cite = "PROS Clarification 14, Funding (\"may also be delivered as "
          .. "part of certain CRS services\"); IRP Planning (CRS); Assessment (CRS)",
          was = { "CRS (IPS)" } },
        { "IR", "another Intensive Rehabilitation service (an IPS practice only when ext.ips "
          .. "or its Vocational Unit staff say so)",
          cite = "PROS Clarification 14, Additional PROS Services (CRS, IR, Clinic Treatment)" },
        { "ORS", "another Ongoing Rehabilitation and Support service (IPS only when ext.ips or "
          .. "its Vocational Unit staff say so)",
          cite = "PROS Clarification 14, Funding" },
        { "CRS", "another Community Rehabilitation and Support service, e.g. Wellness "
          .. "Self-Management (IPS only when ext.ips or its Vocational Unit staff say so)",
          cite = "PROS Clarification 14, Additional PROS Services (CRS, IR, Clinic Treatment)" },
        { "benefits_and_financial_management", "the CRS Benefits and Financial Management "
          .. "service: benefits counseling and work incentives planning, on which PROS "
          .. "practitioners and employment specialists may partner",
          cite = "PROS Clarification 14, feature 5, Benefits Counseling; Benefits and "
            .. "Financial Management (CRS)",
          was = { "CRS: benefits and financial management" } },
        { "clinic_treatment", "PROS Clinic Treatment (e.g. medication management): not an "
          .. "employment service", cite = "PROS Clarification 14, Additional PROS Services "
          .. "(CRS, IR, Clinic Treatment)" },
      },
    },
  },

  -- The agency fields the plugin reads (and the ones its cases carry).
  ext = {
    ["case"] = {
      ips_exclusion_reason = { type = "text", meaning = "why a person who wants to work was "
        .. "kept out of, or deferred from, IPS; any value is a finding (zero exclusion)",
        cite = "PROS Clarification 14, feature 2 (\"Access to IPS is not dependent upon ... "
          .. "or other factors\")" },
      ny_region = { type = "one of", meaning = "the New York minimum-wage region of the "
        .. "person's work (a job's own ext.ny_region comes first); none recorded: the lowest "
        .. "regional rate", cite = "PROS Clarification 14, Note regarding definition of "
        .. "competitive employment (\"pays at least minimum wage\"); NY Labor Law 652",
        values = {
          { "nyc", "New York City" },
          { "long_island_westchester", "Nassau, Suffolk and Westchester counties" },
          { "rest_of_state", "the rest of the state" },
        } },
      pros_program = { type = "text", meaning = "the name of the PROS program serving the "
        .. "person (shown; read by no rule)" },
    },
    ["case.employment[]"] = {
      ny_region = { type = "one of", meaning = "the New York minimum-wage region of this job",
        cite = "NY Labor Law 652; 12 NYCRR Part 142",
        values = {
          { "nyc", "New York City" },
          { "long_island_westchester", "Nassau, Suffolk and Westchester counties" },
          { "rest_of_state", "the rest of the state" },
        } },
      arrangement = { type = "one of", meaning = "how the job is held; only jwod and nysid "
        .. "change a check (competitive even when not open to the public)",
        cite = "PROS Clarification 14, Note regarding definition of competitive employment; "
          .. "feature 6 (\"permanent employment opportunities\")",
        values = {
          { "permanent", "a permanent job", cite = "PROS Clarification 14, feature 6" },
          { "seasonal", "a seasonal temporary job (competitive)",
            cite = "PROS Clarification 14, Note regarding definition of competitive "
              .. "employment (\"Seasonal temporary jobs\")" },
          { "temporary_agency", "a job through a temporary agency open to other community "
            .. "members (competitive)", cite = "PROS Clarification 14, Note regarding "
            .. "definition of competitive employment" },
          { "jwod", "a position through Javits-Wagner-O'Day (AbilityOne): competitive even "
            .. "though set aside", cite = "PROS Clarification 14, Note regarding definition of "
            .. "competitive employment" },
          { "nysid", "a position through New York Industries for the Disabled: competitive "
            .. "even though set aside", cite = "PROS Clarification 14, Note regarding "
            .. "definition of competitive employment" },
        } },
    },
    ["case.events[]"] = {
      items = { type = "list", items = "number", meaning = "of a fidelity_review: the 25 item "
        .. "scores of the IPS fidelity scale in the scale's order (1 caseload size ... 25 "
        .. "assertive engagement), each a whole number 1-5 (ny.c14.fidelity.item-scores "
        .. "checks them)", cite = "PROS Clarification 14, IPS Fidelity (\"25 items clustered "
        .. "into three categories ... rated on Likert scales\"); policy README (IPS-25)" },
      employment_status = { type = "text", meaning = "of a CAIRS report: the employment "
        .. "status entered (read by no rule)", cite = "PROS Clarification 14, Note regarding "
        .. "CAIRS data" },
    },
    ["plans[].services[]"] = {
      ips = { type = "boolean", meaning = "whether a planned service is an IPS practice; "
        .. "without it, a service is IPS when Vocational Unit staff are responsible for it or "
        .. "provide it, or its category is an ips_ one",
        cite = "PROS Clarification 14, Implementing IPS in a PROS (\"When IPS practices are "
          .. "delivered through a PROS service, the service must be provided as an individual "
          .. "modality\")" },
    },
  },

  parameters = {
    -- Feature 7 via the IPS-VR crosswalk, principle 5: a meeting with a
    -- hiring manager "within 30 days of IPS program entry".
    rapid_search_days = { ["2008-01-01"] = 30 },
    -- Feature 9: "the maximum caseload for a full-time employment
    -- specialist is 20 or fewer clients"; the IPS-25 caseload item (2008).
    caseload_max = { ["2008-01-01"] = 20 },
    -- Ongoing Rehabilitation and Support: "at least 10 hours per week ...
    -- a minimum of 2 30-minute employment services per month".
    ors_min_hours_week = { ["2008-01-01"] = 10 },
    ors_min_contacts = { ["2008-01-01"] = 2 },
    ors_min_minutes = { ["2008-01-01"] = 30 },
    -- NY minimum wage by region (see min_wage above), cents an hour.
    min_wage_nyc = {
      ["2009-07-24"] = 725, ["2013-12-31"] = 800, ["2014-12-31"] = 875, ["2015-12-31"] = 900,
      ["2016-12-31"] = 1050, ["2017-12-31"] = 1200, ["2018-12-31"] = 1350,
      ["2019-12-31"] = 1500, ["2024-01-01"] = 1600, ["2025-01-01"] = 1650,
      ["2026-01-01"] = 1700,
    },
    min_wage_long_island_westchester = {
      ["2009-07-24"] = 725, ["2013-12-31"] = 800, ["2014-12-31"] = 875, ["2015-12-31"] = 900,
      ["2016-12-31"] = 1000, ["2017-12-31"] = 1100, ["2018-12-31"] = 1200,
      ["2019-12-31"] = 1300, ["2020-12-31"] = 1400, ["2021-12-31"] = 1500,
      ["2024-01-01"] = 1600, ["2025-01-01"] = 1650, ["2026-01-01"] = 1700,
    },
    min_wage_rest_of_state = {
      ["2009-07-24"] = 725, ["2013-12-31"] = 800, ["2014-12-31"] = 875, ["2015-12-31"] = 900,
      ["2016-12-31"] = 970, ["2017-12-31"] = 1040, ["2018-12-31"] = 1110,
      ["2019-12-31"] = 1180, ["2020-12-31"] = 1250, ["2021-12-31"] = 1320,
      ["2022-12-31"] = 1420, ["2024-01-01"] = 1500, ["2025-01-01"] = 1550,
      ["2026-01-01"] = 1600,
    },
    -- IPS-25 bands (policy README): 115-125 exemplary, 100-114 good, 74-99
    -- fair, 73 and below not supported employment. Each band is the lowest
    -- total it starts at; the first that the total reaches applies.
    fidelity_bands = {
      ["2008-01-01"] = {
        { min = 115, band = "exemplary" },
        { min = 100, band = "good" },
        { min = 74, band = "fair" },
        { min = 0, band = "not IPS" },
      },
    },
  },

  rules = {
    -- Feature 2: "Access to IPS is not dependent upon psychiatric history,
    -- substance use history, job readiness factors, personal presentation,
    -- or other factors", and a person whose job "is terminated for any
    -- reason at all" keeps IPS. No rule of this plugin refuses a plan on
    -- any of these grounds (tests/zero-exclusion-met.lua). The data that can
    -- show an exclusion: case.ext.ips_exclusion_reason (any value is a
    -- finding: "or other factors"), and the reason of a discharge or
    -- closure event when it names one of the grounds above (leaving for
    -- other reasons, such as the person's own choice or a move, is not an
    -- exclusion).
    -- class: conduct — "Access to IPS is not dependent upon psychiatric
    -- history ... or other factors": whether the program let the person in
    -- (an exclusion reason, a discharge or closure), not what the plan says.
    vr.rule {
      id = "ny.c14.2.zero-exclusion",
      cite = "PROS Clarification 14, feature 2 (\"IPS is based on zero-exclusion\"; "
        .. "\"Access to IPS is not dependent upon psychiatric history, substance use "
        .. "history, job readiness factors, personal presentation, or other factors\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.ext.ips_exclusion_reason",
      check = function(plan, case)
        local out = {}
        local reason = case.ext and case.ext.ips_exclusion_reason
        if not blank(reason) then
          local g = exclusion_ground(reason)
          out[#out + 1] = vr.finding(("IPS access was limited for the reason '%s'%s: a "
            .. "person who identifies employment as a goal may take part in IPS "
            .. "regardless of any such factor"):format(reason,
              g and (" (" .. g .. ")") or ""), "case.ext.ips_exclusion_reason")
        end
        for i, e in ipairs(case.events or {}) do
          if e.kind == "discharge" or e.kind == "closure" then
            local g = exclusion_ground(e.reason)
            if g then
              out[#out + 1] = vr.finding(("the %s on %s gives the reason '%s', which rests "
                .. "on %s: IPS may not be withheld on that ground"):format(e.kind,
                  day_of(e) or "?", e.reason, g), ("case.events[%d].reason"):format(i))
            end
          end
        end
        return out
      end,
    },

    -- Feature 5, Benefits Counseling: "assuring access to benefits counseling
    -- as a key element in attaining economic self-sufficiency", through the
    -- CRS Benefits and Financial Management service. The data shows the need
    -- most clearly for a Social Security beneficiary; a warning, because the
    -- text assures access rather than requiring the service in every plan.
    -- The plan lists it as a service of category
    -- "benefits_and_financial_management" (its description is free text and
    -- is not searched).
    -- class: content — "assuring access to benefits counseling" through the
    -- CRS Benefits and Financial Management service: whether the plan lists it.
    vr.rule {
      id = "ny.c14.5.benefits-counseling",
      cite = "PROS Clarification 14, feature 5 (\"assuring access to benefits counseling\"); "
        .. "Benefits and Financial Management (CRS)",
      severity = "warning",
      class = "content",
      applies_to = { "EP" },
      path = "plan.services",
      check = function(plan, case)
        local person = case.person or {}
        if person.ssa_beneficiary ~= true then return nil end
        for _, s in ipairs(plan.services or {}) do
          if s.category == "benefits_and_financial_management" then return nil end
        end
        return "the person receives Social Security benefits but the plan lists no "
          .. "benefits counseling (a service of category benefits_and_financial_management: "
          .. "Benefits and Financial Management, CRS)"
      end,
    },

    -- Feature 7, Rapid Job Search: "The required assessments for individuals
    -- enrolling in PROS include an initial employment assessment which is
    -- designed to identify barriers to employment". Checked when the case
    -- records the PROS enrollment (an enrollment event by the plan's date):
    -- a report of form "initial_employment_assessment", on or after the
    -- enrollment and by the plan's date (the plan builds on it).
    -- class: conduct — "The required assessments for individuals enrolling
    -- in PROS include an initial employment assessment": an assessment the
    -- program does (or not) before the plan, not an element of the plan.
    vr.rule {
      id = "ny.c14.7.initial-employment-assessment",
      cite = "PROS Clarification 14, feature 7 (\"The required assessments for individuals "
        .. "enrolling in PROS include an initial employment assessment\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local enrolled
        for _, x in ipairs(events_of(case, "enrollment")) do
          if x.day <= plan.date then enrolled = x end
        end
        if enrolled == nil then return nil end
        for _, r in ipairs(events_of(case, "report")) do
          if r.day >= enrolled.day and r.day <= plan.date
              and r.event.form == "initial_employment_assessment" then
            return nil
          end
        end
        return vr.finding(("enrolled in PROS on %s, but no initial employment assessment is "
          .. "recorded by the plan's date %s: add a report event with form "
          .. "\"initial_employment_assessment\""):format(enrolled.day, plan.date),
          ("case.events[%d]"):format(enrolled.i))
      end,
    },

    -- Feature 7, Rapid Job Search: specialists "will begin working
    -- immediately" with those who want to work. The text sets no number of
    -- days; the IPS-VR crosswalk (principle 5) gives the IPS measure, a
    -- meeting with an employer "within 30 days of IPS program entry"
    -- (parameter rapid_search_days). A warning: the 30 days come from the
    -- fidelity model, not Clarification 14. Not applied to a person who
    -- already had a job when entering IPS. The deadline
    -- ny.c14.7.employer-contact-30-days shows the same clock.
    -- class: conduct — "employment specialists will begin working
    -- immediately": a clock on the specialist's first employer contact.
    vr.rule {
      id = "ny.c14.7.rapid-job-search",
      cite = "PROS Clarification 14, feature 7 (\"Rapid Job Search ... begin working "
        .. "immediately\"); IPS-VR crosswalk, principle 5 (employer contact within 30 "
        .. "days of IPS program entry)",
      severity = "warning",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case, ctx)
        local out = {}
        for _, c in ipairs(rapid_search_clocks(case, ctx)) do
          if (c.met and c.met > c.due) or (c.met == nil and ctx.as_of > c.due) then
            out[#out + 1] = vr.finding(("no employer contact within %d days of IPS entry on "
              .. "%s (by %s; %s): the job search should begin at once"):format(
                date.days_between(c.entry, c.due), c.entry, c.due,
                c.met and ("the first was on " .. c.met) or "none is recorded"),
              ("case.events[%d]"):format(c.i))
          end
        end
        return out
      end,
    },

    -- Feature 8, Vocational Unit: "Employments specialists provide only
    -- employment services". Shown when the plan makes an employment
    -- specialist responsible for a service that is not an employment
    -- service: Clinic Treatment (category "clinic_treatment"), or a service
    -- the plan marks as not an IPS practice (ext.ips = false), except
    -- benefits work (category "benefits_and_financial_management"), on which
    -- "PROS practitioners and IPS employment specialists may partner"
    -- (feature 5).
    -- A warning: the sentence describes the model.
    -- class: content — "Employments specialists provide only employment
    -- services": the plan makes a specialist responsible for another service;
    -- editing who is responsible repairs it.
    vr.rule {
      id = "ny.c14.8.employment-services-only",
      cite = "PROS Clarification 14, feature 8, Vocational Unit (\"Employments specialists "
        .. "provide only employment services\")",
      severity = "warning",
      class = "content",
      applies_to = { "EP" },
      path = "plan.services",
      check = function(plan, case)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          local clinic = s.category == "clinic_treatment"
          local not_ips = s.ext ~= nil and s.ext.ips == false
            and s.category ~= "benefits_and_financial_management"
          if (clinic or not_ips) and is_specialist(case, s.responsible) then
            local who = staff_by_id(case, s.responsible)
            out[#out + 1] = vr.finding(("employment specialist %s is responsible for '%s', "
              .. "which is not an employment service: employment specialists provide only "
              .. "employment services"):format(who and who.name or s.responsible,
                s.description), ("plan.services[%d].responsible"):format(i))
          end
        end
        return out
      end,
    },

    -- Feature 9, Caseload size: "It is recommended that the maximum caseload
    -- for a full-time employment specialist is 20 or fewer clients"
    -- (parameter caseload_max, as of ctx.as_of: a caseload is today's).
    -- The count: the store's (ctx.summary.caseload[id].cases, the agency's
    -- open cases that list the specialist) when it counts more than this
    -- one case; else, when the store holds no other case of theirs, the
    -- caseload the agency records (case.staff[].caseload); else the store's
    -- count. The message says which. A part-time specialist's limit is
    -- scaled by case.staff[].fte (the IPS-25 caseload item counts clients
    -- per full-time specialist); no fte recorded is taken as full time. A
    -- warning: "recommended".
    -- class: conduct — "the maximum caseload for a full-time employment
    -- specialist is 20 or fewer clients": how the program staffs, not the plan.
    vr.rule {
      id = "ny.c14.9.caseload",
      cite = "PROS Clarification 14, feature 9, Caseload size (\"the maximum caseload for a "
        .. "full-time employment specialist is 20 or fewer clients\")",
      severity = "warning",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.staff",
      check = function(plan, case, ctx)
        local loads = ctx.summary and ctx.summary.caseload or {}
        local max = ctx.param("caseload_max", ctx.as_of)
        local out = {}
        for i, s in ipairs(case.staff or {}) do
          if SPECIALIST_ROLES[s.role] then
            local counted = loads[s.id] and loads[s.id].cases
            local cases, how
            if counted and counted > 1 then
              cases, how = counted, "counted in the store"
            elseif s.caseload ~= nil then
              cases, how = s.caseload, "as recorded in case.staff[].caseload: the store holds "
                .. "no other case of theirs"
            elseif counted then
              cases, how = counted, "counted in the store"
            end
            local fte = s.fte or 1
            local limit = max * fte
            if cases and cases > limit then
              out[#out + 1] = vr.finding(("employment specialist %s carries %d open cases (%s); "
                .. "the recommended maximum %s is %g (%d for a full-time specialist)"):format(
                  s.name, cases, how,
                  s.fte and ("at %g FTE"):format(fte) or "(no fte recorded: full time)",
                  limit, max), ("case.staff[%d]"):format(i))
            end
          end
        end
        return out
      end,
    },

    -- Funding, and again Implementing IPS in a PROS: "IPS services are
    -- delivered as individualized, one-to-one services and are not provided
    -- through the group modality"; "the service must be provided as an
    -- individual modality rather than in a group modality". Two rules: the
    -- plan's IPS services (what the plan says) and the IPS contacts recorded
    -- in the case (what the program did; once one rule, split because the
    -- two are of different classes). Other PROS services the plan lists
    -- (e.g. a CRS group) may be groups.
    -- class: content — "When IPS practices are delivered through a PROS
    -- service, the service must be provided as an individual modality": the
    -- modality the plan gives an IPS service.
    vr.rule {
      id = "ny.c14.ips.individual-modality",
      cite = "PROS Clarification 14, Funding (\"IPS services are delivered as "
        .. "individualized, one-to-one services and are not provided through the group "
        .. "modality\"); Implementing IPS in a PROS (\"must be provided as an individual "
        .. "modality\")",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      check = function(plan, case)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if s.modality == "group" and is_ips_service(s, case) then
            out[#out + 1] = vr.finding(("IPS service '%s' is planned in the group modality: "
              .. "IPS is delivered one-to-one"):format(s.description),
              ("plan.services[%d].modality"):format(i))
          end
        end
        return out
      end,
    },

    -- class: conduct — "IPS services are delivered as individualized,
    -- one-to-one services and are not provided through the group modality":
    -- a contact the program delivered as a group, which no edit of the plan
    -- undoes.
    vr.rule {
      id = "ny.c14.ips.individual-contacts",
      cite = "PROS Clarification 14, Funding (\"IPS services are delivered as "
        .. "individualized, one-to-one services and are not provided through the group "
        .. "modality\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      check = function(plan, case)
        local out = {}
        for i, e in ipairs(case.events or {}) do
          if is_ips_contact(e, case) and e.modality == "group" then
            out[#out + 1] = vr.finding(("the IPS contact on %s was recorded as a group: IPS "
              .. "is delivered one-to-one"):format(day_of(e) or "?"),
              ("case.events[%d].modality"):format(i))
          end
        end
        return out
      end,
    },

    -- Funding: "Individuals may receive IPS as both an IR and an ORS service
    -- simultaneously, although the add-on may be billed to Medicaid for only
    -- IR or ORS in any given month." Receiving both is allowed: contacts
    -- delivered under IR and under ORS in one month are not a finding. The
    -- billing is what is limited: a month whose payment events (the add-on
    -- claims) name both components is.
    -- class: conduct — "the add-on may be billed to Medicaid for only IR
    -- or ORS in any given month": a claim the program made.
    vr.rule {
      id = "ny.c14.funding.one-add-on-a-month",
      cite = "PROS Clarification 14, Funding IPS and Vocational Services in PROS (\"the "
        .. "add-on may be billed to Medicaid for only IR or ORS in any given month\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local months, order = {}, {}
        for _, x in ipairs(events_of(case, "payment")) do
          local c = x.event.component
          if c == "IR" or c == "ORS" then
            local m = x.day:sub(1, 7)
            if months[m] == nil then
              months[m] = {}
              order[#order + 1] = m
            end
            months[m][c] = months[m][c] or x
          end
        end
        local out = {}
        for _, m in ipairs(order) do
          local ir, ors = months[m].IR, months[m].ORS
          if ir and ors then
            local later = ir.day > ors.day and ir or ors
            out[#out + 1] = vr.finding(("the add-on for %s was billed under both IR (%s) and "
              .. "ORS (%s): it may be billed for only one of them in a month"):format(m,
                ir.day, ors.day), ("case.events[%d].component"):format(later.i))
          end
        end
        return out
      end,
    },

    -- Implementing IPS in a PROS: "Ideally one employment specialist will
    -- provide all employment services to a specific individual". Only an
    -- ideal, so information for the supervisor. Counts the specialists who
    -- recorded IPS contacts (the team leader's contacts do not count).
    -- class: conduct — "Ideally one employment specialist will provide all
    -- employment services": who delivered the contacts.
    vr.rule {
      id = "ny.c14.ips.one-specialist",
      cite = "PROS Clarification 14, Implementing IPS in a PROS (\"Ideally one employment "
        .. "specialist will provide all employment services\")",
      severity = "info",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local seen, names = {}, {}
        for _, e in ipairs(case.events or {}) do
          if is_ips_contact(e, case) and not seen[e.staff] then
            local s = staff_by_id(case, e.staff)
            if s and s.role ~= "ips_team_leader" then
              seen[e.staff] = true
              names[#names + 1] = s.name
            end
          end
        end
        if #names > 1 then
          return ("%d employment specialists provided IPS contacts (%s): ideally one "
            .. "specialist provides all of them"):format(#names, table.concat(names, ", "))
        end
      end,
    },

    -- Essential features of the Employment Plan, first bullet: "The
    -- employment goal is stated in the person's own words."
    -- class: content — "The employment goal is stated in the person's own
    -- words": an essential feature of the plan.
    vr.rule {
      id = "ny.c14.ep.own-words",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"The "
        .. "employment goal is stated in the person's own words\")",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      path = "plan.goal.own_words",
      check = function(plan)
        if plan.goal == nil or blank(plan.goal.own_words) then
          return "the employment goal is not stated in the person's own words: write "
            .. "what they said in goal.own_words"
        end
      end,
    },

    -- Second bullet: "a set of behavioral objectives that outline how the
    -- person will meet his/her goals". A behavioural objective says what the
    -- person will do and how it will be seen: each needs a measure.
    -- class: content — "a set of behavioral objectives that outline how the
    -- person will meet his/her goals": an essential feature of the plan.
    vr.rule {
      id = "ny.c14.ep.behavioral-objectives",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"a set of "
        .. "behavioral objectives that outline how the person will meet his/her goals\")",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      path = "plan.objectives",
      check = function(plan)
        local objectives = plan.objectives or {}
        if #objectives == 0 then
          return "the plan has no behavioral objectives: list the steps the person will "
            .. "take toward the goal"
        end
        local out = {}
        for i, o in ipairs(objectives) do
          if blank(o.measure) then
            out[#out + 1] = vr.finding(("objective '%s' has no measure: say how the person's "
              .. "progress will be observed"):format(o.title),
              ("plan.objectives[%d].measure"):format(i))
          end
        end
        return out
      end,
    },

    -- Third bullet: "a list of the specific people, services and supports
    -- the person and Employment Specialist consider necessary". The plan
    -- lists at least one service, and each names who is responsible for it.
    -- class: content — "a list of the specific people, services and
    -- supports": an essential feature of the plan.
    vr.rule {
      id = "ny.c14.ep.people-services-supports",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"a list of "
        .. "the specific people, services and supports\")",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      path = "plan.services",
      check = function(plan)
        local services = plan.services or {}
        if #services == 0 then
          return "the plan lists no services or supports: list the people, services and "
            .. "supports needed to support employment"
        end
        local out = {}
        for i, s in ipairs(services) do
          if blank(s.responsible) then
            out[#out + 1] = vr.finding(("service '%s' names no person responsible for it")
              :format(s.description), ("plan.services[%d].responsible"):format(i))
          end
        end
        return out
      end,
    },

    -- Fourth bullet: "time frames for meeting the identified objectives":
    -- each objective has a target date. (That a target is not before its
    -- start the core model already refuses at import.)
    -- class: content — "defines time frames for meeting the identified
    -- objectives": an essential feature of the plan.
    vr.rule {
      id = "ny.c14.ep.time-frames",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"defines "
        .. "time frames for meeting the identified objectives\")",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      path = "plan.objectives",
      check = function(plan)
        local out = {}
        for i, o in ipairs(plan.objectives or {}) do
          if o.target == nil then
            out[#out + 1] = vr.finding(("objective '%s' has no time frame: set its target "
              .. "date"):format(o.title), ("plan.objectives[%d].target"):format(i))
          end
        end
        return out
      end,
    },

    -- IRP Planning (CRS): the IPS work on barriers "must be documented in
    -- the IRP and monthly progress notes". What the data shows is whether a
    -- progress note was written each month: checked for each whole calendar
    -- month of the plan (from the first month after the plan first took
    -- effect, plan_start, to the last month ended before as_of) in which the
    -- person was in IPS all month. A warning: a note's existence stands for
    -- what it documents.
    -- class: conduct — "must be documented in the IRP and monthly progress
    -- notes": a note the program writes each month, not the plan's text.
    vr.rule {
      id = "ny.c14.crs.monthly-progress-notes",
      cite = "PROS Clarification 14, IRP Planning (CRS) (\"must be documented in the IRP "
        .. "and monthly progress notes\")",
      severity = "warning",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.notes",
      check = function(plan, case, ctx)
        local out = {}
        for _, m in ipairs(whole_months(plan_start(plan, ctx), ctx.as_of)) do
          if in_program(case, m.first, m.last) then
            local found = false
            for _, n in ipairs(case.notes or {}) do
              if n.date >= m.first and n.date <= m.last
                  and (n.kind == "progress_note" or vr.case.tagged(n, "progress_note")) then
                found = true
              end
            end
            if not found then
              out[#out + 1] = vr.finding(("no progress note is recorded for %s: the IPS work "
                .. "is documented in monthly progress notes (a note of kind \"progress "
                .. "note\")"):format(m.first:sub(1, 7)), "case.notes")
            end
          end
        end
        return out
      end,
    },

    -- Ongoing Rehabilitation and Support: "the individual who is employed at
    -- a competitive job at least 10 hours per week receives a minimum of 2
    -- 30-minute employment services per month from a vocational specialist"
    -- (parameters ors_min_hours_week, ors_min_contacts, ors_min_minutes).
    -- Checked per calendar month: each whole month of the plan (from the
    -- first month after the plan first took effect, plan_start, to the last
    -- month ended before as_of: the months the deadline
    -- ny.c14.ors.contacts-this-month runs on). Choices:
    -- - "a competitive job at least 10 hours": one job of 10+ hours a week
    --   (the text's singular), held the whole month, not shown to be
    --   non-competitive (not_competitive above); unknown hours: skipped;
    -- - the person was in IPS all month (in_program above);
    -- - an employment service is a "contact" event of 30 minutes or more,
    --   from Vocational Unit staff (event.staff), of modality "individual"
    --   (or none recorded), whose purpose, if recorded, is an employment one
    --   (EMPLOYMENT_PURPOSES). Its component (IR, ORS or CRS) does not
    --   matter. The deadline ny.c14.ors.contacts-this-month shows the month
    --   under way.
    -- class: conduct — "receives a minimum of 2 30-minute employment services
    -- per month from a vocational specialist": services delivered, or not, in a
    -- month gone by.
    vr.rule {
      id = "ny.c14.ors.monthly-contacts",
      cite = "PROS Clarification 14, Ongoing Rehabilitation and Support (\"employed at a "
        .. "competitive job at least 10 hours per week receives a minimum of 2 30-minute "
        .. "employment services per month from a vocational specialist\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case, ctx)
        local out = {}
        for _, m in ipairs(whole_months(plan_start(plan, ctx), ctx.as_of)) do
          local job = ors_job(ctx, case, m.first, m.last)
          if job and in_program(case, m.first, m.last) then
            local count, _, unnamed, need, minutes = ors_contacts(ctx, case, m.first, m.last)
            if count < need then
              out[#out + 1] = vr.finding(("in %s, working %s hours a week at %s, the person "
                .. "had %d employment service(s) of %d minutes or more from a vocational "
                .. "specialist; ORS requires at least %d a month%s"):format(m.first:sub(1, 7),
                  tostring(job.hours_week), job.employer, count, minutes, need,
                  unnamed > 0 and (" (%d more name no staff member: set event.staff)")
                    :format(unnamed) or ""), "case.events")
            end
          end
        end
        return out
      end,
    },

    -- IPS Fidelity: "PROS programs will use The Adapted Fidelity Scale as a
    -- self-evaluation tool"; "The IPS Fidelity Scale consists of 25 items
    -- clustered into three categories (staffing, organization, and
    -- services) rated on Likert scales" (1-5, policy README). A recorded
    -- self-evaluation must carry 25 item scores, each a whole number 1-5,
    -- or its total means nothing. The measure ny.c14.fidelity.total reports
    -- the total and its band.
    -- class: conduct — "PROS programs will use The Adapted Fidelity Scale as
    -- a self-evaluation tool": the program's self-evaluation record, not the plan.
    vr.rule {
      id = "ny.c14.fidelity.item-scores",
      cite = "PROS Clarification 14, IPS Fidelity (\"25 items clustered into three "
        .. "categories (staffing, organization, and services) rated on Likert scales\"); "
        .. "IPS-25 fidelity scale (policy README: 25 items scored 1-5)",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local out = {}
        for _, x in ipairs(events_of(case, "fidelity_review")) do
          for _, f in ipairs(fidelity_problems(x)) do out[#out + 1] = f end
        end
        return out
      end,
    },

    -- Note regarding definition of competitive employment, with feature 1
    -- ("Competitive employment becomes an agency goal") and feature 6: the
    -- plan's goal is competitive, so a goal wage, when stated, is at least
    -- the minimum wage on the plan's date in the case's region.
    -- class: content — "A position is considered competitive if it pays at
    -- least minimum wage": the goal wage the plan states.
    vr.rule {
      id = "ny.c14.note.competitive-goal",
      cite = "PROS Clarification 14, Note regarding definition of competitive employment "
        .. "(\"pays at least minimum wage\"); features 1 and 6; NY Labor Law 652",
      severity = "error",
      class = "content",
      applies_to = { "EP" },
      path = "plan.goal.wage_cents_hour",
      check = function(plan, case, ctx)
        local wage = plan.goal and plan.goal.wage_cents_hour
        if wage == nil then return nil end
        local floor, where = min_wage(ctx, region_of(nil, case), plan.date)
        if floor and wage < floor then
          return ("the goal wage %s an hour is under the New York minimum wage of %s on %s "
            .. "(%s): an IPS goal is competitive employment"):format(money.format(wage),
              money.format(floor), plan.date, where)
        end
      end,
    },

    -- The same note, for the jobs the person held since entering IPS (from
    -- the first ips_entry event, else the plan's date): a job counts as
    -- competitive if it "pays at least minimum wage and is a job that anyone
    -- can apply for". "Seasonal temporary jobs, jobs through temporary
    -- agencies that are open to other community members, and positions
    -- through ... JWOD ... and ... NYSID are considered competitive": none
    -- of them is flagged for being temporary, and a JWOD or NYSID position
    -- is not flagged for being set aside (see the head of the file for the
    -- conflict with feature 6's "permanent"). A job still held is compared
    -- with today's minimum (ctx.as_of); an ended one with the minimum at its
    -- start. A warning: the person may choose such a job; it is only not an
    -- IPS outcome.
    -- class: conduct — "pays at least minimum wage and is a job that anyone
    -- can apply for": the jobs the person held, which no edit of the plan changes.
    vr.rule {
      id = "ny.c14.note.competitive-jobs",
      cite = "PROS Clarification 14, Note regarding definition of competitive employment "
        .. "(\"pays at least minimum wage and is a job that anyone can apply for\"; "
        .. "seasonal, temporary-agency, JWOD and NYSID positions \"are considered "
        .. "competitive\"); NY Labor Law 652",
      severity = "warning",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.employment",
      check = function(plan, case, ctx)
        local entry = events_of(case, "ips_entry")[1]
        local since = entry and entry.day or plan.date
        local out = {}
        for i, j in ipairs(case.employment or {}) do
          if j.end_date == nil or j.end_date >= since then
            local on = (j.end_date == nil or j.end_date >= ctx.as_of) and ctx.as_of or j.start
            local why = on and not_competitive(ctx, j, case, on)
            if why then
              out[#out + 1] = vr.finding(("the job at %s is not competitive employment: %s")
                :format(j.employer, why), ("case.employment[%d]"):format(i))
            end
          end
        end
        return out
      end,
    },

    -- Note regarding CAIRS data: "Programs are required to enter information
    -- about the employment status of each individual into the ... CAIRS
    -- database upon the person's discharge from PROS". Shown by a "report"
    -- event with form "CAIRS" on or after each discharge.
    -- class: conduct — "Programs are required to enter information about the
    -- employment status ... into ... CAIRS ... upon the person's discharge": an
    -- entry the program makes at discharge.
    vr.rule {
      id = "ny.c14.note.cairs-at-discharge",
      cite = "PROS Clarification 14, Note regarding CAIRS data (\"enter information about "
        .. "the employment status ... upon the person's discharge from PROS\")",
      severity = "error",
      class = "conduct",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local out = {}
        for _, d in ipairs(events_of(case, "discharge")) do
          local found = false
          for _, r in ipairs(events_of(case, "report")) do
            if r.day >= d.day and r.event.form == "CAIRS" then
              found = true
              break
            end
          end
          if not found then
            out[#out + 1] = vr.finding(("discharged from PROS on %s, but no CAIRS entry of "
              .. "the person's employment status is recorded: add a report event with "
              .. "form \"CAIRS\" on or after the discharge"):format(d.day),
              ("case.events[%d]"):format(d.i))
          end
        end
        return out
      end,
    },
  },

  deadlines = {
    -- Feature 7 and the IPS-VR crosswalk, principle 5: an employer contact
    -- within 30 days of each IPS entry (see ny.c14.7.rapid-job-search). The
    -- person's clock, not the plan's: shown once (shows_case_clocks).
    vr.deadline {
      id = "ny.c14.7.employer-contact-30-days",
      starts = "each `ips_entry` event of a person not employed that day (a `case.employment` "
        .. "job running on it); due 30 days later",
      stops = "the first `employer_contact` event on or after the entry",
      what = "first employer contact after IPS entry",
      cite = "PROS Clarification 14, feature 7 (\"Rapid Job Search\"); IPS-VR crosswalk, "
        .. "principle 5 (\"within 30 days of IPS program entry\")",
      applies_to = { "EP" },
      compute = function(plan, case, ctx)
        local out = {}
        if not shows_case_clocks(ctx) then return out end
        for _, c in ipairs(rapid_search_clocks(case, ctx)) do
          out[#out + 1] = { due = c.due, from = "ips_entry on " .. c.entry, met = c.met }
        end
        return out
      end,
    },

    -- Ongoing Rehabilitation and Support: the month's two 30-minute
    -- employment services, due by the month's last day and met on the day of
    -- the second. Shown for the month before as_of and the month under way,
    -- when the person works 10+ hours a week at a competitive job the whole
    -- month (so far) and is in IPS; ny.c14.ors.monthly-contacts holds each
    -- whole month to it. The months are those after the plan first took
    -- effect (plan_start: an amendment does not restart them, a newer draft
    -- does not hide them); the clock is shown once (shows_case_clocks): on
    -- the version in effect, or on the version checked while none is.
    vr.deadline {
      id = "ny.c14.ors.contacts-this-month",
      starts = "each whole calendar month after the plan took effect (last month and this "
        .. "one) in which the person holds, from the month's first day, a competitive job "
        .. "(`case.employment`) of 10 or more hours_week and is in the program; due the "
        .. "month's last day",
      stops = "the second `contact` event of the month lasting 30 or more `minutes`, "
        .. "`individual` (or no modality), whose `purpose` is an employment purpose",
      what = "the month's ORS employment services (2 of 30 minutes or more)",
      cite = "PROS Clarification 14, Ongoing Rehabilitation and Support (\"a minimum of 2 "
        .. "30-minute employment services per month\")",
      applies_to = { "EP" },
      compute = function(plan, case, ctx)
        local out = {}
        if not shows_case_clocks(ctx) then return out end
        local start = plan_start(plan, ctx)
        local this = month_of(ctx.as_of)
        for _, first in ipairs({ date.add_months(this, -1), this }) do
          local last = date.last_of_month(first)
          local upto = last < ctx.as_of and last or ctx.as_of
          if first > start and ors_job(ctx, case, first, upto)
              and in_program(case, first, upto) then
            local _, met = ors_contacts(ctx, case, first, last)
            out[#out + 1] = { due = last, from = "month of " .. first:sub(1, 7), met = met,
              what = "ORS employment services for " .. first:sub(1, 7) }
          end
        end
        return out
      end,
    },
  },

  measures = {
    -- IPS Fidelity: the total of the latest self-evaluation on or before
    -- as_of (25-125) and its band (parameter fidelity_bands, as of the
    -- review's date), with the three group subtotals in the text. Nothing is
    -- reported when no self-evaluation is recorded, or when the latest one's
    -- scores are malformed (ny.c14.fidelity.item-scores says why).
    vr.measure {
      id = "ny.c14.fidelity.total",
      what = "IPS fidelity self-evaluation: total of the 25 items and its band",
      cite = "PROS Clarification 14, IPS Fidelity (\"use The Adapted Fidelity Scale as a "
        .. "self-evaluation tool\"); IPS-25 bands (policy README: 115-125 exemplary, "
        .. "100-114 good, 74-99 fair, 73 and below not supported employment)",
      applies_to = { "EP" },
      compute = function(plan, case, ctx)
        local x = latest_fidelity(case, ctx.as_of)
        if x == nil or #fidelity_problems(x) > 0 then return nil end
        local items = x.event.ext.items
        local total, parts = 0, {}
        for _, g in ipairs(GROUPS) do
          local sum = 0
          for k = g.from, g.to do sum = sum + items[k] end
          total = total + sum
          parts[#parts + 1] = ("%s %d/%d"):format(g.name, sum, 5 * (g.to - g.from + 1))
        end
        local band
        for _, b in ipairs(ctx.param("fidelity_bands", x.day)) do
          if total >= b.min then band = b.band break end
        end
        return { value = total, band = band,
          text = ("%d of 125 on %s: %s"):format(total, x.day, table.concat(parts, ", ")) }
      end,
    },
  },
}
