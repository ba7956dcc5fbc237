-- caseload.lua: one staff member's morning list, as of vr.today() (the
-- --as-of date, else today): what is due or overdue on the open cases they
-- work on, across agencies.
--
-- Usage:
--   vrtool run lua/scripts/caseload.lua STAFF_ID [--as-of DATE] [--csv | --json]
--
-- STAFF_ID is a case.staff[].id (S-MO-17). --csv and --json follow the
-- script's arguments.
--
-- Deadlines come from db:deadlines, which follows the plan in effect: the
-- clocks of the version in effect and, beside them, those of a newer
-- version not yet in effect (an amendment draft). Every row says which
-- version it is about (VERSION: "v1 in effect", "v2 draft"), so a draft
-- never hides the plan in effect's annual review. A deadline's status is
-- open, met, missed (met after it was due) or overdue: only open and
-- overdue ones are listed; a met or missed clock is history, not news
-- (`vrtool check` reports a missed one, e.g. an IPE that took effect on
-- day 91).
--
-- Sections, in this order, and what each reads (the ids are the plugins'):
--   IPE due            mo-vr deadline "mo.ipe-90-days" (90 days from
--                      eligibility, or the agreed extension date), open or
--                      overdue: it stays so until the initial IPE takes
--                      effect (its last required signature or approval), so
--                      an IPE written but not yet in effect is listed here,
--                      whatever its own date. A case with an eligibility
--                      event and no IPE at all has no such deadline (the
--                      plugin runs on plans): its 90 days are computed here
--                      the way mo-vr does ("no IPE written yet").
--   annual review      mo-vr deadline "mo.annual-review" (a clock of the
--                      version in effect, from the day it took effect or its
--                      last review), open and due within 30 days, or
--                      overdue; also while an amendment draft is open.
--   signatures         plans whose newest version is a draft or awaiting
--                      signatures, with who is still to sign (plan.to_sign)
--                      and, for an amendment, the version that stays in
--                      effect meanwhile. DATED is the version's date.
--   TX past planned end  tx-wioa finding "tx.exp.update-past-planned-end"
--                      (an action past its planned end with no actual end);
--                      tx-wioa deadlines open/overdue too (the plugin has none
--                      today).
--   WI due             wi-dvr deadlines "wi.deadline.*" (first contact,
--                      Career Profile, Job Development Plan and its review,
--                      monthly reports, Job Hire Report, Job and Task
--                      Analysis, deliverable reports, job support reports,
--                      LTS within six months) with status open or overdue.
--   NY ORS short       ny-pros deadline "ny.c14.ors.contacts-this-month"
--                      (two 30-minute employment services a month) not met:
--                      open for the month under way, overdue for last month.
--                      Earlier short months are ny-pros findings
--                      "ny.c14.ors.monthly-contacts" (vrtool check), not news.
--   plugin errors      a deadline or finding the plugin could not compute.
-- Closed cases (case status "closed") are left out.
--
-- Examples (as in tests/e2e/scripts.sh). The sample cases
-- (tests/fixtures/cases/) and three more Missouri cases of S-MO-17: an IPE
-- due 2025-12-09 that took effect on 2025-12-15 (its 90-day clock missed,
-- so not listed; its annual review due), an eligible client with no IPE
-- yet, and a closed case:
--   $ vrtool run lua/scripts/caseload.lua S-MO-17 --as-of 2026-11-23
--   Morning list of S-MO-17 (Jordan Example), as of 2026-11-23: 4 item(s)
--
--   IPE due (2)
--     CASE          PERSON          PLAN              VERSION   DUE         STATUS   ITEM
--     MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 draft  2026-05-03  overdue  IPE developed (90 days from eligibility, or the agreed extension date)
--     MO-2026-0102  Kim Noplanyet                               2026-12-30  open     no IPE written yet
--
--   annual review (1)
--     CASE          PERSON           PLAN              VERSION       DUE         STATUS  ITEM
--     MO-2026-0101  Jesse Reviewdue  MO-2026-0101-IPE  v1 in effect  2026-12-15  open    IPE reviewed with the client (at least annually)
--
--   signatures (1)
--     CASE          PERSON          PLAN              VERSION   DATED       ITEM
--     MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 draft  2026-04-01  still to sign: client or representative, counselor, supervisor
--
-- MO-2026-0001 signed by all three on 2026-04-02, and an amendment started
-- on 2027-04-05: version 1's review stays overdue, beside the draft:
--   $ vrtool run lua/scripts/caseload.lua S-MO-17 --as-of 2027-04-10
--   Morning list of S-MO-17 (Jordan Example), as of 2027-04-10: 2 item(s)
--
--   annual review (1)
--     CASE          PERSON          PLAN              VERSION       DUE         STATUS   ITEM
--     MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 in effect  2027-04-02  overdue  IPE reviewed with the client (at least annually)
--
--   signatures (1)
--     CASE          PERSON          PLAN              VERSION   DATED       ITEM
--     MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v2 draft  2027-04-05  still to sign: client or representative, counselor; v1 stays in effect meanwhile
--
--   $ vrtool run lua/scripts/caseload.lua S-NY-05 --as-of 2026-11-23
--   ...
--   NY ORS short (1)
--     CASE          PERSON         PLAN             VERSION   DUE         STATUS  ITEM
--     NY-2026-0001  Casey Fixture  NY-2026-0001-EP  v1 draft  2026-11-30  open    ORS employment services for 2026-11: fewer than 2 ...
--
-- --csv columns: section, case, person, plan, version, due, status, item,
-- detail, rule. `version` is "v1 in effect", "v2 draft", ... ("" for a
-- case with no plan); `detail` is what started the clock ("eligibility on
-- 2026-02-02", "IPE in effect from 2026-04-02"), a TX finding's service, or
-- a signatures row's version date.
-- --json: { staff, staff_name, as_of, count, rows = [ { same fields } ] }.

local report do
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
  local f = io.open(dir .. "lib/report.lua")
  if f then f:close(); report = dofile(dir .. "lib/report.lua")
  else report = require("scripts.lib.report") end
end

local USAGE = "caseload.lua STAFF_ID [--as-of DATE] [--csv | --json]"
local opts, args = report.options(arg, { usage = USAGE, min = 1, max = 1,
  missing = "name the staff member (a case.staff[].id, e.g. S-MO-17)" })
local staff = args[1]
local today = vr.today()
local review_window = 30   -- days ahead for annual reviews

-- agencies whose IPE is due 90 days after eligibility (34 CFR 361.45(e))
local IPE_CLOCK = { ["mo-vr"] = true }

local SECTIONS = { "IPE due", "annual review", "signatures", "TX past planned end", "WI due",
  "NY ORS short", "plugin errors" }
local ORDER = {}
for i, s in ipairs(SECTIONS) do ORDER[s] = i end

local db = assert(vr.open())
local rows, staff_name = {}, nil

-- version: which version of the plan the row is about ("v1 in effect",
-- "v2 draft"; "" for a case with no plan)
local function add(section, c, plan, version, due, status, item, detail, rule)
  rows[#rows + 1] = { section = section, order = ORDER[section], case = c.id,
    person = report.person_name(c.person), plan = plan or "", version = version or "",
    due = due or "", status = status or "", item = item or "", detail = detail or "",
    rule = rule or "" }
end

-- What is news in the morning: a clock still running or run out. A clock
-- met (on time) or missed (met after it was due, e.g. an IPE that took
-- effect on day 91) is history: `vrtool check` reports a missed one.
local function open_or_overdue(d)
  return d.status == "open" or d.status == "overdue"
end

-- The service a finding's path names (plan.services[3].planned_end).
local function service_at(c, plan_id, path)
  local i = tonumber((path or ""):match("^plan%.services%[(%d+)%]"))
  local p = report.plan_of(c, plan_id)
  return i and p and p.plan and p.plan.services and p.plan.services[i]
end

for c in db:cases{ staff = staff } do
  for _, m in ipairs(c.case.staff or {}) do
    if m.id == staff then staff_name = staff_name or m.name end
  end
  if c.status ~= "closed" then
    -- Deadlines of every plan of the case: the version in effect's and,
    -- beside them, a newer version's not yet in effect (each record names
    -- its version), so an amendment draft never hides the review of the
    -- plan in effect.
    for _, d in ipairs(db:deadlines(c.id, today)) do
      local v = report.version_label(d)
      if d.status == "error" then
        add("plugin errors", c, d.plan, v, "", "error", ("deadline %s: %s"):format(d.id or "?",
          d.message or "?"), "", d.id)
      elseif not open_or_overdue(d) then
        -- met or missed: not news
      elseif d.id == "mo.ipe-90-days" then
        -- open, then overdue, until the initial IPE takes effect (its last
        -- required signature or approval): a written but unsigned IPE is
        -- listed here
        add("IPE due", c, d.plan, v, d.due, d.status, d.what, d.from, d.id)
      elseif d.id == "mo.annual-review" or (d.id or ""):match("annual%-review$") then
        if d.status == "overdue" or d.due:sub(1, 10) <= vr.date.add_days(today, review_window) then
          add("annual review", c, d.plan, v, d.due, d.status, d.what, d.from, d.id)
        end
      elseif d.plugin == "tx-wioa" then
        add("TX past planned end", c, d.plan, v, d.due, d.status, d.what, d.from, d.id)
      elseif d.plugin == "wi-dvr" then
        add("WI due", c, d.plan, v, d.due, d.status, d.what, d.from, d.id)
      elseif d.id == "ny.c14.ors.contacts-this-month" then
        add("NY ORS short", c, d.plan, v, d.due, d.status,
          d.what .. ": fewer than 2 employment services of 30 minutes or more so far",
          d.from, d.id)
      end
    end
    -- No IPE at all yet: plugins compute deadlines on plans, so a case with
    -- an eligibility determination and no IPE has no mo.ipe-90-days. The
    -- clock is computed here the way mo-vr does (90 days from the first
    -- eligibility, moved by a plan_extension agreed before it ran out).
    if IPE_CLOCK[c.agency] then
      local has_ipe = false
      for _, p in ipairs(c.plans) do has_ipe = has_ipe or p.kind == "IPE" end
      local elig = vr.case.first_event(c.case, "eligibility")
      if not has_ipe and elig then
        local due = vr.date.add_days(elig.day, 90)
        local exts = vr.case.events(c.case, "plan_extension")
        table.sort(exts, function(a, b) return a.day < b.day end)
        for _, x in ipairs(exts) do
          if x.e.agreed_date and x.day <= due and x.e.agreed_date > due then due = x.e.agreed_date end
        end
        add("IPE due", c, "", "", due, today > due and "overdue" or "open",
          "no IPE written yet", "eligibility on " .. elig.day, "mo.ipe-90-days")
      end
    end
    -- findings: only Texas's planned-end rule is read here
    if c.agency == "tx-wioa" then
      for _, f in ipairs(db:check(c.id, today)) do
        if f.rule == "tx.exp.update-past-planned-end" then
          local s = service_at(c, f.plan, f.path)
          add("TX past planned end", c, f.plan, report.version_label(f),
            s and s.planned_end or "", "past planned end",
            f.message, s and s.id and ("service " .. s.id) or f.path, f.rule)
        elseif f.severity == "error" and not f.plugin then
          add("plugin errors", c, f.plan, report.version_label(f), "", "error", f.message, "",
            f.rule)
        end
      end
    end
    -- signatures still to collect on the newest version of each plan
    for _, p in ipairs(c.plans) do
      if (p.status == "draft" or p.status == "awaiting signatures") and p.to_sign ~= "" then
        add("signatures", c, p.id, ("v%d %s"):format(p.newest, p.status), "", p.status,
          ("still to sign: %s"):format(p.to_sign)
            .. (p.in_effect > 0 and ("; v%d stays in effect meanwhile"):format(p.in_effect) or ""),
          p.date, "")
      end
    end
  end
end

report.sort(rows, { "order", "due", "case", "plan", "version", "item" })
for _, r in ipairs(rows) do r.order = nil end

local who = staff_name and ("%s (%s)"):format(staff, staff_name) or staff
report.emit(opts, {
  title = ("Morning list of %s, as of %s: %d item(s)"):format(who, today, #rows),
  columns = {
    { key = "section" }, { key = "case" }, { key = "person" }, { key = "plan" },
    { key = "version" }, { key = "due" }, { key = "status" }, { key = "item" },
    { key = "detail" }, { key = "rule" },
  },
  sections = SECTIONS,
  section_columns = setmetatable({
    signatures = { { key = "case" }, { key = "person" }, { key = "plan" }, { key = "version" },
      { key = "detail", title = "DATED" }, { key = "item" } },
  }, { __index = function()
    return { { key = "case" }, { key = "person" }, { key = "plan" }, { key = "version" },
      { key = "due" }, { key = "status" }, { key = "item" } }
  end }),
  rows = rows,
  empty = staff_name and ("Nothing due for %s as of %s."):format(who, today)
    or ("No case names staff member %s."):format(staff),
  meta = { staff = staff, staff_name = staff_name, as_of = today, count = #rows },
})
