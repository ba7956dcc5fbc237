#!/bin/sh
# Concurrency (issue 11, point 2): two and four vrtool processes write to one
# database at once: imports of disjoint case sets, signatures on different
# plans, and a mix of imports, signatures, amendments and exports with
# readers beside them; then two processes on the same plan (the same role
# signed twice at once, two amendments at once). Every command must succeed (exit 0) and none may
# mention a lock ("database is locked", "locked", "busy", "try again"): the
# 60 s busy timeout and BEGIN IMMEDIATE make writers wait for each other.
# Afterwards the counts are exact, each audit entry is there once, the chain
# verifies and SQLite's integrity check passes.
#
# VR_CONC_SCALE (default 1) multiplies the work of each writer;
# tests/stress/stress.sh runs this with a larger scale.
. tests/e2e/lib.inc
needs_sqlite "writers on an SQLite file given by --db, counts and integrity read with sqlite3"
. tests/e2e/cases.inc

SCALE=${VR_CONC_SCALE:-1}
AS="--as-of 2026-11-23"
TAGS="A B C D"
total_tx=0

# one writer's command: output to its log, a failure to its fail file
w_run() {
	"$VR_BIN" --db "$DB" "$@" >>"$T/log.$me" 2>&1 || echo "exit $?: $*" >>"$T/fail.$me"
	echo x >>"$T/tx.$me"
}

# starts `$1 TAG` for the first $2 writers of $TAGS in the background and
# waits for them all; then checks that every command succeeded quietly
writers() {
	fn=$1; nw=$2; pids=""
	for me in $(echo $TAGS | cut -d' ' -f1-"$nw"); do
		: >"$T/log.$me"; : >"$T/tx.$me"
		( $fn "$me" ) &
		pids="$pids $!"
	done
	for p in $pids; do wait "$p"; done
	for me in $(echo $TAGS | cut -d' ' -f1-"$nw"); do
		[ -e "$T/fail.$me" ] && { bad "writer $me: a command failed:"; sed 's/^/       /' "$T/fail.$me" | head -n 5; }
		if grep -i -E "locked|busy|try again" "$T/log.$me" >/dev/null; then
			bad "writer $me met a locked database:"
			grep -i -E "locked|busy|try again" "$T/log.$me" | head -n 3 | sed 's/^/       /'
		fi
		tx=$(wc -l <"$T/tx.$me")
		total_tx=$((total_tx + tx))
	done
}

fresh() {
	DB=$T/vrtool.db
	run 0 vr --db "$DB" init
	initial=$(sqlite3 "$DB" "select count(*) from audit")
}

# what every test checks at the end: the file, the chain, each entry once
whole() {
	ok test "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok
	run 0 vr --db "$DB" audit verify; out_has "the audit chain is whole"
	ok test "$(sqlite3 "$DB" "select count(*) = max(seq) and min(seq) = 1 from audit")" = 1
	dup=$(sqlite3 "$DB" "select action, object, detail, count(*) from audit
		group by action, object, detail having count(*) > 1 limit 3")
	[ -z "$dup" ] || bad "audit entries twice: $dup"
}

# --- imports of disjoint case sets ----------------------------------------

IMPORTS=$((12 * SCALE)) # import commands per writer, 1-3 files each

import_writer() {
	me=$1; i=0; f=0
	while [ $i -lt $IMPORTS ]; do
		k=$((i % 3 + 1)); files=""
		while [ $k -gt 0 ]; do
			files="$files $T/c/$me$(printf '%05d' $f).lua"; f=$((f + 1)); k=$((k - 1))
		done
		w_run import $files
		i=$((i + 1))
	done
}

ncases_per_writer=$((IMPORTS / 3 * 6 + (IMPORTS % 3 >= 1) * 1 + (IMPORTS % 3 >= 2) * 2))

for nw in 2 4; do
	t "$nw writers import disjoint case sets at once ($nw x $IMPORTS transactions): all succeed, counts exact"
	fresh
	for me in $(echo $TAGS | cut -d' ' -f1-$nw); do gen_cases "$T/c" "$me" 0 $ncases_per_writer; done
	total_tx=0
	writers import_writer $nw
	expect=$((nw * ncases_per_writer))
	ok test "$(sqlite3 "$DB" 'select count(*) from "case"')" = $expect
	ok test "$(sqlite3 "$DB" "select count(*) from plan_version")" = $expect
	ok test "$(sqlite3 "$DB" "select count(distinct object) || ' ' || count(*) from audit where action = 'import'")" = "$expect $expect"
	ok test "$(sqlite3 "$DB" "select count(*) from audit")" = $((initial + expect))
	whole
	echo "     $total_tx import transactions by $nw writers, $expect cases"
done

# --- signatures on different plans ----------------------------------------

PLANS=$((4 * SCALE)) # plans per writer, each signed three times

sign_writer() {
	me=$1; i=0
	while [ $i -lt $PLANS ]; do
		p=MO-2026-$me$(printf '%05d' $i)-IPE
		w_run sign "$p" --role client --name "Avery Testcase" --identity "conc-$me-$i-client" $AS
		w_run sign "$p" --role counselor --name "Jordan Example" --identity "conc-$me-$i-counselor" $AS
		w_run sign "$p" --role supervisor --name "Riley Sample" --identity "conc-$me-$i-supervisor" $AS
		i=$((i + 1))
	done
}

for nw in 2 4; do
	t "$nw writers sign different plans at once ($nw x $((PLANS * 3)) transactions): every signature once, every plan in effect"
	fresh
	for me in $(echo $TAGS | cut -d' ' -f1-$nw); do gen_cases "$T/c" "$me" 0 $PLANS; done
	run 0 vr --db "$DB" import "$T"/c/*.lua
	base=$(sqlite3 "$DB" "select count(*) from audit")
	total_tx=0
	writers sign_writer $nw
	expect=$((nw * PLANS * 3))
	ok test "$(sqlite3 "$DB" "select count(*) from signature")" = $expect
	ok test "$(sqlite3 "$DB" "select count(distinct plan_id || role) from signature")" = $expect
	ok test "$(sqlite3 "$DB" "select count(distinct identity) from signature where identity like 'conc-%'")" = $expect
	ok test "$(sqlite3 "$DB" "select count(*) from audit where action = 'sign'")" = $expect
	ok test "$(sqlite3 "$DB" "select count(*) from audit")" = $((base + expect))
	run 0 vr --db "$DB" list --json
	python3 - "$T/out" $((nw * PLANS)) <<'PY' || bad "not every plan is in effect"
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == int(sys.argv[2]), len(rows)
assert all(r["in_effect"] == 1 for r in rows), [r for r in rows if r["in_effect"] != 1][:3]
PY
	whole
	echo "     $total_tx sign transactions by $nw writers"
done

# --- a mix: import, sign, amend, sign again, export; readers alongside -----

MIX=$((3 * SCALE)) # cases per writer, 8 transactions each

mix_writer() {
	me=$1; i=0
	while [ $i -lt $MIX ]; do
		n=$(printf '%05d' $i); p=MO-2026-$me$n-IPE
		w_run import "$T/c/$me$n.lua"
		w_run sign "$p" --role client --name "Avery Testcase" --identity "mix-$me-$i-1c" $AS
		w_run sign "$p" --role counselor --name "Jordan Example" --identity "mix-$me-$i-1o" $AS
		w_run sign "$p" --role supervisor --name "Riley Sample" --identity "mix-$me-$i-1s" $AS
		w_run amend "$p" --set "goal.occupation=Pharmacy Technician $me$i" --reason "mix-$me-$i" $AS
		w_run sign "$p" --role client --name "Avery Testcase" --identity "mix-$me-$i-2c" $AS
		w_run sign "$p" --role counselor --name "Jordan Example" --identity "mix-$me-$i-2o" $AS
		w_run export "$p" -o "$T/x/$p.xml"
		i=$((i + 1))
	done
}

reader() { # reads until the writers are done; every read must succeed
	while [ ! -e "$T/writers-done" ]; do
		for cmd in list "audit verify" "show MO-2026-A00000" "check --all $AS"; do
			"$VR_BIN" --db "$DB" $cmd >"$T/r.out" 2>"$T/r.err"
			rc=$?
			# (show: the case may not be imported yet; check: findings exit 1)
			case "$rc:$cmd" in
			0:*|3:show*|1:check*) ;;
			*) echo "exit $rc: $cmd: $(head -c 300 "$T/r.err")" >>"$T/fail.reader" ;;
			esac
			if grep -i -E "locked|busy|try again" "$T/r.err" >/dev/null; then
				cat "$T/r.err" >>"$T/fail.reader"
			fi
			echo x >>"$T/reads"
		done
	done
}

for nw in 2 4; do
	t "$nw writers mix import, sign, amend and export at once ($nw x $((MIX * 8)) transactions), a reader beside them: all succeed"
	fresh
	mkdir -p "$T/x"
	for me in $(echo $TAGS | cut -d' ' -f1-$nw); do gen_cases "$T/c" "$me" 0 $MIX; done
	rm -f "$T/writers-done"; : >"$T/reads"
	reader & rpid=$!
	total_tx=0
	writers mix_writer $nw
	touch "$T/writers-done"; wait $rpid
	[ -e "$T/fail.reader" ] && { bad "a read failed:"; head -n 5 "$T/fail.reader" | sed 's/^/       /'; }
	ncase=$((nw * MIX))
	ok test "$(sqlite3 "$DB" 'select count(*) from "case"')" = $ncase
	ok test "$(sqlite3 "$DB" "select count(*) from plan_version")" = $((2 * ncase))
	ok test "$(sqlite3 "$DB" "select count(*) from signature")" = $((5 * ncase))
	ok test "$(sqlite3 "$DB" "select count(distinct identity) from signature")" = $((5 * ncase))
	ok test "$(sqlite3 "$DB" "select count(*) from audit where action = 'amend'")" = $ncase
	ok test "$(sqlite3 "$DB" "select count(*) from audit where action = 'export'")" = $ncase
	ok test "$(sqlite3 "$DB" "select count(*) from audit")" = $((initial + 8 * ncase))
	ok test "$(ls "$T/x" | grep -c '\.xml$')" = $ncase
	ok test "$(ls "$T/x" | grep -c '\.tmp-')" = 0
	run 0 vr --db "$DB" list --json
	python3 - "$T/out" $ncase <<'PY' || bad "not every amendment is in effect"
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == int(sys.argv[2]), len(rows)
assert all(r["in_effect"] == 2 and r["newest"] == 2 for r in rows), rows[:2]
PY
	run 0 vr --db "$DB" verify MO-2026-A00000-IPE; out_has "0 failed"
	whole
	echo "     $total_tx transactions by $nw writers, $(wc -l <"$T/reads") reads beside them"
done

# --- the same plan from two processes at once -------------------------------

PAIRS=$((6 * SCALE)) # plans, each with two processes racing

t "two processes sign one plan in one role at once, on $PAIRS plans: one signature each; the other is refused as already signed"
fresh
gen_cases "$T/c" S 0 $PAIRS
run 0 vr --db "$DB" import "$T"/c/S*.lua
base=$(sqlite3 "$DB" "select count(*) from audit")
i=0; pids=""
while [ $i -lt $PAIRS ]; do
	p=MO-2026-S$(printf '%05d' $i)-IPE
	for who in 1 2; do
		( "$VR_BIN" --db "$DB" sign "$p" --role client --name "Avery Testcase" \
			--identity "race-$i-$who" $AS >"$T/race.$i.$who" 2>&1; echo $? >"$T/rc.$i.$who" ) &
		pids="$pids $!"
	done
	i=$((i + 1))
done
for p in $pids; do wait "$p"; done
i=0
while [ $i -lt $PAIRS ]; do
	r="$(cat "$T/rc.$i.1") $(cat "$T/rc.$i.2")"
	case $r in
	"0 3") loser=2 ;; "3 0") loser=1 ;;
	*) bad "plan $i: the two signs exited $r, expected one 0 and one 3"; loser= ;;
	esac
	[ -n "$loser" ] && { grep -q "already signed as client" "$T/race.$i.$loser" ||
		bad "plan $i: $(cat "$T/race.$i.$loser")"; }
	i=$((i + 1))
done
ok test "$(sqlite3 "$DB" "select count(*) from signature")" = $PAIRS
ok test "$(sqlite3 "$DB" "select count(distinct plan_id) from signature")" = $PAIRS
ok test "$(sqlite3 "$DB" "select count(*) from audit")" = $((base + PAIRS))
whole

t "two processes amend one plan at once, on $PAIRS plans: each succeeds or is told to run it again; never a constraint error"
fresh
gen_cases "$T/c" S 0 $PAIRS
run 0 vr --db "$DB" import "$T"/c/S*.lua
i=0; pids=""
while [ $i -lt $PAIRS ]; do
	p=MO-2026-S$(printf '%05d' $i)-IPE
	for who in 1 2; do
		( "$VR_BIN" --db "$DB" amend "$p" --set "goal.occupation=Pharmacy Technician $who" \
			--reason "race-$i-$who" $AS >"$T/race.$i.$who" 2>&1; echo $? >"$T/rc.$i.$who" ) &
		pids="$pids $!"
	done
	i=$((i + 1))
done
for p in $pids; do wait "$p"; done
i=0; won=0
while [ $i -lt $PAIRS ]; do
	for who in 1 2; do
		case $(cat "$T/rc.$i.$who") in
		0) won=$((won + 1)) ;;
		3) grep -q "run the amendment again" "$T/race.$i.$who" || bad "plan $i: $(cat "$T/race.$i.$who")" ;;
		*) bad "plan $i, amendment $who exited $(cat "$T/rc.$i.$who"): $(cat "$T/race.$i.$who")" ;;
		esac
	done
	[ "$(cat "$T/rc.$i.1") $(cat "$T/rc.$i.2")" = "3 3" ] && bad "plan $i: both amendments refused"
	i=$((i + 1))
done
grep -l -i "constraint" "$T"/race.* >/dev/null && bad "an amendment died on a constraint"
ok test "$(sqlite3 "$DB" "select count(*) from plan_version")" = $((PAIRS + won))
ok test "$(sqlite3 "$DB" "select count(*) from audit where action = 'amend'")" = $won
whole
echo "     $won of $((2 * PAIRS)) amendments went in; the rest were told to run again"

t "no vrtool process outlives the test"
if pgrep -f -- "$TOP" >/dev/null; then
	bad "processes left: $(pgrep -a -f -- "$TOP" | head -n 5)"
	for p in $(pgrep -f -- "$TOP"); do kill -9 "$p"; done
fi

done_testing
