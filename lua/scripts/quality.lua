-- quality.lua: quality measures over a period, as rows: Wisconsin IPS
-- placement quality and timeliness, New York IPS fidelity totals, Texas QA
-- instrument shares; each per case, then summed up over the cases.
--
-- Usage:
--   vrtool run lua/scripts/quality.lua FROM TO [--as-of DATE] [--csv | --json]
--
-- FROM and TO are dates (YYYY-MM-DD), TO included. A case is in the period
-- when one of its events, or a version of one of its plans, is dated from
-- FROM to TO. Its measures are computed as of TO (what was true at the end
-- of the period); the deadlines counted are those due in the period.
--
-- Sections and what each reads (the plugins' ids):
--   WI placement quality  wi-dvr measures wi.quality.* other than the
--                      timeliness ones: employer, wage (cents an hour),
--                      benefits, hours (against the IPE), job-title,
--                      title-match (%), fidelity (IPS-25), temporary,
--                      second-hire, lts-source, lts-support-hours,
--                      working-6-months-after-lts, working-q2/q4-after-exit.
--   WI timeliness      wi-dvr measures wi.quality.days-to-* (days from
--                      referral to Career Profile, Job Development Plan,
--                      hire, LTS; months of SI before the transition), and
--                      the wi-dvr deadlines wi.deadline.* due in the period,
--                      per deadline: how many were met on time (status
--                      "met"), met late ("missed"), are overdue or still
--                      open (value: % on time). A clock that the version in
--                      effect and a newer draft both give counts once.
--   NY fidelity        ny-pros measure ny.c14.fidelity.total (the latest
--                      IPS-25 self-evaluation on or before TO and its band).
--   TX QA share        tx-wioa measure tx.qa-share (share of the QA
--                      instrument's items the IEP meets; band: meets or
--                      below the 90 % threshold).
-- After the case rows of each measure comes a row for case "all": the mean
-- of numeric values (wage in dollars, shares in %), or the share of "yes".
--
-- Example (the sample cases):
--   $ vrtool run lua/scripts/quality.lua 2026-07-01 2026-09-30
--   Quality measures from 2026-07-01 to 2026-09-30 (measures as of 2026-09-30): 3 case(s)
--
--   WI placement quality (15)
--     CASE          METRIC                  VALUE                     BAND                      TEXT
--     WI-2026-0001  wi.quality.benefits     yes                                                 benefits: paid time off
--     WI-2026-0001  wi.quality.employer     Northwoods Grocery Co-op                            Northwoods Grocery Co-op (job started 2026-07-27)
--     WI-2026-0001  wi.quality.wage         1525                                                $15.25 an hour at Northwoods Grocery Co-op
--     ...
--     all           wi.quality.wage         15.25                                               mean $15.25 an hour over 1 case(s)
--
--   WI timeliness (14)
--     CASE          METRIC                                          VALUE  BAND          TEXT
--     WI-2026-0001  wi.quality.days-to-hire                         238                  238 days from referral (2025-12-01) to the first job start (2026-07-27)
--     ...
--     all           wi.deadline.job-development-monthly-report      100    % on time     2 due in the period: 2 met on time, 0 met late, 0 overdue, 0 open
--
--   NY fidelity (2)
--     CASE          METRIC                 VALUE  BAND  TEXT
--     NY-2026-0001  ny.c14.fidelity.total  104    good  104 of 125 on 2026-09-30: staffing 14/15, organisation 32/40, services 58/70
--     all           ny.c14.fidelity.total  104          mean 104 over 1 case(s)
--
--   TX QA share (2)
--     CASE          METRIC       VALUE  BAND        TEXT
--     TX-2026-0001  tx.qa-share  0.95   meets 90 %  19 of 20 items (95 %)
--     all           tx.qa-share  95                 mean 95 % over 1 case(s); 1 meet the threshold
--
-- A measure the plugin could not compute is a row with band "error" and
-- the message as its text.
-- --csv columns: section, agency, case, plan, metric, what, value, band, text.
-- --json: { from, to, as_of, cases, rows = [ { same fields } ] }.

local report do
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
  local f = io.open(dir .. "lib/report.lua")
  if f then f:close(); report = dofile(dir .. "lib/report.lua")
  else report = require("scripts.lib.report") end
end

local USAGE = "quality.lua FROM TO [--as-of DATE] [--csv | --json]"
local opts, args = report.options(arg, { usage = USAGE, min = 2, max = 2,
  missing = "name the period: FROM TO, e.g. 2026-07-01 2026-09-30" })
local from, to = args[1], args[2]
for _, d in ipairs({ from, to }) do
  if not report.is_date(d) then report.usage(USAGE, ("'%s' is not a date (YYYY-MM-DD)"):format(d)) end
end
if from > to then report.usage(USAGE, ("FROM (%s) is after TO (%s)"):format(from, to)) end

local SECTIONS = { "WI placement quality", "WI timeliness", "NY fidelity", "TX QA share" }
local ORDER = {}
for i, s in ipairs(SECTIONS) do ORDER[s] = i end

-- Which section a measure belongs to, or nil.
local function section_of(id)
  if id:match("^wi%.quality%.days%-to%-") then return "WI timeliness" end
  if id:match("^wi%.quality%.") then return "WI placement quality" end
  if id == "ny.c14.fidelity.total" then return "NY fidelity" end
  if id == "tx.qa-share" then return "TX QA share" end
end

local db = assert(vr.open())
local rows, cases = {}, 0
local sums = {}       -- summary key -> { section, metric, what, n, sum, yes, meets, unit }
local sum_order = {}
local clocks = {}     -- deadline id -> { what, due, on_time, late, overdue, open }
local clock_order = {}

local function in_period(d)
  d = d and d:sub(1, 10)
  return d ~= nil and d >= from and d <= to
end

local function active(c)
  for _, e in ipairs(c.case.events or {}) do
    if in_period(vr.case.day_of(e)) then return true end
  end
  for _, p in ipairs(c.plans) do
    for _, v in ipairs(p.versions) do
      if in_period(v.date) then return true end
    end
  end
  return false
end

local function summarize(section, m)
  local unit = m.band == "months of SI" and "months of SI" or nil
  local key = m.id .. (unit and (" " .. unit) or "")
  local s = sums[key]
  if not s then
    s = { section = section, metric = m.id, what = m.what, n = 0, sum = 0, yes = 0, meets = 0,
      unit = unit, numeric = type(m.value) == "number" }
    sums[key] = s
    sum_order[#sum_order + 1] = key
  end
  s.n = s.n + 1
  if type(m.value) == "number" then s.sum = s.sum + m.value else s.numeric = false end
  if m.value == "yes" then s.yes = s.yes + 1 end
  if type(m.band) == "string" and m.band:match("^meets") then s.meets = s.meets + 1 end
end

for c in db:cases{} do
  local wanted = c.agency == "wi-dvr" or c.agency == "ny-pros" or c.agency == "tx-wioa"
  if wanted and active(c) then
    cases = cases + 1
    for _, m in ipairs(db:measures(c.id, to)) do
      local section = m.id and section_of(m.id)
      if m.status == "error" then
        rows[#rows + 1] = { section = section or "errors", agency = c.agency, case = c.id,
          plan = m.plan or "", metric = m.id or "", what = m.what or "", value = "",
          band = "error", text = m.message or "" }
      elseif section then
        -- a whole number stays one in CSV and JSON (1, not 1.0)
        local value = math.type(m.value) == "float" and math.tointeger(m.value) or m.value
        rows[#rows + 1] = { section = section, agency = c.agency, case = c.id, plan = m.plan,
          metric = m.id, what = m.what, value = value, band = m.band or "", text = m.text }
        summarize(section, m)
      end
    end
    if c.agency == "wi-dvr" then
      -- db:deadlines gives the version in effect's clocks and, beside
      -- them, a newer draft's: a clock both give (same plan, deadline, due
      -- date and start) is one clock, counted once, as the version in
      -- effect (given first) has it.
      local counted = {}
      for _, d in ipairs(db:deadlines(c.id, to)) do
        local key = table.concat({ d.plan or "", d.id or "", d.due or "", d.from or "" }, "\0")
        if d.status ~= "error" and (d.id or ""):match("^wi%.deadline%.") and in_period(d.due)
            and not counted[key] then
          counted[key] = true
          local k = clocks[d.id]
          if not k then
            k = { due = 0, on_time = 0, late = 0, overdue = 0, open = 0 }
            clocks[d.id] = k
            clock_order[#clock_order + 1] = d.id
          end
          k.due = k.due + 1
          -- met: on time; missed: met, after it was due
          if d.status == "met" then k.on_time = k.on_time + 1
          elseif d.status == "missed" then k.late = k.late + 1
          elseif d.status == "overdue" then k.overdue = k.overdue + 1
          else k.open = k.open + 1 end
        end
      end
    end
  end
end

local function round(x, places)
  local m = 10 ^ (places or 0)
  local r = math.floor(x * m + 0.5) / m
  return r == math.floor(r) and math.tointeger(r) or r
end

-- the summary rows, after the case rows of their section
for _, key in ipairs(sum_order) do
  local s = sums[key]
  local value, text
  if s.numeric then
    local mean = s.sum / s.n
    if s.metric == "wi.quality.wage" then
      value = round(mean / 100, 2)
      text = ("mean %s an hour over %d case(s)"):format(vr.money.format(round(mean)), s.n)
    elseif s.metric == "tx.qa-share" then
      value = round(mean * 100, 1)
      text = ("mean %s %% over %d case(s); %d meet the threshold"):format(value, s.n, s.meets)
    else
      value = round(mean, 1)
      text = ("mean %s%s over %d case(s)"):format(value, s.unit and (" " .. s.unit) or "", s.n)
    end
  elseif s.yes > 0 or s.metric:match("benefits$") or s.metric:match("temporary$")
      or s.metric:match("working") then
    value = round(100 * s.yes / s.n, 1)
    text = ("%d of %d case(s) yes (%s %%)"):format(s.yes, s.n, value)
  end
  -- (text measures, such as the employer, have no summary)
  if value ~= nil then
    rows[#rows + 1] = { section = s.section, agency = "", case = "all", plan = "",
      metric = s.metric, what = s.what, value = value, band = s.unit or "", text = text,
      summary = 1 }
  end
end
for _, id in ipairs(clock_order) do
  local k = clocks[id]
  rows[#rows + 1] = { section = "WI timeliness", agency = "wi-dvr", case = "all", plan = "",
    metric = id, what = "share of these deadlines met on time", value = round(100 * k.on_time / k.due, 1), band = "% on time",
    text = ("%d due in the period: %d met on time, %d met late, %d overdue, %d open"):format(k.due,
      k.on_time, k.late, k.overdue, k.open), summary = 2 }
end

for _, r in ipairs(rows) do r.order = ORDER[r.section] or #SECTIONS + 1 end
report.sort(rows, { "order", "summary", "metric", "case" })
for _, r in ipairs(rows) do r.order, r.summary = nil, nil end

local sections = { table.unpack(SECTIONS) }
sections[#sections + 1] = "errors"
report.emit(opts, {
  title = ("Quality measures from %s to %s (measures as of %s): %d case(s)"):format(from, to, to,
    cases),
  columns = {
    { key = "section" }, { key = "agency" }, { key = "case" }, { key = "plan" },
    { key = "metric" }, { key = "what" }, { key = "value" }, { key = "band" }, { key = "text" },
  },
  sections = sections,
  section_columns = setmetatable({}, { __index = function()
    return { { key = "case" }, { key = "metric" }, { key = "value", max = 24 },
      { key = "band", max = 24 }, { key = "text" } }
  end }),
  rows = rows,
  empty = ("No Wisconsin, New York or Texas case was active from %s to %s."):format(from, to),
  meta = { from = from, to = to, as_of = to, cases = cases },
})
