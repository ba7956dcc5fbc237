#!/bin/sh
# The staff scripts of lua/scripts/ and the `vr` API they use, through the
# real binary (`vrtool run`, `vrtool shell`) on sample databases: each
# script's terminal, CSV and JSON output, script errors, transactions.
#
# Script flags go after `--` (vrtool refuses --csv and --pdf and keeps
# --json for itself; report.lua also finds a --json vrtool kept).
. tests/e2e/lib.inc

AS=--as-of=2026-11-23
S=$ROOT/lua/scripts
TX=$FIX/cases/tx-career-cluster.lua
WI=$FIX/cases/wi-ips-placement.lua

# The sample cases, named one by one (not cases/*.lua): the checks below
# count rows, and new fixtures would change the counts.
SAMPLE="mo-student-ssa mo-supported-employment ny-pros-working tx-career-cluster wi-ips-placement"

sample() { # a fresh database with one synthetic case per agency (and MO twice)
	run 0 vr init
	set --
	for c in $SAMPLE; do set -- "$@" "$FIX/cases/$c.lua"; done
	run 0 vr import "$@"
}

sign() { # PLAN ROLE NAME
	run 0 vr sign "$1" --role "$2" --name "$3" --identity "photo ID" $AS
}

vr_at() { # TIME ARGS...: vrtool with its clock fixed at TIME (VRTOOL_NOW), to
	# import, amend or sign "in the past"
	( VRTOOL_NOW=$1; export VRTOOL_NOW; shift; vr "$@" )
}

sign_at() { # TIME PLAN ROLE NAME: a signature given at TIME by the person on record
	run 0 vr_at "$1" sign "$2" --role "$3" --name "$4" --identity "photo ID"
}

pycheck() { # PYTHON-CODE: runs with f = the last stdout, fails the test on an error
	python3 -c "
import csv, json, sys
f = open(sys.argv[1], newline='')
$1" "$T/out" || bad "python check failed: $1"
}

# --- caseload.lua ---------------------------------------------------------

# Extra cases for the morning lists: a Missouri IPE written late (due
# 2025-12-09) and signed late, on 2025-12-15 (its 90-day clock missed, not
# news; its annual review due 2026-12-15), a Missouri case with no IPE yet,
# a Texas IEP whose actions ran past their planned end, a Wisconsin case
# missing its October job support report.
caseload_db() {
	sample
	cat >"$T/mo-late.lua" <<'EOF'
return {
  person = { id = "P-MO-0101", name = { given = "Jesse", family = "Reviewdue" } },
  case = { id = "MO-2026-0101", agency = "mo-vr", program = "VR", status = "open",
    staff = { { id = "S-MO-17", name = "Jordan Example", role = "counselor", title = "Counselor III" },
              { id = "S-MO-02", name = "Riley Sample", role = "supervisor", title = "District Supervisor" } },
    events = { { kind = "eligibility", date = "2025-09-10" },
               { kind = "copy_provided", date = "2025-12-16", to = "client", language = "en", format = "print" } },
    notes = { { date = "2025-10-01", author = "S-MO-17", text = "Assessment.", tags = { "assessment" } } } },
  plans = { { id = "MO-2026-0101-IPE", kind = "IPE", date = "2025-12-12",
    goal = { occupation = "Bookkeeper", target_date = "2027-06-30", hours_week = 30 },
    services = { { id = "S1", description = "Bookkeeping course", provider = "Ozark College",
                   procurement = "tuition voucher", start = "2026-01-12" } },
    progress_criteria = "Course passed.",
    responsibilities = { { party = "client", text = "Attend." }, { party = "agency", text = "Pay tuition." } },
    post_employment = "None expected." } },
}
EOF
	run 0 vr_at 2025-12-12T09:00:00Z import "$T/mo-late.lua"
	sign_at 2025-12-15T10:00:00Z MO-2026-0101-IPE client "Jesse Reviewdue"
	sign_at 2025-12-15T10:00:00Z MO-2026-0101-IPE counselor "Jordan Example"
	sign_at 2025-12-15T10:00:00Z MO-2026-0101-IPE supervisor "Riley Sample"
	cat >"$T/mo-noipe.lua" <<'EOF'
return {
  person = { id = "P-MO-0102", name = { given = "Kim", family = "Noplanyet" } },
  case = { id = "MO-2026-0102", agency = "mo-vr", program = "VR", status = "open",
    staff = { { id = "S-MO-17", name = "Jordan Example", role = "counselor", title = "Counselor III" } },
    events = { { kind = "eligibility", date = "2026-10-01" } } },
  plans = {},
}
EOF
	cat >"$T/mo-closed.lua" <<'EOF'
return {
  person = { id = "P-MO-0103", name = { given = "Lee", family = "Closedcase" } },
  case = { id = "MO-2026-0103", agency = "mo-vr", program = "VR", status = "closed",
    staff = { { id = "S-MO-17", name = "Jordan Example", role = "counselor", title = "Counselor III" } },
    events = { { kind = "eligibility", date = "2025-01-10" } } },
  plans = {},
}
EOF
	sed -e 's/TX-2026-0001/TX-2026-0009/g' -e 's/P-TX-0001/P-TX-0009/' \
		-e 's/planned_end = "2026-11-30"/planned_end = "2026-11-20"/' "$TX" >"$T/tx-late.lua"
	sed -e 's/WI-2026-0001/WI-2026-0009/g' -e 's/P-WI-0001/P-WI-0009/' \
		-e '/date = "2026-10-30", authorization = "A-WI-0104"/,+1d' "$WI" >"$T/wi-late.lua"
	run 0 vr import "$T/mo-noipe.lua" "$T/mo-closed.lua" "$T/tx-late.lua" "$T/wi-late.lua"
}

t "caseload.lua: a counselor's morning list (IPEs due, annual review, signatures)"
caseload_db
run 0 vr run "$S/caseload.lua" S-MO-17 $AS
out_has "Morning list of S-MO-17 (Jordan Example), as of 2026-11-23: 4 item(s)"
out_has "IPE due (2)"
# not yet in effect: its 90-day clock runs on (overdue), whatever the draft's date
out_has "MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 draft  2026-05-03  overdue  IPE developed (90 days from eligibility, or the agreed extension date)"
out_has "MO-2026-0102  Kim Noplanyet                               2026-12-30  open     no IPE written yet"
# MO-2026-0101's IPE took effect late: its clock is missed, not morning news
out_lacks "2025-12-09"
out_has "annual review (1)"
out_has "MO-2026-0101  Jesse Reviewdue  MO-2026-0101-IPE  v1 in effect  2026-12-15  open    IPE reviewed with the client (at least annually)"
out_has "signatures (1)"
out_has "MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 draft  2026-04-01  still to sign: client or representative, counselor, supervisor"
out_lacks "MO-2026-0103"
out_lacks "TX-2026"
run 0 vr run "$S/caseload.lua" S-MO-17 $AS --csv
pycheck '
rows = list(csv.DictReader(f))
assert list(rows[0].keys()) == ["section","case","person","plan","version","due","status","item","detail","rule"], rows[0].keys()
got = {(r["section"], r["case"], r["version"], r["due"], r["status"]) for r in rows}
assert got == {
    ("IPE due", "MO-2026-0001", "v1 draft", "2026-05-03", "overdue"),
    ("IPE due", "MO-2026-0102", "", "2026-12-30", "open"),
    ("annual review", "MO-2026-0101", "v1 in effect", "2026-12-15", "open"),
    ("signatures", "MO-2026-0001", "v1 draft", "", "draft"),
}, got
assert all(r["case"] != "MO-2026-0103" for r in rows)
assert [r["section"] for r in rows] == sorted([r["section"] for r in rows], key=["IPE due","annual review","signatures"].index)
'
run 0 vr run "$S/caseload.lua" S-MO-17 $AS --json
json_ok "$T/out"
pycheck '
d = json.load(f)
assert d["staff"] == "S-MO-17" and d["staff_name"] == "Jordan Example" and d["as_of"] == "2026-11-23", d
assert d["count"] == len(d["rows"]) == 4, d["count"]
r = [r for r in d["rows"] if r["section"] == "annual review"][0]
assert r["rule"] == "mo.annual-review" and r["detail"] == "IPE in effect from 2025-12-15", r
r = [r for r in d["rows"] if r["section"] == "IPE due" and r["case"] == "MO-2026-0001"][0]
assert r["rule"] == "mo.ipe-90-days" and r["detail"] == "eligibility on 2026-02-02", r
'
# what the list reads: the IPE signed late has its 90-day clock missed (met
# after it was due); each record names its version and carries no `late`
cat >"$T/dl.lua" <<'EOF'
local db = assert(vr.open())
local out = {}
for _, d in ipairs(db:deadlines(arg[1])) do
  out[#out + 1] = { id = d.id, status = d.status, due = d.due, met = d.met or "",
    version = d.version, plan_status = d.plan_status, late = d.late == nil and "absent" or "present" }
end
print(vr.json(out))
EOF
run 0 vr run "$T/dl.lua" MO-2026-0101 $AS
pycheck '
d = {r["id"]: r for r in json.load(f)}
r = d["mo.ipe-90-days"]
assert (r["status"], r["due"], r["met"], r["version"], r["plan_status"]) == ("missed", "2025-12-09", "2025-12-15", 1, "in effect"), r
assert (d["mo.annual-review"]["status"], d["mo.annual-review"]["due"]) == ("open", "2026-12-15"), d
assert all(x["late"] == "absent" for x in d.values()), d
'

t "caseload.lua: Texas actions past their planned end, Wisconsin reports due, New York ORS short"
caseload_db
run 0 vr run "$S/caseload.lua" S-TX-04 $AS
out_has "TX past planned end (2)"
out_has "TX-2026-0009  Marisol Testcase  TX-2026-0009-IEP  v1 draft  2026-11-20  past planned end"
out_has "was planned to end on 2026-11-20 and has no actual end date"
out_has "signatures (2)"
run 0 vr run "$S/caseload.lua" S-TX-04 $AS -- --csv
pycheck '
rows = list(csv.DictReader(f))
tx = [r for r in rows if r["section"] == "TX past planned end"]
assert len(tx) == 2 and {r["detail"] for r in tx} == {"service A3", "service A5"}, tx
assert {r["case"] for r in tx} == {"TX-2026-0009"}, tx
assert all(r["rule"] == "tx.exp.update-past-planned-end" and r["due"] == "2026-11-20" and r["version"] == "v1 draft" for r in tx)
'
run 0 vr run "$S/caseload.lua" S-WI-21 $AS
out_has "WI due ("
out_has "WI-2026-0009"
out_has "overdue"
run 0 vr run "$S/caseload.lua" S-WI-21 $AS -- --json
json_ok "$T/out"
pycheck '
d = json.load(f)
wi = [r for r in d["rows"] if r["section"] == "WI due"]
assert wi and all(r["case"] == "WI-2026-0009" and r["rule"].startswith("wi.deadline.") and r["version"] == "v1 draft" for r in wi), wi
assert any(r["status"] == "overdue" and r["due"] == "2026-11-06" and "2026-10" in r["item"] for r in wi), wi
assert not [r for r in d["rows"] if r["case"] == "WI-2026-0001" and r["section"] == "WI due"]
'
run 0 vr run "$S/caseload.lua" S-NY-05 $AS
out_has "NY ORS short (1)"
out_has "NY-2026-0001  Casey Fixture  NY-2026-0001-EP  v1 draft  2026-11-30  open    ORS employment services for 2026-11"
run 0 vr run "$S/caseload.lua" S-NY-05 $AS -- --csv
pycheck '
rows = [r for r in csv.DictReader(f) if r["section"] == "NY ORS short"]
assert len(rows) == 1 and rows[0]["rule"] == "ny.c14.ors.contacts-this-month" and rows[0]["detail"] == "month of 2026-11", rows
'
run 0 vr run "$S/caseload.lua" S-NOBODY $AS
out_has "No case names staff member S-NOBODY."
run 2 vr run "$S/caseload.lua" $AS
err_has "name the staff member"
err_has "usage: vrtool run caseload.lua STAFF_ID"

t "caseload.lua: a signed IPE's overdue annual review stays on the morning list after an amendment draft is started"
# MO-2026-0001 imported on 2026-04-01 and signed on 2026-04-02 by the people
# on record: in effect from 2026-04-02, its annual review due 2027-04-02
run 0 vr init
run 0 vr_at 2026-04-01T09:00:00Z import "$FIX/cases/mo-student-ssa.lua"
sign_at 2026-04-02T10:00:00Z MO-2026-0001-IPE client "Avery Testcase"
sign_at 2026-04-02T10:00:00Z MO-2026-0001-IPE counselor "Jordan Example"
sign_at 2026-04-02T10:00:00Z MO-2026-0001-IPE supervisor "Riley Sample"
REV="MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v1 in effect  2027-04-02  overdue  IPE reviewed with the client (at least annually)"
run 0 vr run "$S/caseload.lua" S-MO-17 --as-of 2027-04-10
out_has "annual review (1)"
out_has "$REV"
out_lacks "IPE due"
out_lacks "signatures ("
# an amendment started on 2027-04-05: version 2, a draft; version 1 stays in
# effect, and so does its review, overdue
run 0 vr_at 2027-04-05T09:00:00Z amend MO-2026-0001-IPE --set goal.hours_week=25 \
	--reason "client asked for fewer hours while in school"
run 0 vr run "$S/caseload.lua" S-MO-17 --as-of 2027-04-10
out_has "Morning list of S-MO-17 (Jordan Example), as of 2027-04-10: 2 item(s)"
out_has "annual review (1)"
out_has "$REV"
out_has "signatures (1)"
out_has "MO-2026-0001  Avery Testcase  MO-2026-0001-IPE  v2 draft  2027-04-05  still to sign: client or representative, counselor; v1 stays in effect meanwhile"
out_lacks "IPE due"
run 0 vr run "$S/caseload.lua" S-MO-17 --as-of 2027-04-10 --json
json_ok "$T/out"
pycheck '
d = json.load(f)
rev = [r for r in d["rows"] if r["section"] == "annual review"]
assert len(rev) == 1, rev
r = rev[0]
assert (r["plan"], r["version"], r["due"], r["status"], r["rule"]) == ("MO-2026-0001-IPE", "v1 in effect", "2027-04-02", "overdue", "mo.annual-review"), r
assert r["detail"] == "IPE in effect from 2026-04-02", r
sig = [r for r in d["rows"] if r["section"] == "signatures"]
assert [(r["version"], r["status"], r["detail"]) for r in sig] == [("v2 draft", "draft", "2027-04-05")], sig
'
# the script and `vrtool deadlines --json` read the same clocks: the version
# in effect's, labelled so (deadlines exits 1: one is overdue)
run 1 vr deadlines MO-2026-0001 --as-of 2027-04-10 --json
pycheck '
d = json.load(f)
got = {(r["id"], r["version"], r["plan_status"], r["status"], r["due"]) for r in d["deadlines"]}
assert ("mo.annual-review", 1, "in effect", "overdue", "2027-04-02") in got, got
assert ("mo.ipe-90-days", 1, "in effect", "met", "2026-05-03") in got, got
assert all("late" not in r for r in d["deadlines"]), d
'
cp "$T/out" "$T/cli.json"
cat >"$T/dl.lua" <<'EOF'
local db = assert(vr.open())
local out = {}
for _, d in ipairs(db:deadlines(arg[1])) do
  out[#out + 1] = { id = d.id, version = d.version, plan_status = d.plan_status, status = d.status,
    due = d.due }
end
print(vr.json(out))
EOF
run 0 vr run "$T/dl.lua" MO-2026-0001 --as-of 2027-04-10
python3 -c '
import json, sys
api = sorted((r["id"], r["version"], r["plan_status"], r["status"], r["due"]) for r in json.load(open(sys.argv[1])))
cli = sorted((r["id"], r["version"], r["plan_status"], r["status"], r["due"]) for r in json.load(open(sys.argv[2]))["deadlines"])
assert api == cli, (api, cli)
' "$T/out" "$T/cli.json" || bad "db:deadlines and vrtool deadlines --json disagree"
# the amendment needs no supervisor (an earlier version took effect)
run 0 vr run "$S/supervisor.lua" --as-of 2027-04-10
out_lacks "awaiting approval"

# --- supervisor.lua ---------------------------------------------------------

t "supervisor.lua: approvals waiting, purchases of \$5,000 or more, caseloads over 20"
sample
# MO-2026-0001: client and counselor have signed; the supervisor has not.
sign MO-2026-0001-IPE client "Avery Testcase"
sign MO-2026-0001-IPE counselor "Jordan Example"
# MO-2026-0002: a second draft of an IPE that never took effect is still the
# initial plan, so it still waits for the supervisor's approval
run 0 vr amend MO-2026-0002-IPE --set goal.hours_week=25 --reason "client asked for more hours"
# a $6,500 tablet no supervisor_review names; a Texas $5,000 item (no finding)
sed -e 's/MO-2026-0002/MO-2026-0202/g' -e 's/P-MO-0002/P-MO-0202/' \
	-e 's/cost_cents = 65000, item_cost_cents = 65000/cost_cents = 650000, item_cost_cents = 650000/' \
	"$FIX/cases/mo-supported-employment.lua" >"$T/mo-tablet.lua"
cat >"$T/tx-item.lua" <<'EOF'
return {
  person = { id = "P-TX-0301", name = { given = "Ari", family = "Toolbuyer" } },
  case = { id = "TX-2026-0301", agency = "tx-wioa", status = "open",
    staff = { { id = "S-TX-04", name = "Dana Example", role = "career_planner" } } },
  plans = { { id = "TX-2026-0301-IEP", kind = "IEP", date = "2026-09-01",
    services = { { id = "A1", description = "Welding tools and gear", item_cost_cents = 500000 },
                 { id = "A2", description = "Safety boots", item_cost_cents = 499999 } } } },
}
EOF
# 21 open cases of S-MO-99 (a Counselor IV: no supervisor approval needed);
# S-MO-98 on 20 of them and on a closed one: 20 open, not over.
i=1
while [ $i -le 22 ]; do
	st=open; [ $i = 22 ] && st=closed
	staff='{ id = "S-MO-99", name = "Pat Overload", role = "counselor", title = "Counselor IV" },'
	[ $i = 22 ] && staff=
	[ $i != 21 ] && staff="$staff { id = \"S-MO-98\", name = \"Sam Twenty\", role = \"employment_specialist\" }"
	cat >"$T/load$i.lua" <<EOF
return {
  person = { id = "P-LOAD-$i", name = { given = "Load", family = "Case$i" } },
  case = { id = "MO-LOAD-$i", agency = "mo-vr", status = "$st", staff = { $staff } },
  plans = {},
}
EOF
	i=$((i + 1))
done
run 0 vr import "$T/mo-tablet.lua" "$T/tx-item.lua" "$FIX/bad-rules/mo-violations.lua" "$T"/load*.lua
run 0 vr run "$S/supervisor.lua" $AS
out_has "awaiting approval ("
out_has "MO-2026-0001  MO-2026-0001-IPE  v1       awaiting signatures  supervisor  still to sign: supervisor"
out_has "MO-2026-0002  MO-2026-0002-IPE  v2       draft                supervisor  still to sign: client or representative, counselor, supervisor (still the initial plan: no earlier version took effect)"
out_has "purchase review (3)"
out_has "MO-2026-0202  MO-2026-0202-IPE  v1       draft   S3       \$6,500.00  service 'Assistive technology: tablet with a picture-based task prompting app' buys an item of \$6,500.00 (\$5,000.00 or more): the district supervisor must review it"
out_has "MO-2026-0902  MO-2026-0902-IPE  v1       draft   S1       \$5,500.00"
out_has "TX-2026-0301  TX-2026-0301-IEP  v1       draft   A1       \$5,000.00  service 'Welding tools and gear' buys an item of \$5,000.00: no supervisor_review event names service A1"
out_lacks "Safety boots"
out_has "caseload over 20 (1)"
out_has "S-MO-99  Pat Overload  counselor          21     20"
out_lacks "S-MO-98"
out_lacks "NY-2026-0001-EP"
run 0 vr run "$S/supervisor.lua" $AS --csv
pycheck '
rows = list(csv.DictReader(f))
ap = {r["plan"]: r for r in rows if r["section"] == "awaiting approval"}
assert set(ap) == {"MO-2026-0001-IPE", "MO-2026-0002-IPE", "MO-2026-0202-IPE", "MO-2026-0902-IPE"}, set(ap)
assert ap["MO-2026-0001-IPE"]["status"] == "awaiting signatures" and ap["MO-2026-0001-IPE"]["approval"] == "supervisor"
assert (ap["MO-2026-0002-IPE"]["version"], ap["MO-2026-0002-IPE"]["approval"]) == ("v2", "supervisor"), ap["MO-2026-0002-IPE"]
pr = {(r["plan"], r["service"]): r for r in rows if r["section"] == "purchase review"}
assert set(pr) == {("MO-2026-0202-IPE","S3"), ("MO-2026-0902-IPE","S1"), ("TX-2026-0301-IEP","A1")}, set(pr)
assert pr[("MO-2026-0202-IPE","S3")]["amount_cents"] == "650000"
assert pr[("MO-2026-0202-IPE","S3")]["rule"] == "mo.520.1.item-5000-review"
assert (pr[("MO-2026-0202-IPE","S3")]["version"], pr[("MO-2026-0202-IPE","S3")]["status"]) == ("v1", "draft")
assert (pr[("TX-2026-0301-IEP","A1")]["version"], pr[("TX-2026-0301-IEP","A1")]["status"]) == ("v1", "draft")
assert pr[("TX-2026-0301-IEP","A1")]["rule"] == ""
cl = [r for r in rows if r["section"] == "caseload over 20"]
assert len(cl) == 1 and cl[0]["staff"] == "S-MO-99" and cl[0]["open_cases"] == "21" and cl[0]["limit"] == "20", cl
'
run 0 vr run "$S/supervisor.lua" mo-vr $AS --json
json_ok "$T/out"
pycheck '
d = json.load(f)
assert d["agency"] == "mo-vr" and d["count"] == len(d["rows"]), d
assert not [r for r in d["rows"] if r.get("case", "").startswith("TX-")]
pr = [r for r in d["rows"] if r["section"] == "purchase review"]
assert sorted(r["amount_cents"] for r in pr) == [550000, 650000], pr
assert [r["open_cases"] for r in d["rows"] if r["section"] == "caseload over 20"] == [21]
'

# --- payments.lua -----------------------------------------------------------

t "payments.lua: Wisconsin provider payments earned in a month, with basis and total"
sample
run 0 vr run "$S/payments.lua" 2026-07 $AS
out_has "Wisconsin provider payments earned in 2026-07 (as of 2026-11-23): 2 fee(s), \$2,275.00"
out_has "2026-07-27  WI-2026-0001  Robin Exampleton  Lakeshore IPS Services  IPS Job Development and Hire (code 049)  \$2,000.00  Northwoods Grocery Co-op, Stock Clerk"
out_has "\$275.00  Job and Task Analysis report DVR-18212-E"
out_has "total: \$2,275.00 (2 fee(s))"
out_lacks "2026-08-31"
run 0 vr run "$S/payments.lua" 2026-07 $AS --csv
pycheck '
rows = list(csv.DictReader(f))
assert [r["fee"] for r in rows] == ["wi.fee.job-development-hire", "wi.fee.job-task-analysis"], rows
assert sum(int(r["amount_cents"]) for r in rows) == 227500
assert all(r["date"].startswith("2026-07") and r["status"] == "earned" and r["basis"] for r in rows)
assert rows[0]["amount"] == "$2,000.00" and "$2,000.00 tier" in rows[0]["basis"]
'
run 0 vr run "$S/payments.lua" 2026-08 $AS --json
json_ok "$T/out"
pycheck '
d = json.load(f)
assert d["month"] == "2026-08" and d["count"] == 1 and d["total_cents"] == 160000 and d["total"] == "$1,600.00", d
r = d["rows"][0]
assert r["fee"] == "wi.fee.systematic-instruction" and r["date"] == "2026-08-31" and r["case"] == "WI-2026-0001"
assert "Systematic Instruction in 2026-08" in r["basis"]
'
run 0 vr run "$S/payments.lua" 2026-12 $AS
out_has "No Wisconsin fees were earned in 2026-12."
run 2 vr run "$S/payments.lua" 2026-13 $AS
err_has "'2026-13' is not a month: write YYYY-MM"

# --- quality.lua ------------------------------------------------------------

t "quality.lua: Wisconsin placement quality and timeliness, NY fidelity, TX QA share"
# the samples, the Texas IEP signed on paper on its date and recorded later
# (its actions began after it: QA 20 of 20)
run 0 vr init
for c in $SAMPLE; do
	[ "$c" = tx-career-cluster ] || run 0 vr import "$FIX/cases/$c.lua"
done
import_signed --recorded 2026-10-30T10:00:00Z "$FIX/cases/tx-career-cluster.lua"
run 0 vr run "$S/quality.lua" 2026-01-01 2026-11-23 $AS
out_has "Quality measures from 2026-01-01 to 2026-11-23 (measures as of 2026-11-23): 3 case(s)"
out_has "WI placement quality ("
out_has "WI-2026-0001  wi.quality.wage"
out_has "\$15.25 an hour at Northwoods Grocery Co-op"
out_has "WI timeliness ("
out_has "% on time"
out_has "NY fidelity (2)"
out_has "NY-2026-0001  ny.c14.fidelity.total  104    good"
out_has "TX QA share (2)"
out_has "TX-2026-0001  tx.qa-share  1      meets 90 %  20 of 20 items (100 %)"
run 0 vr run "$S/quality.lua" 2026-01-01 2026-11-23 $AS -- --csv
pycheck '
rows = list(csv.DictReader(f))
assert list(rows[0].keys()) == ["section","agency","case","plan","metric","what","value","band","text"]
by = {(r["case"], r["metric"]): r for r in rows}
assert by[("NY-2026-0001","ny.c14.fidelity.total")]["value"] == "104" and by[("NY-2026-0001","ny.c14.fidelity.total")]["band"] == "good"
assert by[("TX-2026-0001","tx.qa-share")]["value"] == "1"
assert by[("all","tx.qa-share")]["value"] == "100"
assert by[("WI-2026-0001","wi.quality.wage")]["value"] == "1525"
assert by[("all","wi.quality.wage")]["value"] == "15.25"
assert by[("WI-2026-0001","wi.quality.days-to-hire")]["section"] == "WI timeliness"
fc = by[("all","wi.deadline.first-contact-48-hours")]
assert fc["band"] == "% on time" and fc["value"] == "100" and fc["text"].startswith("4 due in the period: 4 met on time"), fc
assert {r["section"] for r in rows} >= {"WI placement quality","WI timeliness","NY fidelity","TX QA share"}
'
run 0 vr run "$S/quality.lua" 2026-07-01 2026-09-30 $AS --json
json_ok "$T/out"
pycheck '
d = json.load(f)
assert d["from"] == "2026-07-01" and d["to"] == "2026-09-30" and d["cases"] == 3, d
tx = [r for r in d["rows"] if r["metric"] == "tx.qa-share" and r["case"] == "TX-2026-0001"][0]
assert 0 < tx["value"] <= 1 and tx["band"].endswith("90 %"), tx
jr = [r for r in d["rows"] if r["metric"] == "wi.deadline.job-support-monthly-report"][0]
assert jr["text"].startswith("1 due in the period"), jr
'
run 0 vr run "$S/quality.lua" 2020-01-01 2020-12-31 $AS
out_has "No Wisconsin, New York or Texas case was active from 2020-01-01 to 2020-12-31."
run 2 vr run "$S/quality.lua" 2026-12-01 2026-01-01 $AS
err_has "FROM (2026-12-01) is after TO (2026-01-01)"

t "quality.lua: a Wisconsin report sent after its due date counts as met late (status missed)"
# the September job support report sent on 2026-10-12, after its due date
# (2026-10-07): met, but late
sed -e 's/date = "2026-09-30", authorization = "A-WI-0104"/date = "2026-10-12", authorization = "A-WI-0104"/' \
	"$WI" >"$T/wi-late-report.lua"
run 0 vr init
run 0 vr import "$T/wi-late-report.lua"
run 0 vr run "$S/quality.lua" 2026-01-01 2026-11-23 $AS
out_has "all           wi.deadline.job-support-monthly-report          66.7   % on time  3 due in the period: 2 met on time, 1 met late, 0 overdue, 0 open"
out_has "4 due in the period: 4 met on time, 0 met late, 0 overdue, 0 open"
run 0 vr run "$S/quality.lua" 2026-01-01 2026-11-23 $AS --json
pycheck '
d = json.load(f)
r = [r for r in d["rows"] if r["metric"] == "wi.deadline.job-support-monthly-report" and r["case"] == "all"][0]
assert r["value"] == 66.7 and r["text"].startswith("3 due in the period: 2 met on time, 1 met late, 0 overdue, 0 open"), r
'

# --- export-all.lua ---------------------------------------------------------

t "export-all.lua: every plan in effect as XML and HTML (the version in effect, not a newer draft)"
sample
sign MO-2026-0001-IPE client "Avery Testcase"
sign MO-2026-0001-IPE counselor "Jordan Example"
sign MO-2026-0001-IPE supervisor "Riley Sample"
sign TX-2026-0001-IEP client "Marisol Testcase"
sign TX-2026-0001-IEP career_planner "Dana Example"
run 0 vr amend MO-2026-0001-IPE --set goal.occupation="Pharmacy Technician II" \
	--reason "client chose a senior role" $AS
run 0 vr run "$S/export-all.lua" "$T/plans" $AS
out_has "Exported 2 plan(s) in effect to $T/plans (XML and HTML)"
out_has "MO-2026-0001  MO-2026-0001-IPE        1  $T/plans/MO-2026-0001-IPE-v1.xml  $T/plans/MO-2026-0001-IPE-v1.html  ok"
out_lacks "NY-2026-0001"
ok test -s "$T/plans/TX-2026-0001-IEP-v1.html"
ok test ! -e "$T/plans/MO-2026-0001-IPE-v2.xml"
ok xmllint --noout --quiet --schema "$ROOT/templates/schema/vrtool-1.xsd" "$T/plans/MO-2026-0001-IPE-v1.xml" "$T/plans/TX-2026-0001-IEP-v1.xml"
ok grep -q "<version>1</version>" "$T/plans/MO-2026-0001-IPE-v1.xml"
ok grep -q "Pharmacy Technician</occupation>" "$T/plans/MO-2026-0001-IPE-v1.xml"
ok grep -q "Avery" "$T/plans/MO-2026-0001-IPE-v1.html"
ok test "$(db_sql "select count(*) from audit where action='export' and detail like '%(script)%'")" = 2
run 0 vr run "$S/export-all.lua" "$T/csv" tx-wioa $AS -- --csv
pycheck '
rows = list(csv.DictReader(f))
assert len(rows) == 1 and rows[0]["plan"] == "TX-2026-0001-IEP" and rows[0]["version"] == "1", rows
assert rows[0]["status"] == "ok" and rows[0]["lang"] == "es" and rows[0]["document"].endswith(".html")
import re
assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", rows[0]["effective"]), rows[0]
'
run 0 vr run "$S/export-all.lua" "$T/pdf" $AS --pdf --json
json_ok "$T/out"
pycheck '
d = json.load(f)
assert d["format"] == "pdf" and d["count"] == 2 and d["failed"] == 0, d
for r in d["rows"]:
    assert open(r["document"], "rb").read(5) == b"%PDF-", r
    assert r["xml"].endswith("-v1.xml")
'

t "export-all.lua: no plan in effect exports nothing"
sample
run 0 vr run "$S/export-all.lua" "$T/none" $AS
out_has "No plan is in effect: nothing was exported."
ok test -d "$T/none"

# --- the scripts from elsewhere ---------------------------------------------

t "the scripts find lib/report.lua beside them (installed layout) or in vrtool's data folder"
sample
mkdir -p "$T/prefix/share/vrtool/lua"
cp -R "$ROOT/lua/scripts" "$T/prefix/share/vrtool/lua/"
run 0 vr run "$T/prefix/share/vrtool/lua/scripts/payments.lua" 2026-11 $AS
out_has "total: \$1,300.00 (1 fee(s))"
mkdir -p "$T/mine"
cp "$S/payments.lua" "$T/mine/"
cd "$T/mine"
run 0 vr run payments.lua 2026-11 $AS
cd "$ROOT"
out_has "total: \$1,300.00 (1 fee(s))"

# --- the API: errors, transactions, the shell -------------------------------

t "a script error prints the file, the line and a traceback, and exits 3"
sample
printf 'local db = assert(vr.open())\nlocal function f(n)\n  error("no such plan: " .. n)\nend\nf("X-1")\n' >"$T/bad.lua"
run 3 vr run "$T/bad.lua"
err_has "vrtool run: $T/bad.lua:3: no such plan: X-1"
err_has "stack traceback:"
err_has "$T/bad.lua:5: in main chunk"
printf 'local x = \n' >"$T/syntax.lua"
run 3 vr run "$T/syntax.lua"
err_has "$T/syntax.lua:2:"

t "db:import inside db:begin() and db:rollback() leaves the database unchanged"
sample
sed -e 's/MO-2026-0001/MO-2026-0777/g' -e 's/P-MO-0001/P-MO-0777/' "$FIX/cases/mo-student-ssa.lua" >"$T/new.lua"
cat >"$T/tx.lua" <<'EOF'
local db = assert(vr.open())
db:begin()
local r = db:import(arg[1])
print("imported", r.case, r.plans_new)
print("inside", db:case(r.case) ~= nil)
db:rollback()
print("after", db:case(r.case) == nil)
EOF
before=$(db_fingerprint)
run 0 vr run "$T/tx.lua" "$T/new.lua"
out_has "imported	MO-2026-0777	1"
out_has "inside	true"
out_has "after	true"
ok test "$(db_fingerprint)" = "$before"
run 0 vr list; out_lacks "MO-2026-0777"

t "an open transaction at the end is rolled back, with a message; a write outside one is kept"
sample
sed -e 's/MO-2026-0001/MO-2026-0777/g' -e 's/P-MO-0001/P-MO-0777/' "$FIX/cases/mo-student-ssa.lua" >"$T/new.lua"
printf 'local db = assert(vr.open())\ndb:begin()\ndb:import(arg[1])\nprint("left open")\n' >"$T/open.lua"
before=$(db_fingerprint)
run 0 vr run "$T/open.lua" "$T/new.lua"
out_has "left open"
err_has "a transaction was still open when the script ended; it was rolled back"
ok test "$(db_fingerprint)" = "$before"
printf 'local db = assert(vr.open())\nprint(db:import(arg[1]).case)\n' >"$T/own.lua"
run 0 vr run "$T/own.lua" "$T/new.lua"
run 0 vr list; out_has "MO-2026-0777"

t "vrtool shell evaluates an expression"
sample
printf '1+1\n' | run 0 vr shell
ok grep -qx 2 "$T/out"
printf 'db = assert(vr.open())\n#db:deadlines("MO-2026-0001")\ndb:deadlines("MO-2026-0001")[1].status .. " v" .. db:deadlines("MO-2026-0001")[1].version .. " " .. db:deadlines("MO-2026-0001")[1].plan_status\n' >"$T/in"
run 0 vr shell $AS <"$T/in"
ok grep -qx 2 "$T/out"
ok grep -qx "overdue v1 draft" "$T/out"

t "db:audit{case=} and audit log CASE show that case's entries only, not a case whose id starts the same"
sample
sed -e 's/MO-2026-0001/MO-2026-00010/g' -e 's/P-MO-0001/P-MO-00010/' "$FIX/cases/mo-student-ssa.lua" >"$T/long.lua"
run 0 vr import "$T/long.lua"
run 0 vr sign MO-2026-00010-IPE --role client --name "Avery Testcase" --identity "photo ID" $AS
printf 'local db = assert(vr.open())\nfor _, e in ipairs(db:audit{ case = arg[1] }) do print(e.action, e.object) end\n' >"$T/audit.lua"
run 0 vr run "$T/audit.lua" MO-2026-0001
out_has "case:MO-2026-0001"
out_lacks "MO-2026-00010"
run 0 vr run "$T/audit.lua" MO-2026-00010
out_has "sign	plan:MO-2026-00010-IPE@1"
run 0 vr audit log MO-2026-0001
out_lacks "MO-2026-00010"
run 3 vr run "$T/audit.lua" MO-NO-SUCH
err_has "MO-NO-SUCH"

t "db:import brings a plan's history under the rules of sign, as vrtool import"
run 0 vr init
cat >"$T/hist.lua" <<'LUA'
local db = assert(vr.open())
local r = db:import(arg[1])
print(r.case, r.plans_new)
for c in db:cases{} do
  for _, p in ipairs(c.plans) do
    for _, v in ipairs(p.versions) do
      print(p.id, v.version, v.status, v.amendment, v.effective, v.signatures)
    end
  end
end
LUA
VRTOOL_NOW=2026-10-01T09:00:00Z run 0 vr run "$T/hist.lua" "$FIX/history/mo-ipe-history.lua"
out_has "superseded	false"
out_has "in effect	true"
run 0 vr verify MO-2026-0101-IPE; out_has "0 failed"
# a recorded signature under a name not on record is refused here too
sed 's/signer = { id = "S-MO-17", name = "Jordan Example" }/signer = { id = "S-MO-17", name = "Totally Wrong Person" }/' \
	"$FIX/history/mo-ipe-history.lua" >"$T/wrong.lua"
w=$(new_db w)
run 0 vr_on "$w" init
VRTOOL_NOW=2026-10-01T09:00:00Z run 3 vr_on "$w" run "$T/hist.lua" "$T/wrong.lua"
err_has "wrong.lua"; err_has "name on record"
ok test "$(db_sql "select count(*) from signature" "$w")" = 0


# db:verify and `vrtool verify` are one operation (app/verify.h): the text the
# command prints is made again from the table the script gets, line for line,
# and `vrtool verify --json` prints that table.
cat >"$TOP/verify.lua" <<'LUA'
local db = assert(vr.open())
print(vr.json(db:verify(arg[1], arg[2] and { key = arg[2] } or nil)))
LUA
verify_both() { # CODE TARGET [KEYFILE]: `vrtool verify` exits CODE; db:verify says the same
	if [ $# -gt 2 ]; then run "$1" vr verify "$2" --key "$3"; else run "$1" vr verify "$2"; fi
	cp "$T/out" "$T/cli"
	if [ $# -gt 2 ]; then run "$1" vr verify "$2" --key "$3" --json
	else run "$1" vr verify "$2" --json; fi
	cp "$T/out" "$T/cli.json"
	run 0 vr run "$TOP/verify.lua" "$2" ${3:+"$3"}
	python3 - "$T/cli" "$T/out" "$2" "$T/cli.json" <<'PY' || bad "vrtool verify $2 and db:verify $2 differ"
import json, sys
cli = open(sys.argv[1]).read().splitlines()
r = json.load(open(sys.argv[2]))
if json.load(open(sys.argv[4])) != r:
    print('     vrtool verify --json:', open(sys.argv[4]).read(), '\n     db:verify:', r)
    sys.exit(1)
lines = []
if 'plan' in r:
    p = r['plan']
    lines.append('plan %s version %d in %s: digest %s' % (p['id'], p['version'], sys.argv[3],
                                                         p['digest'][:12]))
for c in r['checks']:
    lines.append('ok   ' + c['what'] if c['ok'] else 'FAIL %s: %s' % (c['what'], c['why']))
lines.append('%d verified, %d failed' % (r['verified'], r['failed']))
assert r['verified'] == sum(1 for c in r['checks'] if c['ok'])
assert r['failed'] == len(r['checks']) - r['verified'] and r['ok'] == (r['failed'] == 0)
if cli != lines:
    print('     vrtool verify:', cli, '\n     db:verify:    ', lines)
    sys.exit(1)
PY
}

t "db:verify and vrtool verify give the same checks: a plan, an exported file, a key, a tampered signature"
sample
sign MO-2026-0001-IPE client "Avery Testcase"
run 0 vr sign MO-2026-0001-IPE --withdraw 1 --reason "signed too early" $AS
sign MO-2026-0001-IPE client "Avery Testcase"
verify_both 0 MO-2026-0001-IPE
out_has '"what":"withdrawal of signature 1 (client) on plan MO-2026-0001-IPE"'
run 0 vr export MO-2026-0001-IPE -o "$T/mo.xml"
run 0 vr key export -o "$T/pub.key"
verify_both 0 "$T/mo.xml"
verify_both 0 "$T/mo.xml" "$T/pub.key"
verify_both 1 "$T/mo.xml" /dev/null
out_has "is not a vrtool public key"
# a signature changed in the database behind vrtool's back
db_tamper "update signature set signer_name = 'Someone Else' where id = 2"
verify_both 1 MO-2026-0001-IPE
out_has '"why":"its stored record no longer matches its fields"'
run 3 vr verify MO-NO-SUCH-IPE; err_has "no plan 'MO-NO-SUCH-IPE'"
run 3 vr run "$TOP/verify.lua" MO-NO-SUCH-IPE; err_has "no plan 'MO-NO-SUCH-IPE'"

# db:export_all / db:render_all and `export --all` / `render --all` are one
# operation (app/publish.h): the same files, byte for byte, and the same
# audit records but for the folder they name.
cat >"$TOP/publish.lua" <<'LUA'
local db = vr.open()
local r = db["export_all"](db, { out = arg[1] })
local h = db:render_all{ out = arg[2], lang = "en" }
print(r.published, #r.left_out, h.published, #h.left_out)
LUA
t "db:export_all and db:render_all write what export --all and render --all write"
sample
sign MO-2026-0001-IPE client "Avery Testcase"
# a copy of the database: of its file, or by vrtool copy on a server
copy=$(new_db copy)
if on_sqlite; then cp "$VRTOOL_DB" "$copy"; else run 0 vr copy "$VRTOOL_DB" "$copy"; fi
run 0 vr export --all -o "$T/cli-x"
run 0 vr render --all --lang en --out "$T/cli-h" $AS
run 0 vr_on "$copy" run $AS "$TOP/publish.lua" "$T/lua-x" "$T/lua-h"
out_has "5	0	5	0"
ok diff -r "$T/cli-x" "$T/lua-x"
ok diff -r "$T/cli-h" "$T/lua-h"
ok test "$(ls "$T/cli-x" | wc -l)" -eq 5
audit_of() { # DB DIR-X DIR-H: the export and render records, with the folders named alike
	db_sql "select action, object, detail from audit where action in ('export','render')
		order by action, object" "$1" | sed "s|$2|DIR-X|; s|$3|DIR-H|"
}
ok test "$(audit_of "$VRTOOL_DB" "$T/cli-x" "$T/cli-h")" = \
	"$(audit_of "$copy" "$T/lua-x" "$T/lua-h")"
ok test "$(audit_of "$copy" "$T/lua-x" "$T/lua-h" | wc -l)" -eq 10
# a script may not publish inside its own transaction, nor name no folder
cat >"$TOP/publish-bad.lua" <<'LUA'
local db = vr.open()
if arg[1] == "tx" then db:begin() end
db:export_all(arg[1] == "tx" and { out = arg[2] } or {})
LUA
run 3 vr run "$TOP/publish-bad.lua" tx "$T/none"; err_has "export_all writes its own audit entries: call it outside db:begin()"
run 3 vr run "$TOP/publish-bad.lua" - "$T/none"; err_has "export_all needs { out = DIR }"
ok test ! -e "$T/none"

# db:deadlines / db:fees and `deadlines --json` / `fees --json` are one
# operation (app/checks.h, vr_app_walk_op): the same records, field for field.
cat >"$TOP/records.lua" <<'LUA'
local db = assert(vr.open())
print(vr.json(db[arg[1]](db, arg[2], arg[3])))
LUA
t "db:deadlines and db:fees give the records vrtool deadlines and fees give"
sample
sign MO-2026-0001-IPE client "Avery Testcase"
for op in deadlines fees; do
	for c in MO-2026-0001 NY-2026-0001 TX-2026-0001 WI-2026-0001; do
		vr "$op" "$c" --json $AS >"$T/cli.json" 2>"$T/err"
		run 0 vr run "$TOP/records.lua" "$op" "$c" 2026-11-23
		python3 - "$T/cli.json" "$T/out" "$op" "$c" <<'PY' || bad "$op $c: vrtool and db:$op differ"
import json, sys
cli = json.load(open(sys.argv[1]))[sys.argv[3]]
lua = json.load(open(sys.argv[2]))
lua = lua if isinstance(lua, list) else []   # an empty Lua table is {}
key = lambda r: json.dumps(r, sort_keys=True)
if sorted(map(key, cli)) != sorted(map(key, lua)) or (not cli and sys.argv[4] == 'MO-2026-0001' and sys.argv[3] == 'deadlines'):
    print('     vrtool:', cli, '\n     db:    ', lua)
    sys.exit(1)
PY
	done
done

done_testing
