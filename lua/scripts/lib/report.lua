-- report.lua: what the staff scripts in lua/scripts/ share: reading their
-- own flags from `arg`, printing rows as aligned columns, CSV or JSON, and
-- naming the plan version a deadline or finding is about ("v1 in effect",
-- "v2 draft": report.version_label).
--
-- A script loads it relative to its own path, so it works from the source
-- tree (lua/scripts/) and installed (PREFIX/share/vrtool/lua/scripts/), and
-- falls back to the copy in vrtool's data directory (on package.path as
-- "scripts.lib.report") when the script was copied somewhere else:
--
--   local report do
--     local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
--     local f = io.open(dir .. "lib/report.lua")
--     if f then f:close(); report = dofile(dir .. "lib/report.lua")
--     else report = require("scripts.lib.report") end
--   end
--
-- Flags. `vrtool run` reads the options it knows wherever they stand: it
-- refuses one it does not know (--csv, --pdf: "unknown option", exit 2) and
-- keeps --json for itself, so neither reaches `arg`. Script flags therefore
-- go after `--`, which ends vrtool's options:
--
--   vrtool run lua/scripts/payments.lua 2026-07 --as-of 2026-11-23 -- --csv
--
-- As a convenience --json also works without `--`: vrtool takes it as its
-- own option and tells the script in vr.options.json. `format=csv` and `format=json` are accepted too, as plain
-- arguments vrtool leaves alone. --help (after `--`) prints the usage.
local M = {}

---Prints a usage message and ends the script with exit status 2.
---@param usage string
---@param msg string|nil
function M.usage(usage, msg)
  if msg then io.stderr:write(msg, "\n") end
  io.stderr:write("usage: vrtool run ", usage or "SCRIPT.lua", "\n")
  os.exit(2, true)
end

---Reads the script's flags from `arg`.
---spec = { usage = "caseload.lua STAFF [-- --csv|--json]", flags = { "pdf" },
---         min = 1, max = 1 }: flags are extra booleans (--pdf) besides
---csv and json. Returns opts = { format = "text"|"csv"|"json", pdf = true, ... }
---and the positional arguments (a list).
---@param argv table the global `arg`
---@param spec table
---@return table opts, string[] args
function M.options(argv, spec)
  spec = spec or {}
  local known = { csv = true, json = true, help = true }
  for _, f in ipairs(spec.flags or {}) do known[f] = true end
  local opts, args = { format = "text" }, {}
  for i = 1, #(argv or {}) do
    local a = argv[i]
    local flag = a:match("^%-%-([%w-]+)$")
    local fmt = a:match("^format=(%a+)$")
    if a == "--" then
      -- (vrtool keeps `--` itself; a script run another way may see it)
    elseif flag and known[flag] then
      opts[flag] = true
    elseif a == "-h" then
      opts.help = true
    elseif fmt == "csv" or fmt == "json" or fmt == "text" then
      opts[fmt] = true
    elseif flag then
      M.usage(spec.usage or "SCRIPT", ("unknown option --%s"):format(flag))
    else
      args[#args + 1] = a
    end
  end
  if not opts.json and vr.options and vr.options.json then
    -- vrtool keeps --json for itself, and says so (what follows `--` is
    -- already in `arg`)
    opts.json = true
  end
  if opts.help then
    io.stdout:write("usage: vrtool run ", spec.usage or "SCRIPT", "\n")
    os.exit(0, true)
  end
  if opts.csv and opts.json then M.usage(spec.usage, "--csv and --json: choose one") end
  opts.format = opts.csv and "csv" or opts.json and "json" or "text"
  if spec.min and #args < spec.min then M.usage(spec.usage, spec.missing or "missing argument") end
  if spec.max and #args > spec.max then
    M.usage(spec.usage, ("too many arguments (%s)"):format(table.concat(args, " ", spec.max + 1)))
  end
  return opts, args
end

---Is s a date "YYYY-MM-DD" (a real one)?
---@param s any
---@return boolean
function M.is_date(s)
  return type(s) == "string" and #s == 10 and vr.date.parse(s) ~= nil
end

---"Given Family" of a person table.
---@param person table|nil
---@return string
function M.person_name(person)
  local n = person and person.name
  if not n then return "" end
  return ((n.given or "") .. " " .. (n.family or "")):gsub("^%s+", ""):gsub("%s+$", "")
end

---The plan table of a case table by id.
---@param case_table table
---@param plan_id string
---@return table|nil
function M.plan_of(case_table, plan_id)
  for _, p in ipairs(case_table.plans or {}) do
    if p.id == plan_id then return p end
  end
end

---Which version a deadline or finding of db:deadlines / db:check is about,
---as `vrtool deadlines` shows it: "v1 in effect", "v2 draft" ("" when the
---record names no version, e.g. a plugin that could not run). Clocks follow
---the plan in effect: db:deadlines gives the version in effect and, beside
---it, a newer version not yet in effect, each record with its `version` and
---`plan_status`.
---@param rec table a record with version and plan_status
---@return string
function M.version_label(rec)
  if not (rec and math.type(rec.version)) then return "" end
  local st = rec.plan_status
  return ("v%d%s"):format(rec.version, st and st ~= "" and (" " .. st) or "")
end

---The roles of a `to_sign` text ("client or representative, counselor"):
---a list of alternatives, each a list of roles.
---@param to_sign string
---@return string[][]
function M.to_sign_roles(to_sign)
  local out = {}
  for part in (to_sign or ""):gmatch("[^,]+") do
    local alt = {}
    for role in part:gmatch("%S+") do
      if role ~= "or" then alt[#alt + 1] = role end
    end
    if #alt > 0 then out[#out + 1] = alt end
  end
  return out
end

-- display width: characters, not bytes
local function width(s)
  return utf8.len(s) or #s
end

local function cell(v, max)
  if v == nil then return "" end
  if type(v) == "number" and math.type(v) == "float" then
    return (("%.2f"):format(v):gsub("%.?0+$", ""))
  end
  -- text from plugins and cases may hold control characters: shown
  -- escaped, so a message cannot recolour the screen or forge a row
  local s = vr.term and vr.term(tostring(v)) or tostring(v)
  if max and width(s) > max then
    local cut = utf8.len(s) and utf8.offset(s, max) or max
    s = s:sub(1, cut - 1) .. "~"
  end
  return s
end

---Aligned columns as text: a header line, then one line per row. The last
---column is not padded (long text runs on).
---columns = { { key = "case", title = "CASE", right = false, max = 24 }, ... }
---(max: longer values are cut, ending in "~")
---@param rows table[]
---@param columns table[]
---@param indent string|nil
---@return string
function M.columns(rows, columns, indent)
  indent = indent or ""
  local w = {}
  for i, c in ipairs(columns) do
    w[i] = width(c.title or c.key:upper())
    for _, r in ipairs(rows) do w[i] = math.max(w[i], width(cell(r[c.key], c.max))) end
  end
  local lines = {}
  local function line(values)
    local parts = {}
    for i, v in ipairs(values) do
      local pad = (" "):rep(w[i] - width(v))
      if i == #values and not columns[i].right then
        parts[i] = v
      else
        parts[i] = columns[i].right and pad .. v or v .. pad
      end
    end
    lines[#lines + 1] = (indent .. table.concat(parts, "  ")):gsub("%s+$", "")
  end
  local head = {}
  for i, c in ipairs(columns) do head[i] = c.title or c.key:upper() end
  line(head)
  for _, r in ipairs(rows) do
    local vals = {}
    for i, c in ipairs(columns) do vals[i] = cell(r[c.key], c.max) end
    line(vals)
  end
  return table.concat(lines, "\n") .. "\n"
end

---Prints a report in the format asked for.
---spec = {
---  title = "first line of the terminal output",
---  columns = { {key=, title=, right=} ... },  -- CSV columns and terminal columns
---  text_columns = { ... },        -- optional: other terminal columns
---  rows = { ... },
---  sections = { "IPE due", ... },   -- optional: terminal output groups rows by
---                                  -- row.section, one table per section, in this order
---  section_columns = { ["name"] = { ... } },  -- optional terminal columns per section
---  empty = "text when there are no rows",
---  footer = { "lines after the table" },
---  meta = { ... },                -- extra top-level fields of the JSON
--- }
---JSON is { <meta fields>, rows = [...] }; CSV is the rows only.
---@param opts table from report.options
---@param spec table
function M.emit(opts, spec)
  local rows = spec.rows or {}
  if opts.format == "csv" then
    local keys = {}
    for i, c in ipairs(spec.columns) do keys[i] = c.key end
    io.write(vr.csv(rows, keys))
    return
  end
  if opts.format == "json" then
    local doc = {}
    for k, v in pairs(spec.meta or {}) do doc[k] = v end
    doc.rows = rows
    io.write(vr.json(doc, 2), "\n")
    return
  end
  if spec.title then io.write(spec.title, "\n") end
  if #rows == 0 then
    io.write("\n", spec.empty or "nothing to show", "\n")
  elseif spec.sections then
    local by = {}
    for _, r in ipairs(rows) do
      local s = r.section or ""
      by[s] = by[s] or {}
      table.insert(by[s], r)
    end
    for _, s in ipairs(spec.sections) do
      if by[s] then
        local cols = spec.section_columns and spec.section_columns[s]
        if not cols then
          cols = {}
          for _, c in ipairs(spec.columns) do
            if c.key ~= "section" then cols[#cols + 1] = c end
          end
        end
        io.write("\n", s, " (", #by[s], ")\n")
        io.write(M.columns(by[s], cols, "  "))
      end
    end
  else
    io.write("\n", M.columns(rows, spec.text_columns or spec.columns))
  end
  for _, l in ipairs(spec.footer or {}) do io.write(l, "\n") end
end

---Sorts rows by keys in order (missing values first).
---@param rows table[]
---@param keys string[]
function M.sort(rows, keys)
  table.sort(rows, function(a, b)
    for _, k in ipairs(keys) do
      local x, y = a[k], b[k]
      if x ~= y then
        if x == nil then return true end
        if y == nil then return false end
        if type(x) == type(y) then return x < y end
        return tostring(x) < tostring(y)
      end
    end
    return false
  end)
  return rows
end

return M
