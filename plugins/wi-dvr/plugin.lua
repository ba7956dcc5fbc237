-- Wisconsin Division of Vocational Rehabilitation: Individual Placement and
-- Support (IPS) supported employment, the IPE and the provider's services.
--
-- Source: Wisconsin DVR, "Individual Placement and Support (IPS) Services"
-- technical specifications: the introduction, the services table (service,
-- purpose, timeframes, deliverables, payment), the paragraph on authorization
-- and 48-hour contact under it, the Career Profile, Job Development Plan, Job
-- Development, Job Supports, Transition to Long Term Supports (LTS) and Wage
-- Documentation sections, the fee table and the reports table.
-- ../shared/policy/wisconsin-dvr-ips-services.txt
-- The copy we have carries no issue date; source.date below is the start of
-- the 2026-28 contract period the document refers to, until the real date is
-- known.
--
-- Rules follow the order of the document; each cites the part it encodes. The
-- document has no numbered sections, so a cite names the section heading or
-- the table and row ("services table, Career Profile row").
--
-- How a Wisconsin case records what the rules read (the conventions of this
-- plugin; all are fields of the core model except those under `ext`):
--   * plan.services[].category is one of the SERVICE keys below, and
--     services[].authorization names the DVR authorization that pays for it.
--     A service another funder pays for says so in `funding` ("county", ...);
--     a service with no `funding`, or funding "DVR", is a DVR purchase.
--   * case.events: an `authorization` event carries its id in `authorization`,
--     the DVR service code in `service` (078, 049, 079), and `at` (date-time):
--     the 48-hour clock needs hours. A `first_contact` event names the
--     authorization it answers and carries `at`. A `report` event names the
--     authorization it reports on and its DVR form in ext.form (FORM below);
--     the Job and Task Analysis part of DVR-18212-E says
--     ext.section = "job_task_analysis". A Job Development Plan review is a
--     `review` (or `report`) event with ext.form = "DVR-17036-E".
--   * case.employment[] are the jobs; wage documentation of a job is
--     ext.wage_documentation = { received = DATE, documents = { ... } }.
--   * an `lts_transition` event lists who agreed to the transition in
--     ext.agreed_by, by signature role: client, provider, county_mh, counselor.
--
-- Known conflicts in the source, and what this plugin applies:
--   * Job and Task Analysis: the services table says "within 10 calendar days
--     of job start"; the fee table and the reports table say "1 calendar
--     week". We apply 1 calendar week (7 days): two of the three places say
--     so, and the fee table is the one DVR pays by.
--   * Job Development Plan review: the services table (Job Development and
--     Hire row) says "reviewed every 60 days until Hire"; the Job Development
--     Plan section ("a 90-day review after the completion of the initial
--     plan") and the reports table ("Plan section reviewed every 90 days") say
--     90. We apply 90 days, for the same reason.
--
-- Not encoded yet, because the data cannot show it: the contact standard and
-- "disengaged for more than a month" (no contact-standard field), monthly job
-- development reports, the hire payment tiers (no payment records), the
-- report-within-5-business-days payment conditions (no holiday calendar in
-- vr.date), and "first business day of the month" for the LTS transition
-- ("if possible": advice, not a requirement).

local date = vr.date

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

-- The parties whose agreement the LTS transition needs, by signature role.
local LTS_PARTIES = {
  { role = "client", name = "the consumer" },
  { role = "provider", name = "the service provider" },
  { role = "county_mh", name = "the county Mental Health representative" },
  { role = "counselor", name = "DVR" },
}

local LAST_DAY = "9999-12-31" -- an open end

local blank = vr.blank

local day_of = vr.case.day_of

-- A date-time with offset as seconds since 1970-01-01T00:00Z (nil if not one).
local instant = vr.date.instant

-- A number of seconds as hours and minutes ("65 h 00 min"), with the
-- seconds when there are any, so "just over 48 hours" shows as such.
local function duration(seconds)
  local h, m, sec = seconds // 3600, seconds % 3600 // 60, seconds % 60
  local text = ("%d h %02d min"):format(h, m)
  if sec > 0 then text = text .. (" %02d s"):format(sec) end
  return text
end

local events = vr.case.events

-- The authorization event with this id (the first one recorded).
local function authorization(case, id)
  for _, a in ipairs(events(case, "authorization")) do
    if a.e.authorization == id then return a end
  end
  return nil
end

-- The earliest report on DVR form `form` (optionally for one authorization,
-- and one section of the form).
local function first_report(case, form, auth_id, section)
  local best
  for _, r in ipairs(events(case, "report")) do
    local ext = r.e.ext
    if ext and ext.form == form
        and (auth_id == nil or r.e.authorization == auth_id)
        and (section == nil or ext.section == section)
        and (best == nil or r.day < best.day) then
      best = r
    end
  end
  return best
end

-- The earliest day among events of the given kinds.
local function earliest(case, kinds)
  local best
  for _, kind in ipairs(kinds) do
    for _, x in ipairs(events(case, kind)) do
      best = date.min(best, x.day)
    end
  end
  return best
end

-- The day of the first hire: the earliest job offer, job start or job in
-- case.employment.
local function hire_day(case)
  local first = earliest(case, { "job_offer", "job_start" })
  for _, j in ipairs(case.employment or {}) do first = date.min(first, j.start) end
  return first
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

-- The job whose start is nearest to `day` (a Job and Task Analysis is
-- authorized around the hire, just before or just after the start).
local function job_near(case, day)
  local best, gap
  for _, j in ipairs(case.employment or {}) do
    if j.start then
      local g = math.abs(date.days_between(day, j.start))
      if best == nil or g < gap then best, gap = j, g end
    end
  end
  return best
end

-- Does DVR pay for this service (and so need to authorize it)?
local function dvr_paid(s)
  return s.funding == nil or s.funding == "DVR"
end

local function service_at(i) return ("plan.services[%d]"):format(i) end

-- A deliverable due `days` calendar days after its DVR authorization was
-- issued: completed on the service's actual_end or, failing that, the date
-- of its report. A service with no (recorded) authorization has no clock
-- here: the authorization rule reports that.
local function due_after_authorization(plan, case, ctx, category, form, days)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    local auth = s.category == category and not blank(s.authorization)
      and authorization(case, s.authorization)
    if auth then
      local due = date.add_days(auth.day, days)
      local report = first_report(case, form, s.authorization)
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
            auth.day, due, days, form), service_at(i))
      end
    end
  end
  return out
end

-- A fee earned by each service of `category` when its report (FORM) for
-- the service's authorization arrives: "payable upon completion of
-- acceptable service and report to DVR" (fee table).
local function paid_on_report(category)
  return function(plan, case)
    local out = {}
    for _, sv in ipairs(plan.services or {}) do
      local report = sv.category == category and not blank(sv.authorization)
        and first_report(case, FORM[category], sv.authorization)
      if report then
        out[#out + 1] = { date = report.day, basis = ("report %s for authorization %s "
          .. "received %s"):format(FORM[category], sv.authorization, report.day) }
      end
    end
    return out
  end
end

return vr.plugin {
  api = 1,
  id = "wi-dvr",
  name = "Wisconsin Division of Vocational Rehabilitation (IPS supported employment)",
  version = "0.1.0",
  source = {
    document = "Wisconsin DVR, Individual Placement and Support (IPS) Services "
      .. "technical specifications",
    date = "2026-07-01",
  },
  kinds = {
    -- 34 CFR 361.45: the consumer agrees, a DVR counselor approves and signs.
    IPE = {
      title = "Individualized Plan for Employment",
      signers = { "client", "counselor" },
    },
    -- Job Development Plan section: "All elements of this plan will be
    -- discussed with the consumer and DVR and will include the
    -- responsibilities of each party".
    JDP = {
      title = "Job Development Plan",
      signers = { "client", "provider", "counselor" },
    },
  },

  -- Fee table: the amounts DVR pays, by contract period. A new contract
  -- period adds a dated entry here; no rule changes. The specification we
  -- encode carries no date; its amounts are applied from 2026-01-01 (the
  -- earliest service in our cases) until DVR gives its contract periods.
  parameters = {
    career_profile_fee = { ["2026-01-01"] = 100000 },        -- $1,000 (code 078)
    job_development_plan_fee = { ["2026-01-01"] = 35000 },   -- $350 (code 049)
    job_task_analysis_fee = { ["2026-01-01"] = 27500 },      -- $275 (code 079)
    lts_transition_fee = { ["2026-01-01"] = 130000 },        -- $1,300 (code 079)
  },

  deadlines = {
    -- Services table note: the provider contacts the consumer within 48
    -- hours of the DVR authorization.
    vr.deadline {
      id = "wi.ips.first-contact-48-hours",
      what = "provider's initial contact with the consumer",
      cite = "WI DVR IPS Services, services table note (initial contact within 48 hours of authorization)",
      compute = function(plan, case)
        local out = {}
        for _, a in ipairs(events(case, "authorization")) do
          if a.e.at then
            local met
            for _, c in ipairs(events(case, "first_contact")) do
              if c.e.authorization == a.e.authorization and c.e.at
                  and (met == nil or instant(c.e.at) < instant(met)) then
                met = c.e.at
              end
            end
            out[#out + 1] = { due = date.add_hours(a.e.at, 48), met = met,
              from = ("authorization %s at %s"):format(a.e.authorization, a.e.at),
              what = "initial contact for authorization " .. a.e.authorization }
          end
        end
        return out
      end,
    },
    -- Services table and fee table: Career Profile within 60 days and Job
    -- Development Plan within 45 days of the authorization; done when the
    -- service ends or its report arrives.
    vr.deadline {
      id = "wi.ips.deliverables",
      what = "Career Profile (60 days) and Job Development Plan (45 days)",
      cite = "WI DVR IPS Services, services table (Career Profile: 60 days; Job Development "
        .. "Plan: 45 days); fee table (codes 078, 049)",
      compute = function(plan, case)
        local out = {}
        local spec = {
          career_profile = { days = 60, form = FORM.career_profile },
          job_development_plan = { days = 45, form = FORM.job_development_plan },
        }
        for _, sv in ipairs(plan.services or {}) do
          local k = spec[sv.category]
          local auth = k and not blank(sv.authorization) and authorization(case, sv.authorization)
          if auth then
            local report = first_report(case, k.form, sv.authorization)
            out[#out + 1] = { due = date.add_days(auth.day, k.days),
              met = sv.actual_end or (report and report.day),
              from = ("authorization %s on %s"):format(sv.authorization, auth.day),
              what = SERVICE[sv.category] }
          end
        end
        return out
      end,
    },
  },

  fees = {
    -- Fee table: each deliverable is payable on its acceptable report.
    vr.fee {
      id = "wi.fee.career-profile",
      what = "IPS Career Profile (code 078)",
      cite = "WI DVR IPS Services, fee table ($1,000, code 078)",
      amount = "career_profile_fee",
      earned = paid_on_report("career_profile"),
    },
    vr.fee {
      id = "wi.fee.job-development-plan",
      what = "IPS Job Development Plan (code 049)",
      cite = "WI DVR IPS Services, fee table ($350, code 049)",
      amount = "job_development_plan_fee",
      earned = paid_on_report("job_development_plan"),
    },
    vr.fee {
      id = "wi.fee.lts-transition",
      what = "IPS Transition to Long Term Support (code 079)",
      cite = "WI DVR IPS Services, fee table ($1,300, code 079: paid only if the transition "
        .. "occurs within the initial six months of support, after 90 days of employment)",
      amount = "lts_transition_fee",
      earned = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local job = job_on(case, t.day)
          if job and date.days_between(job.start, t.day) >= 90
              and t.day <= date.add_months(job.start, 6) then
            out[#out + 1] = { date = t.day, basis = ("transition on %s, %d days after the job "
              .. "at %s started"):format(t.day, date.days_between(job.start, t.day), job.employer) }
          end
        end
        return out
      end,
    },
  },

  rules = {
    -- Introduction: IPS "uses an evidence-based model of Supported Employment
    -- for consumers with the most significant disabilities (Category 1)".
    vr.rule {
      id = "wi.ips.category-1",
      cite = "WI DVR IPS Services, introduction (most significant disabilities, Category 1)",
      severity = "error",
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

    -- Services table, Career Profile row: "60 days"; fee table, code 078:
    -- "Completion of service not to exceed 60 days from issue of service
    -- authorization."
    vr.rule {
      id = "wi.ips.career-profile-60-days",
      cite = "WI DVR IPS Services, services table (Career Profile: 60 days); "
        .. "fee table (code 078)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        return due_after_authorization(plan, case, ctx, "career_profile",
          FORM.career_profile, 60)
      end,
    },

    -- Services table, Job Development Plan row: "Job Development Plan
    -- completed within 45 days of authorization"; fee table, code 049.
    vr.rule {
      id = "wi.ips.job-development-plan-45-days",
      cite = "WI DVR IPS Services, services table (Job Development Plan: within 45 days "
        .. "of authorization); fee table (code 049)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        return due_after_authorization(plan, case, ctx, "job_development_plan",
          FORM.job_development_plan, 45)
      end,
    },

    -- Services table, Job and Task Analysis row ("within 10 calendar days of
    -- job start") against the fee table ("not to exceed 1 calendar week of
    -- the job start") and the reports table ("within 1 calendar week of
    -- consumer's start date"). We apply 1 calendar week: see the head of
    -- this file. The analysis is for the job that starts nearest to its
    -- authorization; it is done on the service's actual_end or the date of
    -- the Job and Task Analysis part of report DVR-18212-E.
    vr.rule {
      id = "wi.ips.job-task-analysis-1-week",
      cite = "WI DVR IPS Services, fee table (Job and Task Analysis: 1 calendar week of "
        .. "the job start) and reports table (DVR-18212-E); the services table's 10 "
        .. "calendar days is not applied",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          local auth = s.category == "job_task_analysis" and not blank(s.authorization)
            and authorization(case, s.authorization)
          local job = auth and job_near(case, auth.day)
          if job then
            local due = date.add_days(job.start, 7)
            local report = first_report(case, FORM.jta_si, s.authorization, "job_task_analysis")
            local done = s.actual_end or (report and report.day)
            if done and done > due then
              out[#out + 1] = vr.finding(("the Job and Task Analysis for the job at %s was "
                .. "completed on %s, %d days after the job started on %s; it is due within "
                .. "1 calendar week (by %s; the fee table's limit, not the services table's "
                .. "10 days)"):format(job.employer, done, date.days_between(job.start, done),
                  job.start, due), service_at(i) .. ".actual_end")
            elseif done == nil and ctx.as_of > due then
              out[#out + 1] = vr.finding(("the Job and Task Analysis for the job at %s (started "
                .. "%s) was due by %s and is not recorded (actual_end, or report %s with "
                .. "ext.section = \"job_task_analysis\")"):format(job.employer, job.start, due,
                  FORM.jta_si), service_at(i))
            end
          end
        end
        return out
      end,
    },

    -- Under the services table: "DVR expects that upon an authorization for
    -- services the provider will make Initial contact with consumer within
    -- 48 hours of authorization." Every authorization is answered by a
    -- first_contact event that names it; both carry `at`.
    vr.rule {
      id = "wi.ips.first-contact-48-hours",
      cite = "WI DVR IPS Services, services table note (initial contact within 48 hours "
        .. "of authorization)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        local contacts = events(case, "first_contact")
        for _, a in ipairs(events(case, "authorization")) do
          local id = a.e.authorization or "(no id)"
          local where = ("case.events[%d]"):format(a.i)
          local contact
          for _, c in ipairs(contacts) do
            if c.e.authorization == id and (contact == nil or c.day < contact.day) then
              contact = c
            end
          end
          local t0 = instant(a.e.at)
          if t0 == nil then
            out[#out + 1] = vr.finding(("authorization %s has no time (at): the 48 hours to "
              .. "the first contact cannot be counted"):format(id), where .. ".at")
          elseif contact == nil then
            if ctx.as_of > date.add_days(a.day, 2) then
              out[#out + 1] = vr.finding(("no first contact is recorded for authorization %s "
                .. "(issued %s); the provider must contact the consumer within 48 hours")
                :format(id, a.e.at), where)
            end
          else
            local t1 = instant(contact.e.at)
            local cwhere = ("case.events[%d]"):format(contact.i)
            if t1 == nil then
              out[#out + 1] = vr.finding(("the first contact for authorization %s has no time "
                .. "(at): the 48 hours cannot be counted"):format(id), cwhere .. ".at")
            elseif t1 - t0 > 48 * 3600 then
              out[#out + 1] = vr.finding(("the first contact for authorization %s came %s "
                .. "after it was issued (%s to %s); the limit is 48 hours")
                :format(id, duration(t1 - t0), a.e.at, contact.e.at), cwhere .. ".at")
            end
          end
        end
        return out
      end,
    },

    -- Same note: "A DVR Authorization for Services is required before any
    -- services can begin." Each DVR-paid service that has begun (start on or
    -- before the as-of date) names its authorization, and that authorization
    -- is recorded and issued on or before the service's start.
    vr.rule {
      id = "wi.ips.authorization-before-service",
      cite = "WI DVR IPS Services, services table note (a DVR Authorization for Services "
        .. "is required before any services can begin)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if dvr_paid(s) and s.start and s.start <= ctx.as_of then
            local auth = not blank(s.authorization) and authorization(case, s.authorization)
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

    -- Job Development Plan section: the plan includes "a 90-day review after
    -- the completion of the initial plan"; reports table, DVR-17036-E: "Plan
    -- section reviewed every 90 days". Until hire (services table, Job
    -- Development and Hire row; its "every 60 days" is not applied: see the
    -- head of this file). The first DVR-17036-E is the initial plan; each
    -- later one, or a `review` event with that form, is a review.
    vr.rule {
      id = "wi.ips.job-development-plan-90-day-review",
      cite = "WI DVR IPS Services, Job Development Plan section (90-day review) and reports "
        .. "table (DVR-17036-E, reviewed every 90 days); the services table's 60 days is "
        .. "not applied",
      severity = "warning",
      applies_to = { "IPE" },
      path = "case.events",
      check = function(plan, case, ctx)
        local days = {}
        for _, e in ipairs(case.events or {}) do
          if (e.kind == "report" or e.kind == "review") and e.ext
              and e.ext.form == FORM.job_development_plan then
            days[#days + 1] = day_of(e)
          end
        end
        if #days == 0 then return nil end -- the 45-day rule reports a missing plan
        table.sort(days)
        local hire = hire_day(case)
        local until_day = date.min(hire, ctx.as_of)
        local prev = days[1]
        for k = 2, #days do
          if days[k] > until_day then break end
          if date.days_between(prev, days[k]) > 90 then
            return ("the Job Development Plan went %d days without review (%s to %s); it is "
              .. "reviewed every 90 days until hire"):format(date.days_between(prev, days[k]),
                prev, days[k])
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
            .. "recorded (a review event with ext.form = \"%s\")"):format(
              date.add_days(prev, 90), prev, FORM.job_development_plan)
        end
      end,
    },

    -- Job Development section: "The position obtained by the service provider
    -- must be consistent with the consumer's employment goal listed in their
    -- IPE. If the position obtained does not reflect the IPE goal, a
    -- documented conversation must occur to amend the IPE". A warning: the
    -- fix is an amendment, which the plugin cannot see being agreed. Compared
    -- by SOC code when both have one, else by title.
    vr.rule {
      id = "wi.ips.job-matches-ipe-goal",
      cite = "WI DVR IPS Services, Job Development section (position consistent with the "
        .. "IPE employment goal)",
      severity = "warning",
      applies_to = { "IPE" },
      check = function(plan, case)
        local goal = plan.goal
        if goal == nil then return nil end
        local out = {}
        for i, j in ipairs(case.employment or {}) do
          if j["end"] == nil or j["end"] >= plan.date then
            local differs, what
            if goal.soc and j.soc then
              differs, what = goal.soc ~= j.soc, ("SOC %s, the goal SOC %s"):format(j.soc, goal.soc)
            elseif goal.occupation and j.title then
              differs = goal.occupation:lower() ~= j.title:lower()
              what = ("'%s', the goal '%s'"):format(j.title, goal.occupation)
            end
            if differs then
              out[#out + 1] = vr.finding(("the job at %s (%s) does not match the IPE goal: "
                .. "document the conversation and amend the IPE if all parties agree")
                :format(j.employer, what), ("case.employment[%d]"):format(i))
            end
          end
        end
        return out
      end,
    },

    -- Job Development section: "Upon an offer of employment, DVR should be
    -- notified as soon as possible (within 5 days)"; reports table, Job Hire
    -- Report DVR-17037-E: "within 5 days of job hire offer". A warning: the
    -- document says "should".
    vr.rule {
      id = "wi.ips.job-hire-report-5-days",
      cite = "WI DVR IPS Services, Job Development section (DVR notified within 5 days of "
        .. "an offer) and reports table (Job Hire Report DVR-17037-E)",
      severity = "warning",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for _, o in ipairs(events(case, "job_offer")) do
          local due = date.add_days(o.day, 5)
          local report
          for _, r in ipairs(events(case, "report")) do
            if r.e.ext and r.e.ext.form == FORM.job_hire and r.day >= o.day
                and (report == nil or r.day < report.day) then
              report = r
            end
          end
          local where = ("case.events[%d]"):format(o.i)
          if report and report.day > due then
            out[#out + 1] = vr.finding(("the Job Hire Report (%s) for the offer of %s came on "
              .. "%s; DVR is to be notified within 5 days (by %s)"):format(FORM.job_hire, o.day,
                report.day, due), ("case.events[%d]"):format(report.i))
          elseif report == nil and ctx.as_of > due then
            out[#out + 1] = vr.finding(("no Job Hire Report (%s) is recorded for the offer of "
              .. "%s; DVR is to be notified within 5 days (by %s)"):format(FORM.job_hire, o.day,
                due), where)
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
    vr.rule {
      id = "wi.ips.job-supports-first-90-days",
      cite = "WI DVR IPS Services, Job Development section (job supports for at least the "
        .. "first 90 days on the job)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local supports = {}
        for _, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] and s.start then
            supports[#supports + 1] = { start = s.start,
              stop = s.actual_end or s.planned_end or LAST_DAY }
          end
        end
        table.sort(supports, function(a, b) return a.start < b.start end)
        local out = {}
        for i, j in ipairs(case.employment or {}) do
          if j.start then
            local through = date.min(date.min(date.add_days(j.start, 89), j["end"]), ctx.as_of)
            local grace = date.add_days(j.start, 6)
            if through > grace then
              local reach = grace -- the last day covered so far
              for _, s in ipairs(supports) do
                if s.start <= date.add_days(reach, 1) and s.stop > reach then reach = s.stop end
              end
              if reach < through then
                local from = reach == grace and j.start or date.add_days(reach, 1)
                out[#out + 1] = vr.finding(("the job at %s started %s; no job support service "
                  .. "(Monthly SI, Job Retention or Partners with Business) is planned from %s, "
                  .. "but supports must run through the first 90 days on the job (here to %s)")
                  :format(j.employer, j.start, from, through),
                  ("case.employment[%d]"):format(i))
              end
            end
          end
        end
        return out
      end,
    },

    -- Job Development section: "The three options for Job Support Services
    -- ... are not authorized together at the same time, only one type of job
    -- support service can be provided during the same timeframe." Switching
    -- is allowed (Service Notes: retention begins "on the first day of the
    -- following month").
    vr.rule {
      id = "wi.ips.one-job-support-at-a-time",
      cite = "WI DVR IPS Services, Job Development section (one type of job support service "
        .. "at a time); fee table service notes",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan)
        local list = {}
        for i, s in ipairs(plan.services or {}) do
          if JOB_SUPPORT[s.category] and s.start then
            list[#list + 1] = { i = i, s = s, stop = s.actual_end or s.planned_end or LAST_DAY }
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

    -- Transition to LTS section: "A signature from all parties (consumer,
    -- service provider, Wisconsin county Mental Health representative, and
    -- DVR) is required to confirm and document agreement." Until a plugin can
    -- see signatures of a transition plan, the lts_transition event lists who
    -- agreed in ext.agreed_by.
    vr.rule {
      id = "wi.ips.lts-four-party-agreement",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (signature from "
        .. "consumer, service provider, county Mental Health representative and DVR)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local agreed = {}
          for _, role in ipairs(t.e.ext and t.e.ext.agreed_by or {}) do agreed[role] = true end
          local missing = {}
          for _, p in ipairs(LTS_PARTIES) do
            if not agreed[p.role] then
              missing[#missing + 1] = ("%s (%s)"):format(p.name, p.role)
            end
          end
          if #missing > 0 then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s lacks the "
              .. "documented agreement of %s: list them in ext.agreed_by"):format(t.day,
                table.concat(missing, ", ")), ("case.events[%d].ext.agreed_by"):format(t.i))
          end
        end
        return out
      end,
    },

    -- Transition to LTS section: "transition cannot occur before the consumer
    -- reaches 90 days on the job"; services table, Transition row: "Minimum
    -- 90 days"; fee table, code 079: "cannot occur until after the consumer
    -- has been employed for a minimum of 90 days".
    vr.rule {
      id = "wi.ips.lts-not-before-90-days",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section; services table "
        .. "(Transition to Long Term Supports: minimum 90 days); fee table (code 079)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local where = ("case.events[%d]"):format(t.i)
          local job = job_on(case, t.day)
          if job == nil then
            out[#out + 1] = vr.finding(("a transition to long-term supports is recorded on %s, "
              .. "but no job held on that day is in case.employment"):format(t.day), where)
          elseif date.days_between(job.start, t.day) < 90 then
            out[#out + 1] = vr.finding(("the transition to long-term supports on %s came %d days "
              .. "after the job at %s started (%s); it cannot occur before 90 days on the job "
              .. "(%s)"):format(t.day, date.days_between(job.start, t.day), job.employer,
                job.start, date.add_days(job.start, 90)), where)
          end
        end
        return out
      end,
    },

    -- Services table, Transition row: "to a maximum of six months of
    -- employment"; fee table, code 079: "Paid only if transition occurs
    -- within initial six (6) months of support." A warning: stability
    -- decides the timing; past six months DVR does not pay the $1,300.
    vr.rule {
      id = "wi.ips.lts-within-six-months",
      cite = "WI DVR IPS Services, services table (Transition to Long Term Supports: maximum "
        .. "six months of employment); fee table (code 079, paid only within six months)",
      severity = "warning",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        local transitions = events(case, "lts_transition")
        for i, j in ipairs(case.employment or {}) do
          if j.start then
            local limit = date.add_months(j.start, 6)
            local moved
            for _, t in ipairs(transitions) do
              local held = job_on(case, t.day)
              if held and held.start == j.start and held.employer == j.employer then moved = t end
            end
            if moved and moved.day > limit then
              out[#out + 1] = vr.finding(("the transition to long-term supports on %s is more than "
                .. "six months after the job at %s started (%s; limit %s): the transition fee "
                .. "is not payable"):format(moved.day, j.employer, j.start, limit),
                ("case.events[%d]"):format(moved.i))
            elseif moved == nil and (j["end"] == nil or j["end"] > limit) and ctx.as_of > limit then
              out[#out + 1] = vr.finding(("the job at %s started %s and six months have passed "
                .. "(%s) without a transition to long-term supports"):format(j.employer, j.start,
                  limit), ("case.employment[%d]"):format(i))
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
    vr.rule {
      id = "wi.ips.follow-along-90-days-after-lts",
      cite = "WI DVR IPS Services, Transition to Long Term Supports section (follow 90 days "
        .. "after transition before closing); fee table (code 079)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        local transitions = events(case, "lts_transition")
        for _, c in ipairs(events(case, "closure")) do
          local last -- the latest transition on or before the closure
          for _, t in ipairs(transitions) do
            if t.day <= c.day and (last == nil or t.day > last.day) then last = t end
          end
          if last and date.days_between(last.day, c.day) < 90 then
            out[#out + 1] = vr.finding(("the case was closed on %s, %d days after the transition "
              .. "to long-term supports on %s; DVR follows the consumer 90 days first (until %s)")
              :format(c.day, date.days_between(last.day, c.day), last.day,
                date.add_days(last.day, 90)), ("case.events[%d]"):format(c.i))
          end
        end
        return out
      end,
    },

    -- Wage Documentation section: "Providers should obtain wage documentation
    -- between the time of hire and transition to LTS"; "Before receiving a
    -- payment for retention or transition to long term support DVR Service
    -- Providers are required to provide the start date of employment and the
    -- hourly wage rate documentation". Checked at the transition: the job
    -- held then has an hourly wage, and wage documentation received on or
    -- before the transition (an offer letter may come before the start, so
    -- no lower bound is checked).
    vr.rule {
      id = "wi.ips.wage-documentation",
      cite = "WI DVR IPS Services, Wage Documentation section (start date and hourly wage "
        .. "documented before payment for retention or transition to LTS)",
      severity = "error",
      applies_to = { "IPE" },
      check = function(plan, case)
        local out = {}
        for _, t in ipairs(events(case, "lts_transition")) do
          local job, at = job_on(case, t.day)
          if job then
            local where = ("case.employment[%d]"):format(at)
            local doc = job.ext and job.ext.wage_documentation
            local received = doc and doc.received
            if job.wage_cents_hour == nil then
              out[#out + 1] = vr.finding(("the job at %s has no hourly wage (wage_cents_hour); "
                .. "it must be documented before the transition on %s"):format(job.employer,
                  t.day), where .. ".wage_cents_hour")
            end
            if received == nil then
              out[#out + 1] = vr.finding(("no wage and start date documentation is recorded for "
                .. "the job at %s (ext.wage_documentation.received); it is required before the "
                .. "transition on %s"):format(job.employer, t.day), where .. ".ext")
            elseif received > t.day then
              out[#out + 1] = vr.finding(("the wage documentation for the job at %s was received "
                .. "on %s, after the transition to long-term supports on %s; it is obtained "
                .. "between hire and transition"):format(job.employer, received, t.day),
                where .. ".ext")
            end
          end
        end
        return out
      end,
    },
  },
}
