#!/bin/sh
# Identifiers are not paths (issue 16, point 3), and no command stops at one
# bad plugin (point 6).
#
# An id of a person, case, staff member, plan or signer is 1 to 64 letters,
# digits, '-', '_' and '.', not starting with '.' or '-', without "..":
# import refuses any other, naming the field, for case files and XML
# documents alike, and so does `amend --set id=...`. A file vrtool writes
# from an id is made inside the folder given (openat, no '/', no ".."),
# never through or over a symbolic link; an --all run that fails leaves no
# file and no audit entry, whatever the number of processes. A plan whose
# plugin fails (here: its kind's `requirements` loops) is reported by
# list, show and the --all commands, which go on with the other cases and
# exit non-zero at the end.
. tests/e2e/lib.inc
. tests/e2e/cases.inc

H=$FIX/hostile
P=$FIX/plugins
MO=$FIX/cases/mo-student-ssa.lua
AS="--as-of 2026-11-23"

# prints "ELAPSED s PEAK kB" of the last timed command (for the closing note)
timed() { /usr/bin/time -f "%e s %M kB" -o "$T/time" $VR_VG "$VR_BIN" "$@"; }
took() { echo "     $1: $(cat "$T/time" | tail -n 1)"; }

audit_count() { db_sql "select count(*) from audit where action = '$1'"; }

# A database holding a plan whose id is a path, as one imported before ids
# were checked holds it: the plan of case MO-2026-<tag>00000 renamed in
# place (the triggers that keep versions immutable, and the foreign keys,
# set aside to do it: db_tamper).
stored_path_id() { # DB TAG NEWID
	db_tamper "UPDATE plan SET id = '$3' WHERE id = 'MO-2026-${2}00000-IPE';
UPDATE plan_version SET plan_id = '$3' WHERE plan_id = 'MO-2026-${2}00000-IPE';" "$1"
}

# --- refused at import ------------------------------------------------------

t "a case file whose plan id holds ../ is refused at import, naming the field"
run 0 vr init
timed import "$H/plan-id-path.lua" >"$T/out" 2>"$T/err"; rc=$?
[ "$rc" = 3 ] || bad "exited $rc, expected 3"
took "import of plan-id-path.lua"
grep -qF "plan-id-path.lua:48: plans[1].id: not an identifier (it holds '/'" "$T/err" ||
	bad "stderr lacks the field and the reason: $(head -n 2 "$T/err")"
grep -qF "64" "$T/err" || bad "the message does not say what an id may be"
grep -qF "evil" "$T/err" && bad "the message quotes the value"
ok test "$(db_sql 'select count(*) from plan')" = 0

t "an XML document whose plan id holds ../ is refused at import, naming the field"
run 0 vr init
timed import "$H/plan-id-path.xml" >"$T/out" 2>"$T/err"; rc=$?
[ "$rc" = 3 ] || bad "exited $rc, expected 3"
took "import of plan-id-path.xml"
err_has "plan-id-path.xml:98: plans[1].id: not an identifier"
ok test "$(db_sql 'select count(*) from plan')" = 0

t "every kind of id is checked: person, case, staff, plan, signer; a good odd id passes"
run 0 vr init
i=0
for sub in 's/id = "P-MO-0001"/id = "P MO 0001"/' \
	   's/id = "MO-2026-0001",/id = ".hidden",/' \
	   's/id = "S-MO-17"/id = "S\/MO\/17"/' \
	   's/id = "MO-2026-0001-IPE"/id = "a..b"/' \
	   "s/id = \"MO-2026-0001-IPE\"/id = \"$(printf 'x%.0s' $(seq 65))\"/"; do
	i=$((i + 1))
	sed "$sub" "$MO" >"$T/c$i.lua"
	run 3 vr import "$T/c$i.lua"; err_has "not an identifier"
done
sed 's/id = "MO-2026-0001-IPE"/id = "MO_2026.0001-IPE"/' "$MO" >"$T/odd.lua"
run 0 vr import "$T/odd.lua"
# a recorded signature's signer id too
awk '/^  plans = \{/ { print "  signatures = { { plan = \"MO-2026-0001-IPE\", role = \"client\", signer = { id = \"../x\", name = \"Avery Testcase\" }, method = \"electronic\", meaning = \"agree\", at = \"2026-04-01T10:00:00-05:00\", identity = \"photo-ID\" } }," } { print }' "$MO" >"$T/signer.lua"
run 3 vr import "$T/signer.lua"; err_has "signatures[1].signer.id: not an identifier"

t "amend --set id=../x is refused, naming the field; nothing changes"
run 0 vr init
run 0 vr import "$MO"
before=$(db_sql 'select count(*) from plan_version')
run 3 vr amend MO-2026-0001-IPE --set id=../x --reason "test" $AS
err_has "plans[1].id: not an identifier"
ok test "$(db_sql 'select count(*) from plan_version')" = "$before"

# --- files made inside the folder given ------------------------------------

t "a symbolic link planted where export --all would write is neither followed nor replaced; nothing is written"
run 0 vr init
run 0 vr import "$MO"
mkdir -p "$T/dst" "$T/outside"
echo "theirs" >"$T/outside/target"
ln -s "$T/outside/target" "$T/dst/MO-2026-0001-IPE-v1.xml"
timed export --all -o "$T/dst" >"$T/out" 2>"$T/err"; rc=$?
[ "$rc" != 0 ] && [ "$rc" -lt 128 ] || bad "export --all exited $rc, expected a failure"
took "export --all onto a planted link"
err_has "MO-2026-0001-IPE-v1.xml: it is a symbolic link"
ok test -L "$T/dst/MO-2026-0001-IPE-v1.xml"
ok test "$(cat "$T/outside/target")" = theirs
ok test "$(ls -A "$T/dst" | wc -l)" = 1
ok test "$(audit_count export)" = 0
ln -s "$T/outside/target" "$T/dst/MO-2026-0001-IPE-v1.html"
run 4 vr render --all -o "$T/dst"; err_has "it is a symbolic link"
ok test "$(cat "$T/outside/target")" = theirs
ok test "$(audit_count render)" = 0
# export PLAN -o a link: refused the same
run 4 vr export MO-2026-0001-IPE -o "$T/dst/MO-2026-0001-IPE-v1.xml"
ok test "$(cat "$T/outside/target")" = theirs
ok test "$(audit_count export)" = 0

t "a plan id stored as a path (before ids were checked) is not written outside the folder by export --all or render --all"
run 0 vr init
gen_cases "$T/c" PA 0 6
run 0 vr import "$T"/c/PA*.lua
stored_path_id "$VRTOOL_DB" PA "../outside/evil"
mkdir -p "$T/x/out" "$T/x/outside"
for jobs in 1 2; do
	for cmd in export render; do
		rm -rf "$T/x/out"/* "$T/x/outside"/*
		VRTOOL_JOBS=$jobs timed $cmd --all -o "$T/x/out" >"$T/out" 2>"$T/err"; rc=$?
		[ "$rc" != 0 ] && [ "$rc" -lt 128 ] || bad "$cmd --all ($jobs process(es)) exited $rc"
		took "$cmd --all with a stored path id, $jobs process(es)"
		grep -qF "a file name vrtool makes holds no '/'" "$T/err" || bad "$cmd: $(head -n 3 "$T/err")"
		grep -qF "nothing was written to $T/x/out" "$T/err" || bad "$cmd: no 'nothing was written'"
		[ -z "$(ls -A "$T/x/outside")" ] || bad "$cmd ($jobs): written outside: $(ls "$T/x/outside")"
		[ -z "$(ls -A "$T/x/out")" ] || bad "$cmd ($jobs): left in the folder: $(ls -A "$T/x/out" | head -n 3)"
		ok test "$(audit_count $cmd)" = 0
	done
done
run 0 vr audit verify

t "an export --all that fails in one of two processes leaves no file and no audit entry"
run 0 vr init
gen_cases "$T/c" FB 0 12
# one case with a large plan: past a file-size limit that the others fit in
awk 'BEGIN { s = ""; for (i = 0; i < 3000; i++) s = s "Progress is reviewed each term. "; big = s }
     { if ($0 ~ /progress_criteria =/) print "      progress_criteria = \"" big "\","; else print }' \
	"$T/c/FB00005.lua" >"$T/big.lua" && mv "$T/big.lua" "$T/c/FB00005.lua"
run 0 vr import "$T"/c/FB*.lua
run 0 vr export MO-2026-FB00000-IPE -o "$T/probe.xml"   # (SQLite: the database in WAL mode)
rm -f "$T/probe.xml"
before=$(db_content)
# ulimit -f counts 512- or 1024-byte blocks, as the shell has it
( ulimit -f 2; head -c 1500 /dev/zero >"$T/probe"; true ) 2>/dev/null
if [ "$(stat -c %s "$T/probe")" = 1024 ]; then UNIT=512; else UNIT=1024; fi
lim=$(( 48 * 1024 / UNIT ))
( ulimit -f "$lim"; VRTOOL_JOBS=2 exec /usr/bin/time -f "%e s %M kB" -o "$T/time" "$VR_BIN" export --all -o "$T/all" ) >"$T/out" 2>"$T/err"
rc=$?
took "export --all failing in one of 2 processes"
[ "$rc" != 0 ] && [ "$rc" -lt 128 ] || bad "exited $rc, expected a failure"
grep -qE "too large|size limit" "$T/err" || bad "stderr: $(head -n 3 "$T/err")"
err_has "nothing was written to $T/all and nothing recorded in the audit log"
[ -z "$(ls -A "$T/all" 2>/dev/null)" ] || bad "left behind: $(ls -A "$T/all" | head -n 5 | tr '\n' ' ')"
ok test "$(audit_count export)" = 1
ok test "$before" = "$(db_content)"
run 0 vr audit verify
# and once it can, the run writes every file with its record
VRTOOL_JOBS=2 run 0 vr export --all -o "$T/all"; out_has "exported 12 plan(s)"
ok test "$(ls "$T/all" | wc -l)" = 12
ok test "$(audit_count export)" = 13

# --- one bad plugin does not stop a command --------------------------------

t "a plugin whose requirements loop: list, show and the --all commands report its case and go on"
run 0 vr init
run 0 vr import --plugin-path "$P" "$P/reqloop/case.lua" "$MO" "$FIX/cases/wi-jdp.lua"
timed list --plugin-path "$P" >"$T/out" 2>"$T/err"; rc=$?
took "list with a looping plugin first"
[ "$rc" = 4 ] || bad "list exited $rc, expected 4"
out_has "A-reqloop"; out_has "unknown"
out_has "MO-2026-0001-IPE"; out_has "WI-2026-0901-JDP"
# (the instruction budget, or under valgrind the time budget, stops it)
err_has "case A-reqloop, plan A-reqloop-IPE: "; err_has "in kinds.IPE.requirements, so it could not finish"
run 4 vr list --json --plugin-path "$P"
json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "list --json"
import json, sys
rows = json.load(open(sys.argv[1]))
by = {r["plan"]: r for r in rows}
assert by["A-reqloop-IPE"]["status"] == "unknown" and "in kinds.IPE.requirements, so it could not finish" in by["A-reqloop-IPE"]["error"], rows
assert by["MO-2026-0001-IPE"]["status"] == "draft" and by["WI-2026-0901-JDP"]["status"] == "draft", rows
PY
run 4 vr show A-reqloop --plugin-path "$P"
out_has "plan A-reqloop-IPE (IPE)"; out_has "status unknown"; err_has "in kinds.IPE.requirements, so it could not finish"
run 4 vr show A-reqloop --json --plugin-path "$P"
json_ok "$T/out"
VRTOOL_JOBS=2 run 4 vr render --all -o "$T/html" --plugin-path "$P"
out_has "rendered 2 plan(s)"; err_has "plan A-reqloop-IPE version 1 was not rendered"
ok test -e "$T/html/MO-2026-0001-IPE-v1.html"; ok test -e "$T/html/WI-2026-0901-JDP-v1.html"
ok test ! -e "$T/html/A-reqloop-IPE-v1.html"
ok test "$(audit_count render)" = 2
VRTOOL_JOBS=1 run 4 vr render --all -o "$T/html1" --plugin-path "$P"
out_has "rendered 2 plan(s)"
run 0 vr export --all -o "$T/xml" --plugin-path "$P"; out_has "exported 3 plan(s)"
# signed (under a copy of the plugin that answers), check, deadlines and
# fees ask for its status too
mkdir -p "$T/good/reqloop"
sed 's/while true do end/return { signers = { "client" }, approvals = {} }/' \
	"$P/reqloop/plugin.lua" >"$T/good/reqloop/plugin.lua"
run 0 vr sign A-reqloop-IPE --role client --name "Test Person" --identity photo-ID \
	--plugin-path "$T/good" --as-of 2026-04-01
for jobs in 1 2; do
	for cmd in check deadlines fees; do
		VRTOOL_JOBS=$jobs timed $cmd --all --plugin-path "$P" $AS >"$T/out" 2>"$T/err"; rc=$?
		[ "$rc" = 1 ] || bad "$cmd --all ($jobs) exited $rc, expected 1"
		took "$cmd --all with a looping plugin first, $jobs process(es)"
		out_has "plan A-reqloop-IPE: its status could not be computed"
		out_has "3 case(s), 3 plan(s)"
		[ $cmd = fees ] || out_has "MO-2026-0001"
	done
done
run 1 vr check --all --json --plugin-path "$P" $AS
json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "check --all --json"
import json, sys
d = json.load(open(sys.argv[1]))
assert d["cases"] == 3 and d["plans"] == 3, d
fs = [f for f in d["findings"] if f["plugin"] == "reqloop"]
# (the instruction budget, or under valgrind the time budget, stops it)
assert len(fs) == 1 and ("instruction budget" in fs[0]["message"]
                         or "time budget" in fs[0]["message"]), fs
assert any(f["plugin"] == "mo-vr" for f in d["findings"]), d["findings"]
PY

done_testing
