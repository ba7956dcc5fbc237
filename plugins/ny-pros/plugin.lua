-- New York OMH PROS with IPS: the IPS Employment Plan, part of the IRP.
--
-- Source: NYS Office of Mental Health, PROS Clarification 14, "Individualized
-- Placement and Support (IPS)": the implementation of IPS inside
-- Personalized Recovery Oriented Services. ../shared/policy/ny-pros-clarification-14-ips.txt
-- Rules follow the order of that document; each cites the numbered feature,
-- section or note it encodes and quotes a few of its words so an analyst can
-- find the passage.
--
-- The stored copy of Clarification 14 carries no issue date. source.date
-- below is a PLACEHOLDER, not the issue date: the text names NYESS as "now
-- being used by PROS programs" and OASAS by its pre-2019 name, so it dates
-- from about 2013-2019. Replace it with the date OMH gives.
--
-- What the plugin cannot check, because a plan and its case do not show it:
-- - Feature 3, "65% or more of their time ... in the community", and the
--   weekly "client-based group supervision" of feature 8: staff time, not
--   case data.
-- - Feature 9, "20 or fewer clients": a caseload looks across cases; the
--   host does not yet give plugins a caseload summary (DESIGN.md, Plugins).
-- - "the add-on may be billed to Medicaid for only IR or ORS in any given
--   month": events carry no billing component or claim.
--
-- Vocabulary this plugin reads (documented here, used below):
-- - case.staff[].role: "employment_specialist", "vocational_specialist" and
--   "ips_team_leader" are the Vocational Unit (feature 8); other roles
--   (e.g. "pros_practitioner", "psychiatrist") are not.
-- - services[].ext.ips: true or false says whether a service is an IPS
--   practice; without it, a service is IPS when its responsible or provider
--   names Vocational Unit staff, or its category says "IPS".
-- - a "contact" event is an IPS employment service when event.staff names
--   Vocational Unit staff.
-- - case.ext.ips_exclusion_reason: why a person who wants to work was kept
--   out of (or deferred from) IPS; any value is a finding (zero exclusion).
-- - case.ext.ny_region, employment[].ext.ny_region: the minimum-wage region,
--   "nyc", "long_island_westchester" or "rest_of_state".
-- - a "report" event with ext.system = "CAIRS": the employment status was
--   entered into CAIRS.

local date = vr.date
local money = vr.money

-- Helpers ----------------------------------------------------------------

local blank = vr.blank

local day_of = vr.case.day_of

local function events_of(case, kind)
  local out = {}
  for i, e in ipairs(case.events or {}) do
    if e.kind == kind and day_of(e) then out[#out + 1] = { i = i, day = day_of(e), event = e } end
  end
  table.sort(out, function(a, b) return a.day < b.day end)
  return out
end

local function first_event(case, kind)
  return events_of(case, kind)[1]
end

-- The Vocational Unit (feature 8): employment specialists and their team leader.
local VOCATIONAL_ROLES = {
  employment_specialist = true,
  vocational_specialist = true,
  ips_team_leader = true,
}

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

-- Is this planned service an IPS practice? See the vocabulary above.
local function is_ips_service(s, case)
  if s.ext and s.ext.ips ~= nil then return s.ext.ips == true end
  if is_vocational(case, s.responsible) or is_vocational(case, s.provider) then return true end
  return s.category ~= nil and s.category:lower():match("%f[%a]ips%f[%A]") ~= nil
end

-- A contact event is an IPS employment service when a Vocational Unit
-- member delivered it (event.staff names them).
local function is_ips_contact(e, case)
  return e.kind == "contact" and is_vocational(case, e.staff)
end

-- Minimum wage -------------------------------------------------------------

-- New York basic minimum wage, cents an hour, by region and effective date:
-- NY Labor Law 652(1) and 12 NYCRR Part 142, as amended by L.2016 ch.54 and
-- L.2023 ch.56 (NYS DOL, "Minimum Wage"). From 2027-01-01 the rate is
-- indexed to inflation: add each year's row when DOL publishes it; until
-- then the last row applies, which can only understate the floor, never
-- invent a violation. Dates before the first row are not checked.
-- Not modelled: tipped food-service and service-employee cash wages (the
-- tip credit), and the 2016-2019 NYC small-employer rates.
local MIN_WAGE = {
  nyc = {
    ["2019-12-31"] = 1500, ["2024-01-01"] = 1600, ["2025-01-01"] = 1650,
    ["2026-01-01"] = 1700,
  },
  long_island_westchester = {
    ["2019-12-31"] = 1300, ["2020-12-31"] = 1400, ["2021-12-31"] = 1500,
    ["2024-01-01"] = 1600, ["2025-01-01"] = 1650, ["2026-01-01"] = 1700,
  },
  rest_of_state = {
    ["2019-12-31"] = 1180, ["2020-12-31"] = 1250, ["2021-12-31"] = 1320,
    ["2022-12-31"] = 1420, ["2024-01-01"] = 1500, ["2025-01-01"] = 1550,
    ["2026-01-01"] = 1600,
  },
}

-- The rate of a region as of a date; nil before the table starts.
local function rate_of(region, on)
  local best, rate
  for eff, cents in pairs(MIN_WAGE[region]) do
    if eff <= on and (best == nil or eff > best) then best, rate = eff, cents end
  end
  return rate
end

-- The minimum wage on a date for a region. Without a known region we can
-- only be sure a wage is too low when it is under the lowest regional rate,
-- so that is the floor we use. Returns cents and words naming the region.
local function min_wage(region, on)
  if MIN_WAGE[region] then return rate_of(region, on), (region:gsub("_", " ")) end
  local low
  for r in pairs(MIN_WAGE) do
    local c = rate_of(r, on)
    if c and (low == nil or c < low) then low = c end
  end
  return low, "the lowest regional rate (no ny_region recorded)"
end

local function region_of(job, case)
  return (job and job.ext and job.ext.ny_region) or (case.ext and case.ext.ny_region)
end

-- A job is competitive unless the record shows otherwise: closed to the
-- public, or a known wage under the minimum on `on`.
local function not_competitive(job, case, on)
  if job.open_to_public == false then
    return "it is not open to the public (a job 'designed for or limited to "
      .. "individuals with a disability' is not competitive)"
  end
  if job.wage_cents_hour ~= nil then
    local floor, where = min_wage(region_of(job, case), on)
    if floor and job.wage_cents_hour < floor then
      return ("it pays %s an hour, under the New York minimum wage of %s on %s (%s)")
        :format(money.format(job.wage_cents_hour), money.format(floor), on, where)
    end
  end
  return nil
end

-- Zero exclusion --------------------------------------------------------------

-- The grounds feature 2 forbids, with words that betray them in a recorded
-- reason (lower case; a word matches anywhere in the reason). The last one
-- is the feature's closing sentence: a job "terminated for any reason at all".
local EXCLUSION_GROUNDS = {
  { ground = "psychiatric history",
    words = { "psychiatr", "hospitali", "symptom", "psychos", "diagnos" } },
  { ground = "substance use history",
    words = { "substance", "alcohol", "drug", "sobri", "relapse", "intoxica" } },
  { ground = "job readiness factors",
    words = { "readiness", "not ready", "job ready", "job_ready", "work ready", "prevocational",
      "pre-vocational" } },
  { ground = "personal presentation",
    words = { "presentation", "hygiene", "appearance", "grooming" } },
  { ground = "the loss of a job",
    words = { "job loss", "job_loss", "lost job", "lost his job", "lost her job",
      "lost their job", "job ended", "fired" } },
}

local function exclusion_ground(reason)
  if type(reason) ~= "string" then return nil end
  local r = reason:lower()
  for _, g in ipairs(EXCLUSION_GROUNDS) do
    for _, w in ipairs(g.words) do
      if r:find(w, 1, true) then return g.ground end
    end
  end
  return nil
end

-- The calendar month before a date: its first and last day.
local function month_before(on)
  local this_month = on:sub(1, 8) .. "01"
  return date.add_months(this_month, -1), date.add_days(this_month, -1)
end

return vr.plugin {
  api = 1,
  id = "ny-pros",
  name = "New York OMH Personalized Recovery Oriented Services (PROS) with IPS",
  version = "0.1.0",
  source = {
    document = "NYS OMH PROS Clarification 14: Individualized Placement and Support (IPS)",
    date = "2013-01-01", -- PLACEHOLDER: the stored text is undated; see the header
  },
  kinds = {
    EP = {
      title = "IPS Employment Plan (part of the IRP)",
      -- "developed through a partnership between the individual and the IPS
      -- employment specialist" (Implementing IPS in a PROS).
      signers = { "client", "employment_specialist" },
    },
  },

  rules = {
    -- Feature 2: "Access to IPS is not dependent upon psychiatric history,
    -- substance use history, job readiness factors, personal presentation,
    -- or other factors", and a person whose job "is terminated for any
    -- reason at all" keeps IPS. The data that can show an exclusion:
    -- case.ext.ips_exclusion_reason (any value is a finding: "or other
    -- factors"), and the reason of a discharge or closure event when it
    -- names one of the grounds above (leaving for other reasons, such as
    -- the person's own choice or a move, is not an exclusion).
    vr.rule {
      id = "ny.c14.2.zero-exclusion",
      cite = "PROS Clarification 14, feature 2 (\"IPS is based on zero-exclusion\"; "
        .. "\"Access to IPS is not dependent upon psychiatric history, substance use "
        .. "history, job readiness factors, personal presentation, or other factors\")",
      severity = "error",
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
    vr.rule {
      id = "ny.c14.5.benefits-counseling",
      cite = "PROS Clarification 14, feature 5 (\"assuring access to benefits counseling\"); "
        .. "Benefits and Financial Management (CRS)",
      severity = "warning",
      applies_to = { "EP" },
      path = "plan.services",
      check = function(plan, case)
        local person = case.person or {}
        if person.ssa_beneficiary ~= true then return nil end
        for _, s in ipairs(plan.services or {}) do
          local text = ((s.category or "") .. " " .. (s.description or "")):lower()
          if text:find("benefit", 1, true) then return nil end
        end
        return "the person receives Social Security benefits but the plan lists no "
          .. "benefits counseling (Benefits and Financial Management, CRS)"
      end,
    },

    -- Feature 7, Rapid Job Search: specialists "will begin working
    -- immediately" with those who want to work. The text sets no number of
    -- days; the IPS-VR crosswalk (principle 5) gives the IPS measure, a
    -- meeting with an employer "within 30 days of IPS program entry". A
    -- warning: the 30 days come from the fidelity model, not Clarification 14.
    -- Not applied to a person who already had a job when entering IPS.
    vr.rule {
      id = "ny.c14.7.rapid-job-search",
      cite = "PROS Clarification 14, feature 7 (\"Rapid Job Search ... begin working "
        .. "immediately\"); IPS-VR crosswalk, principle 5 (employer contact within 30 "
        .. "days of IPS program entry)",
      severity = "warning",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case, ctx)
        local entry = first_event(case, "ips_entry")
        if entry == nil then return nil end
        for _, j in ipairs(case.employment or {}) do
          if j.start and j.start <= entry.day and (j["end"] == nil or j["end"] >= entry.day) then
            return nil
          end
        end
        local due = date.add_days(entry.day, 30)
        if ctx.as_of <= due then return nil end
        local later
        for _, c in ipairs(events_of(case, "employer_contact")) do
          if c.day >= entry.day then
            if c.day <= due then return nil end
            later = later or c.day
          end
        end
        return ("no employer contact within 30 days of IPS entry on %s (by %s; %s): "
          .. "the job search should begin at once"):format(entry.day, due,
            later and ("the first was on " .. later) or "none is recorded")
      end,
    },

    -- Funding, and again Implementing IPS in a PROS: "IPS services are
    -- delivered as individualized, one-to-one services and are not provided
    -- through the group modality"; "the service must be provided as an
    -- individual modality rather than in a group modality". Checked on the
    -- plan's IPS services and on the IPS contacts recorded in the case.
    -- Other PROS services the plan lists (e.g. a CRS group) may be groups.
    vr.rule {
      id = "ny.c14.ips.individual-modality",
      cite = "PROS Clarification 14, Funding (\"IPS services are delivered as "
        .. "individualized, one-to-one services and are not provided through the group "
        .. "modality\"); Implementing IPS in a PROS (\"must be provided as an individual "
        .. "modality\")",
      severity = "error",
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

    -- Implementing IPS in a PROS: "Ideally one employment specialist will
    -- provide all employment services to a specific individual". Only an
    -- ideal, so information for the supervisor. Counts the specialists who
    -- recorded IPS contacts (the team leader's contacts do not count).
    vr.rule {
      id = "ny.c14.ips.one-specialist",
      cite = "PROS Clarification 14, Implementing IPS in a PROS (\"Ideally one employment "
        .. "specialist will provide all employment services\")",
      severity = "info",
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
    vr.rule {
      id = "ny.c14.ep.own-words",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"The "
        .. "employment goal is stated in the person's own words\")",
      severity = "error",
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
    vr.rule {
      id = "ny.c14.ep.behavioral-objectives",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"a set of "
        .. "behavioral objectives that outline how the person will meet his/her goals\")",
      severity = "error",
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
    vr.rule {
      id = "ny.c14.ep.people-services-supports",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"a list of "
        .. "the specific people, services and supports\")",
      severity = "error",
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
    vr.rule {
      id = "ny.c14.ep.time-frames",
      cite = "PROS Clarification 14, Essential features of the Employment Plan (\"defines "
        .. "time frames for meeting the identified objectives\")",
      severity = "error",
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

    -- Ongoing Rehabilitation and Support: "the individual who is employed at
    -- a competitive job at least 10 hours per week receives a minimum of 2
    -- 30-minute employment services per month from a vocational specialist".
    -- Checked for the last whole calendar month before ctx.as_of. Choices:
    -- - "a competitive job at least 10 hours": one job of 10+ hours a week
    --   (the text's singular), held for the whole month, not shown to be
    --   non-competitive (see not_competitive above); unknown hours: skipped;
    -- - the month counts only if the person was in IPS all month: the last
    --   ips_entry (if any) on or before its first day, and no discharge
    --   between that entry and the month's last day;
    -- - an employment service is a "contact" event of 30 minutes or more,
    --   delivered by Vocational Unit staff (event.staff), not in a group.
    vr.rule {
      id = "ny.c14.ors.monthly-contacts",
      cite = "PROS Clarification 14, Ongoing Rehabilitation and Support (\"employed at a "
        .. "competitive job at least 10 hours per week receives a minimum of 2 30-minute "
        .. "employment services per month from a vocational specialist\")",
      severity = "error",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case, ctx)
        local first, last = month_before(ctx.as_of)
        local entered = "" -- the last IPS entry by the month's end, if any
        for _, e in ipairs(events_of(case, "ips_entry")) do
          if e.day <= last then entered = e.day end
        end
        if entered > first then return nil end
        for _, d in ipairs(events_of(case, "discharge")) do
          if d.day >= entered and d.day < last then return nil end
        end
        local job
        for _, j in ipairs(case.employment or {}) do
          if j.hours_week and j.hours_week >= 10 and j.start and j.start <= first
              and (j["end"] == nil or j["end"] >= last)
              and not_competitive(j, case, last) == nil then
            job = j
            break
          end
        end
        if job == nil then return nil end
        local count, unnamed = 0, 0
        for _, e in ipairs(case.events or {}) do
          local d = day_of(e)
          if e.kind == "contact" and d and d >= first and d <= last
              and (e.minutes or 0) >= 30 and e.modality ~= "group" then
            if is_vocational(case, e.staff) then
              count = count + 1
            elseif blank(e.staff) then
              unnamed = unnamed + 1
            end
          end
        end
        if count < 2 then
          return ("working %s hours a week at %s, the person had %d employment contact(s) "
            .. "of 30 minutes or more from a vocational specialist between %s and %s; ORS "
            .. "requires at least 2 a month%s"):format(tostring(job.hours_week), job.employer,
              count, first, last, unnamed > 0 and (" (%d more name no staff member: set "
                .. "event.staff)"):format(unnamed) or "")
        end
      end,
    },

    -- Note regarding definition of competitive employment, with feature 1
    -- ("Competitive employment becomes an agency goal") and feature 6: the
    -- plan's goal is competitive, so a goal wage, when stated, is at least
    -- the minimum wage on the plan's date.
    vr.rule {
      id = "ny.c14.note.competitive-goal",
      cite = "PROS Clarification 14, Note regarding definition of competitive employment "
        .. "(\"pays at least minimum wage\"); features 1 and 6; NY Labor Law 652",
      severity = "error",
      applies_to = { "EP" },
      path = "plan.goal.wage_cents_hour",
      check = function(plan, case)
        local wage = plan.goal and plan.goal.wage_cents_hour
        if wage == nil then return nil end
        local floor, where = min_wage(region_of(nil, case), plan.date)
        if floor and wage < floor then
          return ("the goal wage %s an hour is under the New York minimum wage of %s on %s "
            .. "(%s): an IPS goal is competitive employment"):format(money.format(wage),
              money.format(floor), plan.date, where)
        end
      end,
    },

    -- The same note, for the jobs the person held since entering IPS (from
    -- the ips_entry event, else the plan's date): a job counts as competitive
    -- if it "pays at least minimum wage and is a job that anyone can apply
    -- for". A job still held is compared with today's rate (ctx.as_of); an
    -- ended one with the rate at its start (the lowest during the job). A
    -- warning: the person may choose such a job; it is not an IPS outcome.
    vr.rule {
      id = "ny.c14.note.competitive-jobs",
      cite = "PROS Clarification 14, Note regarding definition of competitive employment "
        .. "(\"pays at least minimum wage and is a job that anyone can apply for\"); "
        .. "NY Labor Law 652",
      severity = "warning",
      applies_to = { "EP" },
      path = "case.employment",
      check = function(plan, case, ctx)
        local entry = first_event(case, "ips_entry")
        local since = entry and entry.day or plan.date
        local out = {}
        for i, j in ipairs(case.employment or {}) do
          if j["end"] == nil or j["end"] >= since then
            local on = (j["end"] == nil or j["end"] >= ctx.as_of) and ctx.as_of or j.start
            local why = on and not_competitive(j, case, on)
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
    -- event with ext.system = "CAIRS" on or after each discharge.
    vr.rule {
      id = "ny.c14.note.cairs-at-discharge",
      cite = "PROS Clarification 14, Note regarding CAIRS data (\"enter information about "
        .. "the employment status ... upon the person's discharge from PROS\")",
      severity = "error",
      applies_to = { "EP" },
      path = "case.events",
      check = function(plan, case)
        local out = {}
        for _, d in ipairs(events_of(case, "discharge")) do
          local found = false
          for _, r in ipairs(events_of(case, "report")) do
            local sys = r.event.ext and r.event.ext.system
            if r.day >= d.day and type(sys) == "string" and sys:upper() == "CAIRS" then
              found = true
              break
            end
          end
          if not found then
            out[#out + 1] = vr.finding(("discharged from PROS on %s, but no CAIRS entry of "
              .. "the person's employment status is recorded: add a report event with "
              .. "ext.system = \"CAIRS\""):format(d.day), ("case.events[%d]"):format(d.i))
          end
        end
        return out
      end,
    },
  },
}
