-- Texas workforce board, WIOA Title I: the Individual Employment Plan (IEP).
--
-- Source: "Procedure: Customer Individual Employment Plan (IEP)" (Workforce
-- Solutions; resources: WIOA Guide, Board Policy, WD Letter 35-10).
-- ../shared/policy/texas-wioa-iep-procedure.txt. The procedure carries no
-- issue date (the "06-13" after WD Letter 35-10 may be a revision date, but
-- the text does not say so); source.date below is the date of the copy this
-- plugin was written against. Rules follow the order of the document; each
-- cites the section it encodes. "Must" and "will" become errors (they block
-- signing); "should" becomes a warning.
--
-- How TWIST screens map onto the core model:
--   Overall Goal              plan.goal.occupation (or goal.career_cluster
--                             while the customer explores careers)
--   Interim Goal              plan.objectives[]: title, start (the "set
--                             date"), target (the timeframe), outcome, measure
--   Action (step)             plan.services[]: objective (the interim goal it
--                             sits under), responsible, start (set date),
--                             planned_end, actual_end
--   Service 68 (Employability plan.ext.service_68 = { start = "YYYY-MM-DD",
--   Development Plan)         planned_end = ..., actual_end = ...,
--                             completion = 20 | 21, fund = 97 }
--   TWIST counselor notes     case.notes[], recognised by tag:
--                             "career-exploration" (exploring careers while
--                             the goal is a cluster), "iep" (the IEP was
--                             developed)
--
-- Known conflict in the source (2. INTERIM GOALS and Data Entry - IEP): "The
-- Set Date for each Interim Goal should match the service activity-68 start
-- date", yet the set date is also "the date the day that activity towards
-- completion of the goal begins" -- and the four interim goals begin one
-- after another. This plugin reads both together: the first interim goal
-- begins on the service-68 start date (the IEP is built and service 68 is
-- opened that day) and no interim goal begins before it. See rule
-- tx.2.set-date-service-68.
--
-- Not encoded: the QA instrument's 90 % (a measure of a caseload, not of one
-- plan); "age appropriate" goals, and whether the IEP reflects the customer's
-- interests and assessments (judgements no data can show).

local blank = vr.blank

-- Lower case, single spaces, no surrounding space: how titles and party
-- names are compared.
local function norm(s)
  local t = (s or ""):lower():gsub("[%s_]+", " ")
  return (t:gsub("^ ", ""):gsub(" $", ""))
end

local function has_note(case, tag, on_or_after)
  for _, n in ipairs(case.notes or {}) do
    if on_or_after == nil or n.date >= on_or_after then
      for _, t in ipairs(n.tags or {}) do
        if t == tag then return true end
      end
    end
  end
  return false
end

local function at(list, i, field)
  return ("plan.%s[%d].%s"):format(list, i, field)
end

local function service_name(s)
  return ("action '%s' (%s)"):format(s.description, s.id)
end

-- 2. INTERIM GOALS: "The following Interim Goal titles will be utilized".
local INTERIM_GOAL_TITLES = {
  "Comprehensive Assessment (Individualized Career Services)",
  "Career Planning",
  "Training Services",
  "Job Search Services",
}

-- 3. ACTIONS: responsibility is "shared between the customer and staff";
-- TWIST names the parties "Client, WIOA, Service Provider, etc.".
local CUSTOMER = { client = true, customer = true }
local STAFF = { wioa = true, staff = true, agency = true, ["career planner"] = true }

local function party_of(name, case)
  local p = norm(name)
  if CUSTOMER[p] then return "customer" end
  if STAFF[p] then return "staff" end
  for _, m in ipairs(case.staff or {}) do
    if p == norm(m.id) or p == norm(m.name) or p == norm(m.role) then return "staff" end
  end
  return "other"
end

return vr.plugin {
  api = 1,
  id = "tx-wioa",
  name = "Texas Workforce Solutions, WIOA Title I",
  version = "0.1.0",
  source = {
    document = "Procedure: Customer Individual Employment Plan (IEP), Workforce Solutions "
      .. "(WIOA Guide; Board Policy; WD Letter 35-10)",
    date = "2026-11-23",
  },
  kinds = {
    IEP = {
      title = "Individual Employment Plan",
      signers = { "client", "career_planner" },
    },
  },

  rules = {
    -- Workforce Solutions Expectations: the IEP "should be reviewed and
    -- updated ... if participation in an activity will exceed the initial
    -- planned end date". An action past its planned end date with no actual
    -- end date, as of today, means the IEP was not updated.
    vr.rule {
      id = "tx.exp.update-past-planned-end",
      cite = "Texas IEP procedure, Workforce Solutions Expectations (IEP is a living document)",
      severity = "warning",
      applies_to = { "IEP" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if s.planned_end and s.actual_end == nil and s.planned_end < ctx.as_of then
            out[#out + 1] = vr.finding(("%s was planned to end on %s and has no actual end "
              .. "date: record when it ended, or update the IEP with a new planned end date")
              :format(service_name(s), s.planned_end), at("services", i, "planned_end"))
          end
        end
        return out
      end,
    },

    -- 1. EMPLOYMENT GOAL: "The overall goal must be listed as a specific
    -- occupation" -- or, for now, a general career cluster (next rule).
    vr.rule {
      id = "tx.1.overall-goal",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL",
      severity = "error",
      applies_to = { "IEP" },
      path = "plan.goal.occupation",
      check = function(plan)
        local g = plan.goal or {}
        if blank(g.occupation) and blank(g.career_cluster) then
          return "the IEP has no overall goal: enter the specific occupation in "
            .. "goal.occupation (or, while the customer explores careers, a career "
            .. "cluster in goal.career_cluster)"
        end
      end,
    },

    -- 1. EMPLOYMENT GOAL: "staff may enter an overall goal that is a general
    -- career cluster until an employment goal is agreed upon". Allowed, so
    -- a warning: it stands until the occupation is agreed.
    vr.rule {
      id = "tx.1.career-cluster-until-agreed",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (career cluster)",
      severity = "warning",
      applies_to = { "IEP" },
      path = "plan.goal.occupation",
      check = function(plan)
        local g = plan.goal or {}
        if blank(g.occupation) and not blank(g.career_cluster) then
          return ("the overall goal is the career cluster '%s', not a specific occupation: "
            .. "update the IEP when the customer and staff agree on an occupation")
            :format(g.career_cluster)
        end
      end,
    },

    -- 1. EMPLOYMENT GOAL: "The staff and customer work together to explore
    -- careers ... Staff should enter counselor notes to reflect this process."
    vr.rule {
      id = "tx.1.exploration-notes",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (counselor notes)",
      severity = "warning",
      applies_to = { "IEP" },
      path = "case.notes",
      check = function(plan, case)
        local g = plan.goal or {}
        if blank(g.occupation) and not blank(g.career_cluster)
            and not has_note(case, "career-exploration") then
          return "the goal is a career cluster but no counselor note documents the career "
            .. "exploration (Texas CARES, O*NET, ...): add a note tagged 'career-exploration'"
        end
      end,
    },

    -- 2. INTERIM GOALS: "The following Interim Goal titles will be utilized"
    -- (the four titles above; compared without regard to case or spacing).
    vr.rule {
      id = "tx.2.interim-goal-titles",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (titles)",
      severity = "error",
      applies_to = { "IEP" },
      check = function(plan)
        local allowed = {}
        for _, t in ipairs(INTERIM_GOAL_TITLES) do allowed[norm(t)] = true end
        local out = {}
        for i, o in ipairs(plan.objectives or {}) do
          if not allowed[norm(o.title)] then
            out[#out + 1] = vr.finding(("interim goal %s is titled '%s'; use one of: %s")
              :format(o.id, o.title, table.concat(INTERIM_GOAL_TITLES, "; ")),
              at("objectives", i, "title"))
          end
        end
        return out
      end,
    },

    -- 2. INTERIM GOALS: interim goals "should consist of a timeframe, an
    -- outcome, and a measure of successful attainment". The IEP is "a
    -- combination of career goals, interim goals, action steps" (Services),
    -- so it has at least one. The timeframe runs from the set date ("the
    -- day that activity towards completion of the goal begins", Data Entry
    -- - IEP) to the target date. (The core model already refuses a target
    -- before the set date.)
    vr.rule {
      id = "tx.2.interim-goal-timeframe-outcome-measure",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS; Data Entry - IEP (set date)",
      severity = "error",
      applies_to = { "IEP" },
      path = "plan.objectives",
      check = function(plan)
        local objectives = plan.objectives or {}
        if #objectives == 0 then
          return "the IEP has no interim goals: add at least the first one"
        end
        local out = {}
        for i, o in ipairs(objectives) do
          local function miss(field, what)
            out[#out + 1] = vr.finding(("interim goal %s ('%s') has no %s")
              :format(o.id, o.title, what), at("objectives", i, field))
          end
          if o.start == nil then miss("start", "set date (the day activity toward it begins)") end
          if o.target == nil then miss("target", "timeframe (target date)") end
          if blank(o.outcome) then miss("outcome", "outcome") end
          if blank(o.measure) then miss("measure", "measure of successful attainment") end
        end
        return out
      end,
    },

    -- 2. INTERIM GOALS: "simply participating in an activity is not an
    -- adequate goal". A measure that only says the customer will attend or
    -- participate is flagged for a person to look at; words cannot prove it.
    vr.rule {
      id = "tx.2.participation-not-a-goal",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (participation)",
      severity = "warning",
      applies_to = { "IEP" },
      check = function(plan)
        local out = {}
        for i, o in ipairs(plan.objectives or {}) do
          local m = norm(o.measure)
          if m:match("^participat") or m:match("^attend") then
            out[#out + 1] = vr.finding(("interim goal %s is measured by participation ('%s'): "
              .. "state what the customer will have achieved")
              :format(o.id, o.measure), at("objectives", i, "measure"))
          end
        end
        return out
      end,
    },

    -- 2. INTERIM GOALS: "The Set Date for each Interim Goal should match the
    -- service activity-68 start date". Read with Data Entry - IEP (see the
    -- conflict noted at the top): the first interim goal is set on the
    -- service-68 start date and none is set before it. Checked only once
    -- service 68 is recorded (rule tx.s68.service-68 asks for it).
    vr.rule {
      id = "tx.2.set-date-service-68",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (set date and service 68)",
      severity = "warning",
      applies_to = { "IEP" },
      check = function(plan)
        local s68 = plan.ext and plan.ext.service_68
        if s68 == nil or s68.start == nil then return nil end
        local first, fi
        for i, o in ipairs(plan.objectives or {}) do
          if o.start and (first == nil or o.start < first.start) then first, fi = o, i end
        end
        if first == nil then return nil end
        local out = {}
        if first.start ~= s68.start then
          out[#out + 1] = vr.finding(("the first interim goal (%s) is set on %s but service 68 "
            .. "starts on %s: the dates should match"):format(first.id, first.start, s68.start),
            at("objectives", fi, "start"))
        end
        for i, o in ipairs(plan.objectives or {}) do
          if i ~= fi and o.start and o.start < s68.start then
            out[#out + 1] = vr.finding(("interim goal %s is set on %s, before service 68 starts "
              .. "(%s)"):format(o.id, o.start, s68.start), at("objectives", i, "start"))
          end
        end
        return out
      end,
    },

    -- 2. INTERIM GOALS, Note: "Follow-up action steps should be added to
    -- whichever serves as the last interim goal". The last interim goal is
    -- the last one listed; a follow-up step is an action whose category is
    -- "follow-up".
    vr.rule {
      id = "tx.2.follow-up-under-last-goal",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (note on follow-up)",
      severity = "warning",
      applies_to = { "IEP" },
      check = function(plan)
        local objectives = plan.objectives or {}
        local last = objectives[#objectives]
        if last == nil then return nil end
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if norm(s.category):gsub("%-", " ") == "follow up" and s.objective ~= last.id then
            out[#out + 1] = vr.finding(("follow-up %s sits under interim goal %s; add it to the "
              .. "last interim goal (%s)"):format(service_name(s), tostring(s.objective), last.id),
              at("services", i, "objective"))
          end
        end
        return out
      end,
    },

    -- 3. ACTIONS: "Identify appropriate action steps/services"; Data Entry -
    -- IEP: actions are entered under the interim goal they complete ("With
    -- Interim Goal highlighted ... add under the Action(s) section"). (The
    -- core model already refuses an action under an interim goal the plan
    -- does not have.)
    vr.rule {
      id = "tx.3.action-steps",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS; Data Entry - IEP (actions under interim goals)",
      severity = "error",
      applies_to = { "IEP" },
      path = "plan.services",
      check = function(plan)
        local services = plan.services or {}
        if #services == 0 then
          return "the IEP has no action steps: add the actions, services and supportive "
            .. "services that complete each interim goal"
        end
        local out = {}
        for i, s in ipairs(services) do
          if blank(s.objective) then
            out[#out + 1] = vr.finding(("%s is not under an interim goal: set its objective")
              :format(service_name(s)), at("services", i, "objective"))
          end
        end
        return out
      end,
    },

    -- 3. ACTIONS: "the IEP should specify who is responsible for each action
    -- step"; Data Entry - IEP: "Staff will indicate the party responsible for
    -- the completion of each Action Step (i.e. Client, WIOA, Service
    -- Provider, etc.)". The data entry instruction says "will": an error.
    vr.rule {
      id = "tx.3.responsible-party",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS; Data Entry - IEP (Responsibility)",
      severity = "error",
      applies_to = { "IEP" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if blank(s.responsible) then
            out[#out + 1] = vr.finding(("%s names no responsible party (Client, WIOA, Service "
              .. "Provider, ...)"):format(service_name(s)), at("services", i, "responsible"))
          end
        end
        return out
      end,
    },

    -- 3. ACTIONS: "Responsibilities outlined in the IEP should be shared
    -- between the customer and staff". Shared: at least one action step (or
    -- stated responsibility) is the customer's and at least one is staff's.
    vr.rule {
      id = "tx.3.shared-responsibilities",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS (shared responsibilities)",
      severity = "warning",
      applies_to = { "IEP" },
      path = "plan.services",
      check = function(plan, case)
        local has = {}
        for _, s in ipairs(plan.services or {}) do
          if not blank(s.responsible) then has[party_of(s.responsible, case)] = true end
        end
        for _, r in ipairs(plan.responsibilities or {}) do
          has[party_of(r.party, case)] = true
        end
        if not has.customer then
          return "no action step is the customer's responsibility: responsibilities should "
            .. "be shared between the customer and staff"
        end
        if not has.staff then
          return "no action step is staff's (WIOA) responsibility: responsibilities should "
            .. "be shared between the customer and staff"
        end
      end,
    },

    -- Data Entry - IEP: "Staff will enter set date, planned end date (the
    -- estimated date of customer's activity is set to end), and actual end
    -- date (date customer actually completed activity)". Set and planned end
    -- dates are required; an actual end date cannot be later than today.
    -- (The core model already refuses end dates before the set date.)
    vr.rule {
      id = "tx.de.action-dates",
      cite = "Texas IEP procedure, Data Entry - IEP (set date, planned end date, actual end date)",
      severity = "error",
      applies_to = { "IEP" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          local name = service_name(s)
          if s.start == nil then
            out[#out + 1] = vr.finding(name .. " has no set date", at("services", i, "start"))
          end
          if s.planned_end == nil then
            out[#out + 1] = vr.finding(name .. " has no planned end date",
              at("services", i, "planned_end"))
          end
          if s.actual_end and s.actual_end > ctx.as_of then
            out[#out + 1] = vr.finding(("%s has an actual end date (%s) later than today (%s)")
              :format(name, s.actual_end, ctx.as_of), at("services", i, "actual_end"))
          end
        end
        return out
      end,
    },

    -- Data Entry - Service 68: "Staff will enter service component 68
    -- (Employability Development Plan) once IEP has been constructed" with a
    -- completion reason "20 - Successful or 21 - Unsuccessful" and fund
    -- "97-WIOA Customer". Service 68 follows the IEP, so its absence is a
    -- warning (it must not block signing the IEP); a service 68 recorded
    -- with a wrong fund or completion code, or starting before the IEP, is
    -- an error.
    vr.rule {
      id = "tx.s68.service-68",
      cite = "Texas IEP procedure, Data Entry - Service 68 (Employability Development Plan)",
      severity = "error",
      applies_to = { "IEP" },
      path = "plan.ext.service_68",
      check = function(plan)
        local s68 = plan.ext and plan.ext.service_68
        if s68 == nil then return nil end -- see tx.s68.service-68-recorded
        local out = {}
        if s68.start == nil then
          out[#out + 1] = vr.finding("service 68 has no start date", "plan.ext.service_68.start")
        elseif s68.start < plan.date then
          out[#out + 1] = vr.finding(("service 68 starts on %s, before the IEP (%s) was "
            .. "constructed"):format(s68.start, plan.date), "plan.ext.service_68.start")
        end
        local fund, completion = tonumber(s68.fund), tonumber(s68.completion)
        if fund ~= 97 then
          out[#out + 1] = vr.finding(("service 68 is funded from %s; select fund 97 "
            .. "(WIOA Customer)"):format(s68.fund == nil and "no fund" or tostring(s68.fund)),
            "plan.ext.service_68.fund")
        end
        if s68.completion ~= nil and completion ~= 20 and completion ~= 21 then
          out[#out + 1] = vr.finding(("service 68 completion reason is %s; it must be 20 "
            .. "(Successful) or 21 (Unsuccessful)"):format(tostring(s68.completion)),
            "plan.ext.service_68.completion")
        end
        if s68.actual_end ~= nil and s68.completion == nil then
          out[#out + 1] = vr.finding("service 68 has ended but has no completion reason "
            .. "(20 Successful or 21 Unsuccessful)", "plan.ext.service_68.completion")
        end
        return out
      end,
    },

    vr.rule {
      id = "tx.s68.service-68-recorded",
      cite = "Texas IEP procedure, Data Entry - Service 68 (Employability Development Plan)",
      severity = "warning",
      applies_to = { "IEP" },
      path = "plan.ext.service_68",
      check = function(plan)
        if plan.ext == nil or plan.ext.service_68 == nil then
          return "service 68 (Employability Development Plan) is not recorded: enter it in "
            .. "Service Tracking once the IEP is constructed (ext.service_68)"
        end
      end,
    },

    -- Data Entry - Case note: "The Staff will be responsible for entering a
    -- counselor note in TWIST documenting the completion of the development
    -- of the IEP". The note is written once the IEP is done, possibly after
    -- it is signed, so its absence is a warning.
    vr.rule {
      id = "tx.cn.iep-development-note",
      cite = "Texas IEP procedure, Data Entry - Case note",
      severity = "warning",
      applies_to = { "IEP" },
      path = "case.notes",
      check = function(plan, case)
        if not has_note(case, "iep", plan.date) then
          return ("no counselor note dated on or after the IEP (%s) documents that its "
            .. "development is complete: add a note tagged 'iep'"):format(plan.date)
        end
      end,
    },
  },
}
