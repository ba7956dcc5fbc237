#!/bin/sh
# End-to-end tests of the stored values (schema migration 3: each document's
# value tree kept beside its XML, so reads need no XML parse) and of the
# batch commands that share the cases among processes (check, deadlines and
# fees --all): what they print must be exactly what parsing the XML, and one
# process, would give.
. tests/e2e/lib.inc

ASOF=2026-11-23

# copies N DIR: N copies of every sample case in DIR, ids made unique
copies() {
	mkdir -p "$2"
	for n in $(seq "$1"); do
		for f in "$FIX"/cases/*.lua "$FIX"/bad-rules/*.lua; do
			sed -e "s/-2026-0/-2026-K$n/g" -e "s/\"P-\([A-Z]*\)-0/\"P-\1-K$n/g" "$f" \
				>"$2/k$n-$(basename "$f")"
		done
	done
}

# outputs DIR: what the reading commands print, one file each (and their
# exit codes), for comparing two states of a database
outputs() {
	mkdir -p "$1"
	for op in check deadlines fees; do
		vr $op --all --as-of $ASOF >"$1/$op.txt" 2>&1; echo $? >>"$1/$op.txt"
		vr $op --all --as-of $ASOF --json >"$1/$op.json" 2>&1
	done
	for c in $(db_sql 'SELECT id FROM "case" ORDER BY id'); do
		vr show "$c" --json | grep -v '"created_at"\|"updated_at"' >>"$1/show.json"
	done
	vr export --all -o "$1/xml" >/dev/null 2>&1 || echo "export failed" >>"$1/check.txt"
	vr run lua/scripts/caseload.lua --as-of $ASOF >"$1/caseload.txt" 2>&1
}

# unstore: the database as an older vrtool left it, no stored values
unstore() {
	db_tamper "UPDATE plan_version SET val = NULL; UPDATE person SET val = NULL;
		UPDATE \"case\" SET val = NULL;"
}

# blob HEX: a literal of those bytes, in the backend's SQL
blob() {
	if on_pg; then printf "'\\\\x%s'::bytea\\n" "$1"; else printf "X'%s'\\n" "$1"; fi
}
# val_hex TABLE: the stored value of TABLE's one row, in lower-case hex
val_hex() {
	if on_pg; then db_sql "SELECT encode(val, 'hex') FROM $1"; else db_sql "SELECT lower(hex(val)) FROM $1"; fi
}
VRV1=76727631 # the bytes 'vrv1'

same_dirs() { # A B: the same files with the same bytes
	diff -r "$1" "$2" >"$T/diff" 2>&1 || { bad "$1 and $2 differ"; head -n 20 "$T/diff" | sed 's/^/       /'; }
}

t "import stores each document's value beside its XML"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr amend MO-2026-0001-IPE --set goal.occupation="Medical lab technician" --reason "client's choice"
ok test "$(db_sql "SELECT count(*) FROM plan_version WHERE val IS NULL")" = 0
ok test "$(db_sql "SELECT count(*) FROM person WHERE val IS NULL")" = 0
ok test "$(db_sql "SELECT count(*) FROM \"case\" WHERE val IS NULL")" = 0
ok test "$(db_sql "SELECT count(*) FROM plan_version WHERE substr(val, 1, 4) = $(blob $VRV1)")" = 9
ok test "$(db_sql "SELECT version FROM schema_migrations ORDER BY version DESC LIMIT 1")" = 5

t "what the commands print from stored values is what they print from the XML"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr amend MO-2026-0001-IPE --set goal.occupation="Medical lab technician" --reason "client's choice"
outputs "$T/stored"
ok test -s "$T/stored/check.txt"
ok test "$(ls "$T/stored/xml" | wc -l)" = 8
unstore
ok test "$(db_sql "SELECT count(*) FROM plan_version WHERE val IS NOT NULL")" = 0
outputs "$T/xml"
same_dirs "$T/stored" "$T/xml"
# beside the older rows, a new import stores values again
copies 1 "$T/new"
# (signed in time by the people on record, so that its check is clean)
import_signed "$T/new/k1-mo-student-ssa.lua"
ok test "$(db_sql "SELECT count(*) FROM plan_version WHERE val IS NOT NULL")" = 1
run 0 vr check MO-2026-K1001 --as-of $ASOF
out_has "0 error(s), 0 warning(s)"
run 0 vr audit verify

t "a value stored by a machine with the other byte order is read from the XML"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
outputs "$T/before"
db_tamper "UPDATE plan_version SET val = $(blob ${VRV1}01020304) || substr(val, 9);
	UPDATE person SET val = $(blob ${VRV1}01020304) || substr(val, 9);"
outputs "$T/after"
same_dirs "$T/before" "$T/after"

t "a damaged stored value is reported, not used"
run 0 vr init
run 0 vr import "$FIX"/cases/mo-student-ssa.lua
db_tamper "UPDATE plan_version SET val = substr(val, 1, 8) || $(blob 6f07000000);"
run 4 vr check MO-2026-0001 --as-of $ASOF
err_has "stored plan MO-2026-0001-IPE does not read back"
err_has "vrtool audit verify"
run 4 vr export MO-2026-0001-IPE -o "$T/x.xml"
ok test ! -e "$T/x.xml"

t "verify finds a stored value changed to say something its signed XML does not"
run 0 vr init
run 0 vr import "$FIX"/cases/mo-student-ssa.lua
run 0 vr verify MO-2026-0001-IPE
out_has "ok   case MO-2026-0001 and person P-MO-0001 as stored"
# same length, still well formed: only a comparison with the XML can tell
# (one plan version, one person: each table's one value, changed in Python)
changed() { # HEX FROM TO: HEX with the bytes FROM replaced by TO, in hex
	python3 -c 'import sys
v = bytes.fromhex(sys.argv[1]); a, b = sys.argv[2].encode(), sys.argv[3].encode()
assert a in v, a
print(v.replace(a, b).hex())' "$@"
}
pv=$(changed "$(val_hex plan_version)" "Pharmacy Technician" "Pharmacy Mechanicia") &&
	pe=$(changed "$(val_hex person)" "P-MO-0001" "P-MO-0009") &&
	db_tamper "UPDATE plan_version SET val = $(blob "$pv"); UPDATE person SET val = $(blob "$pe");" ||
	bad "could not change the stored value"
run 1 vr verify MO-2026-0001-IPE
out_has "FAIL plan MO-2026-0001-IPE version 1"
out_has "the value stored beside the plan is not what its XML reads as"
out_has "FAIL case MO-2026-0001 and person P-MO-0001 as stored"

t "check, deadlines and fees --all over 1, 2 and 3 processes print the same"
run 0 vr init
copies 5 "$T/cases"
run 0 vr import "$T"/cases/*.lua
ok test "$(db_sql 'SELECT count(*) FROM "case"')" = 60
for op in check deadlines fees; do
	VRTOOL_JOBS=1 vr $op --all --as-of $ASOF >"$T/$op-1" 2>"$T/$op-1.err"; echo "exit $?" >>"$T/$op-1"
	for j in 2 3; do
		VRTOOL_JOBS=$j vr $op --all --as-of $ASOF >"$T/$op-$j" 2>"$T/$op-$j.err"; echo "exit $?" >>"$T/$op-$j"
		cmp -s "$T/$op-1" "$T/$op-$j" || { bad "$op --all with $j processes differs from one"; diff "$T/$op-1" "$T/$op-$j" | head -n 10 | sed 's/^/       /'; }
	done
done
grep -q "^60 case(s), 60 plan(s) checked as of $ASOF: [1-9]" "$T/check-2" || bad "check totals: $(tail -n 2 "$T/check-2")"
grep -q "^exit 1" "$T/check-2" || bad "check --all with errors did not exit 1"
grep -q "^exit 1" "$T/deadlines-2" || bad "deadlines --all with overdue ones did not exit 1"
# the order is the case order, as from one process
grep -o '^[A-Z][A-Z]-2026-K[0-9]*[0-9-]*-[A-Z]*$' "$T/check-2" >"$T/order"
ok test -s "$T/order"
LC_ALL=C sort -c "$T/order" 2>/dev/null || bad "check --all output is not in plan order"

t "a process of a parallel check that fails makes the whole command fail"
run 0 vr init
copies 2 "$T/cases"
run 0 vr import "$T"/cases/*.lua
db_tamper "UPDATE plan_version SET val = substr(val, 1, 8) || $(blob 6f07000000)
	WHERE plan_id = (SELECT plan_id FROM plan_version ORDER BY plan_id LIMIT 1 OFFSET 5);"
VRTOOL_JOBS=1 vr check --all --as-of $ASOF >"$T/one" 2>"$T/one.err"; one=$?
VRTOOL_JOBS=2 vr check --all --as-of $ASOF >"$T/two" 2>"$T/two.err"; two=$?
ok test "$one" = 4
ok test "$two" = 4
grep -q "does not read back" "$T/two.err" || bad "no message: $(cat "$T/two.err")"

done_testing
