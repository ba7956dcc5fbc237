-- export-all.lua: every plan in effect, as its XML document (the record,
-- validated against the schema) and its printed form (HTML, or PDF with
-- --pdf), into one folder: for a records transfer, an audit, or a backup
-- people can read.
--
-- Usage:
--   vrtool run lua/scripts/export-all.lua FOLDER [AGENCY] [--as-of DATE] [--pdf] [--csv | --json]
--
-- FOLDER is made when missing. AGENCY (mo-vr, ...) limits it to one
-- agency's cases. For each plan whose version in effect (plan.in_effect) has
-- the status "in effect" (closed cases' plans are left out), it writes the
-- version in effect, not a newer draft beside it (an amendment takes effect
-- only when signed; until then the plan in effect is the older version).
-- A plan whose signatures no longer complete it (one was withdrawn with
-- `vrtool sign --withdraw`) is not in effect and is not exported; in the
-- files of a plan that is, a withdrawn signature is shown as withdrawn.
-- For each plan exported it writes
--   FOLDER/PLAN-vN.xml    db:export(plan, path, N)
--   FOLDER/PLAN-vN.html   db:render(plan, { out = path, version = N })
--                         (.pdf with --pdf; the plan is printed in the
--                         person's language, large print when person.communication asks for it)
-- Each file written is an audit entry (action "export" or "render"), as
-- with `vrtool export` and `vrtool render`. A plan whose render fails is
-- listed with status "failed" and the error; the script goes on, and
-- exits 3 at the end when anything failed.
--
-- Example (the sample cases, MO-2026-0001 and TX-2026-0001 signed, and an
-- amendment of MO-2026-0001 started: its version 1 is exported):
--   $ vrtool run lua/scripts/export-all.lua /tmp/plans --as-of 2026-11-23
--   Exported 2 plan(s) in effect to /tmp/plans (XML and HTML)
--
--   CASE          PLAN              VERSION  XML                                 DOCUMENT                             STATUS  ERROR
--   MO-2026-0001  MO-2026-0001-IPE        1  /tmp/plans/MO-2026-0001-IPE-v1.xml  /tmp/plans/MO-2026-0001-IPE-v1.html  ok
--   TX-2026-0001  TX-2026-0001-IEP        1  /tmp/plans/TX-2026-0001-IEP-v1.xml  /tmp/plans/TX-2026-0001-IEP-v1.html  ok
--
-- --csv columns: case, agency, plan, kind, version, effective (the day the
-- version took effect), xml, document, format, lang, status, error.
-- --json: { folder, format, count, failed, rows = [ { same fields } ] }.

local report do
  local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or ""
  local f = io.open(dir .. "lib/report.lua")
  if f then f:close(); report = dofile(dir .. "lib/report.lua")
  else report = require("scripts.lib.report") end
end

local USAGE = "export-all.lua FOLDER [AGENCY] [--as-of DATE] [--pdf] [--csv | --json]"
local opts, args = report.options(arg, { usage = USAGE, flags = { "pdf" }, min = 1, max = 2,
  missing = "name the folder to write to" })
local folder = args[1]:gsub("/+$", "")
if folder == "" then folder = "/" end
local agency = args[2]
local format = opts.pdf and "pdf" or "html"

-- the folder: made when missing (mkdir -p, the name quoted for the shell)
local function shell_quote(s)
  return "'" .. s:gsub("'", "'\\''") .. "'"
end
if not os.rename(folder, folder) then
  if not os.execute("mkdir -p -- " .. shell_quote(folder)) then
    error(("cannot make the folder %s"):format(folder))
  end
end

-- Large print when the person's modes of communication ask for it.
local function large_print(person)
  for _, m in ipairs(person and person.communication or {}) do
    if tostring(m):lower():find("large print", 1, true) then return true end
  end
  return false
end

local db = assert(vr.open())
local rows, failed = {}, 0

for c in db:cases{ agency = agency } do
  for _, p in ipairs(c.plans) do
    local v   -- the version in effect, found by its number
    for _, x in ipairs(p.versions) do if x.version == p.in_effect then v = x end end
    if v and v.status == "in effect" then
      local base = ("%s/%s-v%d"):format(folder, p.id:gsub("[^%w._-]", "_"), p.in_effect)
      local lang = c.person and c.person.language == "es" and "es" or "en"   -- what render picks
      local row = { case = c.id, agency = c.agency, plan = p.id, kind = p.kind,
        version = p.in_effect, effective = v.effective or "", xml = base .. ".xml", document = base .. "." .. format,
        format = format, lang = lang, status = "ok", error = "" }
      local ok, err = pcall(db.export, db, p.id, row.xml, p.in_effect)
      if ok then
        -- (no lang: render prints in the person's language, as `vrtool render` does)
        ok, err = pcall(db.render, db, p.id, { out = row.document, format = format,
          large_print = large_print(c.person), version = p.in_effect })
      end
      if not ok then
        row.status, row.error = "failed", tostring(err):gsub("^[^:]*:%d+: ", "")
        failed = failed + 1
      end
      rows[#rows + 1] = row
    end
  end
end

report.emit(opts, {
  title = ("Exported %d plan(s) in effect to %s (XML and %s)%s"):format(#rows - failed, folder,
    format:upper(), failed > 0 and (", %d failed"):format(failed) or ""),
  columns = {
    { key = "case" }, { key = "agency" }, { key = "plan" }, { key = "kind" }, { key = "version" },
    { key = "effective" }, { key = "xml" }, { key = "document" }, { key = "format" }, { key = "lang" },
    { key = "status" }, { key = "error" },
  },
  text_columns = {
    { key = "case" }, { key = "plan" }, { key = "version", right = true }, { key = "xml" },
    { key = "document" }, { key = "status" }, { key = "error" },
  },
  rows = rows,
  empty = "No plan is in effect: nothing was exported.",
  meta = { folder = folder, format = format, count = #rows - failed, failed = failed },
})
if failed > 0 then os.exit(3, true) end
