---@meta
-- api.lua: type annotations of the `vr` API that staff scripts see
-- (`vrtool run SCRIPT.lua`, `vrtool shell`), for an editor with the Lua
-- language server (LuaLS): point its workspace library at lua/vr/ (or
-- PREFIX/share/vrtool/lua/vr/) and it completes vr.open(), the db methods
-- and the fields of the tables they return. This file is never executed;
-- the API itself is src/cli/cmd_run.c, documented in docs/scripting.md.
-- The pure-Lua library (vr.date, vr.money, vr.case, vr.blank) is annotated
-- in its own files.

---@class vr
---@field date vr.date calendar arithmetic on ISO dates (lua/vr/date.lua)
---@field money vr.money amounts in whole cents (lua/vr/money.lua)
---@field case vr.case reading a case's events (lua/vr/case.lua)
vr = {}

---Opens a vrtool database. Without a path: --db, else $VRTOOL_DB, else
---./vrtool.db. Returns nil and a message when it cannot be opened, so write
---`local db = assert(vr.open())`. The database closes when the object is
---collected, with `db:close()`, or at the end of a `local db <close>` block.
---@param path? string
---@return vr.Db|nil db
---@return string|nil err
function vr.open(path) end

---Rows as CSV text: a header line of the column names, then one line per
---row (RFC 4180 quoting, CRLF line ends). A missing field is an empty cell.
---@param rows table[] a list of records
---@param columns string[] the field names, in order
---@return string
function vr.csv(rows, columns) end

---A value as JSON text. Tables are lists ({ a, b }) or records
---({ k = v }), never a mix; functions and userdata are refused (an error).
---With indent, pretty-printed with that many spaces; keys are sorted.
---@param value any
---@param indent? integer
---@return string
function vr.json(value, indent) end

---The as-of date of the run, "YYYY-MM-DD": --as-of, else today.
---@return string
function vr.today() end

---Text made safe for a terminal: control characters (a newline, an escape
---sequence, DEL, C1 controls, bidirectional overrides) shown escaped, as
---`vrtool` prints a plugin's or a case's text; report.lua's text columns
---use it. Not for CSV or JSON, which escape on their own.
---@param s string
---@return string
function vr.term(s) end

---The run's own options: `json` is true when vrtool was given --json
---(vrtool takes it for itself; report.lua reads it here), `as_of` the
---run's date.
---@type { json: boolean, as_of: string }
vr.options = {}

---Is s missing, or only white space?
---@param s any
---@return boolean
function vr.blank(s) end

-- the database

---A vrtool database opened by vr.open().
---@class vr.Db
local Db = {}

---Filters of db:cases and db:plans; every field is optional.
---@class vr.CaseFilter
---@field agency? string only cases of this agency (plugin id: "mo-vr")
---@field staff? string only cases with this staff member (case.staff[].id)
---@field status? string only cases with a plan version in this status ("draft", "awaiting signatures", "in effect", "superseded", "closed")
---@field kind? string only cases with a plan of this kind ("IPE")
---@field since? string only cases with a plan dated on or after this date
---@field until? string only cases with a plan dated on or before this date (kind, since, until and status apply to the same plan)

---Cases in id order, one at a time (lazy: one query per step, nothing held
---between steps).
---  for c in db:cases{ agency = "mo-vr" } do print(c.id) end
---@param filter? vr.CaseFilter
---@return fun(): vr.CaseRecord|nil
function Db:cases(filter) end

---The plans of the cases db:cases(filter) gives, one at a time; each has
---.case_record, the case table it belongs to. (A plan table therefore
---contains itself through case_record.plans: vr.json() refuses it; pass
---plan.plan or pick fields.)
---@param filter? vr.CaseFilter
---@return fun(): vr.PlanRecord|nil
function Db:plans(filter) end

---One case, or nil and a message when there is no such case.
---@param id string
---@return vr.CaseRecord|nil
---@return string|nil err
function Db:case(id) end

---The plugin's findings on the newest version of each plan of the case, as
---of a date (default vr.today()). Each names the version it is about
---(version, plan_status) and its class: "content" (what the version says;
---an error blocks signing it) or "conduct" (how and when the agency acted;
---never blocks a signature). A rule or plugin that fails gives a finding
---with severity "error" and the message.
---@param case_id string
---@param as_of? string
---@return vr.Finding[]
function Db:check(case_id, as_of) end

---The plugin's deadlines of each plan of the case, as of a date. Clocks
---follow the plan in effect: they are computed on the version in effect
---and, beside it, on a newer version not yet in effect (a draft amendment);
---each record names its version and that version's status, so a draft
---never hides the clocks of the plan in effect (`vrtool deadlines` shows
---the same records: "v1 in effect", "v2 draft").
---@param case_id string
---@param as_of? string
---@return vr.Deadline[]
function Db:deadlines(case_id, as_of) end

---The fees the plugin says were earned on the case, as of a date.
---@param case_id string
---@param as_of? string
---@return vr.Fee[]
function Db:fees(case_id, as_of) end

---The plugin's measures of the case (quality, fidelity, QA), as of a date.
---@param case_id string
---@param as_of? string
---@return vr.Measure[]
function Db:measures(case_id, as_of) end

---Writes a plan version (default: the newest) as its XML document to path
---(mode 0600) and records an "export" audit entry. Returns the path.
---@param plan_id string
---@param path string
---@param version? integer
---@return string path
function Db:export(plan_id, path, version) end

---@class vr.RenderOptions
---@field out string the file to write (required)
---@field format? "html"|"pdf" default "html"
---@field lang? "en"|"es" default: the person's language when supported, else en
---@field large_print? boolean
---@field version? integer default: the newest version

---Prints a plan (runs `vrtool render` in a child process) and records a
---"render" audit entry. Not allowed inside db:begin() (an error). Returns
---the path; raises an error when rendering fails.
---@param plan_id string
---@param opts vr.RenderOptions
---@return string path
function Db:render(plan_id, opts) end

---@class vr.AuditFilter
---@field case? string only entries whose object mentions this case id

---The audit trail, oldest first.
---@param filter? vr.AuditFilter
---@return vr.AuditEntry[]
function Db:audit(filter) end

---@class vr.VerifyOptions
---@field key? string a public key file (`vrtool key export`): check the seals with it, not the keys the database trusts

---@class vr.VerifyCheck
---@field what string what was checked ("plan P version 1 digest 0486f3445fd9", "signature 1 (client, NAME) on plan P version 1")
---@field ok boolean whether it holds
---@field why? string why not (only when ok is false)

---@class vr.VerifyPlan
---@field id string the plan id the document holds
---@field version integer
---@field digest string the plan's digest as recomputed (64 hex digits)

---@class vr.VerifyReport
---@field ok boolean no check failed
---@field verified integer the checks that passed
---@field failed integer the checks that failed
---@field checks vr.VerifyCheck[] in the order `vrtool verify` prints them
---@field plan? vr.VerifyPlan for a document only

---Checks a stored plan, or an exported document (a path ending in .xml),
---as `vrtool verify` does: every version's digest and stored value, every
---signature's record and seal, every withdrawal's. A failed check is in the
---report; a plan not found or a file that cannot be read is an error.
---@param target string a plan id, or the path of an exported .xml document
---@param opts? vr.VerifyOptions
---@return vr.VerifyReport
function Db:verify(target, opts) end

---Opens a transaction: the writes until db:commit() or db:rollback() are
---kept or dropped together. A write outside one is its own transaction. A
---transaction still open at the end of the script is rolled back, with a
---message on stderr.
function Db:begin() end

---Keeps the writes since db:begin(). An error when no transaction is open.
function Db:commit() end

---Drops the writes since db:begin() (nothing when none is open).
function Db:rollback() end

---@class vr.ImportResult
---@field case string the case id
---@field plans_new integer plans or versions added
---@field plans_same integer plans already stored unchanged

---Imports a case file (.lua) or an exported document (.xml), as
---`vrtool import` does; inside db:begin() it is part of the transaction.
---An invalid file is an error (the problems are printed on stderr).
---@param path string
---@return vr.ImportResult
function Db:import(path) end

---Closes the database (an open transaction is rolled back).
function Db:close() end

-- what the methods return

---A case as db:cases, db:case and plan.case_record give it.
---@class vr.CaseRecord
---@field id string the case id
---@field agency string the plugin id ("mo-vr", "tx-wioa", "ny-pros", "wi-dvr")
---@field program string case.program, or ""
---@field status string case.status ("open", "closed", ...), or ""
---@field person vr.Person
---@field case vr.Case the case's fields (without its plans)
---@field plans vr.PlanRecord[] the plans, each with its newest version's content

---A plan and the state of its versions.
---@class vr.PlanRecord
---@field id string
---@field kind string "IPE", "IEP", "EP", ...
---@field case string the case id
---@field agency string
---@field in_effect integer the version in effect, 0 when none is
---@field newest integer the newest version
---@field date string the newest version's date
---@field status string the newest version's status: "draft", "awaiting signatures", "in effect", "superseded", "closed"
---@field to_sign string who must still sign the newest version, e.g. "client or representative, counselor, supervisor" ("" when no one)
---@field versions vr.VersionInfo[] every version, oldest first
---@field plan vr.Plan the newest version's content
---@field case_record? vr.CaseRecord the case (plans from db:plans only)

---@class vr.VersionInfo
---@field version integer
---@field date string
---@field digest string the SHA-256 of the version's document, what signatures sign
---@field status string "draft", "awaiting signatures", "in effect", "superseded", "closed"
---@field signatures integer how many signatures count toward it (on its digest, not withdrawn)
---@field amendment boolean true when an earlier version took effect; until then every version is the initial plan (the initial plan's signers and approvals)
---@field effective? string the day it took effect (its last required signature or approval), "YYYY-MM-DD"; missing when it never did

---A finding of db:check.
---@class vr.Finding
---@field rule string the rule id, e.g. "mo.520.1.item-5000-review" ("plugin" when the plugin failed)
---@field severity "error"|"warning"|"info"
---@field class? "content"|"conduct" content: what the version says (an error blocks signing it); conduct: how and when the agency acted (a clock, a contact, a purchase; shown at signing, never blocks it). Missing when the plugin failed
---@field version? integer the plan version the finding is about (missing when the plugin failed)
---@field plan_status? string that version's status: "draft", "awaiting signatures", "in effect", ...
---@field message string
---@field path? string where, e.g. "plan.services[3].planned_end"
---@field cite? string the policy section
---@field plan? string the plan id
---@field case string the case id
---@field plugin? string the plugin id (missing when the plugin could not run)

---A deadline instance of db:deadlines.
---@class vr.Deadline
---@field id string e.g. "mo.ipe-90-days", "wi.deadline.job-hire-report-5-days"
---@field what string
---@field cite string
---@field due string a date, or a date-time for clocks in hours
---@field from string what started the clock, e.g. "eligibility on 2026-02-02"
---@field met? string when it was met
---@field status "open"|"met"|"missed"|"overdue"|"error" open: not met, not yet due; met: met by the due date; missed: met, after the due date; overdue: not met and past due
---@field message? string when status is "error"
---@field version? integer the plan version the clock runs on: the version in effect, or a newer one not yet in effect beside it (missing when status is "error")
---@field plan_status? string that version's status: "in effect", "draft", "awaiting signatures", "closed", ...
---@field plan string
---@field case string
---@field plugin string

---A fee of db:fees.
---@class vr.Fee
---@field id string e.g. "wi.fee.career-profile"
---@field what string
---@field cite string
---@field date string the day it was earned
---@field amount integer cents
---@field basis string why it was earned (reports, dates, tiers)
---@field status "earned"|"error"
---@field message? string when status is "error"
---@field version? integer the plan version it was computed on (the newest; missing when status is "error")
---@field plan_status? string that version's status
---@field plan string
---@field case string
---@field plugin string

---A measure of db:measures.
---@class vr.Measure
---@field id string e.g. "tx.qa-share", "ny.c14.fidelity.total", "wi.quality.wage"
---@field what string
---@field cite string
---@field value number|string
---@field text string the value in words
---@field band? string e.g. "good", "meets 90 %"
---@field status "ok"|"error"
---@field message? string when status is "error"
---@field version? integer the plan version it was computed on (the newest; missing when status is "error")
---@field plan_status? string that version's status
---@field plan string
---@field case string
---@field plugin string

---@class vr.AuditEntry
---@field seq integer
---@field at string date-time
---@field actor string
---@field action string "import", "sign", "amend", "export", "render", ...
---@field object string e.g. "case:MO-2026-0001", "plan:MO-2026-0001-IPE@1"
---@field detail string

-- the case and plan fields (docs/model.md)

---@class vr.Person
---@field id string
---@field name { given: string, family: string }
---@field birth_date? string
---@field language? string
---@field communication? string[]
---@field representative? { name: string, relation?: string }
---@field ssa_beneficiary? boolean
---@field student? boolean
---@field special_education? boolean
---@field most_significant_disability? boolean
---@field ext? table

---@class vr.Case
---@field id string
---@field agency string
---@field program? string
---@field status? string
---@field staff? vr.Staff[]
---@field events? vr.Event[]
---@field employment? vr.Job[]
---@field notes? vr.Note[]
---@field ext? table

---@class vr.Staff
---@field id string
---@field name string
---@field role string
---@field title? string
---@field fte? number
---@field caseload? integer open cases carried across the agency, as recorded
---@field ext? table

---@class vr.Event
---@field kind string referral, application, eligibility, plan_extension, ips_entry, authorization, first_contact, employer_contact, job_offer, job_start, job_end, lts_transition, ticket_assigned, ticket_reassigned, discharge, closure, contact, report, review, payment, enrollment, readmission, supervisor_review, copy_provided, fidelity_review
---@field id? string
---@field date? string
---@field at? string date-time with offset
---@field agreed_date? string
---@field service? string
---@field amount_cents? integer
---@field authorization? string
---@field staff? string
---@field provider? string
---@field minutes? integer
---@field modality? string
---@field hours_week? number
---@field reason? string
---@field network? string
---@field job? string
---@field form? string
---@field purpose? string
---@field component? string
---@field to? string
---@field language? string
---@field format? string
---@field note? string
---@field ext? table

---@class vr.Job
---@field id? string
---@field employer string
---@field title? string
---@field soc? string
---@field wage_cents_hour? integer
---@field hours_week? number
---@field benefits? string[]
---@field start? string
---@field end_date? string the last day on the job (formerly `end`)
---@field open_to_public? boolean
---@field integrated? boolean
---@field ext? table

---@class vr.Note
---@field date string
---@field author? string
---@field kind? string
---@field text string
---@field tags? string[]
---@field ext? table

---@class vr.Plan
---@field id string
---@field kind string
---@field version integer
---@field date string
---@field supersedes? string
---@field amendment_reason? string
---@field goal? { occupation?: string, soc?: string, career_cluster?: string, own_words?: string, setting?: string, hours_week?: number, wage_cents_hour?: integer, target_date?: string, ext?: table }
---@field objectives? vr.Objective[]
---@field services? vr.Service[]
---@field responsibilities? { party: string, text: string, initialed?: boolean }[]
---@field progress_criteria? string
---@field supported_employment? { extended_services?: string, provider?: string }
---@field post_employment? string
---@field education_goal? string
---@field ticket_to_work? { assigned?: boolean, network?: string }
---@field informed_choice? { supported?: boolean, reason?: string, alternatives?: string, appeal_info_given?: boolean }
---@field review? { last?: string, next?: string }
---@field school_iep? { consistent?: boolean, confirmed?: string } a student's plan checked against the school IEP
---@field ext? table

---@class vr.Objective
---@field id string
---@field title string
---@field outcome? string
---@field measure? string
---@field start? string
---@field target? string
---@field status? string
---@field ext? table

---@class vr.Service
---@field id string
---@field objective? string
---@field description string
---@field category? string
---@field provider? string
---@field procurement? string
---@field responsible? string
---@field start? string
---@field planned_end? string
---@field actual_end? string
---@field cost_cents? integer
---@field item_cost_cents? integer
---@field funding? string
---@field comparable_benefits? string
---@field modality? "individual"|"group"
---@field authorization? string
---@field ext? table

-- a script's arguments

---The script's arguments: arg[0] the script, arg[1..] what follows it
---(vrtool's own options, such as --db and --as-of, are taken out; put the
---script's flags after `--`).
---@type table<integer, string>
arg = {}
