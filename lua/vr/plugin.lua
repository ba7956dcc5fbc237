-- The plugin DSL: how an agency plugin declares itself and its rules, how
-- the loader checks those declarations, and how a check runs them.
--
-- A plugin file returns vr.plugin{ ... }. The loader (the host, through
-- vr._validate) refuses a plugin with mistakes in its declarations and lists
-- every one of them with the file and line where it was declared. A check
-- (vr._check) runs each rule that applies to the plan's kind under pcall,
-- so one failing rule becomes one finding and the others still run.
local vr, host = ...

local SEVERITIES = { error = true, warning = true, info = true }

local PLUGIN_FIELDS = {
  api = true, id = true, name = true, version = true, source = true,
  kinds = true, rules = true, deadlines = true, parameters = true,
  fees = true, templates = true, holidays = true,
}
local RULE_FIELDS = {
  id = true, cite = true, severity = true, applies_to = true, check = true,
  message = true, path = true, title = true,
}

---@alias vr.Severity "error"|"warning"|"info"

---@class vr.Finding
---@field message string what is wrong, in words a counselor can act on
---@field path string|nil where in the plan or case ("plan.goal.soc")

---@class vr.RuleSpec
---@field id string unique within the plugin, e.g. "mo.520.1.signatures"
---@field cite string the source: document and section
---@field severity vr.Severity error blocks signing; warning and info do not
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
function vr.rule(spec)
  if type(spec) ~= "table" then error("vr.rule takes a table { id = ..., ... }", 2) end
  local r = {}
  for k, v in pairs(spec) do r[k] = v end
  r.where = host.where(2)
  return r
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
        roles(k, "kinds." .. kind)
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

-- Never call tostring on what a plugin raised: its __tostring is plugin code.
local function describe(e)
  if type(e) == "string" then return e end
  return "an error object of type " .. type(e)
end

local function add(out, r, message, path)
  out[#out + 1] = {
    rule = r.id, severity = r.severity, cite = r.cite,
    message = message, path = path or r.path or "plan",
  }
end

local function plugin_error(out, r, what)
  out[#out + 1] = {
    rule = r.id, severity = "error", cite = r.cite,
    message = "the rule failed, so the plan was not checked against it: " .. what,
    path = r.path or "plan",
  }
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
    local list = rawget(a, "message") ~= nil and { a } or a
    for i = 1, #list do
      local f = list[i]
      if type(f) == "string" then
        add(out, r, f, nil)
      elseif type(f) == "table" and type(rawget(f, "message")) == "string"
          and (rawget(f, "path") == nil or type(rawget(f, "path")) == "string") then
        add(out, r, f.message, f.path)
      else
        plugin_error(out, r, "it returned something that is not a finding")
      end
    end
  else
    plugin_error(out, r, "it returned a " .. ta .. ", not a finding")
  end
end

local function run_rules(p, plan, case, ctx)
  local out = {}
  local rplan, rcase, rctx = vr.readonly(plan), vr.readonly(case), vr.readonly(ctx)
  for _, r in ipairs(p.rules) do
    if applies(r, plan.kind) then
      host.rule(r.id)
      local ok, a, b = pcall(r.check, rplan, rcase, rctx)
      if ok then
        collect(out, r, a, b)
      else
        plugin_error(out, r, describe(a))
      end
    end
  end
  host.rule(nil)
  return out
end

local OPS = { check = run_rules }

---The host's entry point: runs `op` ("check", ...) for one plan of a case
---as of the date `as_of`, and returns the list of records it produced.
---`host.rule` is told which rule runs, for the host to name it when a
---budget is exceeded.
function vr._call(op, p, plan, case, as_of)
  local run = OPS[op]
  if not run then error("unknown operation " .. tostring(op)) end
  local ctx = { as_of = as_of, plugin = p.id }
  return run(p, plan, case, ctx)
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

---What the plugin declared, as plain data for the host.
function vr._meta(p, dir)
  local kinds = {}
  for name, k in pairs(p.kinds) do
    local a = k.amendment or {}
    kinds[name] = {
      title = k.title,
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
  }
end
