-- vr.vocab: the words a plugin reads, declared, and the one normaliser.
--
-- The model leaves some text fields to the agency: a service's category, a
-- note's tags, an event's form, a staff member's role, and every `ext`
-- field. A plugin declares the values it reads (vr.plugin's `vocabulary`)
-- and the ext fields it uses (`ext`), each with its meaning and citation
-- (docs/plugins.md, "Vocabularies"). From that declaration:
--
--   * rules see canonical values: a value that matches a declared spelling
--     by the one normaliser (M.key: case, and runs of space, `_` and `-`,
--     do not matter), or one of its old spellings (`was`), reads as the
--     declared spelling; a renamed ext field reads under its new name;
--   * a rule that reads an ext field its plugin did not declare raises;
--   * import and check report every value outside the vocabulary, with the
--     nearest declared values (M.prepare): refused when the vocabulary is
--     closed or the ext field undeclared or of the wrong type, a warning
--     when it is open (an agency's own value the plugin does not read), a
--     warning naming the new spelling for an old one;
--   * `vrtool plugin vocab` lists it (M.meta).
local vr, host = ...

local data_of, rawset = host.data, host.set
local M = {}

local KEYWORDS = {}
for w in ([[and break do else elseif end false for function goto if in local nil not
  or repeat return then true until while]]):gmatch("%a+") do KEYWORDS[w] = true end

-- The places an `ext` table may sit, as docs/model.md writes their paths.
local PLACES = {
  ["person"] = true, ["case"] = true, ["case.staff[]"] = true, ["case.events[]"] = true,
  ["case.employment[]"] = true, ["case.notes[]"] = true, ["plans[]"] = true,
  ["plans[].goal"] = true, ["plans[].objectives[]"] = true, ["plans[].services[]"] = true,
}

local TYPES = {
  ["text"] = "string", ["date"] = "string", ["date-time"] = "string",
  ["boolean"] = "boolean", ["number"] = "number", ["whole number"] = "number",
  ["money"] = "number", ["one of"] = "string", ["table"] = "table", ["list"] = "table",
}

---The one normaliser: lower case, and every run of space, `_` and `-` is
---one `_` (leading and trailing ones dropped). "Career-Profile",
---"career profile" and "CAREER_PROFILE" are all "career_profile".
---@param s string
---@return string
-- (remembered: the same few words are asked for every plan a worker
-- checks; the memory is dropped when it holds many)
local keys, nkeys = {}, 0

function M.key(s)
  local k = keys[s]
  if k then return k end
  k = s:lower():gsub("[%s_%-]+", "_")
  k = k:gsub("^_", ""):gsub("_$", "")
  if nkeys >= 4096 then keys, nkeys = {}, 0 end
  keys[s], nkeys = k, nkeys + 1
  return k
end
local key = M.key

-- Edit distance, bounded (returns limit + 1 once it is past it): insert,
-- delete, replace, and swapping two neighbours ("OSR" for "ORS") each cost 1.
local function distance(a, b, limit)
  local la, lb = #a, #b
  if math.abs(la - lb) > limit then return limit + 1 end
  local rows = { [0] = {} }
  for j = 0, lb do rows[0][j] = j end
  for i = 1, la do
    local cur, prev = { [0] = i }, rows[i - 1]
    local best = i
    local ca = a:byte(i)
    for j = 1, lb do
      local cb = b:byte(j)
      local v = prev[j - 1] + (ca == cb and 0 or 1)
      if prev[j] + 1 < v then v = prev[j] + 1 end
      if cur[j - 1] + 1 < v then v = cur[j - 1] + 1 end
      if i > 1 and j > 1 and ca == b:byte(j - 1) and a:byte(i - 1) == cb
          and rows[i - 2][j - 2] + 1 < v then
        v = rows[i - 2][j - 2] + 1
      end
      cur[j] = v
      if v < best then best = v end
    end
    if best > limit then return limit + 1 end
    rows[i] = cur
  end
  return rows[la][lb]
end

---The declared spellings nearest to s (at most three), best first: those
---within a few edits of it, or whose words it contains or that contain it.
---@param s string
---@param spellings string[]
---@return string[]
function M.suggest(s, spellings)
  local k = key(s)
  local scored = {}
  for _, w in ipairs(spellings) do
    local wk = key(w)
    local limit = math.max(1, math.min(3, #wk // 3))
    local d = distance(k, wk, limit)
    if d > limit and #wk >= 4 and #k >= 4 then
      -- "ips_career_profile" holds "career_profile"; "profile" is in it
      local a, b = "_" .. k .. "_", "_" .. wk .. "_"
      if a:find(b, 1, true) or b:find(a, 1, true) then d = limit + 0.5 end
    end
    if d <= limit + 0.5 then scored[#scored + 1] = { w = w, d = d } end
  end
  table.sort(scored, function(x, y)
    if x.d ~= y.d then return x.d < y.d end
    return x.w < y.w
  end)
  local out = {}
  for i = 1, math.min(3, #scored) do out[i] = scored[i].w end
  return out
end

local function did_you_mean(list)
  if #list == 0 then return "" end
  local q = {}
  for i, w in ipairs(list) do q[i] = "'" .. w .. "'" end
  return "; did you mean " .. table.concat(q, " or ") .. "?"
end

-- Steps of a path: "case.events[].form" -> { {name="case"}, {name="events",
-- list=true}, {name="form"} }.
local function steps_of(path)
  local out = {}
  for seg in path:gmatch("[^%.]+") do
    local name, list = seg:match("^([%w_]+)(%[?%]?)$")
    if not name or (list ~= "" and list ~= "[]") then return nil end
    out[#out + 1] = { name = name, list = list == "[]" }
  end
  return out
end

-- The path of a value a walk found (below): "plan.services[2].category",
-- "case.events[3].ext.form" (extra: a name below it).
local function path_of(steps, trail, extra)
  local parts, d, first = {}, 1, 1
  if steps[1].name == "plans" then
    parts[1], first = "plan", 2
  end
  for i = first, #steps do
    local s = steps[i]
    if s.list then
      parts[#parts + 1] = s.name .. "[" .. trail[d] .. "]"
      d = d + 1
    else
      parts[#parts + 1] = s.name
    end
  end
  if extra then parts[#parts + 1] = extra end
  return table.concat(parts, ".")
end

-- A list of values { { spelling, meaning, cite =, was = } } compiled to
-- lookups by key.
local function compile_values(values)
  local c = { map = {}, old = {}, spellings = {}, list = values }
  for _, e in ipairs(values) do
    c.map[key(e[1])] = e[1]
    c.spellings[#c.spellings + 1] = e[1]
    for _, w in ipairs(e.was or {}) do c.old[key(w)] = e[1] end
  end
  return c
end

-- Checks a list of values; `bad(fmt, ...)` reports. Returns true when fine.
local function check_values(values, where, bad)
  if type(values) ~= "table" or #values == 0 then
    bad("%s: values must be a list { { \"spelling\", \"meaning\", cite = \"...\" }, ... }", where)
    return false
  end
  local seen = {}
  local ok = true
  for i, e in ipairs(values) do
    if type(e) ~= "table" or type(e[1]) ~= "string" or e[1] == "" then
      bad("%s: values[%d] must be { \"spelling\", \"meaning\", cite = ..., was = { ... } }",
          where, i)
      ok = false
    else
      for k in pairs(e) do
        if k ~= 1 and k ~= 2 and k ~= "cite" and k ~= "was" then
          bad("%s: value '%s': unknown field '%s' (a spelling, its meaning, cite, was)",
              where, e[1], tostring(k))
          ok = false
        end
      end
      if type(e[2]) ~= "string" or e[2] == "" then
        bad("%s: value '%s' needs its meaning: { \"%s\", \"what it means\" }", where, e[1], e[1])
        ok = false
      end
      if e.cite ~= nil and type(e.cite) ~= "string" then
        bad("%s: value '%s': cite must be text", where, e[1])
        ok = false
      end
      local names = { e[1] }
      if e.was ~= nil then
        if type(e.was) ~= "table" then
          bad("%s: value '%s': was must be a list of old spellings", where, e[1])
          ok = false
        else
          for _, w in ipairs(e.was) do
            if type(w) ~= "string" then
              bad("%s: value '%s': was must be a list of old spellings", where, e[1])
              ok = false
            else
              names[#names + 1] = w
            end
          end
        end
      end
      for _, n in ipairs(names) do
        local k = key(n)
        if seen[k] and seen[k] ~= e[1] then
          bad("%s: '%s' and '%s' are the same word to the normaliser (case, space, `_` "
              .. "and `-` do not count); keep one", where, n, seen[k])
          ok = false
        end
        seen[k] = e[1]
      end
    end
  end
  return ok
end

local EXT_SPEC_FIELDS = {
  type = true, meaning = true, cite = true, values = true, fields = true, items = true,
  was = true,
}

-- Checks and compiles one ext field's spec (or a list's item spec).
local function compile_ext_field(name, spec, where, bad)
  if type(spec) == "string" then spec = { type = spec, meaning = "" } end
  if type(spec) ~= "table" then
    bad("%s: %s must be { type = ..., meaning = ..., cite = ... }", where, name)
    return nil
  end
  for k in pairs(spec) do
    if not EXT_SPEC_FIELDS[k] then
      bad("%s: %s: unknown field '%s' (type, meaning, cite, values, fields, items, was)",
          where, name, tostring(k))
    end
  end
  if not TYPES[spec.type] then
    bad("%s: %s: type must be one of text, date, date-time, boolean, number, whole number, "
        .. "money, one of, table, list", where, name)
    return nil
  end
  if type(spec.meaning) ~= "string" then
    bad("%s: %s: meaning is required: what the field holds, in the agency's words", where, name)
  end
  local c = { type = spec.type, meaning = spec.meaning, cite = spec.cite, spec = spec }
  if spec.type == "one of" then
    if check_values(spec.values, where .. ": " .. name, bad) then
      c.values = compile_values(spec.values)
    end
  elseif spec.values ~= nil then
    bad("%s: %s: values belong to a field of type \"one of\"", where, name)
  end
  if spec.fields ~= nil then
    if spec.type ~= "table" or type(spec.fields) ~= "table" then
      bad("%s: %s: fields = { name = { type = ... } } belongs to a field of type \"table\"",
          where, name)
    else
      c.fields = {}
      for n, s in pairs(spec.fields) do
        if type(n) ~= "string" or not n:match("^[%a_][%w_]*$") or KEYWORDS[n] then
          bad("%s: %s.%s: a field name must be a name a case file can write without "
              .. "quotes (letters, digits, `_`; not a Lua keyword)", where, name, tostring(n))
        else
          c.fields[n] = compile_ext_field(name .. "." .. n, s, where, bad)
        end
      end
    end
  end
  if spec.items ~= nil then
    if spec.type ~= "list" then
      bad("%s: %s: items belongs to a field of type \"list\"", where, name)
    else
      c.items = compile_ext_field(name .. "[]", spec.items, where, bad)
    end
  end
  return c
end

-- Every place of an ext table, in order, with the steps to its `ext`.
local PLACE_STEPS = {}
do
  local names = {}
  for place in pairs(PLACES) do names[#names + 1] = place end
  table.sort(names)
  for i, place in ipairs(names) do
    -- none: the guard's view of a place that declares no field
    PLACE_STEPS[i] = { place = place, steps = steps_of(place .. ".ext"),
      none = { fields = {}, place = place } }
  end
end

-- The compiled vocabulary of each plugin (the declaration is frozen at
-- load; this is computed from it once, by M.validate).
local compiled = setmetatable({}, { __mode = "k" })

---Checks a plugin's `vocabulary` and `ext` declarations, reporting through
---bad(where, fmt, ...). `paths` are the model's text fields by path
---(host.model_paths()).
function M.validate(p, at, bad, paths)
  local function b(fmt, ...) bad(at, fmt, ...) end
  local c = { paths = {}, ext = {}, order = {}, ext_order = {}, declares_ext = p.ext ~= nil }
  if p.vocabulary ~= nil and type(p.vocabulary) ~= "table" then
    b("vocabulary must be { [\"plans[].services[].category\"] = { open = true, values = "
      .. "{ ... } }, ... }")
  end
  for path, spec in pairs(type(p.vocabulary) == "table" and p.vocabulary or {}) do
    local where = ("vocabulary[%q]"):format(tostring(path))
    local mt = type(path) == "string" and paths[path]
    if not mt then
      b("%s: not a text field of the model (docs/model.md, `vrtool schema fields`)", where)
    elseif type(spec) ~= "table" then
      b("%s must be { open = true|false, meaning = ..., values = { ... } }", where)
    else
      for k in pairs(spec) do
        if k ~= "open" and k ~= "meaning" and k ~= "values" and k ~= "staff" then
          b("%s: unknown field '%s' (open, meaning, values, staff)", where, tostring(k))
        end
      end
      if spec.staff ~= nil and type(spec.staff) ~= "boolean" then
        b("%s: staff must be true (a case.staff[].id is also a value) or false", where)
      end
      if spec.open ~= nil and type(spec.open) ~= "boolean" then
        b("%s: open must be true (other values are kept with a warning) or false (they are "
          .. "refused)", where)
      end
      if check_values(spec.values, where, b) then
        local v = compile_values(spec.values)
        v.path, v.steps = path, steps_of(path)
        v.open = spec.open ~= false
        v.meaning = spec.meaning
        v.staff = spec.staff == true
        v.enum = mt ~= "text" and mt or nil
        if v.enum then
          -- a model enumeration: the plugin lists the values it reads
          local ok = {}
          for w in mt:gmatch("[^ ]+") do ok[w] = true end
          for _, w in ipairs(v.spellings) do
            if not ok[w] then
              b("%s: '%s' is not one of the model's values (%s)", where, w, mt)
            end
          end
          v.open = false
        end
        c.paths[path] = v
        c.order[#c.order + 1] = path
      end
    end
  end
  if p.ext ~= nil and type(p.ext) ~= "table" then
    b("ext must be { [\"case.events[]\"] = { name = { type = ..., meaning = ... } }, ... }")
  end
  for place, fields in pairs(type(p.ext) == "table" and p.ext or {}) do
    local where = ("ext[%q]"):format(tostring(place))
    if not PLACES[place] then
      b("%s: not a place of an ext table (person, case, case.staff[], case.events[], "
        .. "case.employment[], case.notes[], plans[], plans[].goal, plans[].objectives[], "
        .. "plans[].services[])", where)
    elseif type(fields) ~= "table" then
      b("%s must be { name = { type = ..., meaning = ... }, ... }", where)
    else
      local e = { fields = {}, old = {}, names = {}, steps = steps_of(place .. ".ext"),
        place = place }
      for name, spec in pairs(fields) do
        if type(name) ~= "string" or not name:match("^[%a_][%w_]*$") or KEYWORDS[name] then
          b("%s: '%s': an ext field name must be a name a case file can write without "
            .. "quotes (letters, digits, `_`; not a Lua keyword)", where, tostring(name))
        else
          local f = compile_ext_field(name, spec, where, b)
          if f then
            e.fields[name] = f
            e.names[#e.names + 1] = name
            for _, w in ipairs(type(spec) == "table" and spec.was or {}) do
              if type(w) ~= "string" then
                b("%s: %s: was must be a list of old names", where, name)
              elseif fields[w] ~= nil then
                b("%s: %s: old name '%s' is also declared as a field", where, name, w)
              else
                e.old[w] = name
              end
            end
          end
        end
      end
      table.sort(e.names)
      c.ext[place] = e
      c.ext_order[#c.ext_order + 1] = place
    end
  end
  table.sort(c.order)
  table.sort(c.ext_order)
  compiled[p] = c
  -- one plugin per Lua state: the one the DSL's accessors ask
  M.current = c
  return c
end

local function vocab_of(p)
  return compiled[p] or { paths = {}, ext = {}, order = {}, ext_order = {} }
end
M.of = vocab_of

-- The type check of one ext value against its compiled spec; returns what
-- is wrong, or nil.
local A_TYPE = {
  ["text"] = "text", ["date"] = "a date (YYYY-MM-DD)", ["date-time"] = "a date-time",
  ["boolean"] = "true or false", ["number"] = "a number", ["whole number"] = "a whole number",
  ["money"] = "money in whole cents", ["one of"] = "one of its values (text)",
  ["table"] = "a table of fields", ["list"] = "a list",
}

local function wrong_type(f, v)
  local t = f.type
  if type(v) ~= TYPES[t] then return "must be " .. A_TYPE[t] end
  if t == "date" and not vr.date.parse(v) then return "must be a date (YYYY-MM-DD)" end
  if t == "date-time" and not v:match("^%d%d%d%d%-%d%d%-%d%dT%d%d:%d%d") then
    return "must be a date-time with its offset (YYYY-MM-DDThh:mm:ss-05:00)"
  end
  if (t == "whole number" or t == "money") and math.type(v) ~= "integer" then
    return t == "money" and "must be whole cents (an integer)" or "must be a whole number"
  end
  if t == "money" and v < 0 then return "cannot be negative" end
  return nil
end

local function is_list(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n == #t
end

-- Problems of one ext value (recursing into declared fields and items).
-- A number written as text ("97" for a whole number): read as the number,
-- with a warning, so a case file written before the type was declared still
-- imports; nil when s is not such a number.
local function number_in_text(f, s)
  if type(s) ~= "string" then return nil end
  local t = f.type
  if t ~= "number" and t ~= "whole number" and t ~= "money" then return nil end
  local n = s:match("^%s*(%-?%d+%.?%d*)%s*$") and tonumber(s)
  if n == nil then return nil end
  if t ~= "number" then n = math.tointeger(n) end
  if n == nil or wrong_type(f, n) then return nil end
  return n
end

-- Is v, a scalar of its field's type (a "one of" among its values), fine as
-- it is? Tables and lists go the long way (ext_value_problems).
local function fine(f, v)
  local t = f.type
  if t == "table" or t == "list" then return false end
  if type(v) ~= TYPES[t] or wrong_type(f, v) then return false end
  if t == "one of" then return f.values ~= nil and f.values.map[key(v)] ~= nil end
  return true
end

local function ext_value_problems(f, v, path, out, what)
  if number_in_text(f, v) then
    out[#out + 1] = { path = path, level = "old", spelling = true, message = ("%s is %s "
      .. "written as text; write it without quotes"):format(what, A_TYPE[f.type]) }
    return
  end
  local why = wrong_type(f, v)
  if why then
    out[#out + 1] = { path = path, level = "refuse", message = ("%s %s"):format(what, why) }
    return
  end
  if f.type == "one of" and f.values then
    local k = key(v)
    if not f.values.map[k] then
      if f.values.old[k] then
        out[#out + 1] = { path = path, level = "old", spelling = true,
          message = ("an old spelling; write '%s'"):format(f.values.old[k]) }
      else
        out[#out + 1] = { path = path, level = "refuse", message = ("%s is not one of its "
          .. "values (%s)%s"):format(what, table.concat(f.values.spellings, ", "),
          did_you_mean(M.suggest(v, f.values.spellings))) }
      end
    end
  elseif f.type == "table" and f.fields then
    local names = {}
    for n in pairs(f.fields) do names[#names + 1] = n end
    table.sort(names)
    for n, x in pairs(v) do
      local sub = f.fields[n]
      if sub == nil then
        out[#out + 1] = { path = path .. "." .. tostring(n), level = "refuse",
          message = ("not a field of %s (%s)%s"):format(what, table.concat(names, ", "),
            did_you_mean(M.suggest(tostring(n), names))) }
      else
        ext_value_problems(sub, x, path .. "." .. n, out, "this field")
      end
    end
  elseif f.type == "list" then
    if not is_list(v) then
      out[#out + 1] = { path = path, level = "refuse", message = what .. " must be a list" }
    elseif f.items then
      for i = 1, #v do ext_value_problems(f.items, v[i], ("%s[%d]"):format(path, i), out, "each item") end
    end
  end
end

-- Canonical "one of" values inside one ext value (through declared fields
-- and items), in place.
local function canon_ext_value(f, container, k, v)
  local n = number_in_text(f, v)
  if n then
    rawset(data_of(container), k, n)
  elseif f.type == "one of" and f.values and type(v) == "string" then
    local kk = key(v)
    local cv = f.values.map[kk] or f.values.old[kk]
    if cv and cv ~= v then rawset(data_of(container), k, cv) end
  elseif f.type == "table" and f.fields and type(v) == "table" then
    for n, sub in pairs(f.fields) do
      local x = v[n]
      if x ~= nil then canon_ext_value(sub, v, n, x) end
    end
  elseif f.type == "list" and f.items and type(v) == "table" then
    for i = 1, #v do canon_ext_value(f.items, v, i, v[i]) end
  end
end

-- The guard of an ext table: reading a field the plugin did not declare
-- here raises (a read of a declared field that is absent is nil).
local guards = setmetatable({}, { __mode = "k" })
local function guard_of(p, e)
  local g = guards[e]
  if g then return g end
  g = {
    __index = function(_, k)
      if e.fields[k] == nil then
        error(("plugin %s reads %s.ext.%s, which its `ext` does not declare; declare it "
          .. "(docs/plugins.md, \"Vocabularies\")"):format(p.id, e.place, tostring(k)), 2)
      end
      return nil
    end,
  }
  guards[e] = g
  return g
end

-- The ids of the case's staff, for a vocabulary that also takes them.
local function staff_ids(root)
  local ids = {}
  local list = root.case and root.case.staff
  for i = 1, type(list) == "table" and #list or 0 do
    local id = type(list[i]) == "table" and list[i].id
    if type(id) == "string" then ids[id] = true end
  end
  return ids
end

-- Problems of the agency fields of one ext table (declared at e, or at no
-- place when e is nil), appended to out; where() is its path.
local function ext_problems(p, c, e, ext, where, out)
  local names = e and e.names or {}
  for name, value in pairs(ext) do
    local n = tostring(name)
    local f = e and e.fields[n]
    local old = e and e.old[n]
    if f and fine(f, value) then
      goto next_field       -- the common case: no path is even made
    end
    if f then
      ext_value_problems(f, value, where() .. "." .. n, out, "this field")
    elseif old then
      out[#out + 1] = { path = where() .. "." .. n, level = "old",
        message = ("an old name; write ext.%s"):format(old) }
      -- its value as the new field's: one word for it is enough, unless refused
      local sub = {}
      ext_value_problems(e.fields[old], value, where() .. "." .. n, sub, "this field")
      for _, x in ipairs(sub) do
        if x.level == "refuse" then out[#out + 1] = x end
      end
    elseif not c.declares_ext then
      -- a plugin that declares no `ext` at all (written before
      -- vocabularies): it may read anything, so nothing is refused
      out[#out + 1] = { path = where() .. "." .. n, level = "warn",
        message = ("plugin %s declares no agency fields (ext), so whether it reads this "
          .. "one cannot be told"):format(p.id) }
    else
      out[#out + 1] = { path = where() .. "." .. n, level = "refuse",
        message = #names == 0
          and ("plugin %s declares no agency field here, so none is read"):format(p.id)
          or ("not an agency field plugin %s declares here%s (it declares: %s)"):format(
            p.id, did_you_mean(M.suggest(n, names)), table.concat(names, ", ")) }
    end
    ::next_field::
  end
end

-- One pass over the plan's part of root ("plan") or the case's ("case"):
-- every value outside the vocabulary found, as the file has it, and then
-- what rules see made canonical, in place: declared values in their
-- declared spelling, old ext names also under their new ones, and a guard
-- on every ext table. Returns the problems, sorted by path.
-- The places to look at in one part ("plan": below root.plan; "case":
-- the case and the person), as a tree of the model's names, so that one
-- walk over a document serves every vocabulary and every place of an ext
-- table (a case's events are read once, not once per path that ends in
-- them). A node's acts are what to do with each value found at it.
local function trie_of(c, part)
  local root = { kids = {} }
  local function add(steps, act)
    local node = root
    for i = steps[1].name == "plans" and 2 or 1, #steps do
      local st = steps[i]
      local kid
      for _, k in ipairs(node.kids) do
        if k.name == st.name then kid = k break end
      end
      if not kid then
        kid = { name = st.name, list = st.list, kids = {}, acts = {} }
        node.kids[#node.kids + 1] = kid
      end
      node = kid
    end
    node.acts[#node.acts + 1] = act
  end
  for _, path in ipairs(c.order) do
    local v = c.paths[path]
    if not v.enum and (v.steps[1].name == "plans") == (part == "plan") then
      add(v.steps, { v = v, steps = v.steps })
    end
  end
  for _, ps in ipairs(PLACE_STEPS) do
    if (ps.steps[1].name == "plans") == (part == "plan") then
      add(ps.steps, { ps = ps, e = c.ext[ps.place], steps = ps.steps })
    end
  end
  return root
end

-- Calls hit(act, container, key, value, trail) for every value at a node
-- with acts; trail holds the list indices on the way (for path_of).
local function walk(node, t, trail, depth, hit)
  local kids = node.kids
  for i = 1, #kids do
    local kid = kids[i]
    local v = t[kid.name]
    if v ~= nil then
      local acts, deeper = kid.acts, #kid.kids > 0
      if kid.list then
        if type(v) == "table" then
          for n = 1, #v do
            trail[depth] = n
            local item = v[n]
            for a = 1, #acts do hit(acts[a], v, n, item, trail) end
            if deeper and type(item) == "table" then walk(kid, item, trail, depth + 1, hit) end
          end
          trail[depth] = nil
        end
      else
        for a = 1, #acts do hit(acts[a], t, kid.name, v, trail) end
        if deeper and type(v) == "table" then walk(kid, v, trail, depth, hit) end
      end
    end
  end
end

-- One pass over the plan's part of root ("plan") or the case's ("case"):
-- every value outside the vocabulary found, as the file has it, and then
-- what rules see made canonical, in place: declared values in their
-- declared spelling, old ext names also under their new ones, and a guard
-- on every ext table. Returns the problems, sorted by path.
local function process(p, c, root, part)
  local out, staff = {}, nil
  local function value_hit(v, container, k, value, trail)
    if type(value) ~= "string" then return end
    local kk = key(value)
    local cv = v.map[kk]
    if cv then
      if cv ~= value then rawset(data_of(container), k, cv) end
      return
    end
    if v.staff then
      staff = staff or staff_ids(root)
      if staff[value] then return end
    end
    local old = v.old[kk]
    if old then
      out[#out + 1] = { path = path_of(v.steps, trail), level = "old", spelling = true,
        message = ("an old spelling; write '%s'"):format(old) }
      rawset(data_of(container), k, old)
    else
      out[#out + 1] = { path = path_of(v.steps, trail), level = v.open and "warn" or "refuse",
        message = ("not a value plugin %s reads%s%s"):format(p.id,
          did_you_mean(M.suggest(value, v.spellings)),
          v.open and " (kept as written; no rule, clock or fee of the plugin reads it)"
            or (" (it reads only: %s)"):format(table.concat(v.spellings, ", "))) }
    end
  end
  local function ext_hit(act, ext, trail)
    if type(ext) ~= "table" then return end
    local e, where = act.e, nil
    ext_problems(p, c, e, ext, function()
      where = where or path_of(act.steps, trail)
      return where
    end, out)
    local d = data_of(ext)
    if e then
      for old, new in pairs(e.old) do
        if rawget(d, old) ~= nil and rawget(d, new) == nil then rawset(d, new, rawget(d, old)) end
      end
      for n, f in pairs(e.fields) do
        local x = rawget(d, n)
        if x ~= nil and f.type ~= "text" and f.type ~= "boolean" then canon_ext_value(f, ext, n, x) end
      end
    end
    if c.declares_ext and getmetatable(d) == nil then
      setmetatable(d, guard_of(p, e or act.ps.none))
    end
  end
  local start = part == "plan" and root.plan or root
  if start then
    walk(c.tries[part], start, {}, 1, function(act, container, k, value, trail)
      if act.v then value_hit(act.v, container, k, value, trail)
      else ext_hit(act, value, trail) end
    end)
  end
  table.sort(out, function(x, y) return x.path < y.path end)
  return out
end

-- the problems of each view's data, worked out once: a check of the many
-- plans of a case, and the runtime's views kept while their bytes are the
-- same, pay for it once
local done = setmetatable({}, { __mode = "k" })
local NONE = {}

---Makes what rules see canonical, in place, once per view: declared values
---in their declared spelling, old ext names also under their new ones, and a
---guard on every ext table; and returns what lies outside the vocabulary,
---as the data has it: the plan's problems and the case's (with the
---person's), each a list { path, level = "refuse"|"warn"|"old", message,
---spelling = true for an old spelling of a value }. Messages name the field
---and the nearest declared values, never the value itself.
function M.prepare(p, plan, case)
  local c = compiled[p]
  if c == nil then return NONE, NONE end
  if c.tries == nil then
    c.tries = { plan = trie_of(c, "plan"), case = trie_of(c, "case") }
  end
  local root = { plan = plan, case = case, person = case and case.person }
  local lists = {}
  for i, part in ipairs({ "plan", "case" }) do
    local t = root[part]
    local raw = t and data_of(t)
    local l = raw and done[raw]
    if raw and l == nil then
      l = process(p, c, root, part)
      done[raw] = l
    end
    lists[i] = l or NONE
  end
  return lists[1], lists[2]
end

---The vocabulary as plain data for the host (`vrtool plugin vocab`).
function M.meta(p)
  local c = vocab_of(p)
  local values, ext = {}, {}
  local function entries(list)
    local out = {}
    for i, e in ipairs(list) do
      out[i] = { value = e[1], meaning = e[2], cite = e.cite, was = e.was and { table.unpack(e.was) } or nil }
    end
    return out
  end
  for i, path in ipairs(c.order) do
    local v = c.paths[path]
    values[i] = { path = path, open = v.open, meaning = v.meaning, enum = v.enum ~= nil,
      staff = v.staff or nil, values = entries(v.list) }
  end
  local function field(name, f)
    local r = { name = name, type = f.type, meaning = f.meaning, cite = f.cite,
      was = f.spec.was and { table.unpack(f.spec.was) } or nil }
    if f.values then r.values = entries(f.values.list) end
    if f.fields then
      local names = {}
      for n in pairs(f.fields) do names[#names + 1] = n end
      table.sort(names)
      r.fields = {}
      for i, n in ipairs(names) do r.fields[i] = field(n, f.fields[n]) end
    end
    if f.items then r.items = field("[]", f.items) end
    return r
  end
  for i, place in ipairs(c.ext_order) do
    local e = c.ext[place]
    local fields = {}
    for j, n in ipairs(e.names) do fields[j] = field(n, e.fields[n]) end
    ext[i] = { place = place, fields = fields }
  end
  return { values = values, ext = ext }
end

function vr._vocab_current() return M.current end
vr._vocab_key = key

---Are a and b the same words to the one normaliser (case, and runs of
---space, `_` and `-`, do not count)? For free text a rule must match, such
---as a party named in words; declared values need no such help (rules see
---them in their declared spelling).
---@param a string|nil
---@param b string|nil
---@return boolean
function vr.same(a, b)
  return type(a) == "string" and type(b) == "string" and key(a) == key(b)
end

return M
