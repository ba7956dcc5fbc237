-- Texas workforce board, WIOA Title I: the Individual Employment Plan (IEP).
--
-- Source: "Procedure: Customer Individual Employment Plan (IEP)" (Workforce
-- Solutions; resources: WIOA Guide, Board Policy, WD Letter 35-10),
-- ../shared/policy/texas-wioa-iep-procedure.txt, and the federal rule it
-- implements, 20 CFR 680.170 (the IEP is built jointly by the participant
-- and the career planner; ../shared/policy/README.md). The procedure carries
-- no issue date (the "06-13" after WD Letter 35-10 may be a revision date,
-- but the text does not say so); source.date below is the date of the copy
-- this plugin was written against. Rules follow the order of the document;
-- each cites the section it encodes, and docs/policy/tx-wioa.md lists every
-- requirement of the source with its rule or the reason no data can show it.
--
-- Severity: "must" and "will" become errors, "should" becomes a warning,
-- except where the thing required can only exist after the IEP is signed
-- (the signed copy, service 68, the counselor note), which are warnings.
--
-- Class (docs/plugins.md, "Content and conduct"): a rule is "content" when
-- the procedure speaks of what the IEP says (the goal, the interim goals,
-- the action steps and their dates, the service 68 record's fields): an
-- error of that class blocks signing the version, since editing it repairs
-- it. A rule is "conduct" when the procedure speaks of what staff do and
-- when ("Staff will provide Customer with a signed copy", "Staff should
-- enter counselor notes", "enter service component 68 ... once IEP has been
-- constructed", documenting actions "prior to service delivery"): no edit
-- of the plan can undo it, so it never blocks a signature. Each rule says
-- its class and the words it rests on.
--
-- The lifecycle (ctx.lifecycle): "After reviewing the IEP, the Customer and
-- Staff will sign and date IEP." The IEP is in place from the day of the
-- last of those signatures (ctx.lifecycle.effective). Services delivered
-- before that day were delivered before the IEP; a "signed copy" can only
-- be given from that day; an update is a version that follows one that
-- took effect (ctx.lifecycle.amendment), not any version numbered 2 or
-- more (a second draft of an IEP never signed is still the first IEP).
--
-- How TWIST screens map onto the core model (the values and the agency
-- field are declared in `vocabulary` and `ext` below, with their meaning
-- and citation; `vrtool plugin vocab tx-wioa` lists them):
--   Overall Goal              plan.goal.occupation with goal.soc, or
--                             goal.career_cluster while careers are explored
--   Interim Goal              plan.objectives[] (title: one of the four)
--   Action (step)             plan.services[] (objective, responsible, start =
--                             set date, planned_end, actual_end, category)
--   Service 68                plan.ext.service_68 (an agency field: the model
--                             has no TWIST service tracking)
--   TWIST counselor notes     case.notes[], found by tag
--   Signed copy to customer   a copy_provided event to the customer
--
-- Known conflict in the source (2. INTERIM GOALS and Data Entry - IEP): "The
-- Set Date for each Interim Goal should match the service activity-68 start
-- date and TWIST counselor notes for service plans (IEP)", yet Data Entry
-- says the set date is "the date the day that activity towards completion of
-- the goal begins" -- and interim goals are worked one after another. This
-- plugin applies 2. INTERIM GOALS, the more specific instruction, which also
-- names the records the set date is compared with: each interim goal is set
-- on the service-68 start date (the day the IEP is constructed and the goals
-- are set), and when the IEP is updated with a new interim goal, that goal's
-- set date is the date of the counselor note documenting the update. The
-- day each activity begins is the set date of its action step, which Data
-- Entry also asks for. A set date matching neither means the IEP no longer
-- mirrors the customer's status (Workforce Solutions Expectations: a
-- "living" document) and is flagged as needing an update. See rule
-- tx.2.set-date-service-68.
--
-- The QA instrument ("QA Instrument has 90% YES responses", COMPLIANCE
-- REQUIREMENTS & MEASURES): the board's checklist is not part of the source,
-- so this plugin builds it from the procedure's own requirements that data
-- can show: QA_ITEMS below, twenty YES/NO questions, each one of the checks
-- the rules run (an item that does not apply to the plan, such as the SOC
-- code of a career-cluster goal, counts as YES, as the rule is met). The
-- measure tx.qa-share reports the share of YES answers; rule
-- tx.qa.90-percent flags a plan under the threshold (parameter
-- qa_threshold, 90 % since WIOA took effect on 2015-07-01). Both call
-- qa_score.
--
-- Not encoded (docs/policy/tx-wioa.md says why): the IEP reflecting the
-- customer's interests, work experience, skills, education, abilities and
-- barriers; partnership and customer-driven planning; "age appropriate"
-- goals; interim goals "attainable within a short period" (no period is
-- given); "detailed step-by-step" actions; the printed copy reviewed with the
-- customer; the copy in the working file; that the signatures are dated
-- (the host records the date of every signature).

local blank = vr.blank

-- Free text (an outcome, a measure) in lower case with single spaces, to
-- compare words. Declared values (titles, parties, tags, categories,
-- statuses) are never put through it: the core gives the rules those in
-- their declared spelling, and they are compared with ==.
local function plain(s)
  local t = (s or ""):lower():gsub("[%s_]+", " ")
  return (t:gsub("^ ", ""):gsub(" $", ""))
end

-- Surrounding white space removed, nothing else changed.
local function trim(s)
  return (s or ""):match("^%s*(.-)%s*$")
end

local function at(list, i, field)
  return ("plan.%s[%d].%s"):format(list, i, field)
end

local function service_name(s)
  return ("action '%s' (%s)"):format(s.description, s.id)
end

local function goal_name(o)
  return ("interim goal %s ('%s')"):format(o.id, o.title)
end

-- The notes with a tag (read by the DSL's vr.case.tagged, which knows the
-- declared tags), dated from `from` to `to` (either may be nil).
local function notes_tagged(case, tag, from, to)
  local out = {}
  for _, n in ipairs(case.notes or {}) do
    if vr.case.tagged(n, tag) and (from == nil or n.date >= from) and (to == nil or n.date <= to) then
      out[#out + 1] = n
    end
  end
  return out
end

local function service_68(plan)
  return plan.ext and plan.ext.service_68
end

-- 2. INTERIM GOALS: "The following Interim Goal titles will be utilized", in
-- the order the procedure gives them (the order a customer moves through).
local INTERIM_GOAL_TITLES = {
  "Comprehensive Assessment (Individualized Career Services)",
  "Career Planning",
  "Training Services",
  "Job Search Services",
}
local TITLE_RANK = {}
for i, t in ipairs(INTERIM_GOAL_TITLES) do TITLE_RANK[t] = i end

-- 3. ACTIONS: responsibility is "shared between the customer and staff";
-- TWIST names the parties "Client, WIOA, Service Provider, etc." (declared
-- below at services[].responsible and responsibilities[].party, and at
-- events[].to for the customer).
local CUSTOMER = { client = true, customer = true, participant = true }
local STAFF = { wioa = true, wioa_staff = true, staff = true, agency = true,
  career_planner = true }

-- A declared party, or else a member of case.staff named by id, name or
-- role (a name is free text: compared by the core's normaliser, vr.same).
local function party_of(name, case)
  if CUSTOMER[name] then return "customer" end
  if STAFF[name] then return "staff" end
  for _, m in ipairs(case.staff or {}) do
    if vr.same(name, m.id) or vr.same(name, m.name) or vr.same(name, m.role) then
      return "staff"
    end
  end
  return "other"
end

-- An interim goal reached: its status says so.
local DONE = { met = true, completed = true, achieved = true, done = true }

local function is_follow_up(s)
  return s.category == "follow-up"
end

-- "simply participating in an activity is not an adequate goal": text that
-- says no more than that the customer will attend, participate or enroll.
local PARTICIPATION = { "attend", "participat", "enrol", "be present", "show up", "go to " }

local function participation_only(text)
  local t = plain(text)
  t = t:gsub("^the ", ""):gsub("^customer ", ""):gsub("^client ", ""):gsub("^participant ", "")
  t = t:gsub("^will ", ""):gsub("^is ", "")
  for _, w in ipairs(PARTICIPATION) do
    if t:sub(1, #w) == w then return true end
  end
  return false
end

-- The language part of a BCP 47 tag: "es-MX" -> "es".
local function lang(tag)
  return (tag or ""):lower():match("^%a+")
end

------------------------------------------------------------------------
-- The checks. Each takes (plan, case, ctx) and returns a list of findings,
-- empty when the plan meets it. Rules run them; the QA instrument counts
-- them (QA_ITEMS).
------------------------------------------------------------------------

-- SERVICES: "The IEP is required by WIOA to document the determination of
-- needs and document actions of all customers prior to service delivery."
-- The IEP is in place when the customer and staff have signed it (after
-- 3. ACTIONS: "the Customer and Staff will sign and date IEP"): the day it
-- took effect, ctx.lifecycle.effective; before it is signed, the day it is
-- dated. No action step of the first IEP starts before that day, except the
-- assessment the IEP is built on ("based on information gathered from the
-- customer's initial and comprehensive objective assessments"): steps under
-- the Comprehensive Assessment interim goal or of category "assessment".
-- An update (a version after one that took effect) keeps the earlier
-- versions' steps, so it is not checked; a second draft of an IEP never
-- signed is the first IEP and is.
local function check_iep_before_services(plan, case, ctx)
  local out = {}
  local life = ctx.lifecycle
  if life.amendment then return out end
  -- before the day the IEP took effect; while no IEP is signed, any
  -- service already under way (started on or before as_of) came first
  local signed = life.effective
  local assessment = {}
  for _, o in ipairs(plan.objectives or {}) do
    if TITLE_RANK[o.title] == 1 then assessment[o.id] = true end
  end
  for i, s in ipairs(plan.services or {}) do
    local early = s.start and (signed and s.start < signed
      or not signed and (s.start < plan.date or s.start <= ctx.as_of))
    if early and not assessment[s.objective or ""] and s.category ~= "assessment" then
      local iep = signed
        and ("the IEP took effect (signed by the customer and staff) on %s"):format(signed)
        or ("the IEP was signed (it is dated %s and no version has taken effect)")
          :format(plan.date)
      out[#out + 1] = vr.finding(("%s starts on %s, before %s: WIOA requires the IEP to "
        .. "document the customer's needs and actions before services are delivered")
        :format(service_name(s), s.start, iep), at("services", i, "start"))
    end
  end
  return out
end

-- WORKFORCE SOLUTIONS EXPECTATIONS: the IEP "should be reviewed and updated
-- as appropriate ... if participation in an activity will exceed the
-- initial planned end date"; Data Entry - IEP: "Staff will update the IEP as
-- needed, to reflect the services a customer is currently receiving". An
-- action past its planned end date with no actual end date, as of today,
-- means the IEP was not updated.
local function check_update_past_planned_end(plan, case, ctx)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    if s.planned_end and s.actual_end == nil and s.planned_end < ctx.as_of then
      out[#out + 1] = vr.finding(("%s was planned to end on %s and has no actual end date: "
        .. "the IEP needs an update (record when it ended, or set a new planned end date)")
        :format(service_name(s), s.planned_end), at("services", i, "planned_end"))
    end
  end
  return out
end

-- 1. EMPLOYMENT GOAL: "The overall goal must be listed as a specific
-- occupation", or, "until an employment goal is agreed upon", "a general
-- career cluster".
local function check_overall_goal(plan)
  local g = plan.goal or {}
  if blank(g.occupation) and blank(g.career_cluster) then
    return { vr.finding("the IEP has no overall goal: enter the specific occupation in "
      .. "goal.occupation with its SOC code in goal.soc (or, while the customer explores "
      .. "careers, a career cluster in goal.career_cluster)", "plan.goal.occupation") }
  end
  return {}
end

-- 1. EMPLOYMENT GOAL: a specific occupation, identified by its O*NET-SOC
-- code ("use of Texas Cares or ONET may be used to identify a career"): a
-- detailed SOC occupation NN-NNNN (O*NET's NN-NNNN.NN also accepted), in a
-- SOC major group (odd numbers 11 to 55). A code ending in 0 is a SOC group
-- (major XX-0000, minor XX-X000, broad XX-XXX0), not a specific occupation.
local function check_occupation_soc(plan)
  local g = plan.goal or {}
  if blank(g.occupation) then return {} end
  if blank(g.soc) then
    return { vr.finding(("the occupation '%s' has no SOC code: enter its O*NET-SOC code "
      .. "(NN-NNNN, e.g. 29-2052) in goal.soc"):format(g.occupation), "plan.goal.soc") }
  end
  local soc = trim(g.soc)
  local major, detail = soc:match("^(%d%d)%-(%d%d%d%d)$")
  if not major then major, detail = soc:match("^(%d%d)%-(%d%d%d%d)%.%d%d$") end
  local m = tonumber(major)
  if not major or m < 11 or m > 55 or m % 2 == 0 then
    return { vr.finding(("goal.soc '%s' is not a SOC occupation code: write NN-NNNN "
      .. "(a major group 11 to 55, e.g. 29-2052)"):format(g.soc), "plan.goal.soc") }
  end
  if detail:sub(4, 4) == "0" then
    return { vr.finding(("goal.soc '%s' is a SOC group, not a specific occupation: use the "
      .. "code of the detailed occupation '%s' (it does not end in 0)"):format(g.soc,
        g.occupation), "plan.goal.soc") }
  end
  return {}
end

-- 1. EMPLOYMENT GOAL: "staff may enter an overall goal that is a general
-- career cluster until an employment goal is agreed upon". Allowed: a note
-- for the career planner that it stands until the occupation is agreed.
local function check_career_cluster_until_agreed(plan)
  local g = plan.goal or {}
  if blank(g.occupation) and not blank(g.career_cluster) then
    return { vr.finding(("the overall goal is the career cluster '%s', not a specific "
      .. "occupation: update the IEP when the customer and staff agree on an occupation")
      :format(g.career_cluster), "plan.goal.occupation") }
  end
  return {}
end

-- 1. EMPLOYMENT GOAL: "The staff and customer work together to explore
-- careers ... Staff should enter counselor notes to reflect this process."
-- The cluster is allowed only while that exploration goes on, and the notes
-- are the only record of it: without one, the goal is neither a specific
-- occupation ("must") nor a documented exploration, so this is an error.
local function check_exploration_notes(plan, case, ctx)
  local g = plan.goal or {}
  if not blank(g.occupation) or blank(g.career_cluster) then return {} end
  if vr.case.notes_tagged(case, "career-exploration", ctx.as_of) == nil then
    return { vr.finding(("the goal is the career cluster '%s' but no counselor note documents "
      .. "the career exploration under way (Texas CARES, O*NET, ...): add a note tagged "
      .. "'career-exploration', or enter the occupation agreed"):format(g.career_cluster),
      "case.notes") }
  end
  return {}
end

-- 2. INTERIM GOALS: interim goals "should consist of a timeframe, an
-- outcome, and a measure of successful attainment". The IEP is "a
-- combination of career goals, interim goals, action steps" (SERVICES), so
-- it has at least one. The timeframe runs from the set date ("the day that
-- activity towards completion of the goal begins", Data Entry - IEP, where
-- "Staff will enter set date") to the target date. (The core model already
-- refuses a target before the set date.) Three QA items, one rule.
local NO_INTERIM_GOALS = "the IEP has no interim goals: add at least the first one"

local function each_goal(plan, test)
  local objectives = plan.objectives or {}
  if #objectives == 0 then return { vr.finding(NO_INTERIM_GOALS, "plan.objectives") } end
  local out = {}
  for i, o in ipairs(objectives) do test(out, i, o) end
  return out
end

local function check_goal_timeframe(plan)
  return each_goal(plan, function(out, i, o)
    if o.start == nil then
      out[#out + 1] = vr.finding(goal_name(o) .. " has no set date (the day activity toward "
        .. "it begins)", at("objectives", i, "start"))
    end
    if o.target == nil then
      out[#out + 1] = vr.finding(goal_name(o) .. " has no timeframe: set its target date",
        at("objectives", i, "target"))
    end
  end)
end

local function check_goal_outcome(plan)
  return each_goal(plan, function(out, i, o)
    if blank(o.outcome) then
      out[#out + 1] = vr.finding(goal_name(o) .. " has no outcome", at("objectives", i, "outcome"))
    end
  end)
end

local function check_goal_measure(plan)
  return each_goal(plan, function(out, i, o)
    if blank(o.measure) then
      out[#out + 1] = vr.finding(goal_name(o) .. " has no measure of successful attainment",
        at("objectives", i, "measure"))
    end
  end)
end

-- 2. INTERIM GOALS: "simply participating in an activity is not an
-- adequate goal". An outcome or measure that only says the customer will
-- attend, participate or enroll is flagged for a person to look at; words
-- cannot prove it, hence a warning.
local function check_participation(plan)
  local out = {}
  for i, o in ipairs(plan.objectives or {}) do
    for _, field in ipairs({ "outcome", "measure" }) do
      if not blank(o[field]) and participation_only(o[field]) then
        out[#out + 1] = vr.finding(("the %s of %s is participation ('%s'): state what the "
          .. "customer will have achieved and how it will be shown"):format(field,
            goal_name(o), o[field]), at("objectives", i, field))
      end
    end
  end
  return out
end

-- 2. INTERIM GOALS: "The Set Date for each Interim Goal should match the
-- service activity-68 start date and TWIST counselor notes for service
-- plans (IEP)". Read with Data Entry - IEP (see the conflict noted at the
-- top): each set date is the service-68 start date, or, for a goal added
-- when the IEP was updated, the date of the counselor note (tag "iep")
-- documenting that update. Checked once service 68 is recorded (rule
-- tx.s68.service-68-recorded asks for it).
local function check_set_date_service_68(plan, case, ctx)
  local out = {}
  local s68 = service_68(plan)
  if s68 == nil or s68.start == nil then return out end
  local updates = {}
  for _, n in ipairs(notes_tagged(case, "iep", s68.start, ctx.as_of)) do updates[n.date] = true end
  for i, o in ipairs(plan.objectives or {}) do
    if o.start and o.start ~= s68.start and not updates[o.start] then
      out[#out + 1] = vr.finding(("%s is set on %s, but service 68 started on %s and no IEP "
        .. "counselor note of %s documents an update that added it: the IEP needs an update "
        .. "(set the goal on the service 68 start date, or record the IEP update)")
        :format(goal_name(o), o.start, s68.start, o.start), at("objectives", i, "start"))
    end
  end
  return out
end

-- 2. INTERIM GOALS: "The following Interim Goal titles will be utilized":
-- one of the four titles (TWIST offers them in a list). A title differing
-- only in case or separators is the title (the core's one normaliser gives
-- it in the declared spelling).
local function check_titles(plan)
  local out = {}
  for i, o in ipairs(plan.objectives or {}) do
    if TITLE_RANK[o.title] == nil then
      out[#out + 1] = vr.finding(("interim goal %s is titled '%s'; use one of: %s")
        :format(o.id, o.title, table.concat(INTERIM_GOAL_TITLES, "; ")),
        at("objectives", i, "title"))
    end
  end
  return out
end

-- 2. INTERIM GOALS, Note: "Follow-up action steps should be added to
-- whichever serves as the last interim goal". The last interim goal is the
-- one whose title comes last in the procedure's order (Comprehensive
-- Assessment, Career Planning, Training Services, Job Search Services);
-- between equal titles, the one listed last. A follow-up step is an action
-- of category "follow-up"; the note presumes the IEP has some.
local function check_follow_up(plan)
  local out = {}
  local objectives = plan.objectives or {}
  local last, best = nil, -1
  for _, o in ipairs(objectives) do
    local rank = TITLE_RANK[o.title] or 0
    if rank >= best then last, best = o, rank end
  end
  if last == nil then return out end
  local any = false
  for i, s in ipairs(plan.services or {}) do
    if is_follow_up(s) then
      any = true
      if s.objective ~= last.id then
        out[#out + 1] = vr.finding(("follow-up %s sits under interim goal %s; add it to the "
          .. "last interim goal, %s"):format(service_name(s), tostring(s.objective),
            goal_name(last)), at("services", i, "objective"))
      end
    end
  end
  if not any then
    out[#out + 1] = vr.finding(("the IEP has no follow-up action step (category "
      .. "'follow-up'): add the follow-up steps under the last interim goal, %s")
      :format(goal_name(last)), "plan.services")
  end
  return out
end

-- 3. ACTIONS: "Identify appropriate action steps/services (including
-- supportive services)"; Data Entry - IEP: actions are entered under the
-- interim goal they complete ("With Interim Goal highlighted ... add under
-- the Action(s) section of the IEP to enter actions set in completing the
-- Interim Goal"). Every action sits under an interim goal and every interim
-- goal has an action. (The core model already refuses an action under an
-- interim goal the plan does not have.)
local function check_action_steps(plan)
  local services = plan.services or {}
  if #services == 0 then
    return { vr.finding("the IEP has no action steps: add the actions, services and "
      .. "supportive services that complete each interim goal", "plan.services") }
  end
  local out, used = {}, {}
  for i, s in ipairs(services) do
    if blank(s.objective) then
      out[#out + 1] = vr.finding(("%s is not under an interim goal: set its objective")
        :format(service_name(s)), at("services", i, "objective"))
    else
      used[s.objective] = true
    end
  end
  for i, o in ipairs(plan.objectives or {}) do
    if not used[o.id] then
      out[#out + 1] = vr.finding(("%s has no action steps: add the actions that complete it")
        :format(goal_name(o)), at("objectives", i, "id"))
    end
  end
  return out
end

-- 3. ACTIONS: "Responsibilities outlined in the IEP should be shared
-- between the customer and staff". Shared: at least one action step (or
-- stated responsibility) is the customer's and at least one is staff's
-- (WIOA, staff, or a member of case.staff).
local function check_shared(plan, case)
  local has = {}
  for _, s in ipairs(plan.services or {}) do
    if not blank(s.responsible) then has[party_of(s.responsible, case)] = true end
  end
  for _, r in ipairs(plan.responsibilities or {}) do
    has[party_of(r.party, case)] = true
  end
  if not has.customer then
    return { vr.finding("no action step is the customer's responsibility: responsibilities "
      .. "should be shared between the customer and staff", "plan.services") }
  end
  if not has.staff then
    return { vr.finding("no action step is staff's (WIOA) responsibility: responsibilities "
      .. "should be shared between the customer and staff", "plan.services") }
  end
  return {}
end

-- 3. ACTIONS: "the IEP should specify who is responsible for each action
-- step"; Data Entry - IEP: "Staff will indicate the party responsible for
-- the completion of each Action Step (i.e. Client, WIOA, Service Provider,
-- etc.)". The data entry instruction says "will": an error.
local function check_responsible(plan)
  local out = {}
  for i, s in ipairs(plan.services or {}) do
    if blank(s.responsible) then
      out[#out + 1] = vr.finding(("%s names no responsible party (Client, WIOA, Service "
        .. "Provider, ...)"):format(service_name(s)), at("services", i, "responsible"))
    end
  end
  return out
end

-- After 3. ACTIONS: "After reviewing the IEP, the Customer and Staff will
-- sign and date IEP. Staff will provide Customer with a signed copy of the
-- IEP". A signed copy exists from the day the IEP took effect (the last
-- signature, ctx.lifecycle.effective): until then there is nothing to give,
-- and no finding. Then: a copy_provided event to the customer on or after
-- that day, in the customer's language (person.language; WIOA sec. 188, 29
-- CFR 38.9: language assistance to customers with limited English
-- proficiency). The copy follows the signatures, so its absence is a
-- warning.
local function check_signed_copy(plan, case, ctx)
  local signed = ctx.lifecycle.effective
  if signed == nil then return {} end
  local want = lang(case.person and case.person.language)
  local wrong
  for _, x in ipairs(vr.case.events(case, "copy_provided")) do
    local e = x.e
    if CUSTOMER[e.to] and x.day >= signed then
      if want == nil or lang(e.language) == want then return {} end
      wrong = wrong or x
    end
  end
  if wrong then
    return { vr.finding(("the copy given to the customer on %s is %s, but the customer's "
      .. "language is '%s': give the customer a signed copy in that language")
      :format(wrong.day, wrong.e.language and ("in '" .. wrong.e.language .. "'")
        or "in no recorded language", case.person.language),
      ("case.events[%d].language"):format(wrong.i)) }
  end
  return { vr.finding(("no signed copy of the IEP (%s, signed on %s) was given to the customer "
    .. "on or after the signing: give one and record a copy_provided event (to = \"client\", "
    .. "language, format)"):format(plan.date, signed), "case.events") }
end

-- Data Entry - IEP: "Staff will enter set date, planned end date (the
-- estimated date of customer's activity is set to end), and actual end
-- date (date customer actually completed activity)". Set and planned end
-- dates are required; an actual end date is required once the activity is
-- done (its interim goal is met or completed) and cannot be later than
-- today. (The core model already refuses end dates before the set date.)
local function check_action_dates(plan, case, ctx)
  local done = {}
  for _, o in ipairs(plan.objectives or {}) do
    if DONE[o.status] then done[o.id] = o end
  end
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
    elseif s.actual_end == nil and done[s.objective or ""] then
      out[#out + 1] = vr.finding(("%s has no actual end date, but its %s is %s: enter the "
        .. "date the customer completed it"):format(name, goal_name(done[s.objective]),
          done[s.objective].status), at("services", i, "actual_end"))
    end
  end
  return out
end

-- Data Entry - Service 68: "The Staff will enter service component 68
-- (Employability Development Plan) once IEP has been constructed". It
-- follows the IEP, so its absence is a warning.
local function check_s68_recorded(plan)
  if service_68(plan) == nil then
    return { vr.finding("service 68 (Employability Development Plan) is not recorded: enter "
      .. "it in Service Tracking once the IEP is constructed (ext.service_68)",
      "plan.ext.service_68") }
  end
  return {}
end

-- Data Entry - Service 68: a start date ("Staff will complete required
-- fields"), a completion reason "20 - Successful or 21- Unsuccessful" and
-- fund "97-WIOA Customer". A service 68 recorded wrongly is an error. When
-- it was entered is check_s68_after_iep's.
local function check_s68_fields(plan)
  local s68 = service_68(plan)
  local out = {}
  if s68 == nil then return out end -- see check_s68_recorded
  local p = "plan.ext.service_68."
  if s68.start == nil then
    out[#out + 1] = vr.finding("service 68 has no start date", p .. "start")
  end
  if tonumber(s68.fund) ~= 97 then
    out[#out + 1] = vr.finding(("service 68 is funded from %s; select fund 97 (WIOA "
      .. "Customer)"):format(s68.fund == nil and "no fund" or tostring(s68.fund)), p .. "fund")
  end
  local completion = tonumber(s68.completion)
  if s68.completion ~= nil and completion ~= 20 and completion ~= 21 then
    out[#out + 1] = vr.finding(("service 68 completion reason is %s; it must be 20 "
      .. "(Successful) or 21 (Unsuccessful)"):format(tostring(s68.completion)), p .. "completion")
  elseif s68.actual_end ~= nil and s68.completion == nil then
    out[#out + 1] = vr.finding("service 68 has ended but has no completion reason (20 "
      .. "Successful or 21 Unsuccessful)", p .. "completion")
  end
  return out
end

-- Data Entry - Service 68: "The Staff will enter service component 68
-- (Employability Development Plan) once IEP has been constructed": it does
-- not start before the first IEP was written, the date of its first
-- version (ctx.lifecycle.versions[1]: a second draft of an IEP never signed
-- is the same IEP, constructed when its first draft was). An update keeps
-- the first IEP's service 68 and is not checked.
local function check_s68_after_iep(plan, case, ctx)
  local s68 = service_68(plan)
  local life = ctx.lifecycle
  if s68 == nil or s68.start == nil or life.amendment then return {} end
  local first = life.versions[1] and life.versions[1].date or plan.date
  if first > plan.date then first = plan.date end
  if s68.start < first then
    return { vr.finding(("service 68 starts on %s, before the IEP (%s) was constructed: enter "
      .. "it once the IEP is constructed"):format(s68.start, first),
      "plan.ext.service_68.start") }
  end
  return {}
end

-- Data Entry - Case note: "The Staff will be responsible for entering a
-- counselor note in TWIST documenting the completion of the development of
-- the IEP". The note is written once the IEP is done, possibly after it is
-- signed, so its absence is a warning.
local function check_iep_note(plan, case, ctx)
  if #notes_tagged(case, "iep", plan.date, ctx.as_of) == 0 then
    return { vr.finding(("no counselor note dated on or after the IEP (%s) documents that "
      .. "its development is complete: add a note tagged 'iep'"):format(plan.date),
      "case.notes") }
  end
  return {}
end

------------------------------------------------------------------------
-- The QA instrument: one YES/NO item per check, in the order of the
-- procedure. A plan answers YES to an item when the check finds nothing.
------------------------------------------------------------------------

local QA_ITEMS = {
  { rule = "tx.svc.iep-before-services", check = check_iep_before_services,
    question = "no service starts before the IEP" },
  { rule = "tx.exp.update-past-planned-end", check = check_update_past_planned_end,
    question = "no action is past its planned end date without an actual end date" },
  { rule = "tx.1.overall-goal", check = check_overall_goal,
    question = "the overall goal is an occupation or a career cluster" },
  { rule = "tx.1.occupation-soc", check = check_occupation_soc,
    question = "a specific occupation has its SOC code" },
  { rule = "tx.1.exploration-notes", check = check_exploration_notes,
    question = "a career-cluster goal has counselor notes on the career exploration" },
  { rule = "tx.2.interim-goal-timeframe-outcome-measure", check = check_goal_timeframe,
    question = "each interim goal has a timeframe" },
  { rule = "tx.2.interim-goal-timeframe-outcome-measure", check = check_goal_outcome,
    question = "each interim goal has an outcome" },
  { rule = "tx.2.interim-goal-timeframe-outcome-measure", check = check_goal_measure,
    question = "each interim goal has a measure of successful attainment" },
  { rule = "tx.2.participation-not-a-goal", check = check_participation,
    question = "no interim goal is participation alone" },
  { rule = "tx.2.set-date-service-68", check = check_set_date_service_68,
    question = "interim goal set dates match service 68 (or a documented IEP update)" },
  { rule = "tx.2.interim-goal-titles", check = check_titles,
    question = "interim goals use the four titles of the procedure" },
  { rule = "tx.2.follow-up-under-last-goal", check = check_follow_up,
    question = "follow-up action steps sit on the last interim goal" },
  { rule = "tx.3.action-steps", check = check_action_steps,
    question = "every interim goal has action steps, each under an interim goal" },
  { rule = "tx.3.shared-responsibilities", check = check_shared,
    question = "responsibilities are shared between customer and staff" },
  { rule = "tx.3.responsible-party", check = check_responsible,
    question = "every action step names a responsible party" },
  { rule = "tx.3.signed-copy", check = check_signed_copy,
    question = "the customer received a signed copy in their language" },
  { rule = "tx.de.action-dates", check = check_action_dates,
    question = "every action step has a set date, a planned end date and, when done, an "
      .. "actual end date" },
  { rule = "tx.s68.service-68-recorded", check = check_s68_recorded,
    question = "service 68 is recorded" },
  { rule = "tx.s68.service-68 and tx.s68.after-iep",
    check = function(plan, case, ctx)
      local out = check_s68_fields(plan)
      for _, f in ipairs(check_s68_after_iep(plan, case, ctx)) do out[#out + 1] = f end
      return out
    end,
    question = "service 68 has fund 97 and completion reason 20 or 21, and starts once the "
      .. "IEP is constructed" },
  { rule = "tx.cn.iep-development-note", check = check_iep_note,
    question = "a counselor note documents the IEP" },
}

-- The QA instrument on one plan: items met, items in all, the numbers of
-- the items not met, the threshold in effect on the plan's date.
local function qa_score(plan, case, ctx)
  local met, missed = 0, {}
  for n, item in ipairs(QA_ITEMS) do
    if #item.check(plan, case, ctx) == 0 then
      met = met + 1
    else
      missed[#missed + 1] = ("%d (%s)"):format(n, item.question)
    end
  end
  return met, #QA_ITEMS, missed, ctx.param("qa_threshold")
end

local function percent(x)
  return math.floor(x * 100 + 0.5)
end

local function passes(met, total, threshold)
  return met >= threshold * total - 1e-9
end

-- A rule made of one or more QA items: their findings together; a plan
-- with no interim goals is told so once, not once per item.
local function rule_of(...)
  local checks = { ... }
  return function(plan, case, ctx)
    local out = {}
    for _, check in ipairs(checks) do
      for _, f in ipairs(check(plan, case, ctx)) do
        if f.message ~= NO_INTERIM_GOALS or #out == 0 then out[#out + 1] = f end
      end
    end
    return out
  end
end

return vr.plugin {
  api = 1,
  id = "tx-wioa",
  name = "Texas Workforce Solutions, WIOA Title I",
  version = "0.4.0",
  source = {
    document = "Procedure: Customer Individual Employment Plan (IEP), Workforce Solutions "
      .. "(WIOA Guide; Board Policy; WD Letter 35-10); 20 CFR 680.170",
    date = "2026-11-23",
  },
  kinds = {
    -- After 3. ACTIONS: "After reviewing the IEP, the Customer and Staff
    -- will sign and date IEP"; 20 CFR 680.170: developed jointly by the
    -- participant and the career planner. The procedure asks no approval,
    -- and an update is signed the same way.
    IEP = {
      title = "Individual Employment Plan",
      signers = { "client", "career_planner" },
    },
  },

  -- The values the rules read, each in the spelling the rules compare with
  -- (docs/model.md, "Agency vocabularies"). The core reads a value written
  -- in another case, or with space, `_` or `-` between its words, as the
  -- declared spelling ("Career Exploration", "career_exploration" are the
  -- tag "career-exploration"). Every list is open: a value not listed is
  -- imported with a warning and shown as a warning finding by `check`. The
  -- one closed list of the procedure, the interim goal titles, is enforced
  -- by rule tx.2.interim-goal-titles (see there).
  vocabulary = {
    ["plans[].objectives[].title"] = {
      -- "The following Interim Goal titles will be utilized" is a closed
      -- list, but a title outside it is the rule tx.2.interim-goal-titles's
      -- error (class content: it blocks signing, and cites the procedure)
      -- rather than a refusal at import, so the rest of the IEP can still be
      -- checked: open.
      open = true,
      meaning = "the title of an interim goal: one of the four the procedure lists, in the "
        .. "order a customer moves through them (the last one holds the follow-up steps)",
      values = {
        { "Comprehensive Assessment (Individualized Career Services)",
          "the objective assessment the IEP is built on; its action steps may start before "
            .. "the IEP is signed",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (titles); SERVICES "
            .. "(based on the customer's initial and comprehensive objective assessments)" },
        { "Career Planning", "choosing the occupation and the way to it",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (titles)" },
        { "Training Services", "training toward the occupation",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (titles)" },
        { "Job Search Services", "looking for and getting the job",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (titles)" },
      },
    },
    ["plans[].objectives[].status"] = {
      open = true,
      meaning = "where an interim goal stands; a goal met, completed, achieved or done is "
        .. "reached, and each of its action steps then needs its actual end date",
      values = {
        { "planned", "not begun" },
        { "in_progress", "under way" },
        { "met", "reached", cite = "Texas IEP procedure, Data Entry - IEP (actual end date: "
          .. "date customer actually completed activity)" },
        { "completed", "reached", cite = "Texas IEP procedure, Data Entry - IEP (actual end "
          .. "date: date customer actually completed activity)" },
        { "achieved", "reached" },
        { "done", "reached" },
      },
    },
    ["plans[].services[].category"] = {
      open = true,
      meaning = "the kind of action step; the rules read two: an assessment step and a "
        .. "follow-up step",
      values = {
        { "assessment", "an assessment step: the IEP is built on the assessment, so it may "
            .. "start before the IEP is signed",
          cite = "Texas IEP procedure, SERVICES (based on information gathered from the "
            .. "customer's initial and comprehensive objective assessments)" },
        { "follow-up", "a follow-up action step (after the customer is employed); it sits "
            .. "under the last interim goal",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (*Note: follow-up "
            .. "action steps ... last interim goal)",
          -- the plugin once ignored every separator, so "followup" was read too
          was = { "followup" } },
        { "career_planning", "a career planning step (researching occupations, a job shadow)",
          cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (explore careers; "
            .. "Texas Cares or ONET); 2. INTERIM GOALS (Career Planning)" },
        { "training", "training the participant will take",
          cite = "Texas IEP procedure, Work instructions 3. ACTIONS (activities and training "
            .. "the participant will perform)" },
        { "supportive", "a supportive service",
          cite = "Texas IEP procedure, Work instructions 3. ACTIONS (action steps/services "
            .. "(including supportive services))" },
        { "job_search", "a job search step",
          cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (Job Search "
            .. "Services)" },
      },
    },
    ["plans[].services[].responsible"] = {
      open = true,
      staff = true, -- or a case.staff[].id (docs/model.md)
      meaning = "who is responsible for the action step: the customer, WIOA staff, a service "
        .. "provider, or a member of case.staff by id",
      values = {
        { "client", "the customer", cite = "Texas IEP procedure, Data Entry - IEP (the party "
          .. "responsible ... i.e. Client, WIOA, Service Provider, etc.)" },
        { "customer", "the customer", cite = "Texas IEP procedure, Work instructions 3. "
          .. "ACTIONS (shared between the customer and staff)" },
        { "participant", "the customer", cite = "20 CFR 680.170 (the participant)" },
        { "wioa", "WIOA staff", cite = "Texas IEP procedure, Data Entry - IEP (Client, WIOA, "
          .. "Service Provider)" },
        { "wioa_staff", "WIOA staff" },
        { "staff", "WIOA staff", cite = "Texas IEP procedure, Work instructions 3. ACTIONS "
          .. "(shared between the customer and staff)" },
        { "agency", "WIOA staff (the workforce board)" },
        { "career_planner", "the career planner (staff)", cite = "20 CFR 680.170 (the career "
          .. "planner)" },
        { "service_provider", "a service provider: neither the customer nor staff",
          cite = "Texas IEP procedure, Data Entry - IEP (Client, WIOA, Service Provider)" },
      },
    },
    ["plans[].responsibilities[].party"] = {
      open = true,
      meaning = "who takes on the responsibility: the customer, WIOA staff, or another party",
      values = {
        { "client", "the customer", cite = "Texas IEP procedure, Work instructions 3. ACTIONS "
          .. "(shared between the customer and staff)" },
        { "customer", "the customer" },
        { "participant", "the customer", cite = "20 CFR 680.170 (the participant)" },
        { "wioa", "WIOA staff", cite = "Texas IEP procedure, Work instructions 3. ACTIONS "
          .. "(shared between the customer and staff)" },
        { "wioa_staff", "WIOA staff" },
        { "staff", "WIOA staff" },
        { "agency", "WIOA staff (the workforce board)" },
        { "career_planner", "the career planner (staff)", cite = "20 CFR 680.170 (the career "
          .. "planner)" },
        { "service_provider", "a service provider: neither the customer nor staff",
          cite = "Texas IEP procedure, Data Entry - IEP (Client, WIOA, Service Provider)" },
      },
    },
    ["case.staff[].role"] = {
      open = true,
      meaning = "what the staff member does on the case; the career planner signs the IEP",
      values = {
        { "career_planner", "the career planner, who builds and signs the IEP with the customer",
          cite = "Texas IEP procedure, after 3. ACTIONS (the Customer and Staff will sign and "
            .. "date IEP); 20 CFR 680.170 (developed jointly by participant and career planner)" },
      },
    },
    ["case.events[].kind"] = {
      values = {
        { "copy_provided", "a signed copy of the IEP given to the customer",
          cite = "Texas IEP procedure, after 3. ACTIONS (Staff will provide Customer with a "
            .. "signed copy of the IEP)" },
      },
    },
    ["case.events[].to"] = {
      open = true,
      meaning = "who received the copy; the rules look for a copy given to the customer",
      values = {
        { "client", "the customer", cite = "Texas IEP procedure, after 3. ACTIONS (provide "
          .. "Customer with a signed copy)" },
        { "customer", "the customer", cite = "Texas IEP procedure, after 3. ACTIONS (provide "
          .. "Customer with a signed copy)" },
        { "participant", "the customer", cite = "20 CFR 680.170 (the participant)" },
      },
    },
    ["case.notes[].tags[]"] = {
      open = true,
      meaning = "what a TWIST counselor note documents; the rules look for two tags",
      values = {
        { "career-exploration", "the customer and staff explore careers (Texas CARES, O*NET) "
            .. "while the overall goal is a career cluster",
          cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (Staff should enter "
            .. "counselor notes to reflect this process)" },
        { "iep", "the IEP was developed, or updated, that day",
          cite = "Texas IEP procedure, Data Entry - Case note (counselor note documenting the "
            .. "completion of the development of the IEP); Work instructions 2. INTERIM GOALS "
            .. "(TWIST counselor notes for service plans (IEP))" },
        { "assessment", "the customer's objective assessment (not read by the rules)",
          cite = "Texas IEP procedure, SERVICES (initial and comprehensive objective "
            .. "assessments)" },
        { "contact", "a contact with the customer (not read by the rules)" },
      },
    },
  },

  -- Agency fields (docs/model.md, `ext`).
  ext = {
    ["plans[]"] = {
      service_68 = {
        type = "table",
        meaning = "the TWIST Service Tracking record of service 68 (Employability Development "
          .. "Plan, Service Component 2 - Assessment and Planning), entered once the IEP is "
          .. "constructed; interim goals are set on its start date",
        cite = "Texas IEP procedure, Data Entry - Service 68; Work instructions 2. INTERIM "
          .. "GOALS (Set Date should match the service activity-68 start date)",
        fields = {
          start = { type = "date", meaning = "the day service 68 started",
            cite = "Texas IEP procedure, Data Entry - Service 68 (required fields; start date)" },
          planned_end = { type = "date", meaning = "its planned end date (TWIST fills it in)",
            cite = "Texas IEP procedure, Data Entry - Service 68 (planned end date will "
              .. "automatically populate)" },
          actual_end = { type = "date", meaning = "the day service 68 was closed",
            cite = "Texas IEP procedure, Data Entry - Service 68 (start and end date)" },
          completion = { type = "whole number",
            meaning = "the completion reason: 20 (Successful) or 21 (Unsuccessful)",
            cite = "Texas IEP procedure, Data Entry - Service 68 (20 - Successful or 21- "
              .. "Unsuccessful)" },
          fund = { type = "whole number", meaning = "the fund: 97 (WIOA Customer)",
            cite = "Texas IEP procedure, Data Entry - Service 68 (select 97-WIOA Customer under "
              .. "fund)" },
        },
      },
    },
  },

  -- COMPLIANCE REQUIREMENTS & MEASURES: "QA Instrument has 90% YES
  -- responses". The procedure implements WIOA (in effect 2015-07-01); a
  -- board that changes the threshold adds a dated line.
  parameters = {
    qa_threshold = { ["2015-07-01"] = 0.90 },
  },

  measures = {
    vr.measure {
      id = "tx.qa-share",
      what = "share of the QA instrument's items this IEP meets (YES responses)",
      cite = "Texas IEP procedure, COMPLIANCE REQUIREMENTS & MEASURES (QA Instrument has 90% "
        .. "YES responses)",
      applies_to = { "IEP" },
      compute = function(plan, case, ctx)
        local met, total, _, threshold = qa_score(plan, case, ctx)
        return {
          value = met / total,
          text = ("%d of %d items (%d %%)"):format(met, total, percent(met / total)),
          band = passes(met, total, threshold)
            and ("meets %d %%"):format(percent(threshold))
            or ("below %d %%"):format(percent(threshold)),
        }
      end,
    },
  },

  rules = {
    -- class: conduct — the procedure asks the IEP "to document ... actions of
    -- all customers prior to service delivery": a service delivered before the
    -- IEP was in place is something staff did, which no edit can undo.
    vr.rule {
      id = "tx.svc.iep-before-services",
      cite = "Texas IEP procedure, SERVICES (IEP required by WIOA ... prior to service delivery); "
        .. "after 3. ACTIONS (the Customer and Staff will sign and date IEP)",
      severity = "error",
      class = "conduct",
      applies_to = { "IEP" },
      check = check_iep_before_services,
    },

    -- COMPLIANCE REQUIREMENTS & MEASURES: "QA Instrument has 90% YES
    -- responses". The instrument audits a file, including what follows the
    -- signing (copy, service 68, counselor note), so falling short is a
    -- warning that names the items to fix, not a bar to signing.
    -- class: conduct — "COMPLIANCE REQUIREMENTS & MEASURES: QA Instrument has
    -- 90% YES responses": a compliance score of how staff kept the file,
    -- not an element of the plan's text.
    vr.rule {
      id = "tx.qa.90-percent",
      cite = "Texas IEP procedure, COMPLIANCE REQUIREMENTS & MEASURES (QA Instrument has 90% "
        .. "YES responses)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IEP" },
      check = function(plan, case, ctx)
        local met, total, missed, threshold = qa_score(plan, case, ctx)
        if not passes(met, total, threshold) then
          return ("the QA instrument scores %d of %d items (%d %%), under the %d %% required; "
            .. "items not met: %s"):format(met, total, percent(met / total),
              percent(threshold), table.concat(missed, "; "))
        end
      end,
    },

    -- class: content — "Updates to the IEP should mirror the customer's
    -- current program status": a planned end date gone by without an actual
    -- end date is text that no longer says what is true; an update repairs it.
    vr.rule {
      id = "tx.exp.update-past-planned-end",
      cite = "Texas IEP procedure, Workforce Solutions Expectations (a living document, updated "
        .. "if an activity will exceed the planned end date); Data Entry - IEP (update as needed)",
      severity = "warning",
      class = "content",
      applies_to = { "IEP" },
      check = check_update_past_planned_end,
    },

    -- class: content — "The overall goal must be listed as a specific
    -- occupation": an element of the IEP.
    vr.rule {
      id = "tx.1.overall-goal",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (must be listed as a "
        .. "specific occupation)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.goal.occupation",
      check = check_overall_goal,
    },

    -- class: content — "listed as a specific occupation" ("ONET may be used
    -- to identify a career"): the goal's SOC code as written.
    vr.rule {
      id = "tx.1.occupation-soc",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (specific occupation; "
        .. "ONET to identify a career)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.goal.soc",
      check = check_occupation_soc,
    },

    -- class: content — "staff may enter an overall goal that is a general
    -- career cluster until an employment goal is agreed upon": what the goal
    -- says.
    vr.rule {
      id = "tx.1.career-cluster-until-agreed",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (career cluster until "
        .. "an employment goal is agreed upon)",
      severity = "info",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.goal.occupation",
      check = check_career_cluster_until_agreed,
    },

    -- class: conduct — "Staff should enter counselor notes to reflect this
    -- process": a record staff keep of the exploration, in TWIST's notes,
    -- not in the IEP. (Before classes, this error blocked signing; now it
    -- is shown at signing.)
    vr.rule {
      id = "tx.1.exploration-notes",
      cite = "Texas IEP procedure, Work instructions 1. EMPLOYMENT GOAL (counselor notes to "
        .. "reflect this process)",
      severity = "error",
      class = "conduct",
      applies_to = { "IEP" },
      path = "case.notes",
      check = check_exploration_notes,
    },

    -- class: content — interim goals "should consist of a timeframe, an
    -- outcome, and a measure of successful attainment": elements of the IEP.
    vr.rule {
      id = "tx.2.interim-goal-timeframe-outcome-measure",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (a timeframe, an outcome, "
        .. "and a measure of successful attainment); Data Entry - IEP (set date)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.objectives",
      check = rule_of(check_goal_timeframe, check_goal_outcome, check_goal_measure),
    },

    -- class: content — "simply participating in an activity is not an
    -- adequate goal": the wording of an interim goal.
    vr.rule {
      id = "tx.2.participation-not-a-goal",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (simply participating in "
        .. "an activity is not an adequate goal)",
      severity = "warning",
      class = "content",
      applies_to = { "IEP" },
      check = check_participation,
    },

    -- class: content — "The Set Date for each Interim Goal should match the
    -- service activity-68 start date and TWIST counselor notes": the set date
    -- the IEP carries.
    vr.rule {
      id = "tx.2.set-date-service-68",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (Set Date should match the "
        .. "service activity-68 start date and counselor notes); Workforce Solutions "
        .. "Expectations (living document)",
      severity = "warning",
      class = "content",
      applies_to = { "IEP" },
      check = check_set_date_service_68,
    },

    -- class: content — "The following Interim Goal titles will be utilized":
    -- a title outside the list.
    vr.rule {
      id = "tx.2.interim-goal-titles",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (the following Interim "
        .. "Goal titles will be utilized)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      check = check_titles,
    },

    -- class: content — "Follow-up action steps should be added to whichever
    -- serves as the last interim goal": where the IEP places a step.
    vr.rule {
      id = "tx.2.follow-up-under-last-goal",
      cite = "Texas IEP procedure, Work instructions 2. INTERIM GOALS (*Note: follow-up action "
        .. "steps ... last interim goal)",
      severity = "warning",
      class = "content",
      applies_to = { "IEP" },
      check = check_follow_up,
    },

    -- class: content — "Identify appropriate action steps/services": the
    -- IEP's action steps under its interim goals.
    vr.rule {
      id = "tx.3.action-steps",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS (identify action steps); Data "
        .. "Entry - IEP (actions under the Interim Goal)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.services",
      check = check_action_steps,
    },

    -- class: content — "Responsibilities outlined in the IEP should be shared
    -- between the customer and staff": what the IEP assigns.
    vr.rule {
      id = "tx.3.shared-responsibilities",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS (shared between the customer "
        .. "and staff)",
      severity = "warning",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.services",
      check = check_shared,
    },

    -- class: content — "the IEP should specify who is responsible for each
    -- action step": a required element of each step.
    vr.rule {
      id = "tx.3.responsible-party",
      cite = "Texas IEP procedure, Work instructions 3. ACTIONS (who is responsible for each "
        .. "action step); Data Entry - IEP (Responsibility section)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      check = check_responsible,
    },

    -- class: conduct — "Staff will provide Customer with a signed copy of the
    -- IEP": a copy given, or not, after the signing.
    vr.rule {
      id = "tx.3.signed-copy",
      cite = "Texas IEP procedure, Work instructions after 3. ACTIONS (sign and date IEP; provide "
        .. "Customer with a signed copy of the IEP); 29 CFR 38.9 (language assistance)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IEP" },
      path = "case.events",
      check = check_signed_copy,
    },

    -- class: content — "Staff will enter set date, planned end date ... and
    -- actual end date": dates each action step of the IEP carries.
    vr.rule {
      id = "tx.de.action-dates",
      cite = "Texas IEP procedure, Data Entry - IEP (set date, planned end date, actual end date)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      check = check_action_dates,
    },

    -- class: conduct — "The Staff will enter service component 68
    -- (Employability Development Plan) once IEP has been constructed": an
    -- entry staff make in Service Tracking after the IEP.
    vr.rule {
      id = "tx.s68.service-68-recorded",
      cite = "Texas IEP procedure, Data Entry - Service 68 (enter service component 68 once IEP "
        .. "has been constructed)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IEP" },
      path = "plan.ext.service_68",
      check = check_s68_recorded,
    },

    -- class: content — "Staff will complete required fields for TWIST service
    -- 68", "20 – Successful or 21- Unsuccessful", "97-WIOA Customer": the
    -- fields of the service 68 record (plan.ext.service_68), repaired by
    -- correcting them. (Its start before the IEP, once part of this rule, is
    -- tx.s68.after-iep.)
    vr.rule {
      id = "tx.s68.service-68",
      cite = "Texas IEP procedure, Data Entry - Service 68 (required fields; completion reason "
        .. "20 or 21; fund 97-WIOA Customer)",
      severity = "error",
      class = "content",
      applies_to = { "IEP" },
      path = "plan.ext.service_68",
      check = check_s68_fields,
    },

    -- class: conduct — "enter service component 68 ... once IEP has been
    -- constructed": service 68 opened before the IEP existed is when staff
    -- acted. An error, as it was inside tx.s68.service-68.
    vr.rule {
      id = "tx.s68.after-iep",
      cite = "Texas IEP procedure, Data Entry - Service 68 (enter service component 68 once IEP "
        .. "has been constructed)",
      severity = "error",
      class = "conduct",
      applies_to = { "IEP" },
      path = "plan.ext.service_68.start",
      check = check_s68_after_iep,
    },

    -- class: conduct — "The Staff will be responsible for entering a
    -- counselor note in TWIST documenting the completion of the development
    -- of the IEP": a note staff write, not part of the IEP.
    vr.rule {
      id = "tx.cn.iep-development-note",
      cite = "Texas IEP procedure, Data Entry - Case note (counselor note documenting the "
        .. "completion of the development of the IEP)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IEP" },
      path = "case.notes",
      check = check_iep_note,
    },
  },
}
