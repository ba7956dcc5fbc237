-- supervisor.lua: a supervisor's list, as of vr.today(): plans waiting for
-- an approval, purchases of $5,000 or more not yet reviewed, and staff whose
-- open caseload is over 20.
--
-- Usage:
--   vrtool run lua/scripts/supervisor.lua [AGENCY] [--as-of DATE] [--csv | --json]
--
-- AGENCY (mo-vr, tx-wioa, ny-pros, wi-dvr) limits the list to one agency's
-- cases. --csv and --json follow the script's arguments.
--
-- Sections and what each reads:
--   awaiting approval  plans whose newest version is a draft or awaiting
--                      signatures and whose plan.to_sign names an approval
--                      role (APPROVAL_ROLES below: the plugins' `approvals`;
--                      the API's to_sign does not say which roles approve,
--                      so the list is kept here). Missouri needs the district
--                      supervisor on an initial IPE (not on amendments, nor
--                      when a Counselor IV or Assistant Supervisor wrote it).
--                      A version is an amendment only when an earlier one
--                      took effect (plan.versions[].amendment): a second
--                      draft of an IPE that was never approved is still the
--                      initial plan and still waits for the supervisor (its
--                      item says so); an amendment of a plan in effect does
--                      not (the version in effect stays in effect meanwhile).
--   purchase review    mo-vr findings "mo.520.1.item-5000-review" (an item
--                      of $5,000 or more without the district supervisor's
--                      review before purchase, or reviewed late or by someone
--                      not qualified), and for every agency, services with
--                      item_cost_cents >= 500000 that no supervisor_review
--                      event names (event.service = the service's id); one
--                      row per plan and service, with the version the
--                      finding is about and its status (v1 in effect, v2
--                      draft).
--   caseload over 20   open cases (case status not "closed") per staff
--                      member, from case.staff of every case; approval roles
--                      are not counted (a supervisor's cases are the team's).
--                      Shown when over CASELOAD_LIMIT (20).
--
-- Example (as in tests/e2e/scripts.sh: the sample cases with MO-2026-0001
-- signed by client and counselor and a second draft of MO-2026-0002, a
-- copy of it buying a $6,500 tablet, tests/fixtures/bad-rules/mo-violations.lua,
-- a Texas $5,000 item, and 21 open cases of one Counselor IV):
--   $ vrtool run lua/scripts/supervisor.lua --as-of 2026-11-23
--   Supervisor's list, as of 2026-11-23: 8 item(s)
--
--   awaiting approval (4)
--     CASE          PLAN              VERSION  STATUS               APPROVAL    ITEM
--     MO-2026-0001  MO-2026-0001-IPE  v1       awaiting signatures  supervisor  still to sign: supervisor
--     MO-2026-0002  MO-2026-0002-IPE  v2       draft                supervisor  still to sign: client or representative, counselor, supervisor (still the initial plan: no earlier version took effect)
--     MO-2026-0202  MO-2026-0202-IPE  v1       draft                supervisor  still to sign: client or representative, counselor, supervisor
--     MO-2026-0902  MO-2026-0902-IPE  v1       draft                supervisor  still to sign: client or representative, counselor, supervisor
--
--   purchase review (3)
--     CASE          PLAN              VERSION  STATUS  SERVICE     AMOUNT  ITEM
--     MO-2026-0202  MO-2026-0202-IPE  v1       draft   S3       $6,500.00  service 'Assistive technology: tablet with a picture-based task prompting app' buys an item of $6,500.00 ($5,000.00 or more): ...
--     MO-2026-0902  MO-2026-0902-IPE  v1       draft   S1       $5,500.00  service 'Assistive technology: screen reader' buys an item of $5,500.00 ($5,000.00 or more): ...
--     TX-2026-0301  TX-2026-0301-IEP  v1       draft   A1       $5,000.00  service 'Welding tools and gear' buys an item of $5,000.00: no supervisor_review event names service A1
--
--   caseload over 20 (1)
--     STAFF    NAME          ROLE       OPEN CASES  LIMIT
--     S-MO-99  Pat Overload  counselor          21     20
--
-- --csv columns: section, case, plan, version, status, approval, service,
-- amount_cents, amount, staff, name, role, open_cases, limit, item, rule.
-- --json: { as_of, agency, count, rows = [ { same fields } ] }.

local report do
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
  local f = io.open(dir .. "lib/report.lua")
  if f then f:close(); report = dofile(dir .. "lib/report.lua")
  else report = require("scripts.lib.report") end
end

local USAGE = "supervisor.lua [AGENCY] [--as-of DATE] [--csv | --json]"
local opts, args = report.options(arg, { usage = USAGE, max = 1 })
local agency = args[1]
local today = vr.today()

-- Roles that approve rather than agree (the `approvals` of the plugins'
-- kinds: mo-vr's "supervisor"; the others ask for none today).
local APPROVAL_ROLES = { supervisor = true, district_supervisor = true, manager = true,
  approver = true }
local REVIEW_THRESHOLD_CENTS = 500000   -- $5,000 (MO CSG 520.1)
local CASELOAD_LIMIT = 20

local SECTIONS = { "awaiting approval", "purchase review", "caseload over 20" }
local ORDER = {}
for i, s in ipairs(SECTIONS) do ORDER[s] = i end

local db = assert(vr.open())
local rows = {}
local function add(section, r)
  r.section, r.order = section, ORDER[section]
  rows[#rows + 1] = r
end

local load = {}      -- staff id -> { name, roles = set, n }

for c in db:cases{ agency = agency } do
  local open = c.status ~= "closed"

  -- approvals still to give
  for _, p in ipairs(c.plans) do
    if p.status == "draft" or p.status == "awaiting signatures" then
      local approvals = {}
      for _, alt in ipairs(report.to_sign_roles(p.to_sign)) do
        for _, role in ipairs(alt) do
          if APPROVAL_ROLES[role] then approvals[#approvals + 1] = role end
        end
      end
      if #approvals > 0 then
        -- a later draft of a plan that never took effect is still the
        -- initial plan (versions[].amendment is false): say why it needs
        -- the initial plan's approval
        local newest = p.versions[#p.versions] or {}
        local initial = p.newest > 1 and newest.amendment == false
        add("awaiting approval", { case = c.id, plan = p.id, version = ("v%d"):format(p.newest),
          status = p.status, approval = table.concat(approvals, ", "),
          item = "still to sign: " .. p.to_sign
            .. (initial and " (still the initial plan: no earlier version took effect)" or ""),
          rule = "" })
      end
    end
  end

  -- purchases of $5,000 or more: the plugin's findings first
  local seen = {}
  if open then
    local findings = c.agency == "mo-vr" and db:check(c.id, today) or {}
    for _, f in ipairs(findings) do
      if f.rule == "mo.520.1.item-5000-review" then
        local p = report.plan_of(c, f.plan)
        local services = p and p.plan and p.plan.services or {}
        local s
        local si = tonumber((f.path or ""):match("^plan%.services%[(%d+)%]"))
        local ei = tonumber((f.path or ""):match("^case%.events%[(%d+)%]"))
        if si then s = services[si]
        elseif ei and c.case.events and c.case.events[ei] then
          for _, x in ipairs(services) do
            if x.id == c.case.events[ei].service then s = x end
          end
        end
        local key = f.plan .. "/" .. (s and s.id or f.message)
        if not seen[key] then
          seen[key] = true
          add("purchase review", { case = c.id, plan = f.plan,
            version = f.version and ("v%d"):format(f.version) or "", status = f.plan_status or "",
            service = s and s.id or "",
            amount_cents = s and s.item_cost_cents,
            amount = s and s.item_cost_cents and vr.money.format(s.item_cost_cents) or "",
            item = f.message, rule = f.rule })
        end
      end
    end
    -- then any service of any agency the findings did not cover
    local reviewed = {}
    for _, e in ipairs(c.case.events or {}) do
      if e.kind == "supervisor_review" and e.service then reviewed[e.service] = true end
    end
    for _, p in ipairs(c.plans) do
      for _, s in ipairs(p.plan and p.plan.services or {}) do
        if s.item_cost_cents and s.item_cost_cents >= REVIEW_THRESHOLD_CENTS
            and not reviewed[s.id] and not seen[p.id .. "/" .. s.id] then
          seen[p.id .. "/" .. s.id] = true
          add("purchase review", { case = c.id, plan = p.id,
            version = ("v%d"):format(p.newest), status = p.status, service = s.id,
            amount_cents = s.item_cost_cents, amount = vr.money.format(s.item_cost_cents),
            item = ("service '%s' buys an item of %s: no supervisor_review event names "
              .. "service %s"):format(s.description or s.id, vr.money.format(s.item_cost_cents),
              s.id), rule = "" })
        end
      end
    end
  end

  -- caseloads: each staff member once per open case
  if open then
    local counted = {}
    for _, m in ipairs(c.case.staff or {}) do
      if m.id and not APPROVAL_ROLES[m.role or ""] and not counted[m.id] then
        counted[m.id] = true
        local l = load[m.id] or { name = m.name, roles = {}, n = 0 }
        l.n = l.n + 1
        l.roles[m.role or "?"] = true
        load[m.id] = l
      end
    end
  end
end

for id, l in pairs(load) do
  if l.n > CASELOAD_LIMIT then
    local roles = {}
    for r in pairs(l.roles) do roles[#roles + 1] = r end
    table.sort(roles)
    add("caseload over 20", { staff = id, name = l.name or "", role = table.concat(roles, ", "),
      open_cases = l.n, limit = CASELOAD_LIMIT,
      item = ("%d open cases, %d over the limit of %d"):format(l.n, l.n - CASELOAD_LIMIT,
        CASELOAD_LIMIT), rule = "" })
  end
end

report.sort(rows, { "order", "case", "plan", "service", "staff" })
for _, r in ipairs(rows) do r.order = nil end

report.emit(opts, {
  title = ("Supervisor's list%s, as of %s: %d item(s)"):format(agency and (" for " .. agency) or "",
    today, #rows),
  columns = {
    { key = "section" }, { key = "case" }, { key = "plan" }, { key = "version" },
    { key = "status" }, { key = "approval" }, { key = "service" }, { key = "amount_cents" },
    { key = "amount" }, { key = "staff" }, { key = "name" }, { key = "role" },
    { key = "open_cases" }, { key = "limit" }, { key = "item" }, { key = "rule" },
  },
  sections = SECTIONS,
  section_columns = {
    ["awaiting approval"] = { { key = "case" }, { key = "plan" }, { key = "version" },
      { key = "status" }, { key = "approval" }, { key = "item" } },
    ["purchase review"] = { { key = "case" }, { key = "plan" }, { key = "version" },
      { key = "status" }, { key = "service" },
      { key = "amount", right = true }, { key = "item" } },
    ["caseload over 20"] = { { key = "staff" }, { key = "name" }, { key = "role" },
      { key = "open_cases", title = "OPEN CASES", right = true },
      { key = "limit", right = true } },
  },
  rows = rows,
  empty = ("Nothing waits for a supervisor as of %s."):format(today),
  meta = { as_of = today, agency = agency, count = #rows },
})
