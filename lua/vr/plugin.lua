-- The plugin DSL: how an agency plugin declares itself and its rules, how
-- the loader checks those declarations, and how a check runs them.
--
-- A plugin file returns vr.plugin{ ... }. The loader (the host, through
-- vr._validate) refuses a plugin with mistakes in its declarations and lists
-- every one of them with the file and line where it was declared. A check
-- (vr._call) runs each rule that applies to the plan's kind on its own
-- (host.run: under pcall, with a budget of its own, in C), so one failing
-- rule becomes one finding and the others still run.
--
-- This file runs in the library's own environment, which plugin code cannot
-- reach, so `pcall`, `type`, `error` here are the library's whatever a
-- plugin does; and by the time rules run, everything a plugin can reach
-- (its globals, `vr`, the standard library, its own tables) is frozen
-- (runtime.c), so what the runner reads from `vr` is what it was at load.
local vr, host, vocab = ...

-- the host's functions, kept here: `host` is the library's alone
local run_sub, take_violation, data_of = host.run, host.violation, host.data
local readonly = vr.readonly

local SEVERITIES = { error = true, warning = true, info = true }
-- What a rule is about (docs/plugins.md, "Content and conduct"): "content"
-- is what the version says (an element missing or invalid), and an error of
-- that class blocks signing the version; "conduct" is how and when the
-- agency acted (a clock, a contact, a purchase, a copy), which no signature
-- can repair and so never blocks one: `vrtool sign` shows it and the
-- signature records that the signer saw it.
local CLASSES = { content = true, conduct = true }

local PLUGIN_FIELDS = {
  api = true, id = true, name = true, version = true, source = true,
  kinds = true, rules = true, deadlines = true, parameters = true,
  fees = true, templates = true, holidays = true, measures = true,
  vocabulary = true, ext = true,
}
local KIND_FIELDS = {
  title = true, signers = true, approvals = true, amendment = true, requirements = true,
}
local MEASURE_FIELDS = {
  id = true, what = true, cite = true, applies_to = true, compute = true, __kind = true,
}
local DEADLINE_FIELDS = {
  id = true, what = true, cite = true, applies_to = true, from = true, days = true,
  business_days = true, hours = true, months = true, met_by = true, met = true,
  compute = true, starts = true, stops = true, __kind = true,
}
local FEE_FIELDS = {
  id = true, what = true, cite = true, amount = true, applies_to = true, earned = true,
  code = true, earned_by = true, __kind = true,
}
local RULE_FIELDS = {
  id = true, cite = true, severity = true, class = true, applies_to = true, check = true,
  message = true, path = true, title = true,
}

---@alias vr.Severity "error"|"warning"|"info"

---@class vr.Finding
---@field message string what is wrong, in words a counselor can act on
---@field path string|nil where in the plan or case ("plan.goal.soc")

---@class vr.RuleSpec
---@field id string unique within the plugin, e.g. "mo.520.1.signatures"
---@field cite string the source: document and section
---@field severity vr.Severity how serious: error, warning or info
---@field class "content"|"conduct" content: what the version says (an error blocks signing it); conduct: how and when the agency acted (never blocks a signature)
---@field applies_to string[]|nil plan kinds the rule checks (nil: all)
---@field title string|nil a short name for listings
---@field message string|nil the message when check returns false
---@field path string|nil the default path of its findings
---@field check fun(plan: table, case: table, ctx: table): (nil|boolean|string|vr.Finding|vr.Finding[]), string?

---Declares a rule. `check` returns nil (or true) when the plan satisfies the
---rule; otherwise false, a message (and optionally a path), one
---vr.finding(...), or a list of them.
---@param spec vr.RuleSpec
---@return vr.RuleSpec
-- A declaration: a copy of spec with where it was written (file:line of
-- the plugin's call, three levels up from here) and, but for rules, its
-- kind, which the loader checks it against.
local function declare(what, kind, spec)
  if type(spec) ~= "table" then error(what .. " takes a table { id = ..., ... }", 3) end
  local d = {}
  for k, v in pairs(spec) do d[k] = v end
  d.where = host.where(3)
  d.__kind = kind
  return d
end

function vr.rule(spec)
  local d = declare("vr.rule", nil, spec) -- not a tail call: where counts levels
  return d
end

---@class vr.DeadlineSpec
---@field id string unique within the plugin
---@field what string what must happen by the due date, in the agency's words
---@field cite string the source: document and section
---@field applies_to string[]|nil plan kinds (nil: all)
---@field from string|nil the event kind whose first occurrence starts the clock
---@field days integer|nil calendar days from the start
---@field business_days integer|nil business days from the start (ctx.calendar)
---@field hours number|nil hours from the start (the event's `at`)
---@field months integer|nil calendar months from the start
---@field met_by string|nil the event kind that meets the deadline (on or after the start)
---@field met fun(plan: table, case: table, ctx: table, start: string): string|nil the date it was met
---@field compute fun(plan: table, case: table, ctx: table): table[]|nil instances, for clocks the fields above cannot say
---@field starts string|nil what starts the clock, in words a person entering cases can act on (required with compute: "the authorization's time (at)")
---@field stops string|nil what meets it (required with compute: "the service's actual_end")

---Declares a deadline: a clock that an event starts and something meets.
---Either the declarative fields (from, days | business_days | hours |
---months, met_by or met) or compute, which returns instances
---{ due, from, met, what } itself.
---@param spec vr.DeadlineSpec
---@return vr.DeadlineSpec
function vr.deadline(spec)
  local d = declare("vr.deadline", "deadline", spec) -- not a tail call: where counts levels
  return d
end

---@class vr.FeeSpec
---@field id string unique within the plugin
---@field what string the service or deliverable paid for
---@field cite string the fee schedule: document and table
---@field amount string|integer a parameter name (its value as of the earned date) or cents
---@field applies_to string[]|nil plan kinds (nil: all)
---@field earned fun(plan: table, case: table, ctx: table): table[]|nil payments earned: { date, basis, amount? }
---@field earned_by string what earns it, in words a person entering cases can act on (required)
---@field code string|nil the agency's code of the service paid for ("078")

---Declares a fee: a payment a provider earns, its amount from a dated
---parameter (so it can change by contract period without editing rules).
---@param spec vr.FeeSpec
---@return vr.FeeSpec
function vr.fee(spec)
  local d = declare("vr.fee", "fee", spec) -- not a tail call: where counts levels
  return d
end

---@class vr.MeasureSpec
---@field id string unique within the plugin
---@field what string what is measured
---@field cite string the source
---@field applies_to string[]|nil plan kinds (nil: all)
---@field compute fun(plan: table, case: table, ctx: table): { value: number|string, text: string|nil, band: string|nil }|nil

---Declares a measure: a figure `vrtool check` reports for a plan (a QA
---share, a fidelity total and its band, a timeliness rate). A rule that
---holds the plan to a threshold can share the same local function.
---@param spec vr.MeasureSpec
---@return vr.MeasureSpec
function vr.measure(spec)
  local d = declare("vr.measure", "measure", spec) -- not a tail call: where counts levels
  return d
end

---The value of an effective-dated parameter on a date: the entry with the
---latest start date on or before `on`. `values` is { ["YYYY-MM-DD"] = v }.
---@param values table<string, any>
---@param on string
---@return any value, string|nil start
function vr.effective(values, on)
  local best
  for start in pairs(values) do
    if start <= on and (best == nil or start > best) then best = start end
  end
  if best == nil then return nil end
  return values[best], best
end

---A finding for a rule to return.
---@param message string
---@param path string|nil
---@return vr.Finding
function vr.finding(message, path)
  return { message = message, path = path }
end

---@class vr.PluginSpec
---@field api integer the plugin API version the plugin was written for
---@field id string the folder name under plugins/
---@field name string the agency's name
---@field version string the plugin's own version
---@field source { document: string, date: string } the policy it encodes
---@field kinds table<string, { title: string|nil, signers: string[]|nil, approvals: string[]|nil }>
---@field rules vr.RuleSpec[]
---@field vocabulary table<string, vr.VocabularySpec>|nil the values of text fields the plugin reads, by model path ("plans[].services[].category")
---@field ext table<string, table<string, vr.ExtFieldSpec>>|nil the agency fields it reads, by place ("case.events[]") and name
---@field deadlines vr.DeadlineSpec[]|nil
---@field fees vr.FeeSpec[]|nil
---@field measures vr.MeasureSpec[]|nil
---@field parameters table<string, table<string, any>>|nil dated values: { name = { ["YYYY-MM-DD"] = value } }

---@class vr.VocabularyValue
---@field [1] string the spelling rules compare with (what they see)
---@field [2] string what it means, in the agency's words
---@field cite string|nil where the source names it
---@field was string[]|nil old spellings: still read, with a warning naming this one

---@class vr.VocabularySpec
---@field open boolean|nil true (the default): another value is kept with a warning (an agency's own value no rule reads); false: refused
---@field staff boolean|nil true: a case.staff[].id of the case is also a value (a `responsible` that names a person)
---@field meaning string|nil what the field means for this agency
---@field values vr.VocabularyValue[]

---@alias vr.ExtType "text"|"date"|"date-time"|"boolean"|"number"|"whole number"|"money"|"one of"|"table"|"list"

---@class vr.ExtFieldSpec
---@field type vr.ExtType
---@field meaning string what the field holds
---@field cite string|nil where the source asks for it
---@field values vr.VocabularyValue[]|nil for "one of"
---@field fields table<string, vr.ExtFieldSpec>|nil for "table": its fields (then no others)
---@field items vr.ExtFieldSpec|vr.ExtType|nil for "list": each item
---@field was string[]|nil old names of the field

---Declares a plugin; a plugin file returns what this returns.
---@param decl vr.PluginSpec
---@return vr.PluginSpec
function vr.plugin(decl)
  if type(decl) ~= "table" then error("vr.plugin takes a table { id = ..., ... }", 2) end
  decl.where = decl.where or host.where(2)
  return decl
end

local function is_list(t)
  if type(t) ~= "table" then return false end
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n == #t
end

local function iso_date(s)
  return type(s) == "string" and vr.date.parse(s) ~= nil and #s == 10
end

---Checks a plugin's declarations; returns a list of messages (empty: fine).
---@param p any what the plugin file returned
---@param expected_id string the folder it was loaded from
---@return string[]
function vr._validate(p, expected_id, file)
  local errs = {}
  local function bad(where, fmt, ...)
    errs[#errs + 1] = (where or "?") .. ": " .. fmt:format(...)
  end
  if type(p) ~= "table" or type(rawget(p, "where")) ~= "string" then
    bad(nil, "the plugin file must end with `return vr.plugin { ... }`")
    return errs
  end
  -- `return vr.plugin {...}` is a tail call, which leaves no line behind:
  -- then the plugin's file is the best we can say.
  local at = p.where ~= "?" and p.where or file
  for k in pairs(p) do
    if k ~= "where" and not PLUGIN_FIELDS[k] then
      bad(at, "unknown field '%s' in vr.plugin", tostring(k))
    end
  end
  if p.api ~= vr.API_VERSION then
    bad(at, "api must be %d (this vrtool's plugin API), found %s", vr.API_VERSION,
        tostring(p.api))
  end
  if type(p.id) ~= "string" then
    bad(at, "id is required (the folder name, e.g. \"%s\")", expected_id)
  elseif p.id ~= expected_id then
    bad(at, "id is '%s' but the plugin lives in folder '%s'; they must match",
        p.id, expected_id)
  end
  for _, f in ipairs({ "name", "version" }) do
    if type(p[f]) ~= "string" or p[f] == "" then bad(at, "%s is required (text)", f) end
  end
  if type(p.source) ~= "table" or type(p.source.document) ~= "string" then
    bad(at, "source = { document = ..., date = \"YYYY-MM-DD\" } is required: the policy "
        .. "this plugin encodes")
  elseif not iso_date(p.source.date) then
    bad(at, "source.date must be the policy's date as YYYY-MM-DD")
  end
  if type(p.kinds) ~= "table" or next(p.kinds) == nil then
    bad(at, "kinds is required: the plan kinds this plugin checks, e.g. "
        .. "{ IPE = { signers = { \"client\", \"counselor\" } } }")
  else
    for kind, k in pairs(p.kinds) do
      if type(kind) ~= "string" or type(k) ~= "table" then
        bad(at, "kinds: each entry is KIND = { signers = {...}, approvals = {...} }")
      else
        local function roles(t, where)
          for _, f in ipairs({ "signers", "approvals" }) do
            local list = t[f]
            local ok = list == nil or is_list(list)
            for _, r in ipairs(is_list(list) and list or {}) do
              if type(r) == "table" then
                ok = ok and is_list(r) and #r > 0
                for _, alt in ipairs(r) do ok = ok and type(alt) == "string" end
              else
                ok = ok and type(r) == "string"
              end
            end
            if not ok then
              bad(at, "%s.%s must be a list of roles, each a role or a list of "
                  .. "alternatives: { { \"client\", \"representative\" }, \"counselor\" }",
                  where, f)
            end
          end
        end
        for key in pairs(k) do
          if not KIND_FIELDS[key] then
            bad(at, "kinds.%s: unknown field '%s' (signers, approvals, amendment, "
                .. "requirements, title)", kind, tostring(key))
          end
        end
        for key in pairs(k.amendment or {}) do
          if key ~= "signers" and key ~= "approvals" then
            bad(at, "kinds.%s.amendment: unknown field '%s' (signers, approvals)", kind,
                tostring(key))
          end
        end
        roles(k, "kinds." .. kind)
        if k.requirements ~= nil and type(k.requirements) ~= "function" then
          bad(at, "kinds.%s.requirements must be a function(plan, case, ctx) returning "
              .. "{ signers = ..., approvals = ... }", kind)
        end
        if k.amendment ~= nil then
          if type(k.amendment) ~= "table" then
            bad(at, "kinds.%s.amendment must be { signers = ..., approvals = ... }", kind)
          else
            roles(k.amendment, "kinds." .. kind .. ".amendment")
          end
        end
      end
    end
  end
  -- parameters = { name = { ["YYYY-MM-DD"] = value, ... } }
  if p.parameters ~= nil and type(p.parameters) ~= "table" then
    bad(at, "parameters must be { name = { [\"YYYY-MM-DD\"] = value, ... } }")
  elseif p.parameters ~= nil then
    for name, values in pairs(p.parameters) do
      if type(name) ~= "string" or type(values) ~= "table" or next(values) == nil then
        bad(at, "parameters.%s must be a table of values by start date", tostring(name))
      else
        for start in pairs(values) do
          if not iso_date(start) then
            bad(at, "parameters.%s: '%s' is not a start date (YYYY-MM-DD)", name, tostring(start))
          end
        end
      end
    end
  end
  if p.holidays ~= nil then
    if type(p.holidays) ~= "table" or (p.holidays.federal ~= nil and type(p.holidays.federal) ~= "boolean")
        or (p.holidays.extra ~= nil and not is_list(p.holidays.extra)) then
      bad(at, "holidays must be { federal = true|false, extra = { \"YYYY-MM-DD\", ... } }")
    else
      for _, d in ipairs(p.holidays.extra or {}) do
        if not iso_date(d) then bad(at, "holidays.extra: '%s' is not a date", tostring(d)) end
      end
    end
  end
  if p.templates ~= nil then
    local ok = type(p.templates) == "table"
    for kind, langs in pairs(ok and p.templates or {}) do
      if type(langs) ~= "table" then ok = false else
        for lang, file in pairs(langs) do
          ok = ok and type(lang) == "string" and type(file) == "string"
        end
        if type(p.kinds) == "table" and p.kinds[kind] == nil then
          bad(at, "templates names kind '%s', which the plugin does not declare", tostring(kind))
        end
      end
    end
    if not ok then
      bad(at, "templates must be { KIND = { en = \"file.xsl\", es = \"file.xsl\" } }")
    end
  end
  local function check_list(list, field, kind, fields, need)
    if list == nil then return end
    if not is_list(list) then
      bad(at, "%s must be a list of vr.%s { ... }", field, kind)
      return
    end
    local seen = {}
    for i, d in ipairs(list) do
      local dat = type(d) == "table" and type(rawget(d, "where")) == "string" and d.where or at
      if type(d) ~= "table" or rawget(d, "__kind") ~= kind then
        bad(dat, "%s[%d] must be made with vr.%s { ... }", field, i, kind)
      else
        local name = type(d.id) == "string" and d.id or (field .. "[" .. i .. "]")
        for k in pairs(d) do
          if k ~= "where" and not fields[k] then
            bad(dat, "%s '%s': unknown field '%s'", kind, name, tostring(k))
          end
        end
        if type(d.id) ~= "string" or not d.id:match("^[%w][%w%._%-]*$") then
          bad(dat, "%s %s: id is required (letters, digits, '.', '-', '_')", kind, name)
        elseif seen[d.id] then
          bad(dat, "%s '%s': id already used at %s", kind, d.id, seen[d.id])
        else
          seen[d.id] = dat
        end
        for _, f in ipairs({ "what", "cite" }) do
          if type(d[f]) ~= "string" or d[f] == "" then
            bad(dat, "%s '%s': %s is required (text)", kind, name, f)
          end
        end
        need(d, dat, name)
      end
    end
  end
  check_list(p.deadlines, "deadlines", "deadline", DEADLINE_FIELDS, function(d, dat, name)
    for _, f in ipairs({ "starts", "stops" }) do
      if d[f] ~= nil and (type(d[f]) ~= "string" or d[f] == "") then
        bad(dat, "deadline '%s': %s must be text", name, f)
      end
    end
    if d.compute ~= nil then
      if type(d.compute) ~= "function" then bad(dat, "deadline '%s': compute must be a function", name) end
      -- what the fields would say, said for `vrtool plugin vocab`
      if d.starts == nil or d.stops == nil then
        bad(dat, "deadline '%s' computes its clock: say in starts and stops what starts it "
            .. "and what meets it (a person entering cases reads them in `vrtool plugin vocab`)",
            name)
      end
      return
    end
    local clocks = 0
    for _, f in ipairs({ "days", "business_days", "hours", "months" }) do
      if d[f] ~= nil then
        clocks = clocks + 1
        if math.type(d[f]) ~= "integer" and not (f == "hours" and type(d[f]) == "number") then
          bad(dat, "deadline '%s': %s must be a whole number", name, f)
        end
      end
    end
    if type(d.from) ~= "string" then
      bad(dat, "deadline '%s': from (the event kind that starts the clock) is required", name)
    end
    if clocks ~= 1 then
      bad(dat, "deadline '%s': give exactly one of days, business_days, hours, months", name)
    end
    if d.met == nil and type(d.met_by) ~= "string" then
      bad(dat, "deadline '%s': say what meets it: met_by (an event kind) or met (a function)", name)
    end
    if d.met ~= nil and type(d.met) ~= "function" then
      bad(dat, "deadline '%s': met must be a function(plan, case, ctx, start)", name)
    end
  end)
  check_list(p.measures, "measures", "measure", MEASURE_FIELDS, function(d, dat, name)
    if type(d.compute) ~= "function" then
      bad(dat, "measure '%s': compute must be a function(plan, case, ctx)", name)
    end
  end)
  check_list(p.fees, "fees", "fee", FEE_FIELDS, function(d, dat, name)
    if type(d.earned_by) ~= "string" or d.earned_by == "" then
      bad(dat, "fee '%s': earned_by is required: what earns it, in words a person entering "
          .. "cases can act on (`vrtool plugin vocab` shows it)", name)
    end
    if d.code ~= nil and (type(d.code) ~= "string" or d.code == "") then
      bad(dat, "fee '%s': code is the agency's code of the service paid for, as text (\"078\")",
          name)
    end
    if type(d.earned) ~= "function" then
      bad(dat, "fee '%s': earned must be a function(plan, case, ctx)", name)
    end
    if math.type(d.amount) == "integer" then
      if d.amount < 0 then bad(dat, "fee '%s': amount cannot be negative", name) end
    elseif type(d.amount) == "string" then
      if type(p.parameters) ~= "table" or p.parameters[d.amount] == nil then
        bad(dat, "fee '%s': amount names parameter '%s', which the plugin does not declare",
            name, d.amount)
      end
    else
      bad(dat, "fee '%s': amount is a parameter name or whole cents", name)
    end
  end)
  local voc = vocab.validate(p, at, bad, host.model_paths())
  -- a clock starts and stops on event kinds the plugin says it reads
  local kinds = voc.paths["case.events[].kind"]
  for _, d in ipairs(is_list(p.deadlines) and p.deadlines or {}) do
    for _, f in ipairs({ "from", "met_by" }) do
      local k = type(d) == "table" and d[f]
      if kinds and type(k) == "string" and kinds.map[k] ~= k then
        bad(type(d.where) == "string" and d.where or at, "deadline '%s': %s names event kind "
            .. "'%s', which vocabulary[\"case.events[].kind\"] does not declare",
            tostring(d.id), f, k)
      end
    end
  end
  if not is_list(p.rules) then
    bad(at, "rules must be a list of vr.rule { ... }")
    return errs
  end
  local seen = {}
  for i, r in ipairs(p.rules) do
    local rat = type(r) == "table" and type(rawget(r, "where")) == "string" and r.where or at
    if type(r) ~= "table" or rawget(r, "where") == nil then
      bad(rat, "rules[%d] must be made with vr.rule { ... }", i)
    else
      local name = type(r.id) == "string" and r.id or ("rules[" .. i .. "]")
      for k in pairs(r) do
        if k ~= "where" and not RULE_FIELDS[k] then
          bad(rat, "rule '%s': unknown field '%s'", name, tostring(k))
        end
      end
      if type(r.id) ~= "string" or not r.id:match("^[%w][%w%._%-]*$") then
        bad(rat, "rule %s: id is required (letters, digits, '.', '-', '_')", name)
      elseif seen[r.id] then
        bad(rat, "rule '%s': id already used at %s", r.id, seen[r.id])
      else
        seen[r.id] = rat
      end
      if type(r.cite) ~= "string" or r.cite == "" then
        bad(rat, "rule '%s': cite is required: the document and section it encodes", name)
      end
      if not SEVERITIES[r.severity] then
        bad(rat, "rule '%s': severity must be \"error\", \"warning\" or \"info\"", name)
      end
      if r.class == nil then
        bad(rat, "rule '%s': class is required: \"content\" (what the version says: an "
            .. "error blocks signing it) or \"conduct\" (how and when the agency acted: a "
            .. "clock, a contact, a purchase; shown at signing, never blocks it)", name)
      elseif not CLASSES[r.class] then
        bad(rat, "rule '%s': class must be \"content\" (what the version says: an error "
            .. "blocks signing it) or \"conduct\" (how and when the agency acted: a clock, "
            .. "a contact, a purchase; shown at signing, never blocks it)", name)
      end
      if type(r.check) ~= "function" then
        bad(rat, "rule '%s': check must be a function(plan, case, ctx)", name)
      end
      if r.applies_to ~= nil then
        if not is_list(r.applies_to) then
          bad(rat, "rule '%s': applies_to must be a list of plan kinds", name)
        else
          for _, kind in ipairs(r.applies_to) do
            if type(p.kinds) == "table" and p.kinds[kind] == nil then
              bad(rat, "rule '%s': applies_to names kind '%s', which the plugin does "
                  .. "not declare in kinds", name, tostring(kind))
            end
          end
        end
      end
    end
  end
  return errs
end

local function applies(r, kind)
  if r.applies_to == nil then return true end
  for _, k in ipairs(r.applies_to) do
    if k == kind then return true end
  end
  return false
end

-- The declarations of a list (rules, deadlines, ...) that apply to a kind
-- of plan, in their order, worked out once per plugin, list and kind
-- rather than for every plan.
local applying = setmetatable({}, { __mode = "k" })

local function for_kind(list, kind)
  local by = applying[list]
  if not by then
    by = {}
    applying[list] = by
  end
  local out = by[kind]
  if not out then
    out = {}
    for _, r in ipairs(list) do
      if applies(r, kind) then out[#out + 1] = r end
    end
    by[kind] = out
  end
  return out
end

local NONE = {}

-- Never call tostring on what a plugin raised: its __tostring is plugin code.
local function describe(e)
  if type(e) == "string" then return e end
  return "an error object of type " .. type(e)
end

local function add(out, r, message, path)
  out[#out + 1] = {
    rule = r.id, severity = r.severity, class = r.class, cite = r.cite,
    message = message, path = path or r.path or "plan",
  }
end

local function plugin_error(out, r, what)
  -- content: a version that could not be checked is not known to be whole
  out[#out + 1] = {
    rule = r.id, severity = "error", class = "content", cite = r.cite,
    message = "the rule failed, so the plan was not checked against it: " .. what,
    path = r.path or "plan",
  }
end

-- rawget that reads a frozen table's contents (a plugin may return a
-- finding it declared once, at load)
local function raw(t, k)
  return rawget(data_of(t), k)
end

local function collect(out, r, a, b)
  local ta = type(a)
  if a == nil or a == true then return end
  if a == false then
    add(out, r, r.message or ("does not satisfy " .. r.id), nil)
  elseif ta == "string" then
    if b ~= nil and type(b) ~= "string" then
      plugin_error(out, r, "a finding's path must be text")
    else
      add(out, r, a, b)
    end
  elseif ta == "table" then
    local list = raw(a, "message") ~= nil and { a } or a
    for i = 1, #list do
      local f = list[i]
      if type(f) == "string" then
        add(out, r, f, nil)
      elseif type(f) == "table" and type(raw(f, "message")) == "string"
          and (raw(f, "path") == nil or type(raw(f, "path")) == "string") then
        add(out, r, raw(f, "message"), raw(f, "path"))
      else
        plugin_error(out, r, "it returned something that is not a finding")
      end
    end
  else
    plugin_error(out, r, "it returned a " .. ta .. ", not a finding")
  end
end

-- A rule's write to shared state, refused (and perhaps caught by the rule):
-- an error finding of that rule. Returns the message, or nil.
local function violation(out, r)
  local v = take_violation()
  if v then
    out[#out + 1] = {
      rule = r.id, severity = "error", class = "content", cite = r.cite,
      message = "the rule tried to change state that every rule and case shares, "
        .. "which is refused, so the plan was not reliably checked against it: " .. v,
      path = r.path or "plan",
    }
  end
  return v
end

-- A rule that broke its own budget, charged to it; the others still run.
local function unfinished(out, p, r, why, list)
  list[#list + 1] = r.id
  out[#out + 1] = {
    rule = r.id, severity = "error", class = "content", cite = r.cite,
    message = ("plugin %s %s in rule %s, so the rule could not finish and the plan was "
      .. "not checked against it"):format(p.id, why, r.id),
    path = r.path or "plan",
  }
end

-- Which rules could not finish, said once after the plan's findings.
local function summary(out, p, list, total)
  if #list == 0 then return end
  out[#out + 1] = {
    rule = "plugin", severity = "info", class = "content", cite = "",
    message = ("%d of the %d rules of plugin %s could not finish within their budgets, so "
      .. "the plan was not fully checked: %s"):format(#list, total, p.id,
      table.concat(list, ", ")),
    path = "plan",
  }
end

-- The values of the plan and case outside the plugin's vocabulary, as
-- findings of the core's own rule "vocabulary": a value the plugin would
-- refuse at import is an error (content in the plan, conduct in the case
-- record, which never blocks a signature), an unknown value of an open
-- vocabulary or an old agency field name a warning (docs/model.md,
-- "Vocabularies"). An old spelling of a value is not one: the views are
-- canonical by now (vr._call), so the rules read it as its new spelling;
-- import said so.
local VOCAB_CITE = "docs/model.md, Vocabularies (the plugin's declared vocabulary)"

-- what vocab.prepare found for the plan being checked (set by vr._call)
local vocab_plan, vocab_case = NONE, NONE

local function vocab_findings(out)
  local all = {}
  for _, list in ipairs({ vocab_plan, vocab_case }) do
    for _, x in ipairs(list) do
      -- an old spelling reads as its new one: import said so, once
      if not x.spelling then all[#all + 1] = x end
    end
  end
  table.sort(all, function(a, b) return a.path < b.path end)
  for _, x in ipairs(all) do
    out[#out + 1] = {
      rule = "vocabulary", severity = x.level == "refuse" and "error" or "warning",
      class = x.path:sub(1, 5) == "plan." and "content" or "conduct", cite = VOCAB_CITE,
      message = x.message, path = x.path,
    }
  end
end

local function run_rules(p, plan, case, ctx)
  local out, failed = {}, {}
  vocab_findings(out)
  local rplan, rcase, rctx = readonly(plan), readonly(case), readonly(ctx)
  local rules = for_kind(p.rules, plan.kind)
  for _, r in ipairs(rules) do
    host.rule(r.id)
    local ok, a, b = run_sub(r.check, rplan, rcase, rctx)
    local v = violation(out, r)
    if ok then
      collect(out, r, a, b)
    elseif b == true then
      unfinished(out, p, r, a, failed)
    elseif describe(a) ~= v then
      plugin_error(out, r, describe(a))
    end
  end
  host.rule(nil)
  summary(out, p, failed, #rules)
  return out
end

-- The record of a deadline, fee or measure that failed, broke its budget
-- or wrote shared state.
local function failed_record(p, d, ok, a, b, v)
  local message
  if not ok and b == true then
    message = ("plugin %s %s in %s, so it could not finish"):format(p.id, a, d.id)
  elseif not ok and describe(a) ~= v then
    message = describe(a)
  else
    message = "it tried to change state that every rule and case shares, which is refused: " .. v
  end
  return { id = d.id, what = d.what, cite = d.cite, status = "error", message = message }
end

local function event_day(e)
  return e.date or (e.at and e.at:sub(1, 10))
end

-- The first event of a kind (by date), or nil.
local function first_event(case, kind, on_or_after)
  local best
  for _, e in ipairs(case.events or {}) do
    local d = event_day(e)
    if e.kind == kind and d and (on_or_after == nil or d >= on_or_after)
        and (best == nil or d < event_day(best)) then
      best = e
    end
  end
  return best
end

-- open (not yet due), met (on or before the due date), missed (met, but
-- after it was due), overdue (due, and not met).
local function instance_status(due, met, as_of)
  if met then return met > due and "missed" or "met" end
  if as_of > due:sub(1, 10) then return "overdue" end
  return "open"
end

local function run_deadlines(p, plan, case, ctx)
  local out = {}
  local rplan, rcase, rctx = readonly(plan), readonly(case), readonly(ctx)
  for _, d in ipairs(for_kind(p.deadlines or NONE, plan.kind)) do
    do
      host.rule(d.id)
      local ok, list, tripped = run_sub(function()
        if d.compute then return d.compute(rplan, rcase, rctx) or {} end
        local start = first_event(rcase, d.from)
        if not start then return {} end
        local from = event_day(start)
        local due
        if d.days then due = vr.date.add_days(from, d.days)
        elseif d.business_days then due = rctx.calendar:add_business_days(from, d.business_days)
        elseif d.months then due = vr.date.add_months(from, d.months)
        else
          if not start.at then
            error(("the %s event on %s has no time (at), so the %s-hour clock cannot run")
              :format(d.from, from, tostring(d.hours)), 0)
          end
          due = vr.date.add_hours(start.at, d.hours)
        end
        local met
        if d.met then met = d.met(rplan, rcase, rctx, from)
        else
          local e = first_event(rcase, d.met_by, from)
          met = e and (d.hours and e.at or event_day(e)) or nil
        end
        return { { due = due, from = ("%s on %s"):format(d.from, start.at or from), met = met } }
      end)
      local v = take_violation()
      if not ok or v then
        local rec = failed_record(p, d, ok, list, tripped, v)
        rec.due, rec.from = "", ""
        out[#out + 1] = rec
      end
      if ok then
        for _, inst in ipairs(list) do
          local due = inst.due
          local met = inst.met
          local status
          if d.hours and met then
            status = vr.date.hours_between(due, met) > 0 and "missed" or "met"
          else
            status = instance_status(due, met, ctx.as_of)
          end
          -- `due` and `met` are dates; a clock in hours also gives the
          -- moments, `due_at` and `met_at`
          local rec = {
            id = d.id, what = inst.what or d.what, cite = d.cite, due = due:sub(1, 10),
            from = inst.from or "", met = met and met:sub(1, 10), status = status,
          }
          if #due > 10 then
            rec.due_at = due
            if met and #met > 10 then rec.met_at = met end
          end
          out[#out + 1] = rec
        end
      end
    end
  end
  host.rule(nil)
  return out
end

local function run_fees(p, plan, case, ctx)
  local out = {}
  local rplan, rcase, rctx = readonly(plan), readonly(case), readonly(ctx)
  for _, f in ipairs(for_kind(p.fees or NONE, plan.kind)) do
    do
      host.rule(f.id)
      local ok, list, tripped = run_sub(f.earned, rplan, rcase, rctx)
      local v = take_violation()
      if not ok or v then
        out[#out + 1] = failed_record(p, f, ok, list, tripped, v)
      end
      if ok then
        for _, e in ipairs(list or {}) do
          local amount = e.amount
          if amount == nil then
            if type(f.amount) == "string" then
              amount = vr.effective(p.parameters[f.amount], e.date)
              if amount == nil then
                out[#out + 1] = { id = f.id, what = f.what, cite = f.cite, status = "error",
                  message = ("parameter %s has no value in effect on %s"):format(f.amount, e.date) }
              end
            else
              amount = f.amount
            end
          end
          if amount ~= nil then
            out[#out + 1] = { id = f.id, what = e.what or f.what, cite = f.cite, date = e.date,
              amount = amount, basis = e.basis or "", status = "earned", code = f.code }
          end
        end
      end
    end
  end
  host.rule(nil)
  return out
end

local function run_measures(p, plan, case, ctx)
  local out = {}
  local rplan, rcase, rctx = readonly(plan), readonly(case), readonly(ctx)
  for _, m in ipairs(for_kind(p.measures or NONE, plan.kind)) do
    do
      host.rule(m.id)
      local ok, v, tripped = run_sub(m.compute, rplan, rcase, rctx)
      local wrote = take_violation()
      if not ok or wrote then
        out[#out + 1] = failed_record(p, m, ok, v, tripped, wrote)
      end
      if not ok then
        -- its record is above
      elseif type(v) == "table" and (type(v.value) == "number" or type(v.value) == "string") then
        out[#out + 1] = { id = m.id, what = m.what, cite = m.cite, value = v.value,
          text = type(v.text) == "string" and v.text or tostring(v.value),
          band = type(v.band) == "string" and v.band or nil, status = "ok" }
      elseif v ~= nil then
        out[#out + 1] = { id = m.id, what = m.what, cite = m.cite, status = "error",
          message = "compute must return { value = number|text, text = ..., band = ... } or nil" }
      end
    end
  end
  host.rule(nil)
  return out
end

-- The roles this plan version needs: the kind's own requirements function
-- when it has one, else its signers and approvals (amendment ones from v2).
local function run_requirements(p, plan, case, ctx)
  local k = p.kinds[plan.kind]
  if k == nil then error(("plugin %s has no plan kind '%s'"):format(p.id, tostring(plan.kind))) end
  local spec
  if k.requirements then
    local id = "kinds." .. plan.kind .. ".requirements"
    host.rule(id)
    local ok, r, tripped = run_sub(k.requirements, readonly(plan), readonly(case), readonly(ctx))
    local v = take_violation()
    if not ok or v then
      error(failed_record(p, { id = id }, ok, r, tripped, v).message, 0)
    end
    spec = r
    host.rule(nil)
    if type(spec) ~= "table" then error("requirements must return { signers = ..., approvals = ... }") end
  elseif ctx.lifecycle.amendment and k.amendment then
    spec = { signers = k.amendment.signers or k.signers, approvals = k.amendment.approvals or k.approvals }
  else
    spec = k
  end
  local function reqs(list)
    local out = {}
    for i, r in ipairs(list or {}) do
      if type(r) == "table" then
        out[i] = {}
        for j, alt in ipairs(r) do out[i][j] = tostring(alt) end
      else
        out[i] = { tostring(r) }
      end
    end
    return out
  end
  return { { signers = reqs(spec.signers), approvals = reqs(spec.approvals) } }
end

-- A plugin's business-day calendar, made once (it remembers the federal
-- holidays of each year it is asked about) rather than for every call.
local calendars = setmetatable({}, { __mode = "k" })

local function calendar_of(p)
  local c = calendars[p]
  if not c then
    c = vr.date.calendar(p.holidays)
    calendars[p] = c
  end
  return c
end

-- What import reports: the values of the plan and case outside the
-- vocabulary, as the file has them, { path, level, message }
-- (vocab.prepare, run by vr._call).
local function run_vocab()
  local out = {}
  for _, list in ipairs({ vocab_plan, vocab_case }) do
    for _, x in ipairs(list) do
      out[#out + 1] = { path = x.path, level = x.level, message = x.message }
    end
  end
  table.sort(out, function(a, b) return a.path < b.path end)
  return out
end

local OPS = {
  check = run_rules, deadlines = run_deadlines, fees = run_fees,
  measures = run_measures, requirements = run_requirements, vocab = run_vocab,
}

---The host's entry point: runs `op` ("check", ...) for one plan of a case
---as of the date `as_of`, and returns the list of records it produced.
---`host.rule` is told which rule runs, for the host to name it when a
---budget is exceeded.
function vr._call(op, p, plan, case, as_of, summary, life)
  local run = OPS[op]
  if not run then error("unknown operation " .. tostring(op)) end
  -- what rules see is canonical; what was outside the vocabulary, as the
  -- data has it, is kept for the check's findings and import's report
  vocab_plan, vocab_case = vocab.prepare(p, plan, case)
  local params = p.parameters or {}
  local ctx = {
    as_of = as_of, plugin = p.id,
    calendar = calendar_of(p),
    summary = summary or {},
    lifecycle = vr.lifecycle_of(plan, life),
  }
  ---The value of parameter `name` in effect on `on` (default: the plan's date).
  function ctx.param(name, on)
    local values = params[name]
    if values == nil then error(("no parameter '%s' in plugin %s"):format(tostring(name), p.id), 2) end
    local v = vr.effective(values, on or plan.date)
    if v == nil then
      error(("parameter '%s' has no value in effect on %s"):format(name, on or plan.date), 2)
    end
    return v
  end
  return run(p, plan, case, ctx)
end

---@class vr.Signature
---@field id integer the signature's number in the store (0 when not stored)
---@field role string the role signed in: "client", "counselor", "supervisor", ...
---@field signer_id string|nil the staff member's id (case.staff[].id), or the person's
---@field method "electronic"|"wet"|"initials"
---@field meaning "agree"|"approve"|"review"|"assign_ticket"
---@field at string when it was signed, ISO date-time
---@field day string the date part of `at` (YYYY-MM-DD)
---@field withdrawn boolean withdrawn by a sealed withdrawal record: it counts for nothing

---@class vr.VersionState
---@field version integer
---@field date string the version's plan date
---@field status "draft"|"awaiting signatures"|"in effect"|"superseded"|"closed"
---@field amendment boolean an earlier version of the plan was in effect before it (else it is the initial plan, whatever its number)
---@field effective string|nil the day it took effect: the day of the last required signature or approval (nil: it never did)
---@field effective_at string|nil the same, as the date-time of that signature
---@field signatures vr.Signature[] in the order they were made, withdrawn ones included

---@class vr.Lifecycle: vr.VersionState
---@field versions vr.VersionState[] every version of the plan, ascending
---@field in_effect vr.VersionState|nil the version in effect (or closed) now, if any
---@field signed fun(self: vr.Lifecycle, role: string): vr.Signature|nil the first signature in `role` on this version that is not withdrawn

local function signed(self, role)
  for _, g in ipairs(self.signatures or NONE) do
    if g.role == role and not g.withdrawn then return g end
  end
  return nil
end

---The lifecycle a rule sees as ctx.lifecycle: what the host sent (the
---stored versions, statuses and signatures), else, for a plan that is not
---stored (a plugin test, a case file being checked before import), a
---version standing alone: a draft with no signatures, an amendment when its
---number is 2 or more.
---@param plan table
---@param life table|nil
---@return vr.Lifecycle
function vr.lifecycle_of(plan, life)
  local l = {}
  if type(life) == "table" then
    -- the host sends { version = n, versions = { ... } }: this version's
    -- own fields come from its entry
    for _, v in ipairs(life.versions or NONE) do
      if v.version == life.version then
        for k, x in pairs(v) do l[k] = x end
      end
      if v.status == "in effect" or v.status == "closed" then l.in_effect = v end
    end
    for k, v in pairs(life) do l[k] = v end
  end
  local n = plan.version or 1
  if l.version == nil then l.version = n end
  if l.amendment == nil then l.amendment = n > 1 end
  if l.status == nil then l.status = "draft" end
  if l.date == nil then l.date = plan.date end
  if l.signatures == nil then l.signatures = {} end
  if l.effective == nil and l.effective_at ~= nil then l.effective = l.effective_at:sub(1, 10) end
  if l.versions == nil then l.versions = { l } end
  l.signed = signed
  return l
end

---Registers an operation for vr._call (used by the deadline and fee modules).
function vr._op(name, fn)
  OPS[name] = fn
end

-- A requirement list as lists of alternatives: { "a", { "b", "c" } } ->
-- { { "a" }, { "b", "c" } }.
local function reqs(list)
  local out = {}
  for i, r in ipairs(list or {}) do
    out[i] = type(r) == "table" and { table.unpack(r) } or { r }
  end
  return out
end

local function ids(list)
  local out = {}
  for i, x in ipairs(list or {}) do out[i] = x.id end
  return out
end

-- Deadlines and fees as `vrtool plugin vocab` lists them: what each is,
-- its source, and for a fee its code.
local function described(list)
  local out = {}
  for i, d in ipairs(list or {}) do
    local kinds = {}
    for j, k in ipairs(d.applies_to or {}) do kinds[j] = k end
    out[i] = { id = d.id, what = d.what, cite = d.cite, code = d.code,
      from = type(d.from) == "string" and d.from or nil,
      met_by = type(d.met_by) == "string" and d.met_by or nil,
      starts = d.starts, stops = d.stops, earned_by = d.earned_by,
      applies_to = #kinds > 0 and kinds or nil }
  end
  return out
end

---What the plugin declared, as plain data for the host.
function vr._meta(p, dir)
  local kinds = {}
  for name, k in pairs(p.kinds) do
    local a = k.amendment or {}
    kinds[name] = {
      title = k.title, dynamic = k.requirements ~= nil,
      signers = reqs(k.signers), approvals = reqs(k.approvals),
      amendment = {
        signers = reqs(a.signers or k.signers), approvals = reqs(a.approvals or k.approvals),
      },
    }
  end
  return {
    id = p.id, name = p.name, version = p.version, dir = dir, rules = #p.rules,
    source = { document = p.source.document, date = p.source.date },
    kinds = kinds,
    deadlines = ids(p.deadlines), fees = ids(p.fees), rule_ids = ids(p.rules),
    measures = ids(p.measures),
    templates = p.templates or {},
    vocab = vocab.meta(p),
    clocks = described(p.deadlines), payments = described(p.fees),
  }
end
