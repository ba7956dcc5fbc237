-- Missouri Vocational Rehabilitation: the Individualized Plan for Employment.
--
-- Source: Missouri VR Client Services Guide (CSG), Section 500 Vocational
-- Planning: 510 Comprehensive Assessment, 520 IPE (520.1 development,
-- approval, review; 520.2 services in two states; 520.3 amendments), 530
-- Ticket to Work; and the federal rules it implements, 34 CFR 361.45
-- (development) and 361.46 (content), as summarised in
-- ../shared/policy/README.md, with the IPS-VR crosswalk (principles 5 and 7).
-- ../shared/policy/missouri-vr-csg-500-vocational-planning.txt
-- Rules follow the order of the CSG; the 34 CFR 361.46(a) content the CSG
-- only refers to sits where 520.1 speaks of the IPE's content (after the
-- informed-choice bullet). Each rule cites the section it encodes.
-- docs/policy/mo-vr.md lists every requirement of the sources, in order, with
-- the rule that encodes it or why the data cannot show it.
--
-- The CSG's cover says "Date Issued 04/15/21"; pages 2 to 6 (where 520.1
-- sits) say "04/02/21". source.date is the cover's date; the dated parameter
-- below starts on 2021-04-02, the date printed on the page that sets it.
--
-- How a Missouri case records what the rules read: core fields of
-- docs/model.md (plans[].school_iep for the IEP check of CSG 520.1), and
-- the values and agency fields this plugin declares below in `vocabulary`
-- and `ext` (`vrtool plugin vocab mo-vr` lists them with their meaning and
-- citation). Rules see those values in their declared spelling (the core's
-- one normaliser), so they compare with `==`. Names that are not a
-- vocabulary are read as text: a service's `funding` and a Ticket's
-- `network` ("VR", "Missouri VR" are the agency: VR_NAMES below; text
-- naming the client is cost participation; anything else is another
-- entity), a copy's `format` against the person's own modes of
-- communication, a copy's `provider` against the service's provider.
--
-- Content and conduct (docs/plugins.md): each rule says whether it is
-- about what the version says (class "content": an error blocks signing
-- it) or about how and when the agency acted (class "conduct": a clock, a
-- review, a copy, a purchase; shown at signing, never blocks it), with the
-- source's words in a `-- class:` line above it. ctx.lifecycle tells a
-- rule which version it sees: `amendment` only once an earlier version took
-- effect; the clocks the IPE's taking effect stops (90 days, school exit)
-- run to the initial version's effective day; the clocks about the plan in
-- effect (copy, reviews) run only on that version, from its own dates.
--
-- Choices where the source is silent:
--   * Copy of the IPE: the CSG sets no time; we allow COPY_GRACE_DAYS (14
--     calendar days) after the version took effect. Copy rules are
--     warnings: chosen when every error blocked signing; now conduct, they
--     would not block, and the agency may raise them.
--
-- Known conflict in the source (CSG 520.1): the district supervisor "will
-- review and approve all initial plans", yet "Assistant supervisor and
-- counselor IV may be exempt from these reviews". We apply the exemption (see
-- kinds.IPE.requirements): the second sentence is the specific exception to
-- the first, and "may" makes the supervisor's approval optional for those
-- authors, not forbidden (a supervisor can still sign). The $5,000 purchase
-- review is a separate sentence with no exemption: it applies to everyone.

local date = vr.date
local blank = vr.blank
-- Events and notes are read through vr.case (events, first_event,
-- notes_tagged: the earliest note with a declared tag, dated on or before
-- `by` when given), called by their full name so `plugin lint` checks each
-- kind and tag against the vocabulary below.

-- Calendar days after the plan's date within which the client's copy is
-- expected (our choice; the CSG gives no time). Documented in
-- docs/policy/mo-vr.md.
local COPY_GRACE_DAYS = 14

-- Who signs an IPE and its amendments (CSG 520.1, 520.3).
local SIGNERS = { { "client", "representative" }, "counselor" }

-- Names by which a case says "the VR agency itself" (ticket network,
-- funding), as name_key gives them. These are names of entities, not a
-- vocabulary: any other network or funder is read too (as another entity).
local VR_NAMES = {
  ["vr"] = true, ["missouri vr"] = true, ["mo vr"] = true, ["dvr"] = true,
  ["vocational rehabilitation"] = true, ["missouri vocational rehabilitation"] = true,
}

-- Services of the declared categories (vocabulary below) the rules group.
local AT_CATEGORIES = { assistive_technology = true, rehabilitation_technology = true }
local EDUCATION_CATEGORIES = { training = true, education = true, post_secondary = true }

-- The counselor grade of each declared counselor title (case.staff[].title).
local COUNSELOR_GRADE = {
  ["Counselor I"] = 1, ["Counselor II"] = 2, ["Counselor III"] = 3, ["Counselor IV"] = 4,
}

-- A name (of an entity, a provider, a mode of communication), for comparing
-- two names the case writes: lower case, trimmed, single spaces. Not for
-- the declared vocabularies: rules see those in their declared spelling.
local function name_key(s)
  if type(s) ~= "string" then return "" end
  return (s:lower():gsub("%s+", " "):gsub("^ ", ""):gsub(" $", ""))
end

local function is_vr(name)
  return VR_NAMES[name_key(name)] == true
end

-- Is this version an amendment? Only when an earlier version of the plan
-- took effect (ctx.lifecycle.amendment): a second version of a plan that
-- never took effect is still the initial IPE, with the initial signers,
-- the supervisor's approval and the initial clocks (CSG 520.3 amends a
-- plan in effect; 34 CFR 361.45).
local function is_amendment(ctx)
  return ctx.lifecycle.amendment == true
end

-- The day the initial IPE took effect (the day of its last required
-- signature or approval): the first version of the plan that took effect,
-- else nil. 34 CFR 361.45(e) requires the IPE be completed, that is agreed
-- and signed, within the 90 days; a draft's date completes nothing.
local function initial_effective(ctx)
  local life = ctx.lifecycle
  for _, v in ipairs(life.versions or {}) do
    if v.effective then return v.effective end
  end
  return life.effective
end

-- Is this version the plan in effect (or the one in effect when the case
-- closed, when `closed` is true)? The clocks about the plan in effect (its
-- copy, its reviews) run on that version only, from its own dates, so an
-- open draft never hides or restarts them.
local function in_effect(ctx, closed)
  local st = ctx.lifecycle.status
  return st == "in effect" or (closed and st == "closed")
end

-- The day this version took effect; a version given as in effect without
-- its day (a plugin test) counts from its plan date.
local function effective_day(plan, ctx)
  return ctx.lifecycle.effective or plan.date
end


local function staff_member(case, id)
  for _, s in ipairs(case.staff or {}) do
    if s.id == id then return s end
  end
  return nil
end

-- CSG 520.1: the district supervisor, or in the supervisor's absence a
-- designee who is "counselor II or above" (an assistant supervisor is above).
-- By role or by title (declared values); a title not declared is neither.
local function supervisor_or_designee(member)
  if member == nil then return false end
  if member.role == "supervisor" then return true end
  return member.title == "District Supervisor" or member.title == "Assistant Supervisor"
    or (COUNSELOR_GRADE[member.title] or 0) >= 2
end

-- CSG 520.1: "Assistant supervisor and counselor IV may be exempt".
local function exempt(member)
  return member.title == "Counselor IV" or member.title == "Assistant Supervisor"
end

-- The IPE's due date: 90 days after the (first) eligibility determination,
-- moved to the agreed date by each extension that was agreed, to a specific
-- later date, while the IPE was not yet due. Returns due, the eligibility
-- event (nil: none) and whether an extension applies.
local function ipe_due(case)
  local elig = vr.case.first_event(case, "eligibility")
  if elig == nil then return nil end
  local due, extended = date.add_days(elig.day, 90), false
  local exts = vr.case.events(case, "plan_extension")
  table.sort(exts, function(a, b) return a.day < b.day end)
  for _, x in ipairs(exts) do
    local agreed = x.e.agreed_date
    if agreed and x.day <= due and agreed > due then
      due, extended = agreed, true
    end
  end
  return due, elig, extended
end

-- The last review of the plan in effect: the latest of the day this
-- version took effect (an IPE or amendment agreed and signed with the
-- client is reviewed with them), its review.last and `review` events up to
-- the as-of date; and a label.
local function last_review(plan, case, ctx)
  local from = effective_day(plan, ctx)
  local label = "IPE in effect from " .. from
  if plan.review and plan.review.last and plan.review.last > from then
    from, label = plan.review.last, "last review on " .. plan.review.last
  end
  for _, x in ipairs(vr.case.events(case, "review")) do
    if x.day > from and x.day <= ctx.as_of then
      from, label = x.day, "last review on " .. x.day
    end
  end
  return from, label
end

-- Copies of the plan given to the client (or representative) on or after
-- the version's date: { {i, e, day} }, in the order recorded. (A copy made
-- between the plan date and the last signature counts: the data cannot
-- tell a signed copy from an unsigned one, and the client signs first.)
local function client_copies(plan, case)
  local out = {}
  for _, x in ipairs(vr.case.events(case, "copy_provided")) do
    if x.day >= plan.date and (x.e.to == "client" or x.e.to == "representative") then
      out[#out + 1] = x
    end
  end
  return out
end

-- The primary language subtag: "en-US" -> "en" (BCP 47 tags are not
-- case-sensitive).
local function lang(tag)
  return name_key(tag):match("^[a-z]+") or ""
end

-- Why a copy does not suit the person (list of findings; empty: it suits).
local function copy_problems(x, person)
  local out = {}
  if person.language and lang(x.e.language) ~= lang(person.language) then
    out[#out + 1] = vr.finding(("the copy given on %s is in '%s', not the client's language '%s': "
      .. "give a copy in '%s'"):format(x.day, x.e.language or "no language recorded",
        person.language, person.language), ("case.events[%d].language"):format(x.i))
  end
  local modes = person.communication or {}
  if #modes > 0 then
    local ok = false
    for _, m in ipairs(modes) do
      if name_key(m) == name_key(x.e.format) and not blank(x.e.format) then ok = true end
    end
    if not ok then
      local list = {}
      for _, m in ipairs(modes) do list[#list + 1] = m end
      out[#out + 1] = vr.finding(("the copy given on %s is in format '%s', which is not one of "
        .. "the client's modes of communication (%s)"):format(x.day, x.e.format or "not recorded",
          table.concat(list, ", ")), ("case.events[%d].format"):format(x.i))
    end
  end
  return out
end

-- Does a case treat the person as a student in special education?
local function special_ed_student(case)
  local p = case.person or {}
  return p.student == true and p.special_education == true
end

local function school_exit(case)
  local ext = case.person and case.person.ext
  return ext and ext.school_exit_date or nil
end

-- The ticket_reassigned events that move the Ticket to an Employment
-- Network other than VR before the case was closed (CSG 530).
local function reassignments(case)
  local closed = vr.case.first_event(case, "closure")
  local out = {}
  for _, x in ipairs(vr.case.events(case, "ticket_reassigned")) do
    if not is_vr(x.e.network) and (closed == nil or x.day <= closed.day) then
      out[#out + 1] = x
    end
  end
  table.sort(out, function(a, b) return a.day < b.day end)
  return out
end

local function has_supported_employment(plan)
  if plan.supported_employment ~= nil then return true end
  for _, s in ipairs(plan.services or {}) do
    if s.category == "supported_employment" then return true end
  end
  return false
end

local function paid_by_vr(s)
  return blank(s.funding) or is_vr(s.funding)
end

local function paid_by_client(s)
  local f = name_key(s.funding)
  return f:find("client", 1, true) ~= nil or f:find("self", 1, true) ~= nil
end

return vr.plugin {
  api = 1,
  id = "mo-vr",
  name = "Missouri Vocational Rehabilitation",
  version = "0.4.0",
  source = {
    document = "Missouri VR Client Services Guide, Section 500 Vocational Planning; "
      .. "34 CFR 361.45-361.46",
    date = "2021-04-15",
  },

  -- The values this plugin reads, by the model path of the field
  -- (docs/model.md, "Vocabularies"). Every list is open: the CSG gives no
  -- closed list of service categories, note tags, staff roles, job titles,
  -- copy recipients or parties, and a Missouri case carries values of its
  -- own the rules do not read (kept, with a warning that names the nearest
  -- declared value). Event kinds are the model's enumeration: listed only.
  vocabulary = {
    ["case.events[].kind"] = {
      values = {
        { "eligibility", "the eligibility determination: starts the 90-day IPE clock",
          cite = "34 CFR 361.45(e); CSG 520.1" },
        { "plan_extension", "the agency and the client agree to extend the IPE deadline to a "
          .. "specific date (agreed_date)", cite = "34 CFR 361.45(e)" },
        { "review", "a review of the IPE in effect with the client or representative",
          cite = "CSG 520.1 (reviewed at least annually)" },
        { "copy_provided", "a copy of the IPE given to the client, representative, a provider "
          .. "or the school", cite = "CSG 520.1; 34 CFR 361.45" },
        { "supervisor_review", "the district supervisor's (or designee's) review of an IPE "
          .. "with an item purchase of $5,000 or more, naming the service (service) and the "
          .. "reviewer (staff)", cite = "CSG 520.1" },
        { "ticket_reassigned", "the client reassigns the Ticket to Work to another Employment "
          .. "Network (network)", cite = "CSG 530" },
        { "closure", "the case is closed: a Ticket reassigned after it ends nothing",
          cite = "CSG 530 (prior to the closure of his or her VR case)" },
      },
    },
    ["case.notes[].tags[]"] = {
      open = true,
      meaning = "labels by which the rules find the case note a section of the CSG asks for",
      values = {
        { "assessment", "the comprehensive assessment of the client's VR needs, before the IPE",
          cite = "CSG 510.1" },
        { "needs-assistive-technology", "the assessment found a need for rehabilitation "
          .. "technology devices or assistive technology services",
          cite = "CSG 510.1 (determining rehabilitation technology/assistive technology "
          .. "services), 520.1" },
        { "needs-personal-assistance", "the assessment found a need for personal assistance "
          .. "services", cite = "CSG 520.1; 34 CFR 361.46(a)(2)" },
        { "ipe-after-exit", "why a special-education student's IPE was not developed before "
          .. "the student left school", cite = "CSG 520.1 (document the reason in a case note)" },
        { "iep-consistency", "old way: the IPE was checked against the student's school IEP; "
          .. "still counts when the plan has no school_iep, with a warning: record "
          .. "plans[].school_iep instead", cite = "CSG 520.1" },
        { "supported-employment", "a note about planning supported employment (no rule reads "
          .. "it)", cite = "34 CFR 361.46(a)(7)" },
        { "benefits", "a note about benefits and work incentives counseling (no rule reads it)",
          cite = "IPS-VR crosswalk, principle 8" },
      },
    },
    ["case.staff[].role"] = {
      open = true,
      meaning = "what the staff member does on the case; signer roles are matched against it",
      values = {
        { "counselor", "the VR counselor who develops and signs the IPE with the client",
          cite = "CSG 520.1" },
        { "supervisor", "the district supervisor, who approves initial IPEs and reviews item "
          .. "purchases of $5,000 or more", cite = "CSG 520.1" },
        { "designee", "stands in for the district supervisor in the supervisor's absence "
          .. "(counts when the title is Counselor II or above; signs as supervisor)",
          cite = "CSG 520.1 (designee in district supervisor's absence, counselor II or above)" },
      },
    },
    ["case.staff[].title"] = {
      open = true,
      meaning = "the job title, which decides who may review for the district supervisor and "
        .. "whose initial IPE needs no supervisor's approval; another title is neither",
      values = {
        { "Counselor I", "VR counselor, first grade: below a designee's grade",
          cite = "CSG 520.1" },
        { "Counselor II", "VR counselor, second grade: may be the supervisor's designee",
          cite = "CSG 520.1 (counselor II or above)" },
        { "Counselor III", "VR counselor, third grade: may be the supervisor's designee",
          cite = "CSG 520.1 (counselor II or above)" },
        { "Counselor IV", "VR counselor, fourth grade: may be the designee; initial IPEs may be "
          .. "exempt from the supervisor's approval",
          cite = "CSG 520.1 (counselor IV may be exempt)" },
        { "Assistant Supervisor", "may be the designee; initial IPEs may be exempt from the "
          .. "supervisor's approval", cite = "CSG 520.1 (assistant supervisor may be exempt)" },
        { "District Supervisor", "the district supervisor", cite = "CSG 520.1" },
      },
    },
    ["case.events[].to"] = {
      open = true,
      meaning = "who received a copy of the IPE (copy_provided)",
      values = {
        { "client", "the client", cite = "CSG 520.1 (provided to the client)" },
        { "representative", "the client's representative, who may sign for the client",
          cite = "CSG 520.1 (the client and/or his or her representative)" },
        { "provider", "a service provider, named in the event's provider",
          cite = "CSG 520.1 (and service providers)" },
        { "school", "designated school district personnel (not checked: \"if appropriate\")",
          cite = "CSG 520.1 (designated school district personnel if appropriate)" },
      },
    },
    ["plans[].responsibilities[].party"] = {
      open = true,
      meaning = "whose responsibilities these are; any party other than the client, "
        .. "representative and agency is another entity",
      values = {
        { "client", "the client's responsibilities",
          cite = "34 CFR 361.46(a)(6); CSG 510.1, 520.1" },
        { "representative", "the representative's responsibilities", cite = "CSG 520.1" },
        { "agency", "Missouri VR's responsibilities",
          cite = "34 CFR 361.46(a)(6); CSG 510.1, 520.1" },
        { "provider", "a service provider's responsibilities (another entity)",
          cite = "34 CFR 361.46(a)(6) (other entities)" },
        { "school", "the school district's responsibilities for a student (another entity)",
          cite = "34 CFR 361.46(a)(6) (other entities); CSG 520.1" },
        { "other_entity", "another entity's responsibilities under comparable services or "
          .. "benefits, e.g. a county board or Medicaid waiver",
          cite = "34 CFR 361.46(a)(6)(iii)" },
      },
    },
    ["plans[].services[].category"] = {
      open = true,
      meaning = "the kind of service, where a rule depends on it",
      values = {
        { "assistive_technology", "assistive technology devices or services",
          cite = "CSG 520.1; 34 CFR 361.46(a)(2)" },
        { "rehabilitation_technology", "rehabilitation technology devices (read as assistive "
          .. "technology)", cite = "CSG 520.1 (rehabilitation technology devices)" },
        { "personal_assistance", "personal assistance services",
          cite = "CSG 520.1; 34 CFR 361.46(a)(2)" },
        { "personal_assistance_training", "training in managing personal assistance services",
          cite = "CSG 520.1 (including training in the management of those services)" },
        { "supported_employment", "supported employment services: the IPE states the extended "
          .. "services and their provider",
          cite = "34 CFR 361.46(a)(7); IPS-VR crosswalk, principle 7" },
        { "training", "vocational or occupational training: an education service",
          cite = "CSG 520.1 (educational goals)" },
        { "education", "secondary education toward a diploma or equivalent: an education service",
          cite = "CSG 520.1 (secondary school diploma or equivalent)" },
        { "post_secondary", "post-secondary education toward a credential: an education service",
          cite = "CSG 520.1 (a credential in a post-secondary setting)" },
        { "placement", "job placement (no rule reads it)", cite = "34 CFR 361.46(a)(2)" },
        { "transportation", "transportation so the client can take part in services (no rule "
          .. "reads it)", cite = "34 CFR 361.46(a)(2)" },
        { "benefits_counseling", "work incentives / benefits counseling (no rule reads it)",
          cite = "IPS-VR crosswalk, principle 8" },
      },
    },
  },

  -- Agency fields (the model has no field for them).
  ext = {
    ["person"] = {
      school_exit_date = { type = "date", meaning = "the day a student in special education "
        .. "graduates or leaves secondary school (projected, then actual): the IPE should be "
        .. "developed before it", cite = "CSG 520.1 (prior to the student's graduation/exit "
        .. "from the secondary school system)" },
    },
  },

  kinds = {
    IPE = {
      title = "Individualized Plan for Employment",
      -- CSG 520.1: "jointly developed, agreed upon and signed by the
      -- counselor and the client and/or his or her representative"; the
      -- district supervisor "will review and approve all initial plans".
      signers = SIGNERS,
      approvals = { "supervisor" },
      -- CSG 520.3 / 34 CFR 361.45: "Amendments to the IPE do not take effect
      -- until agreed to and signed by the eligible individual or ... the
      -- individual's representative and by the counselor": no supervisor.
      amendment = { signers = SIGNERS, approvals = {} },
      -- Known conflict, CSG 520.1: the supervisor approves "all initial
      -- plans", but "Assistant supervisor and counselor IV may be exempt
      -- from these reviews". We apply the exemption: the specific sentence
      -- governs the general one, and "may" leaves the approval optional (a
      -- supervisor may still sign; it is no longer needed for the plan to
      -- take effect). The author is the case's counselor (case.staff, role
      -- "counselor"); when several counselors are on the case, every one
      -- must hold an exempt title, since the data does not say which wrote
      -- the plan. A designee signing for an absent supervisor signs as
      -- "supervisor". Amendments never need the supervisor (520.3); a
      -- version is an amendment only when an earlier one took effect
      -- (ctx.lifecycle.amendment), so a second draft of a plan never signed
      -- still needs the supervisor's approval.
      requirements = function(plan, case, ctx)
        if is_amendment(ctx) then return { signers = SIGNERS, approvals = {} } end
        local counselors, exempt_n = 0, 0
        for _, s in ipairs(case.staff or {}) do
          if s.role == "counselor" then
            counselors = counselors + 1
            if exempt(s) then exempt_n = exempt_n + 1 end
          end
        end
        if counselors > 0 and exempt_n == counselors then
          return { signers = SIGNERS, approvals = {} }
        end
        return { signers = SIGNERS, approvals = { "supervisor" } }
      end,
    },
  },

  parameters = {
    -- CSG 520.1: the district supervisor reviews "all IPEs that include
    -- individual item purchases with a cost greater than or equal to
    -- $5,000". Read as of the plan's date (the IPE is what is reviewed).
    -- The first value starts on the date printed on that page of the CSG;
    -- an older edition's threshold, if it differed, goes before it.
    item_review_threshold_cents = { ["2021-04-02"] = 500000 },  -- $5,000
  },

  deadlines = {
    -- 34 CFR 361.45(e); CSG 520.1: the IPE within 90 days of the
    -- eligibility determination, or by the date agreed in an extension.
    -- The clock stops when the initial IPE takes effect (agreed and
    -- signed: "The IPE will be jointly developed, agreed upon and signed",
    -- 520.1), not on the draft's date: met on the effective day of the
    -- first version that took effect; open, then overdue, while none has.
    -- An amendment does not restart it: once one is in effect, it shows
    -- the same clock, met when the initial IPE took effect, so the record
    -- of a late IPE stays in view; a draft amendment beside the version in
    -- effect has none (that version shows it).
    vr.deadline {
      id = "mo.ipe-90-days",
      starts = "the first `eligibility` event; a `plan_extension` event (agreed on or before "
        .. "the due date) moves the due date to its `agreed_date`",
      stops = "the initial IPE taking effect: the last signature it needs (client, counselor, "
        .. "and the supervisor's approval unless exempt)",
      what = "IPE developed (90 days from eligibility, or the agreed extension date)",
      cite = "34 CFR 361.45(e); CSG 520.1",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        if is_amendment(ctx) and not in_effect(ctx, true) then return {} end
        local due, elig, extended = ipe_due(case)
        if not due then return {} end
        return { { due = due, met = initial_effective(ctx), from = "eligibility on " .. elig.day
          .. (extended and " (extended by agreement)" or "") } }
      end,
    },
    -- CSG 520.1: "A copy of the IPE ... will be provided to the client";
    -- 34 CFR 361.45: in the individual's native language or mode of
    -- communication. The CSG sets no time: COPY_GRACE_DAYS is our choice,
    -- counted from the day the version took effect. A clock about the plan
    -- in effect: only that version (or the one in effect when the case
    -- closed) has it, so a newer draft neither hides nor restarts it.
    vr.deadline {
      id = "mo.copy-to-client",
      starts = "the IPE version taking effect (only a version in effect has this clock); due "
        .. "14 days later",
      stops = "a `copy_provided` event dated on or after the plan's date with `to` client or "
        .. "representative",
      what = "copy of the IPE given to the client (or representative)",
      cite = "CSG 520.1 (a copy of the IPE will be provided to the client); 34 CFR 361.45",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        if not in_effect(ctx, true) then return {} end
        local from = effective_day(plan, ctx)
        local copies = client_copies(plan, case)
        return { { due = date.add_days(from, COPY_GRACE_DAYS),
          from = "IPE in effect from " .. from, met = copies[1] and copies[1].day or nil } }
      end,
    },
    -- CSG 520.1: a special-education student's IPE "should be developed
    -- prior to the student's graduation/exit from the secondary school
    -- system, whenever possible". Developed as in the 90-day clock: met
    -- when the initial IPE took effect.
    vr.deadline {
      id = "mo.student-ipe-before-exit",
      starts = "for a student in special education (person.student and "
        .. "person.special_education) with person.ext.school_exit_date: due on that date",
      stops = "the initial IPE taking effect (its last required signature)",
      what = "IPE of a student in special education developed before school exit",
      cite = "CSG 520.1 (developed prior to the student's graduation/exit)",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        local exit = school_exit(case)
        if is_amendment(ctx) or not special_ed_student(case) or not exit then return {} end
        return { { due = exit, met = initial_effective(ctx), from = "school exit on " .. exit } }
      end,
    },
    -- CSG 520.1: reviewed at least annually. A clock about the plan in
    -- effect: from the day it took effect (or its last review); none for a
    -- draft, so an open draft never hides or restarts it.
    vr.deadline {
      id = "mo.annual-review",
      starts = "the IPE version in effect: the latest of the day it took effect, "
        .. "plans[].review.last and `review` events; due 12 months later",
      stops = "a later `review` event (the clock starts again from it)",
      what = "IPE reviewed with the client (at least annually)",
      cite = "CSG 520.1 (reviewed at least annually); 34 CFR 361.45",
      applies_to = { "IPE" },
      compute = function(plan, case, ctx)
        if not in_effect(ctx) then return {} end
        local from, label = last_review(plan, case, ctx)
        return { { due = date.add_months(from, 12), from = label } }
      end,
    },
  },

  rules = {
    ---------------------------------------------------------------------
    -- 510 Comprehensive Assessment
    ---------------------------------------------------------------------

    -- 510.1: "Prior to the development of the Individualized Plan for
    -- Employment (IPE), the counselor will assess the client's vocational
    -- rehabilitation (VR) needs." The assessment is a case note tagged
    -- "assessment", dated on or before the first version of the IPE.
    -- A warning: the note is our convention for showing the assessment.
    -- class: conduct — "Prior to the development of the (IPE), the counselor
    -- will assess": when the counselor acted, which no edit of the plan repairs.
    vr.rule {
      id = "mo.510.1.assessment-before-ipe",
      cite = "CSG 510.1 (prior to the development of the IPE, the counselor will assess)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      path = "case.notes",
      check = function(plan, case, ctx)
        if is_amendment(ctx) then return nil end
        if not vr.case.notes_tagged(case, "assessment", plan.date) then
          return ("no comprehensive assessment is recorded on or before the IPE's date (%s): "
            .. "write the assessment of the client's VR needs in a case note tagged "
            .. "\"assessment\""):format(plan.date)
        end
      end,
    },

    -- 510.1: "The IPE must be designed to achieve a specific employment
    -- outcome that is selected by the client"; 34 CFR 361.46(a)(1).
    -- class: content — "The IPE must be designed to achieve a specific
    -- employment outcome": an element the plan states.
    vr.rule {
      id = "mo.510.1.employment-outcome",
      cite = "CSG 510.1; 34 CFR 361.46(a)(1)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.goal.occupation",
      check = function(plan)
        if plan.goal == nil or blank(plan.goal.occupation) then
          return "the IPE names no specific employment outcome: write the occupation "
            .. "the client chose in goal.occupation"
        end
      end,
    },

    ---------------------------------------------------------------------
    -- 520.1 IPE Development
    ---------------------------------------------------------------------

    -- 520.1: "Following the determination of eligibility ... development of
    -- the IPE should occur. Staff should act with a sense of urgency";
    -- 34 CFR 361.45(e): no later than 90 days after eligibility, unless
    -- agency and client agree to extend it to a specific date (a
    -- plan_extension event with agreed_date, agreed before the IPE was due).
    -- The same fact as deadline mo.ipe-90-days: the initial IPE took effect
    -- (its last required signature) after the due date, or none has taken
    -- effect and the due date has passed. The draft's own date does not
    -- stop the clock.
    -- class: conduct — "Staff should act with a sense of urgency"; 34 CFR
    -- 361.45(e) "no later than 90 days": a clock the agency kept or missed.
    -- A day-91 IPE must still be signable (refusing the signature would
    -- only make the client wait longer); `vrtool sign` shows the finding.
    vr.rule {
      id = "mo.520.1.ipe-within-90-days",
      cite = "34 CFR 361.45(e); CSG 520.1 ('a sense of urgency'); IPS-VR crosswalk principle 5",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      path = "plan.date",
      check = function(plan, case, ctx)
        local due, elig, extended = ipe_due(case)
        if elig == nil then
          return "no eligibility event: an IPE follows the eligibility determination; "
            .. "record it in case.events", "case.events"
        end
        if is_amendment(ctx) then return nil end
        if plan.date < elig.day then
          return ("the IPE is dated %s, before the eligibility determination on %s: the IPE "
            .. "follows eligibility"):format(plan.date, elig.day)
        end
        local why = ("90 days from eligibility on %s%s"):format(elig.day,
          extended and ", as extended by agreement" or "")
        local took = initial_effective(ctx)
        if took and took > due then
          return ("the IPE took effect on %s, after its due date %s (%s)"):format(took, due, why)
        end
        if took == nil and ctx.as_of > due then
          return ("no IPE has taken effect and it was due on %s (%s): complete the signatures "
            .. "and approvals of the IPE dated %s"):format(due, why, plan.date)
        end
      end,
    },

    -- 34 CFR 361.45(e): an extension is agreed "to a specific date". A
    -- plan_extension with no agreed_date, or agreed after the IPE was
    -- already due, does not extend anything.
    -- class: conduct — "the agency and the individual agree to extend it to
    -- a specific date": the agreement is an act recorded in the case, with
    -- its own date; no edit of the plan repairs it.
    vr.rule {
      id = "mo.361.45.e.extension-to-specific-date",
      cite = "34 CFR 361.45(e) (agree to extend the deadline to a specific date)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local elig = vr.case.first_event(case, "eligibility")
        if elig == nil or is_amendment(ctx) then return nil end
        local due = date.add_days(elig.day, 90)
        local exts = vr.case.events(case, "plan_extension")
        table.sort(exts, function(a, b) return a.day < b.day end)
        local out = {}
        for _, x in ipairs(exts) do
          local agreed = x.e.agreed_date
          if agreed == nil then
            out[#out + 1] = vr.finding(("the extension recorded on %s names no date: record the "
              .. "specific date agreed with the client in agreed_date"):format(x.day),
              ("case.events[%d].agreed_date"):format(x.i))
          elseif x.day > due then
            out[#out + 1] = vr.finding(("the extension to %s was agreed on %s, after the IPE was "
              .. "already due (%s): an extension must be agreed before the deadline passes")
              :format(agreed, x.day, due), ("case.events[%d].date"):format(x.i))
          elseif agreed > due then
            due = agreed
          end
        end
        return out
      end,
    },

    -- 520.1: informed choice of "the specific VR services needed to achieve
    -- the employment outcome"; 34 CFR 361.46(a)(2): the IPE lists them.
    -- class: content — "the specific VR services needed to achieve the
    -- employment outcome" are listed on the IPE.
    vr.rule {
      id = "mo.361.46.a2.services",
      cite = "34 CFR 361.46(a)(2); CSG 520.1 (the specific VR services needed)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.services",
      check = function(plan)
        if #(plan.services or {}) == 0 then
          return "the IPE lists no VR services: list the specific services needed to reach "
            .. "the employment outcome"
        end
      end,
    },

    -- 34 CFR 361.46(a)(3): timelines for the achievement of the employment
    -- outcome and for the initiation of services.
    -- class: content — the IPE states "timelines for achieving the outcome
    -- and for starting the services" (README, 361.46(a)(3)).
    vr.rule {
      id = "mo.361.46.a3.timelines",
      cite = "34 CFR 361.46(a)(3)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        if plan.goal == nil or plan.goal.target_date == nil then
          out[#out + 1] = vr.finding("no timeline for achieving the employment outcome: "
            .. "set goal.target_date", "plan.goal.target_date")
        end
        for i, s in ipairs(plan.services or {}) do
          if s.start == nil then
            out[#out + 1] = vr.finding(("service '%s' has no date for starting it")
              :format(s.description), ("plan.services[%d].start"):format(i))
          end
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(4); CSG 520.1: the client chooses "the entity(ies)
    -- that will provide the VR services" and "the methods available for
    -- procuring the services".
    -- class: content — "the entity(ies) that will provide the VR services;
    -- and the methods available for procuring the services" are on the IPE.
    vr.rule {
      id = "mo.520.1.providers-and-procurement",
      cite = "CSG 520.1 (informed choice of providers and procurement methods); "
        .. "34 CFR 361.46(a)(4)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if blank(s.provider) then
            out[#out + 1] = vr.finding(("service '%s' names no provider"):format(s.description),
              ("plan.services[%d].provider"):format(i))
          end
          if blank(s.procurement) then
            out[#out + 1] = vr.finding(("service '%s' has no procurement method")
              :format(s.description), ("plan.services[%d].procurement"):format(i))
          end
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(5): the criteria to evaluate progress.
    -- class: content — "the criteria used to evaluate progress" are part
    -- of the IPE (README, 361.46(a)(5)).
    vr.rule {
      id = "mo.361.46.a5.progress-criteria",
      cite = "34 CFR 361.46(a)(5)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.progress_criteria",
      check = function(plan)
        if blank(plan.progress_criteria) then
          return "the IPE states no criteria for evaluating progress toward the outcome"
        end
      end,
    },

    -- 34 CFR 361.46(a)(6)(i)-(ii); CSG 510.1 and 520.1 ("Client and
    -- counselor responsibilities"): the responsibilities of the client and
    -- of the agency.
    -- class: content — "terms and conditions: the agency's
    -- responsibilities; the individual's responsibilities" are written on
    -- the IPE (README, 361.46(a)(6)).
    vr.rule {
      id = "mo.361.46.a6.responsibilities",
      cite = "34 CFR 361.46(a)(6); CSG 510.1, 520.1",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.responsibilities",
      check = function(plan)
        local client, agency = false, false
        for _, r in ipairs(plan.responsibilities or {}) do
          if r.party == "client" then client = true end
          if r.party == "agency" then agency = true end
        end
        local out = {}
        if not client then
          out[#out + 1] = vr.finding("the client's responsibilities are not stated")
        end
        if not agency then
          out[#out + 1] = vr.finding("the agency's responsibilities are not stated")
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(6)(iii): "the responsibility of other entities as
    -- the result of arrangements made pursuant to comparable services or
    -- benefits". A service another entity pays for (funding neither VR nor
    -- the client) needs a responsibility of a party other than the client,
    -- representative and agency.
    -- class: content — "other entities' responsibilities" are terms of
    -- the IPE (README, 361.46(a)(6)).
    vr.rule {
      id = "mo.361.46.a6.other-entities",
      cite = "34 CFR 361.46(a)(6) (other entities' responsibilities)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local other = false
        for _, r in ipairs(plan.responsibilities or {}) do
          if r.party ~= "client" and r.party ~= "representative" and r.party ~= "agency" then
            other = true
          end
        end
        if other then return nil end
        for i, s in ipairs(plan.services or {}) do
          if not paid_by_vr(s) and not paid_by_client(s) then
            return ("service '%s' is paid by %s, but the IPE states no responsibilities of "
              .. "another entity: add that entity's responsibilities"):format(s.description,
                s.funding), ("plan.services[%d].funding"):format(i)
          end
        end
      end,
    },

    -- 34 CFR 361.46(a)(6)(ii)(B) (applying for comparable benefits); CSG
    -- 510.1 "Considering available comparable benefits/services", 520.1
    -- "Have lower cost/comparable services been considered and
    -- documented?": each service VR pays for, at a cost, says which
    -- comparable benefits were considered ("none available" is an answer).
    -- A warning: the CSG asks it as a question of the approval process.
    -- class: content — "Have lower cost/comparable services been
    -- considered and documented?": documented on the service in the plan.
    vr.rule {
      id = "mo.520.1.comparable-benefits",
      cite = "CSG 510.1, 520.1 (comparable services considered and documented); "
        .. "34 CFR 361.46(a)(6)",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if paid_by_vr(s) and (s.cost_cents or 0) > 0 and blank(s.comparable_benefits) then
            out[#out + 1] = vr.finding(("service '%s' costs VR %s and records no comparable "
              .. "benefits considered: document them (or that none are available) in "
              .. "comparable_benefits"):format(s.description, vr.money.format(s.cost_cents)),
              ("plan.services[%d].comparable_benefits"):format(i))
          end
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(7): for supported employment, the extended services
    -- needed and who provides them (or why a provider is expected to become
    -- available); supported employment is for an individual with a most
    -- significant disability (IPS-VR crosswalk, principle 7: ongoing
    -- supports are identified as part of the supported employment IPE).
    -- The crosswalk says "provided by an entity other than VR"; federal law
    -- lets VR fund extended services for youth, so a VR provider is not
    -- flagged.
    -- class: content — "for supported employment: the supported employment
    -- services, the extended services needed and who provides them" are
    -- stated in the IPE (README, 361.46(a)(7)).
    vr.rule {
      id = "mo.361.46.a7.supported-employment",
      cite = "34 CFR 361.46(a)(7); IPS-VR crosswalk, principle 7",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan, case)
        if not has_supported_employment(plan) then return nil end
        local person = case.person or {}
        if person.most_significant_disability ~= true then
          return vr.finding("the IPE plans supported employment, which is for an individual "
            .. "with a most significant disability, and none is recorded: record "
            .. "person.most_significant_disability or plan other services",
            "person.most_significant_disability")
        end
        local se = plan.supported_employment or {}
        local out = {}
        if blank(se.extended_services) then
          out[#out + 1] = vr.finding("supported employment: state the extended services needed "
            .. "after VR's time-limited supports", "plan.supported_employment.extended_services")
        end
        if blank(se.provider) then
          out[#out + 1] = vr.finding("supported employment: name who will provide the extended "
            .. "services, or why a provider is expected to become available",
            "plan.supported_employment.provider")
        end
        return out
      end,
    },

    -- 34 CFR 361.46(a)(8): "as determined to be necessary, a statement of
    -- projected need for post-employment services" (IPS-VR crosswalk,
    -- principle 7). A warning: the plan records the projection, "none
    -- expected" included.
    -- class: content — "the projected need for post-employment services"
    -- is a statement of the IPE (README, 361.46(a)(8)).
    vr.rule {
      id = "mo.361.46.a8.post-employment",
      cite = "34 CFR 361.46(a)(8); IPS-VR crosswalk, principle 7",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.post_employment",
      check = function(plan)
        if blank(plan.post_employment) then
          return "the IPE does not state the projected need for post-employment services: "
            .. "write it in post_employment (\"none expected\" if so)"
        end
      end,
    },

    -- 520.1: "Identify on the IPE, as appropriate, clients' educational
    -- goals of enrollment and/or working toward attaining their secondary
    -- school diploma or equivalent" / "... a credential in a post-secondary
    -- setting". Appropriate: the client is a student, or the IPE has an
    -- education service. "As appropriate": a warning.
    -- class: content — "Identify on the IPE, as appropriate, clients'
    -- educational goals".
    vr.rule {
      id = "mo.520.1.educational-goals",
      cite = "CSG 520.1 (identify on the IPE, as appropriate, educational goals)",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.education_goal",
      check = function(plan, case)
        if not blank(plan.education_goal) then return nil end
        if (case.person or {}).student == true then
          return "the client is a student: identify the educational goal (secondary school "
            .. "diploma or equivalent, or post-secondary credential) in education_goal"
        end
        for _, s in ipairs(plan.services or {}) do
          if EDUCATION_CATEGORIES[s.category] then
            return ("service '%s' is education or training: identify the educational goal "
              .. "(diploma or credential) in education_goal"):format(s.description)
          end
        end
      end,
    },

    -- 520.1: "Include, as appropriate, the provision of rehabilitation
    -- technology devices, assistive technology services and personal
    -- assistance services including training in the management of those
    -- services"; 34 CFR 361.46(a)(2); 510.1 "Determining rehabilitation
    -- technology/assistive technology services". Appropriate: the
    -- assessment found the need (a case note tagged
    -- "needs-assistive-technology" or "needs-personal-assistance"); once
    -- it has, leaving the service out is an error.
    -- class: content — "Include, as appropriate, the provision of
    -- rehabilitation technology devices ... personal assistance services":
    -- services the IPE lists.
    vr.rule {
      id = "mo.520.1.assistive-technology",
      cite = "CSG 520.1 (rehabilitation/assistive technology, personal assistance services "
        .. "with training in their management); 34 CFR 361.46(a)(2)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.services",
      check = function(plan, case)
        local at, pa, pa_training = false, false, false
        for _, s in ipairs(plan.services or {}) do
          if AT_CATEGORIES[s.category] then at = true end
          if s.category == "personal_assistance" then pa = true end
          if s.category == "personal_assistance_training" then pa_training = true end
        end
        local out = {}
        local n = vr.case.notes_tagged(case, "needs-assistive-technology")
        if n and not at then
          out[#out + 1] = vr.finding(("the assessment (case note of %s) found a need for "
            .. "assistive technology, and the IPE has no assistive_technology service")
            :format(n.date), "plan.services")
        end
        n = vr.case.notes_tagged(case, "needs-personal-assistance")
        if n and not pa then
          out[#out + 1] = vr.finding(("the assessment (case note of %s) found a need for "
            .. "personal assistance services, and the IPE has no personal_assistance service")
            :format(n.date), "plan.services")
        end
        if n and not pa_training then
          out[#out + 1] = vr.finding("personal assistance services come with training in "
            .. "managing them: add a personal_assistance_training service", "plan.services")
        end
        return out
      end,
    },

    -- 520.1: "In those situations when the counselor cannot support the
    -- client's informed choice": "Document why the client's choice is not
    -- supported", "Explore alternative opportunities/options with the
    -- client", "Provide the client with information regarding his or her
    -- appeal and mediation rights as well as the availability of the Client
    -- Assistance Program".
    -- class: content — "Document why the client's choice is not
    -- supported": the reason, the alternatives and the appeal information
    -- given are recorded in the plan (informed_choice) before it is signed.
    vr.rule {
      id = "mo.520.1.informed-choice-not-supported",
      cite = "CSG 520.1 (counselor cannot support the client's informed choice)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      check = function(plan)
        local ic = plan.informed_choice
        if ic == nil or ic.supported ~= false then return nil end
        local out = {}
        if blank(ic.reason) then
          out[#out + 1] = vr.finding("document why the client's choice is not supported",
            "plan.informed_choice.reason")
        end
        if blank(ic.alternatives) then
          out[#out + 1] = vr.finding("record the alternatives explored with the client",
            "plan.informed_choice.alternatives")
        end
        if ic.appeal_info_given ~= true then
          out[#out + 1] = vr.finding("the client must be given appeal and mediation rights "
            .. "and Client Assistance Program information", "plan.informed_choice.appeal_info_given")
        end
        return out
      end,
    },

    -- 520.1: the district supervisor "will review and approve all initial
    -- plans" (with the counselor IV / assistant supervisor exemption): see
    -- kinds.IPE.requirements; approval is a signature, which the host checks.

    -- 520.1: "The district supervisor, or designee in district supervisor's
    -- absence (counselor II or above), will review all IPEs that include
    -- individual item purchases with a cost greater than or equal to
    -- $5,000. The review process must occur prior to purchase." The review
    -- is either a supervisor_review event naming the service, or the
    -- supervisor's signature on this version of the IPE (ctx.lifecycle:
    -- signed("supervisor"): approving the IPE that includes the purchase
    -- is reviewing it), by the supervisor or a counselor II or above (a
    -- signer named in case.staff with a lower title does not count),
    -- dated on or before the service's start (the purchase). No exemption
    -- for counselor IV authors here.
    -- class: conduct — "The review process must occur prior to purchase":
    -- when the supervisor acted; no edit of the plan repairs a purchase
    -- made before the review.
    vr.rule {
      id = "mo.520.1.item-5000-review",
      cite = "CSG 520.1 (item purchases of $5,000 or more reviewed prior to purchase)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        local sig = ctx.lifecycle:signed("supervisor")
        local signer = sig and sig.signer_id and staff_member(case, sig.signer_id)
        for i, s in ipairs(plan.services or {}) do
          local threshold = s.item_cost_cents and ctx.param("item_review_threshold_cents")
          if threshold and s.item_cost_cents >= threshold then
            local ok, late, unqualified
            for _, x in ipairs(vr.case.events(case, "supervisor_review")) do
              if x.e.service == s.id then
                local who = staff_member(case, x.e.staff)
                if s.start and x.day > s.start then late = x
                elseif not supervisor_or_designee(who) then unqualified = x
                else ok = true end
              end
            end
            -- the supervisor's approval of the IPE itself
            local sig_late, sig_unqualified
            if sig then
              if signer and not supervisor_or_designee(signer) then sig_unqualified = true
              elseif s.start and sig.day > s.start then sig_late = true
              else ok = true end
            end
            local what = ("service '%s' buys an item of %s (%s or more)"):format(s.description,
              vr.money.format(s.item_cost_cents), vr.money.format(threshold))
            if ok then
              -- reviewed in time by the supervisor or a designee
            elseif unqualified then
              out[#out + 1] = vr.finding(("%s: the review of %s was by %s, who is neither the "
                .. "district supervisor nor a counselor II or above"):format(what,
                  unqualified.day, unqualified.e.staff or "no one recorded"),
                ("case.events[%d].staff"):format(unqualified.i))
            elseif late then
              out[#out + 1] = vr.finding(("%s: the supervisor's review on %s came after the "
                .. "purchase (service start %s); the review must come first"):format(what,
                  late.day, s.start), ("case.events[%d].date"):format(late.i))
            elseif sig_unqualified then
              out[#out + 1] = vr.finding(("%s: the IPE was approved on %s by %s (%s), who is "
                .. "neither the district supervisor nor a counselor II or above"):format(what,
                  sig.day, sig.signer_id, signer.title or "no title recorded"),
                ("plan.services[%d].item_cost_cents"):format(i))
            elseif sig_late then
              out[#out + 1] = vr.finding(("%s: the supervisor approved the IPE on %s, after the "
                .. "purchase (service start %s); the review must come first"):format(what,
                  sig.day, s.start), ("plan.services[%d].start"):format(i))
            else
              out[#out + 1] = vr.finding(("%s: the district supervisor must review it before "
                .. "the purchase: the supervisor approves (signs) the IPE, or record a "
                .. "supervisor_review event naming service %s"):format(what, s.id),
                ("plan.services[%d].item_cost_cents"):format(i))
            end
          end
        end
        return out
      end,
    },

    -- 520.1: "The district supervisor will document the approval by issuing
    -- the authorization for the purchase": the service records it. (Not
    -- met by the supervisor's signature: the source asks for the
    -- authorization itself.)
    -- class: conduct — "The district supervisor will document the approval
    -- by issuing the authorization for the purchase": an act of the
    -- supervisor at purchase time, not something the IPE's text can supply.
    vr.rule {
      id = "mo.520.1.item-5000-authorization",
      cite = "CSG 520.1 (the supervisor documents the approval by issuing the authorization)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          local threshold = s.item_cost_cents and ctx.param("item_review_threshold_cents")
          if threshold and s.item_cost_cents >= threshold and blank(s.authorization) then
            out[#out + 1] = vr.finding(("service '%s' buys an item of %s: record the "
              .. "authorization the district supervisor issued for the purchase in "
              .. "authorization"):format(s.description, vr.money.format(s.item_cost_cents)),
              ("plan.services[%d].authorization"):format(i))
          end
        end
        return out
      end,
    },

    -- 520.1: "A copy of the IPE, client responsibilities and any
    -- authorizations for service ... will be provided to the client";
    -- 34 CFR 361.45: in the individual's native language or mode of
    -- communication. A copy_provided event to the client or representative,
    -- on or after the version's date, within COPY_GRACE_DAYS of the day the
    -- version took effect, in person.language and (when
    -- person.communication lists modes) in one of those modes. Checked on
    -- the version in effect (or in effect when the case closed), as the
    -- deadline mo.copy-to-client: a draft has no signed copy to give. A
    -- warning: see the head of the file.
    -- class: conduct — "A copy of the IPE ... will be provided to the
    -- client": an act after the signatures, which no edit of the plan repairs.
    vr.rule {
      id = "mo.520.1.copy-to-client",
      cite = "CSG 520.1 (a copy of the IPE will be provided to the client); 34 CFR 361.45 "
        .. "(in the native language or mode of communication)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      path = "case.events",
      check = function(plan, case, ctx)
        if not in_effect(ctx, true) then return nil end
        local copies = client_copies(plan, case)
        if #copies == 0 then
          local due = date.add_days(effective_day(plan, ctx), COPY_GRACE_DAYS)
          if ctx.as_of > due then
            return ("no copy of the IPE dated %s given to the client is recorded (expected by "
              .. "%s): give one and record a copy_provided event"):format(plan.date, due)
          end
          return nil
        end
        local out = {}
        for _, x in ipairs(copies) do
          local problems = copy_problems(x, case.person or {})
          if #problems == 0 then return nil end
          for _, f in ipairs(problems) do out[#out + 1] = f end
        end
        return out
      end,
    },

    -- 520.1: the copy "will be provided to the client and service
    -- providers". Each provider of a service that has started by the as-of
    -- date, once COPY_GRACE_DAYS have passed since the version took effect:
    -- a copy_provided event with to = "provider" naming it in `provider`,
    -- on or after the version's date. The version in effect only, as above.
    -- (Designated school district personnel "if appropriate": not checked.)
    -- class: conduct — a copy "will be provided to the client and service
    -- providers": an act, as above.
    vr.rule {
      id = "mo.520.1.copy-to-providers",
      cite = "CSG 520.1 (a copy of the IPE will be provided to service providers)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        if not in_effect(ctx, true) then return nil end
        if ctx.as_of <= date.add_days(effective_day(plan, ctx), COPY_GRACE_DAYS) then return nil end
        local got = {}
        for _, x in ipairs(vr.case.events(case, "copy_provided")) do
          if x.day >= plan.date and x.e.to == "provider" then got[name_key(x.e.provider)] = true end
        end
        local out, seen = {}, {}
        for i, s in ipairs(plan.services or {}) do
          local p = name_key(s.provider)
          if p ~= "" and s.start and s.start <= ctx.as_of and not got[p] and not seen[p] then
            seen[p] = true
            out[#out + 1] = vr.finding(("%s provides '%s' (from %s) and no copy of the IPE given "
              .. "to it is recorded: record a copy_provided event to \"provider\" naming it")
              :format(s.provider, s.description, s.start), ("plan.services[%d].provider"):format(i))
          end
        end
        return out
      end,
    },

    -- 520.1: the IPE of a client receiving special education "must be
    -- consistent with the goals, objectives and services identified in the
    -- student's Individualized Education Program". The plan records the
    -- check in plans[].school_iep = { consistent, confirmed } (a core
    -- field): consistent = true, confirmed on or before the version's date
    -- (the version was checked before it was agreed; a later check is
    -- recorded on a new version). The old way, a case note tagged
    -- "iep-consistency" dated on or before the plan's date, still counts
    -- when the plan has no school_iep, so old case files keep their
    -- meaning; the next rule then asks for the field (a warning). A plan's
    -- school_iep, once recorded, is what counts: a note never overrides it.
    -- class: content — the IPE "must be consistent with the goals, objectives
    -- and services identified in the student's Individualized Education
    -- Program": what the plan says; a version not yet checked against the
    -- IEP should not be signed (a new version after the check repairs it).
    vr.rule {
      id = "mo.520.1.student-iep-consistency",
      cite = "CSG 520.1 (must be consistent with the student's Individualized Education Program)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.school_iep",
      check = function(plan, case)
        if not special_ed_student(case) then return nil end
        local si = plan.school_iep
        if si == nil then
          if vr.case.notes_tagged(case, "iep-consistency", plan.date) then return nil end
          local late = vr.case.notes_tagged(case, "iep-consistency")
          if late then
            return ("the client receives special education, and the only record that the IPE "
              .. "was checked against the school IEP is the case note of %s, after the IPE's "
              .. "date %s: check this version against the IEP and record it in "
              .. "school_iep = { consistent = true, confirmed = \"YYYY-MM-DD\" } (on or before "
              .. "the version's date)"):format(late.date, plan.date)
          end
          return ("the client receives special education: record that the IPE dated %s is "
            .. "consistent with the goals, objectives and services of the school IEP in "
            .. "school_iep = { consistent = true, confirmed = \"YYYY-MM-DD\" }"):format(plan.date)
        end
        if si.consistent == false then
          return "the IPE is recorded as not consistent with the school IEP "
            .. "(school_iep.consistent = false): revise the IPE's goals, objectives and services "
            .. "to agree with the IEP's", "plan.school_iep.consistent"
        end
        if si.consistent ~= true then
          return "school_iep does not say whether the IPE is consistent with the school IEP: "
            .. "record school_iep.consistent = true once checked", "plan.school_iep.consistent"
        end
        if si.confirmed == nil then
          return "school_iep does not say when the IPE was checked against the school IEP: "
            .. "record the day in school_iep.confirmed", "plan.school_iep.confirmed"
        end
        if si.confirmed > plan.date then
          return ("the IPE was checked against the school IEP on %s, after the IPE's date %s: "
            .. "the version agreed must be the one checked; record the check on a new version")
            :format(si.confirmed, plan.date), "plan.school_iep.confirmed"
        end
      end,
    },

    -- The same requirement (CSG 520.1), recorded the old way: a plan with
    -- no school_iep whose consistency with the IEP is shown only by a case
    -- note tagged "iep-consistency" (on or before the plan's date) meets
    -- the rule above, and this warning names the field that replaces the
    -- note (docs/policy/mo-vr.md). Nothing is lost: the note still counts.
    -- class: content — what the plan records; adding school_iep to the
    -- version repairs it.
    vr.rule {
      id = "mo.520.1.student-iep-consistency-note",
      cite = "CSG 520.1 (must be consistent with the student's Individualized Education "
        .. "Program); recorded in plans[].school_iep",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.school_iep",
      check = function(plan, case)
        if not special_ed_student(case) or plan.school_iep ~= nil then return nil end
        local n = vr.case.notes_tagged(case, "iep-consistency", plan.date)
        if n then
          return ("the IPE's consistency with the school IEP is recorded only in the case note "
            .. "of %s tagged \"iep-consistency\" (the old way, still accepted): record it in "
            .. "the plan as school_iep = { consistent = true, confirmed = \"%s\" }")
            :format(n.date, n.date)
        end
      end,
    },

    -- 520.1: the IPE "should be developed prior to the student's
    -- graduation/exit from the secondary school system, whenever possible;
    -- or when an IPE has not been developed, the counselor should document
    -- the reason in a case note". The exit is person.ext.school_exit_date;
    -- the reason is a case note tagged "ipe-after-exit". Developed as in the
    -- 90-day rule: the initial IPE took effect after the exit, or none has
    -- and the exit has passed (deadline mo.student-ipe-before-exit). The
    -- initial plan only. "Should ... whenever possible": a warning.
    -- class: conduct — "should be developed prior to the student's
    -- graduation/exit ... or ... the counselor should document the reason
    -- in a case note": when the agency acted, and a note about it.
    vr.rule {
      id = "mo.520.1.student-ipe-before-exit",
      cite = "CSG 520.1 (developed prior to the student's graduation/exit, or the reason "
        .. "documented in a case note)",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case, ctx)
        if is_amendment(ctx) or not special_ed_student(case) then return nil end
        local exit = school_exit(case)
        if exit == nil then
          return "the client receives special education: record the date the student "
            .. "graduates or leaves school in person.ext.school_exit_date, so the IPE can be "
            .. "timed before it", "person.ext.school_exit_date"
        end
        if vr.case.notes_tagged(case, "ipe-after-exit") then return nil end
        local took = initial_effective(ctx)
        if took and took > exit then
          return ("the IPE took effect on %s, after the student left school (%s), and no case "
            .. "note says why: document the reason in a case note tagged \"ipe-after-exit\"")
            :format(took, exit), "plan.date"
        end
        if took == nil and ctx.as_of > exit then
          return ("the student left school on %s and no IPE has taken effect (this one is dated "
            .. "%s), and no case note says why: document the reason in a case note tagged "
            .. "\"ipe-after-exit\""):format(exit, plan.date), "plan.date"
        end
      end,
    },

    -- 520.1: "The IPE must be reviewed at least annually, or more often if
    -- specified": the review the version schedules (review.next) is no more
    -- than a year after its date (or review.last). A warning, as the
    -- annual review below.
    -- class: content — what the version says: the review date it specifies
    -- ("more often if specified"); editing the version repairs it.
    vr.rule {
      id = "mo.520.1.review-scheduled",
      cite = "CSG 520.1 (reviewed at least annually, or more often if specified)",
      severity = "warning",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.review.next",
      check = function(plan)
        local base = plan.date
        if plan.review and plan.review.last and plan.review.last > base then
          base = plan.review.last
        end
        local next_review = plan.review and plan.review.next
        if next_review and next_review > date.add_months(base, 12) then
          return ("the next review (%s) is more than a year after %s; schedule it by %s")
            :format(next_review, base, date.add_months(base, 12))
        end
      end,
    },

    -- 520.1: "The IPE must be reviewed at least annually, or more often if
    -- specified or determined necessary". The plan in effect only (as
    -- deadline mo.annual-review: a draft neither hides nor restarts it).
    -- The last review is the latest of the day the version took effect,
    -- review.last and `review` events; review.next is the review the plan
    -- specifies, met by any review recorded after the version took effect
    -- (or review.last), even a few days early. A warning although the CSG
    -- says "must": chosen when every error blocked signing (it would have
    -- stopped the amendment that records the review). A conduct finding no
    -- longer blocks, so that reason is gone; the severity is left for the
    -- agency to raise (it changes what `vrtool check` exits with).
    -- class: conduct — "The IPE must be reviewed at least annually ... by
    -- the counselor and client": a meeting held or not held in time.
    vr.rule {
      id = "mo.520.1.annual-review",
      cite = "CSG 520.1 (reviewed at least annually); 34 CFR 361.45",
      severity = "warning",
      class = "conduct",
      applies_to = { "IPE" },
      path = "plan.review.next",
      check = function(plan, case, ctx)
        if not in_effect(ctx) then return nil end
        local base = effective_day(plan, ctx)
        if plan.review and plan.review.last and plan.review.last > base then
          base = plan.review.last
        end
        local next_review = plan.review and plan.review.next
        local from = last_review(plan, case, ctx)
        local due = date.add_months(from, 12)
        if ctx.as_of > due then
          return ("the annual review was due on %s and is not recorded"):format(due)
        end
        -- the specified review: met by any review after the plan's own base
        if next_review and from == base and ctx.as_of > next_review then
          return ("the review the IPE specifies for %s is not recorded: review the plan with "
            .. "the client and record a review event"):format(next_review)
        end
      end,
    },

    ---------------------------------------------------------------------
    -- 520.2 Services in Two States: permissions only; nothing to check.
    -- 520.3 Amended IPE
    ---------------------------------------------------------------------

    -- 520.3: "The IPE is amended ... if there are substantive changes in
    -- the employment outcome, the VR services to be provided, the providers
    -- of the VR services": an amendment says what changed and why. (That
    -- it takes effect only when client and counselor have signed is
    -- kinds.IPE.amendment.)
    -- class: content — "The IPE is amended ... if there are substantive
    -- changes in the employment outcome, the VR services ..., the providers":
    -- the amendment states its change; editing the version repairs it.
    vr.rule {
      id = "mo.520.3.amendment-reason",
      cite = "CSG 520.3 (amended for substantive changes in outcome, services, providers); "
        .. "34 CFR 361.45",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.amendment_reason",
      check = function(plan, case, ctx)
        if is_amendment(ctx) and blank(plan.amendment_reason) then
          return ("version %d amends the IPE and does not say why: state the substantive "
            .. "change (employment outcome, services or providers) in amendment_reason")
            :format(ctx.lifecycle.version or plan.version or 2)
        end
      end,
    },

    ---------------------------------------------------------------------
    -- 530 Ticket to Work
    ---------------------------------------------------------------------

    -- 530: "A client's signing of his or her IPE also assigns his or her
    -- Ticket to Work (Ticket) to VR"; 34 CFR 361.46(a)(9). For a Social
    -- Security beneficiary the IPE records the Ticket as assigned, to VR.
    -- Not checked when the Ticket went to another Employment Network before
    -- this version (the next rule governs then).
    -- class: content — "A client's signing of his or her IPE also assigns
    -- his or her Ticket to Work (Ticket) to VR": the IPE records the Ticket
    -- it assigns (README, 361.46(a)(9)), before it is signed.
    vr.rule {
      id = "mo.530.ticket-assigned",
      cite = "CSG 530 (signing the IPE assigns the Ticket to VR); 34 CFR 361.46(a)(9)",
      severity = "error",
      class = "content",
      applies_to = { "IPE" },
      path = "plan.ticket_to_work",
      check = function(plan, case)
        if (case.person or {}).ssa_beneficiary ~= true then return nil end
        for _, x in ipairs(reassignments(case)) do
          if x.day <= plan.date then return nil end
        end
        local t = plan.ticket_to_work
        if t == nil or t.assigned ~= true then
          return "the client is a Social Security beneficiary: signing the IPE assigns the "
            .. "Ticket to Work to VR; record ticket_to_work.assigned = true", "plan.ticket_to_work.assigned"
        end
        if not blank(t.network) and not is_vr(t.network) then
          return ("the Ticket is recorded as assigned to '%s', but signing the IPE assigns it "
            .. "to VR"):format(t.network), "plan.ticket_to_work.network"
        end
      end,
    },

    -- 530: "If a client decides to reassign his or her Ticket to an
    -- Employment Network other than VR prior to the closure of his or her
    -- VR case, VR services must be discontinued at the time of
    -- reassignment." Services starting after the reassignment, and services
    -- still running past it, are flagged.
    -- class: conduct — "VR services must be discontinued at the time of
    -- reassignment": services the agency kept providing.
    vr.rule {
      id = "mo.530.services-after-ticket-reassigned",
      cite = "CSG 530 (VR services must be discontinued at the time of reassignment)",
      severity = "error",
      class = "conduct",
      applies_to = { "IPE" },
      check = function(plan, case)
        local r = reassignments(case)[1]
        if r == nil then return nil end
        local en = blank(r.e.network) and "another Employment Network" or r.e.network
        local out = {}
        for i, s in ipairs(plan.services or {}) do
          if s.start and s.start > r.day then
            out[#out + 1] = vr.finding(("service '%s' starts on %s, after the Ticket was "
              .. "reassigned to %s on %s: VR services end at reassignment"):format(s.description,
                s.start, en, r.day), ("plan.services[%d].start"):format(i))
          elseif s.start and (s.actual_end or s.planned_end or "9999-12-31") > r.day then
            out[#out + 1] = vr.finding(("service '%s' runs past %s, when the Ticket was "
              .. "reassigned to %s: discontinue it then and record actual_end"):format(
                s.description, r.day, en), ("plan.services[%d].actual_end"):format(i))
          end
        end
        return out
      end,
    },
  },
}
