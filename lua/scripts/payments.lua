-- payments.lua: Wisconsin DVR provider payments earned in one month, with
-- the basis of each and the total, for the provider's invoice or DVR's
-- check of it.
--
-- Usage:
--   vrtool run lua/scripts/payments.lua YYYY-MM [--as-of DATE] [--csv | --json]
--
-- Reads db:fees(case, as_of) of every wi-dvr case (the plugin's fees:
-- wi.fee.career-profile, wi.fee.job-development-plan,
-- wi.fee.job-development-hire, wi.fee.job-task-analysis,
-- wi.fee.systematic-instruction, wi.fee.job-retention, wi.fee.lts-transition)
-- as of vr.today(), so a fee earned in the month but known only later (a
-- report received since) is counted; and keeps the fees whose `date` falls
-- in YYYY-MM. `amount` is in cents. A fee the plugin could not compute is
-- listed with status "error" and no amount, and is not in the total.
-- `version` says which version of the plan the plugin computed the fee on,
-- as `vrtool fees` does ("v1 in effect", or "v2 draft": db:fees reads the
-- newest version of each plan).
--
-- Example (the sample cases, as of 2026-11-23):
--   $ vrtool run lua/scripts/payments.lua 2026-07 --as-of 2026-11-23
--   Wisconsin provider payments earned in 2026-07 (as of 2026-11-23): 2 fee(s), $2,275.00
--
--   DATE        CASE          PERSON            PROVIDER                FEE                                         AMOUNT  BASIS
--   2026-07-27  WI-2026-0001  Robin Exampleton  Lakeshore IPS Services  IPS Job Development and Hire (code 049)  $2,000.00  Northwoods Grocery Co-op, Stock Clerk, started 2026-07-27: $2,000.00 tier ...
--   2026-07-31  WI-2026-0001  Robin Exampleton  Lakeshore IPS Services  Job and Task Analysis (code 079)           $275.00  Job and Task Analysis report DVR-18212-E ...
--
--   total: $2,275.00 (2 fee(s))
--
-- The provider is the one on the authorization the basis names, else the
-- case's IPS provider (its ips_entry event).
-- --csv columns: date, case, person, provider, plan, version, fee, what,
-- amount_cents, amount, status, basis (the rows only; no total line).
-- --json: { month, as_of, count, total_cents, total, rows = [ ... ] }.

local report do
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
  local f = io.open(dir .. "lib/report.lua")
  if f then f:close(); report = dofile(dir .. "lib/report.lua")
  else report = require("scripts.lib.report") end
end

local USAGE = "payments.lua YYYY-MM [--as-of DATE] [--csv | --json]"
local opts, args = report.options(arg, { usage = USAGE, min = 1, max = 1,
  missing = "name the month, e.g. 2026-07" })
local month = args[1]
if not (month:match("^%d%d%d%d%-%d%d$") and report.is_date(month .. "-01")) then
  report.usage(USAGE, ("'%s' is not a month: write YYYY-MM, e.g. 2026-07"):format(month))
end
local first = month .. "-01"
local last = vr.date.last_of_month(first)
local today = vr.today()

local db = assert(vr.open())
local rows, total = {}, 0

-- The provider of a fee: the provider of the authorization its basis
-- names, else the case's IPS provider (the ips_entry event).
local function provider_of(c, basis)
  local auth = basis and basis:match("authorization (%S+)")
  local ips
  for _, e in ipairs(c.case.events or {}) do
    if auth and e.kind == "authorization" and e.id == auth:gsub("[;,]$", "") and e.provider then
      return e.provider
    end
    if e.kind == "ips_entry" and e.provider then ips = ips or e.provider end
  end
  return ips or ""
end

for c in db:cases{ agency = "wi-dvr" } do
  for _, f in ipairs(db:fees(c.id, today)) do
    if f.status == "error" then
      rows[#rows + 1] = { date = "", case = c.id, person = report.person_name(c.person),
        provider = "", plan = f.plan or "", version = report.version_label(f),
        fee = f.id or "", what = f.what or "",
        status = "error", basis = f.message or "" }
    elseif f.date and f.date:sub(1, 10) >= first and f.date:sub(1, 10) <= last then
      total = total + f.amount
      rows[#rows + 1] = { date = f.date, case = c.id, person = report.person_name(c.person),
        provider = provider_of(c, f.basis), plan = f.plan, version = report.version_label(f),
        fee = f.id, what = f.what,
        amount_cents = f.amount, amount = vr.money.format(f.amount), status = f.status,
        basis = f.basis }
    end
  end
end

report.sort(rows, { "date", "case", "fee" })
local earned = 0
for _, r in ipairs(rows) do if r.status ~= "error" then earned = earned + 1 end end

report.emit(opts, {
  title = ("Wisconsin provider payments earned in %s (as of %s): %d fee(s), %s"):format(month,
    today, earned, vr.money.format(total)),
  columns = {
    { key = "date" }, { key = "case" }, { key = "person" }, { key = "provider" }, { key = "plan" },
    { key = "version" }, { key = "fee" }, { key = "what" }, { key = "amount_cents" },
    { key = "amount" }, { key = "status" }, { key = "basis" },
  },
  -- the terminal shows fewer columns; the basis runs on at the end
  rows = rows,
  empty = ("No Wisconsin fees were earned in %s."):format(month),
  footer = #rows > 0 and { "", ("total: %s (%d fee(s))"):format(vr.money.format(total), earned) }
    or nil,
  meta = { month = month, as_of = today, count = earned, total_cents = total,
    total = vr.money.format(total) },
  text_columns = {
    { key = "date" }, { key = "case" }, { key = "person" }, { key = "provider" },
    { key = "what", title = "FEE" },
    { key = "amount", right = true }, { key = "basis" },
  },
})
