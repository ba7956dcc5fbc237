#!/bin/sh
# End-to-end tests of the vrtool command line: the real binary, real plugins,
# a real database per test (a SQLite file, or one on a PostgreSQL server).
. tests/e2e/lib.inc

MO=$FIX/cases/mo-student-ssa.lua
MOBAD=$FIX/bad-rules/mo-violations.lua

t "--version and --help"
run 0 vr --version; out_has "vrtool 0."
run 0 vr --help; out_has "import"; out_has "exit codes"
run 0 vr check --help; out_has "usage: vrtool check"

t "usage errors exit 2 and name the problem"
run 2 vr frobnicate; err_has "unknown command 'frobnicate'"
run 2 vr check; err_has "name one case, or --all"
run 2 vr check X --bogus; err_has "unknown option --bogus"
run 2 vr check X --as-of 2026-02-30; err_has "not a real calendar date"
run 2 vr export; err_has "usage: vrtool export"

t "a command without a database says to run init, and creates nothing"
run 3 vr show MO-1; err_has "run \`vrtool init\`"
db_created && bad "the command created a database (or a table in it)"

t "init creates a 0600 database; again is harmless"
run 0 vr init; out_has "created database"
# (the modes of a database file and its -wal and -shm; a database on a
# server has no file of its own)
on_sqlite && ok test "$(stat -c %a "$VRTOOL_DB")" = 600
run 0 vr init; out_has "already exists"
run 0 vr import "$MO"
if on_sqlite; then
	for f in "$VRTOOL_DB" "$VRTOOL_DB-wal" "$VRTOOL_DB-shm"; do
		[ -e "$f" ] && { [ "$(stat -c %a "$f")" = 600 ] || bad "$f is not mode 0600"; }
	done
fi

t "database path: --db, then \$VRTOOL_DB, then ./vrtool.db"
# (files on either backend: --db names one over whatever $VRTOOL_DB names)
mkdir -p "$T/cwd"
( cd "$T/cwd" && unset VRTOOL_DB && "$VR_BIN" init >/dev/null ) && ok test -e "$T/cwd/vrtool.db"
run 0 vr --db "$T/other.db" init; ok test -e "$T/other.db"
run 0 vr init --db "$T/third.db"; ok test -e "$T/third.db"
run 0 vr init; ok db_created
run 0 vr import "$MO" --db "$T/other.db"
run 3 vr show MO-2026-0001; err_has "no case 'MO-2026-0001'"
run 0 vr show MO-2026-0001 --db "$T/other.db"

t "import, show, re-import unchanged"
run 0 vr init
run 0 vr import "$MO"; out_has "case MO-2026-0001, 1 new plan(s)"
run 0 vr show MO-2026-0001
out_has "person P-MO-0001: Avery Testcase"
out_has "plan MO-2026-0001-IPE (IPE)"
out_has "version 1  dated 2026-04-01"
out_has "draft  (initial plan) (to sign: client or representative, counselor, supervisor)"
run 0 vr import "$MO"; out_has "0 new plan(s), 1 unchanged"
run 0 vr show MO-2026-0001 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "show --json content"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["person"]["name"]["family"] == "Testcase"
assert d["case"]["events"][1]["kind"] == "eligibility"
v = d["plans"][0]["versions"][0]
assert v["version"] == 1 and len(v["digest"]) == 64 and v["status"] == "draft", v
assert v["amendment"] is False and v["effective"] is None and v["signatures"] == [], v
assert v["to_sign"] == "client or representative, counselor, supervisor", v
PY

t "a changed plan is not overwritten by re-import"
run 0 vr init
run 0 vr import "$MO"
sed 's/Pharmacy Technician/Pharmacist/' "$MO" >"$T/changed.lua"
before=$(db_fingerprint)
run 3 vr import "$T/changed.lua"; err_has "already stored (version 1) with different content"
ok test "$before" = "$(db_fingerprint)"

t "check: a good plan passes, exit 0"
# (good: signed by the people on record within 90 days of eligibility)
run 0 vr init; import_signed "$MO"
run 0 vr check MO-2026-0001 --as-of 2026-11-23
out_has "1 case(s), 1 plan(s) checked as of 2026-11-23: 0 error(s), 0 warning(s)"

t "check: --as-of is the one clock (annual review becomes due)"
run 0 vr init; import_signed "$MO"
run 0 vr check MO-2026-0001 --as-of 2027-03-30
out_lacks "mo.520.1.annual-review"
run 0 vr check MO-2026-0001 --as-of 2027-04-02
out_has "mo.520.1.annual-review [conduct]: the annual review was due on 2027-04-01"
VRTOOL_TODAY=2027-04-02 run 0 vr check MO-2026-0001
out_has "checked as of 2027-04-02"
out_has "mo.520.1.annual-review [conduct]"

t "check: a plan that breaks Missouri rules exits 1 with cited findings"
run 0 vr init; run 0 vr import "$MOBAD"
run 1 vr check MO-2026-0902 --as-of 2026-06-01
out_has "mo.510.1.employment-outcome: the IPE names no specific employment outcome"
out_has "mo.520.1.ipe-within-90-days [conduct]: no IPE has taken effect and it was due on 2026-04-05"
out_has "mo.361.46.a3.timelines: service 'Assistive technology: screen reader' has no date for starting it"
out_has "mo.520.1.providers-and-procurement: service 'Assistive technology: screen reader' names no provider"
out_has "mo.361.46.a5.progress-criteria"
out_has "mo.361.46.a6.responsibilities: the agency's responsibilities are not stated"
out_has "mo.520.1.informed-choice-not-supported: document why the client's choice is not supported"
out_has "34 CFR 361.45(e)"
run 1 vr check MO-2026-0902 --as-of 2026-06-01 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "check --json content"
import json, sys
d = json.load(open(sys.argv[1]))
rules = {f["rule"] for f in d["findings"]}
assert "mo.520.1.ipe-within-90-days" in rules, rules
late = [f for f in d["findings"] if f["rule"] == "mo.520.1.ipe-within-90-days"][0]
assert late["class"] == "conduct" and late["severity"] == "error", late
assert late["version"] == 1 and late["plan_status"] == "draft", late
f = [f for f in d["findings"] if f["path"] == "plan.services[1].start"][0]
assert f["rule"] == "mo.361.46.a3.timelines", f
assert f["path"] == "plan.services[1].start" and f["severity"] == "error", f
assert f["plugin"] == "mo-vr" and f["plan"] == "MO-2026-0902-IPE"
assert f["class"] == "content", f
assert d["errors"] >= 9, d["errors"]
PY

t "check: a late IPE is a conduct error; it does not block signing, and its clock is missed"
run 0 vr init
VRTOOL_NOW=2026-04-01T09:00:00Z run 0 vr import "$MO"
# eligibility 2026-02-02: due 2026-05-03; signed on 2026-05-20 (day 107)
VRTOOL_NOW=2026-05-20T12:00:00Z run 0 vr sign MO-2026-0001-IPE --role client --identity "photo ID"
out_has "mo.520.1.ipe-within-90-days"
out_has "signed plan MO-2026-0001-IPE version 1 as client (Avery Testcase"
sign_on_record MO-2026-0001 2026-05-20T12:00:00Z
run 0 vr show MO-2026-0001
out_has "in effect  (initial plan) took effect 2026-05-20"
out_has "signed by Avery Testcase as client, agree, electronic, 2026-05-20T12:00:00Z [signature 1]"
out_has "shown at signing: mo.520.1.ipe-within-90-days"
run 1 vr check MO-2026-0001 --as-of 2026-06-01
out_has "error   mo.520.1.ipe-within-90-days [conduct]: the IPE took effect on 2026-05-20, after its due date 2026-05-03"
run 0 vr deadlines MO-2026-0001 --as-of 2026-06-01 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "deadlines --json: the 90-day clock is missed"
import json, sys
d = json.load(open(sys.argv[1]))
c = [x for x in d["deadlines"] if x["id"] == "mo.ipe-90-days"][0]
assert c["status"] == "missed" and c["met"] == "2026-05-20" and c["due"] == "2026-05-03", c
assert c["version"] == 1 and c["plan_status"] == "in effect" and "late" not in c, c
PY

t "check: an agreed extension moves the 90-day date"
run 0 vr init
sed 's/events = { { kind = "eligibility", date = "2026-01-05" } }/events = { { kind = "eligibility", date = "2026-01-05" }, { kind = "plan_extension", date = "2026-03-30", agreed_date = "2026-06-01" } }/' "$MOBAD" >"$T/ext.lua"
run 0 vr import "$T/ext.lua"
run 1 vr check MO-2026-0902 --as-of 2026-06-01
out_lacks "mo.520.1.ipe-within-90-days"

t "check --all covers every case"
run 0 vr init; run 0 vr import "$MO" "$MOBAD"
run 1 vr check --all --as-of 2026-06-01
out_has "2 case(s), 2 plan(s) checked"
run 1 vr check --all --agency mo-vr --as-of 2026-06-01 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "check --all --json counts"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["cases"] == 2 and d["plans"] == 2, d
PY
run 0 vr check --all --agency tx-wioa; out_has "0 case(s), 0 plan(s) checked"

t "export: a schema-valid XML document, written atomically, audited"
run 0 vr init; run 0 vr import "$MO"
run 0 vr export MO-2026-0001-IPE -o "$T/plan.xml"; err_has "exported plan MO-2026-0001-IPE version 1"
ok test "$(stat -c %a "$T/plan.xml")" = 600
ok grep -q '<document xmlns="urn:vrtool:1" format="1">' "$T/plan.xml"
ok grep -q '<occupation>Pharmacy Technician</occupation>' "$T/plan.xml"
if command -v xmllint >/dev/null; then
	ok xmllint --noout --schema "$ROOT/templates/schema/vrtool-1.xsd" "$T/plan.xml"
else
	bad "xmllint missing (make deps installs libxml2-utils)"
fi
run 0 vr export MO-2026-0001-IPE; out_has "<given>Avery</given>"
ok test "$(db_sql "select count(*) from audit where action='export'")" = 2
run 3 vr export NO-SUCH-PLAN -o "$T/none.xml"; err_has "no plan 'NO-SUCH-PLAN'"
ok test ! -e "$T/none.xml"
run 3 vr export MO-2026-0001-IPE --version 7; err_has "has no version 7"

t "export: a document the schema rejects is not written"
run 0 vr init; run 0 vr import "$MO"
mkdir -p "$T/data/templates/schema"
cp -R "$ROOT/lua" "$T/data/lua"; cp -R "$ROOT/plugins" "$T/data/plugins"
# A schema in which <occupation> is not allowed.
sed 's/<xs:element name="occupation" type="xs:string" minOccurs="0"\/>//' \
	"$ROOT/templates/schema/vrtool-1.xsd" >"$T/data/templates/schema/vrtool-1.xsd"
VRTOOL_DATADIR=$T/data run 3 vr export MO-2026-0001-IPE -o "$T/bad.xml"
err_has "was not exported"; err_has "not valid against"; err_has "occupation"
ok test ! -e "$T/bad.xml"
ok test -z "$(ls "$T" | grep 'bad.xml')"

t "the shipped XSD is the one the model generates"
run 0 vr schema
ok cmp -s "$T/out" "$ROOT/templates/schema/vrtool-1.xsd"

t "docs/model.md documents every field of the model"
run 0 vr schema fields
awk '{print $1}' "$T/out" >"$T/paths"
ok test "$(wc -l <"$T/paths")" -gt 100
while read -r p; do
	grep -qF "\`$p\`" "$ROOT/docs/model.md" || bad "docs/model.md lacks \`$p\`"
done <"$T/paths"
# and every word of every enumeration, in its field's row (an event kind
# also in the table of event kinds)
grep ' one of: ' "$T/out" >"$T/enums"
while read -r path rest; do
	row=$(grep -F "| \`$path\` |" "$ROOT/docs/model.md")
	for w in $(echo "$rest" | sed 's/.*one of: //; s/(required)//'); do
		echo "$row" | grep -qF "\`$w\`" || bad "docs/model.md: the row of $path lacks \`$w\`"
		[ "$path" != "case.events[].kind" ] || grep -qF "| \`$w\` |" "$ROOT/docs/model.md" ||
			bad "docs/model.md: no row for event kind \`$w\`"
	done
done <"$T/enums"

t "malformed case files: clear message, exit 3, database unchanged"
run 0 vr init; run 0 vr import "$MO"
before=$(db_fingerprint)
nbad=0
for f in "$FIX"/bad/*.lua "$FIX"/bad/*.xml; do
	[ -e "$f" ] || continue
	nbad=$((nbad + 1))
	# line 1: "-- expect: CODE TEXT" (Lua) or "<!-- expect: CODE TEXT -->" (XML)
	want=$(sed -n '1s/^\(--\|<!--\) expect: \([0-9]\) .*/\2/p' "$f")
	text=$(sed -n '1s/^\(--\|<!--\) expect: [0-9] //p' "$f" | sed 's/ -->$//')
	"$VR_BIN" import "$f" >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" = "$want" ] || bad "$(basename "$f"): exit $rc, expected $want"
	grep -qF -- "$text" "$T/err" || { bad "$(basename "$f"): stderr lacks '$text'"; sed 's/^/       /' "$T/err"; }
	grep -qF "nothing was imported" "$T/err" || bad "$(basename "$f"): does not say nothing was imported"
done
ok test "$before" = "$(db_fingerprint)"
ok test ! -e /tmp/vrtool-pwned
ok test "$nbad" -ge 12

t "several files: one bad file and nothing is imported"
run 0 vr init
before=$(db_fingerprint)
run 3 vr import "$MO" "$FIX/bad/wrong-type.lua"
ok test "$before" = "$(db_fingerprint)"
run 3 vr show MO-2026-0001

t "all problems of a file are reported at once"
run 0 vr init
cat >"$T/many.lua" <<'LUA'
return {
  person = { id = "P-1", name = { given = "A" }, student = 1 },
  case = { id = "C-1", agency = "mo-vr", events = { { kind = "party" } } },
  plans = { { id = "C-1-IPE", kind = "IPE", date = "2026-02-30", colour = "red" } },
}
LUA
run 3 vr import "$T/many.lua"
err_has "person.name.family: required field"
err_has "person.student: expected true or false"
err_has "case.events[1].kind: is not one of"
err_has "plans[1].date: is not a real calendar date"
err_has "plans[1].colour: unknown field 'colour'"

t "plugin path: an agency's own plugin folder, by flag and by environment"
run 0 vr init
mkdir -p "$T/agency/acme"
cat >"$T/agency/acme/plugin.lua" <<'LUA'
return vr.plugin {
  api = 1, id = "acme", name = "Acme Workforce Board", version = "1.0",
  source = { document = "Acme IEP policy", date = "2026-01-01" },
  kinds = { IEP = {} },
  rules = {
    vr.rule { id = "acme.goal", cite = "Acme policy 1", severity = "error", class = "content",
      check = function(plan) if not plan.goal then return "no goal", "plan.goal" end end },
  },
}
LUA
sed 's/agency = "flaky"/agency = "acme"/; s/kind = "IPE"/kind = "IEP"/' \
	"$FIX/plugins/cases/flaky-case.lua" >"$T/acme.lua"
run 3 vr import "$T/acme.lua"; err_has "names no installed plugin"
run 0 vr import "$T/acme.lua" --plugin-path "$T/agency"
run 1 vr check C-flaky --plugin-path "$T/agency"; out_has "acme.goal: no goal"
VRTOOL_PLUGIN_PATH=$T/agency run 1 vr check C-flaky; out_has "acme.goal: no goal"
run 0 vr plugin list --plugin-path "$T/agency"; out_has "acme"; out_has "mo-vr"

t "a misbehaving plugin becomes findings, never a crash"
run 0 vr init
P=$FIX/plugins
run 0 vr import --plugin-path "$P" "$P/cases/flaky-case.lua" "$P/cases/looper-case.lua" \
	"$P/cases/broken-case.lua" "$P/cases/badcontract-case.lua" "$MO"
run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23
out_has "flaky.raises: the rule failed, so the plan was not checked against it:"
out_has "boom"
out_has "flaky.object: the rule failed, so the plan was not checked against it: an error object of type table"
out_has "flaky.writes: the rule failed"
out_has "read-only"
out_has "flaky.good: plan C-flaky-IPE was seen as IPE"
# (the instruction budget, or under valgrind the time budget, stops it)
out_has "looper.spin: plugin looper exceeded its"
out_has "budget"
out_has "in rule looper.spin"
out_has "plugin.load: plugin broken does not load:"
out_has "broken/plugin.lua:3:"
out_has "plugin badcontract has 7 mistake(s) in its declarations"
out_has "badcontract/plugin.lua:11: rule 'bc.one': class is required: \"content\" (what the version says: an error blocks signing it) or \"conduct\""
out_has "badcontract/plugin.lua: source.date must be the policy's date as YYYY-MM-DD"
out_has "badcontract/plugin.lua:11: rule 'bc.one': cite is required"
out_has "badcontract/plugin.lua:12: rule 'bc.one': id already used at"
out_has "badcontract/plugin.lua:12: rule 'bc.one': severity must be"
out_has "rule 'bc.three': applies_to names kind 'IEP'"
out_has "5 case(s), 3 plan(s) checked"

many_cases() { # N: N copies of the Missouri sample case in $T/many, ids C0000...
	mkdir -p "$T/many"
	i=0
	while [ $i -lt "$1" ]; do
		n=$(printf '%04d' $i)
		sed -e "s/MO-2026-0001/MO-2026-C$n/g" -e "s/P-MO-0001/P-MO-C$n/" "$MO" >"$T/many/c$n.lua"
		i=$((i + 1))
	done
}

t "two export --all and an import at once: all succeed, every file written, the audit chain whole"
run 0 vr init
many_cases 300
run 0 vr import "$T"/many/c0*.lua
sed -e 's/MO-2026-0001/MO-2026-LATE/g' -e 's/P-MO-0001/P-MO-LATE/' "$MO" >"$T/late.lua"
vr export --all -o "$T/x1" >"$T/o1" 2>&1 & p1=$!
vr export --all -o "$T/x2" >"$T/o2" 2>&1 & p2=$!
vr import "$T/late.lua" >"$T/o3" 2>&1; r3=$?
wait $p1; r1=$?
wait $p2; r2=$?
ok test "$r1.$r2.$r3" = "0.0.0"
cat "$T/o1" "$T/o2" "$T/o3" | grep -i "locked" && bad "a command met a locked database"
ok test "$(ls "$T/x1" | wc -l)" -ge 300
ok test "$(ls "$T/x2" | wc -l)" -ge 300
run 0 vr audit verify

t "export and render --all with a process per core write what one process writes, each plan once, each with its audit record"
run 0 vr init
many_cases 200
run 0 vr import "$T"/many/*.lua
VRTOOL_JOBS=3 run 0 vr export --all -o "$T/p3"; out_has "exported 200 plan(s)"
VRTOOL_JOBS=1 run 0 vr export --all -o "$T/p1"; out_has "exported 200 plan(s)"
ok diff -r "$T/p3" "$T/p1"
VRTOOL_JOBS=3 run 0 vr render --all --out "$T/h3"; out_has "rendered 200 plan(s)"
ok test "$(ls "$T/h3" | wc -l)" = 200
ok test "$(db_sql "select count(*) from audit where action='export'")" = 400
ok test "$(db_sql "select count(distinct object) from audit where action='render'")" = 200
run 0 vr audit verify

done_testing
