#!/bin/sh
# PostgreSQL, what only a server has (issue 19): 8 and 16 writer processes
# at once; clients killed mid-transaction; the server stopped at once
# (pg_ctl stop -m immediate) and started again during writes; a connection
# dropped under a command; the least-privilege role; the same bytes on
# both backends and `vrtool copy` between them. Runs on the pg backend of
# tests/run-all.sh (a throwaway cluster, tests/pg/cluster.sh); on SQLite it
# says so and is skipped.
#
# VR_CONC_SCALE (default 1) multiplies each writer's work.
. tests/e2e/lib.inc
if ! on_pg; then
	echo "skip - pg: runs on the PostgreSQL backend only (VR_BACKEND=pg)"
	echo "0 passed, 0 failed"
	echo "1 skipped"
	exit 0
fi
. tests/e2e/cases.inc

SCALE=${VR_CONC_SCALE:-1}
AS="--as-of 2026-11-23"
CLUSTER="sh $ROOT/tests/pg/cluster.sh"

q() { # SQL: one value from the test's database
	psql "$VRTOOL_DB" -XAtq -v ON_ERROR_STOP=1 -c "$1"
}

# each writer's commands: output to its log, a failure to its fail file
w_run() {
	"$VR_BIN" "$@" >>"$T/log.$me" 2>&1 || echo "exit $?: $*" >>"$T/fail.$me"
}

writers() { # FN N: runs FN TAG in N processes at once, waits, checks them
	fn=$1; nw=$2; pids=""; i=0
	tags=""
	while [ $i -lt "$nw" ]; do
		tags="$tags W$(printf '%02d' $i)"; i=$((i + 1))
	done
	for me in $tags; do
		: >"$T/log.$me"
		( $fn "$me" ) &
		pids="$pids $!"
	done
	for p in $pids; do wait "$p"; done
	for me in $tags; do
		[ -e "$T/fail.$me" ] && { bad "writer $me: a command failed:"; sed 's/^/       /' "$T/fail.$me" | head -n 5; }
	done
}

whole() { # the chain replays; seq runs 1..n with no gap; no entry twice
	run 0 vr audit verify; out_has "the audit chain is whole"
	ok test "$(q "select count(*) = max(seq) and min(seq) = 1 from audit")" = t
	dup=$(q "select action, object, detail from audit group by action, object, detail
		having count(*) > 1 limit 3")
	[ -z "$dup" ] || bad "audit entries twice: $dup"
}

# --- many writers ------------------------------------------------------------

PER=$((2 * SCALE)) # cases per writer, 7 transactions each

mix_writer() {
	me=$1; i=0
	while [ $i -lt $PER ]; do
		n=$(printf '%05d' $i); p=MO-2026-$me$n-IPE
		w_run import "$T/c/$me$n.lua"
		w_run sign "$p" --role client --name "Avery Testcase" --identity "pg-$me-$i-1c" $AS
		w_run sign "$p" --role counselor --name "Jordan Example" --identity "pg-$me-$i-1o" $AS
		w_run sign "$p" --role supervisor --name "Riley Sample" --identity "pg-$me-$i-1s" $AS
		w_run amend "$p" --set "goal.occupation=Pharmacy Technician $me$i" --reason "pg-$me-$i" $AS
		w_run sign "$p" --role client --name "Avery Testcase" --identity "pg-$me-$i-2c" $AS
		w_run sign "$p" --role counselor --name "Jordan Example" --identity "pg-$me-$i-2o" $AS
		i=$((i + 1))
	done
}

for nw in 8 16; do
	t "$nw writers import, sign and amend at once ($nw x $((PER * 7)) transactions): none lost, the chain whole"
	run 0 vr init
	initial=$(q "select count(*) from audit")
	i=0
	while [ $i -lt $nw ]; do gen_cases "$T/c" "W$(printf '%02d' $i)" 0 $PER; i=$((i + 1)); done
	start=$(date +%s)
	writers mix_writer $nw
	secs=$(( $(date +%s) - start ))
	ncase=$((nw * PER))
	ok test "$(q 'select count(*) from "case"')" = $ncase
	ok test "$(q "select count(*) from plan_version")" = $((2 * ncase))
	ok test "$(q "select count(*) from signature")" = $((5 * ncase))
	ok test "$(q "select count(distinct identity) from signature")" = $((5 * ncase))
	ok test "$(q "select count(*) from audit")" = $((initial + 7 * ncase))
	run 0 vr list --json
	python3 - "$T/out" $ncase <<'PY' || bad "not every amendment is in effect"
import json, sys
rows = json.load(open(sys.argv[1]))
assert len(rows) == int(sys.argv[2]), len(rows)
assert all(r["in_effect"] == 2 and r["newest"] == 2 for r in rows), rows[:2]
PY
	whole
	echo "     $((7 * ncase)) transactions by $nw writers in ${secs}s, none lost"
done

# --- clients killed mid-transaction -------------------------------------------

KILLS=$((12 * SCALE))

t "SIGKILL of $KILLS clients during imports and signatures: what was reported is there, nothing half there"
run 0 vr init
gen_cases "$T/c" K 0 $KILLS
i=0; reported=0
while [ $i -lt $KILLS ]; do
	n=$(printf '%05d' $i); f=$T/c/K$n.lua
	"$VR_BIN" import "$f" >"$T/k.out" 2>&1 &
	pid=$!
	# a kill somewhere in the command: its start, its plugin, its commit
	sleep "0.0$(( (i * 37) % 9 ))"
	kill -9 $pid 2>/dev/null
	if wait $pid; then
		reported=$((reported + 1)); echo "MO-2026-K$n" >>"$T/reported"
	fi
	i=$((i + 1))
done
# every import reported done is there, whole; a killed one is wholly absent
for c in $(cat "$T/reported" 2>/dev/null); do
	ok test "$(q "select count(*) from plan_version where plan_id = '$c-IPE'")" = 1
done
ok test "$(q 'select count(*) from "case" c where not exists (select 1 from plan p where p.case_id = c.id)')" = 0
ok test "$(q "select count(*) from audit where action = 'import'")" = "$(q 'select count(*) from "case"')"
# no session is left inside a transaction, and the next writer is not kept waiting
ok test "$(q "select count(*) from pg_stat_activity where datname = current_database()
	and state like 'idle in transaction%'")" = 0
run 0 vr import "$FIX/cases/tx-career-cluster.lua"
whole
echo "     $KILLS clients killed, $reported had reported success before the kill"

# --- the server stopped at once, and started again, during writes ---------------

t "pg_ctl stop -m immediate during writes, then a restart: every acknowledged command is there"
run 0 vr init
gen_cases "$T/c" R 0 40
mkdir -p "$T/r"
( i=0; while [ $i -lt 40 ]; do
	n=$(printf '%05d' $i)
	if "$VR_BIN" import "$T/c/R$n.lua" >"$T/r/$n" 2>&1; then echo "$n" >>"$T/acked"
	else echo "$n" >>"$T/refused"; fi
	i=$((i + 1))
done ) & wpid=$!
sleep 1
$CLUSTER crash "$VR_PG_DIR" >"$T/crash.log" 2>&1 || bad "the server did not stop and start again: $(tail -n 5 "$T/crash.log")"
wait $wpid
: >>"$T/acked"; : >>"$T/refused"
for n in $(cat "$T/acked"); do
	ok test "$(q "select count(*) from plan_version where plan_id = 'MO-2026-R$n-IPE'")" = 1
done
# a command the stop cut off says so and changed nothing, except one whose
# COMMIT the server took and could not answer: that one says the outcome is
# not known (and its case is there, whole)
unknown=0
for n in $(cat "$T/refused"); do
	grep -q -E "connection to the database server was lost|cannot connect" "$T/r/$n" ||
		bad "import R$n failed without saying why: $(head -n 2 "$T/r/$n")"
	have=$(q "select count(*) from plan_version where plan_id = 'MO-2026-R$n-IPE'")
	if grep -q "is not known" "$T/r/$n"; then
		unknown=$((unknown + 1))
	else
		ok test "$have" = 0
	fi
	ok test "$(q "select count(*) from \"case\" where id = 'MO-2026-R$n'")" = "$have"
done
whole
echo "     $(wc -l <"$T/acked") of 40 imports acknowledged around an immediate stop, all there; $(wc -l <"$T/refused") refused with a message ($unknown whose commit's outcome was unknown to the client)"

# --- a connection dropped under a command ----------------------------------------

LOCK=1987212289   # the writers' advisory lock (src/core/store_pg.h)

t "a connection dropped while a command waits to write is made again: the command succeeds once"
run 0 vr init
gen_cases "$T/c" D 0 2
# another session holds the writers' lock for 3 s; the import waits for it,
# and its connection is terminated meanwhile
psql "$VRTOOL_DB" -XAtq -c "select pg_advisory_lock($LOCK), pg_sleep(3)" >/dev/null &
hold=$!
sleep 0.5
"$VR_BIN" import "$T/c/D00000.lua" >"$T/out" 2>"$T/err" & ipid=$!
sleep 1
ok test "$(q "select count(pg_terminate_backend(pid)) from pg_stat_activity
	where datname = current_database() and wait_event_type = 'Lock'")" = 1
wait $ipid; rc=$?
wait $hold
ok test $rc = 0
ok test "$(q "select count(*) from audit where object = 'case:MO-2026-D00000'")" = 1
whole

t "a connection dropped in the middle of a write transaction: the command says so, exits 4, nothing is kept"
run 0 vr init
gen_cases "$T/c" D 0 2
# another session locks the audit table: the import writes its case, then
# waits to read the chain's head; its connection is terminated there
psql "$VRTOOL_DB" -XAtq -c "begin; lock table audit in access exclusive mode; select pg_sleep(3); commit" >/dev/null &
hold=$!
sleep 0.5
"$VR_BIN" import "$T/c/D00001.lua" >"$T/out" 2>"$T/err" & ipid=$!
sleep 1.5
ok test "$(q "select count(pg_terminate_backend(pid)) from pg_stat_activity
	where datname = current_database() and wait_event_type = 'Lock'
	and query not like '%pg_sleep%'")" = 1
wait $ipid; rc=$?
wait $hold
ok test $rc = 4
err_has "the connection to the database server was lost"
err_has "nothing of this command was kept"
ok test "$(q 'select count(*) from "case"')" = 0
ok test "$(q 'select count(*) from person')" = 0
run 0 vr import "$T/c/D00001.lua"
whole

# --- roles ------------------------------------------------------------------------

t "the staff role adds rows but cannot change the append-only tables, nor migrate"
run 0 vr init
run 0 vr import "$FIX/cases/mo-student-ssa.lua"
STAFF_DB=$(echo "$VRTOOL_DB" | sed 's/user=vrtool_owner/user=vrtool_staff/')
VRTOOL_DB=$STAFF_DB run 0 vr sign MO-2026-0001-IPE --role client --name "Avery Testcase" --identity "photo ID" $AS
for stmt in "update audit set actor = 'x'" "delete from signature" "update plan_version set date = '2020-01-01'" \
	"delete from install_key" "truncate audit"; do
	psql "$STAFF_DB" -XAtq -c "$stmt" >"$T/out" 2>"$T/err" && bad "the staff role could: $stmt"
	grep -q -E "permission denied|append-only|immutable" "$T/err" || bad "$stmt: $(cat "$T/err")"
done
# not even the owner changes them: the triggers refuse
psql "$VRTOOL_DB" -XAtq -c "update audit set actor = 'x'" >"$T/out" 2>"$T/err" && bad "the owner could change the audit log"
grep -q "the audit log is append-only" "$T/err" || bad "owner: $(cat "$T/err")"
VRTOOL_DB=$STAFF_DB run 0 vr audit verify; out_has "the audit chain is whole"

# --- how a database is named ---------------------------------------------------

t "a connection string with a password is refused, naming the safe places; a libpq service file works"
run 0 vr init
run 3 vr --db "$(echo "$VRTOOL_DB" | sed 's|postgresql://|postgresql://vrtool_owner:s3cret@|')" list
err_has "the connection string holds a password"; err_has ".pgpass"
out_lacks "s3cret"
if grep -q "s3cret" "$T/err"; then bad "the password was printed"; fi
run 3 vr --db "$VRTOOL_DB&password=s3cret" list; err_has "holds a password"
dbname=$(echo "$VRTOOL_DB" | sed 's|postgresql:///\([^?]*\)?.*|\1|')
printf '[vrtest]\nhost=%s\ndbname=%s\nuser=vrtool_owner\n' "$VR_PG_DIR" "$dbname" >"$T/pg_service.conf"
PGSERVICEFILE=$T/pg_service.conf VRTOOL_DB=service=vrtest run 0 vr import "$FIX/cases/mo-student-ssa.lua"
out_has "imported"; out_lacks "service=vrtest"
ok test "$(q 'select count(*) from "case"')" = 1
# messages name the database and its host, never the string it was opened with
run 3 vr show NO-SUCH-CASE; err_has "no case 'NO-SUCH-CASE' in PostgreSQL database $dbname on $VR_PG_DIR"

# --- two offices, one database, a key each --------------------------------------

t "two offices share one database, each with its own signing key (--key): each office's signatures verify at the other"
run 0 vr init --key "$T/office-a.key"
out_has "created signing key"
run 0 vr init --key "$T/office-b.key"
out_has "created signing key"
ok test "$(q "select count(*) from install_key")" = 2
run 0 vr import --key "$T/office-a.key" "$FIX/cases/mo-student-ssa.lua"
run 0 vr sign MO-2026-0001-IPE --key "$T/office-a.key" --role client --name "Avery Testcase" --identity "photo ID" $AS
run 0 vr sign MO-2026-0001-IPE --key "$T/office-b.key" --role counselor --name "Jordan Example" --identity "badge" $AS
ok test "$(q "select count(distinct key_id) from signature")" = 2
run 0 vr verify MO-2026-0001-IPE; out_has "0 failed"
# a document exported at one office verifies with only the other's view of the keys
run 0 vr export MO-2026-0001-IPE -o "$T/mo.xml"
run 0 vr verify "$T/mo.xml"; out_has "0 failed"
# a key file is the office's own: 0600, never in the database
ok test "$(stat -c %a "$T/office-a.key")" = 600
seed=$(awk '{ print substr($2, 1, 64) }' "$T/office-a.key")   # the secret half
ok test "$(q "select count(*) from install_key where public_key like '%$seed%'")" = 0
ok test "$(q "select count(*) from audit where detail like '%$seed%'")" = 0
run 0 vr audit verify; out_has "the audit chain is whole"

# --- reads on a hot standby ---------------------------------------------------------

t "a read-only hot standby (pg_basebackup -R) answers every read as the primary does; a write there is refused; export records on the primary"
# (a folder the server's user reaches: not inside this test's 0700 TOP)
SB=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-standby.XXXXXX")
trap '$CLUSTER stop "$SB" >/dev/null 2>&1; rm -rf "$SB"; _lib_cleanup' EXIT
if ! $CLUSTER standby "$SB" "$VR_PG_DIR" >"$T/sb.log" 2>&1; then
	bad "the standby did not start: $(tail -n 5 "$T/sb.log")"
	done_testing
fi
run 0 vr init
set --
for c in mo-student-ssa ny-pros-working tx-career-cluster wi-ips-placement; do set -- "$@" "$FIX/cases/$c.lua"; done
run 0 vr import "$@"
run 0 vr sign MO-2026-0001-IPE --role client --name "Avery Testcase" --identity "photo ID" $AS
PRIMARY=$VRTOOL_DB
STANDBY=$(echo "$VRTOOL_DB" | sed "s|host=$VR_PG_DIR|host=$SB|")
# the standby has replayed the primary's last commit
want=$(q "select pg_current_wal_lsn()")
i=0
until [ "$(psql "$STANDBY" -XAtq -c "select pg_last_wal_replay_lsn() >= '$want'")" = t ] || [ $i -ge 100 ]; do
	sleep 0.1; i=$((i + 1))
done
for cmd in "list" "list --json" "show MO-2026-0001" "check --all $AS" "deadlines --all $AS" \
	"fees --all $AS" "verify MO-2026-0001-IPE" "audit verify" "audit log"; do
	vr $cmd >"$T/p" 2>&1; VRTOOL_DB=$STANDBY vr $cmd >"$T/s" 2>&1
	cmp -s "$T/p" "$T/s" || bad "$cmd differs on the standby: $(diff "$T/p" "$T/s" | head -n 4)"
done
cat >"$T/read.lua" <<'LUA'
local db = assert(vr.open())
local n = 0
for c in db:cases{} do n = n + #c.plans end
print(n .. " plan(s)")
LUA
VRTOOL_DB=$STANDBY run 0 vr run "$T/read.lua"; out_has "4 plan(s)"
# a write on the standby is refused, saying what to do, and changes nothing
before=$(q "select count(*) from audit")
VRTOOL_DB=$STANDBY run 3 vr import "$FIX/cases/mo-supported-employment.lua"
err_has "is a read-only standby"; err_has "VRTOOL_DB_PRIMARY"
VRTOOL_DB=$STANDBY run 3 vr sign MO-2026-0001-IPE --role counselor --name "Jordan Example" --identity "badge" $AS
err_has "is a read-only standby"
VRTOOL_DB=$STANDBY run 3 vr export --all -o "$T/x1"
err_has "is a read-only standby"
ok test ! -e "$T/x1/MO-2026-0001-IPE-v1.xml"
ok test "$(q "select count(*) from audit")" = "$before"
# export and render read on the standby and record on the primary
VRTOOL_DB=$STANDBY VRTOOL_DB_PRIMARY=$PRIMARY run 0 vr export --all -o "$T/x2"
out_has "exported 4 plan(s)"
VRTOOL_DB=$STANDBY VRTOOL_DB_PRIMARY=$PRIMARY run 0 vr render MO-2026-0001-IPE -o "$T/mo.html" $AS
ok test "$(q "select count(*) from audit where action in ('export', 'render')")" = 5
run 0 vr audit verify; out_has "the audit chain is whole"
# a "primary" that is itself a standby is refused
VRTOOL_DB=$STANDBY VRTOOL_DB_PRIMARY=$STANDBY run 3 vr export MO-2026-0001-IPE -o "$T/x3.xml"
err_has "names a standby too"
$CLUSTER stop "$SB" >/dev/null 2>&1 || bad "the standby did not stop"
ok test ! -e "$SB"
trap _lib_cleanup EXIT

# --- the same bytes on both backends; copy between them ---------------------------

t "the same documents, digests and seals on PostgreSQL and SQLite; vrtool copy both ways, checked"
run 0 vr init
set --
for c in mo-student-ssa mo-supported-employment ny-pros-working tx-career-cluster wi-ips-placement; do
	set -- "$@" "$FIX/cases/$c.lua"
done
run 0 vr import "$@"
run 0 vr sign MO-2026-0001-IPE --role client --name "Avery Testcase" --identity "photo ID" $AS
run 0 vr sign MO-2026-0001-IPE --withdraw 1 --reason "signed too early" $AS
run 0 vr sign MO-2026-0001-IPE --role client --name "Avery Testcase" --identity "photo ID" $AS
run 0 vr copy "$VRTOOL_DB" "$T/copy.db"
out_has "copied 5 case(s)"; out_has "the audit chain whole"
# and back, into a new database on the server: every row as it was
BACK=$($CLUSTER createdb "$VR_PG_DIR" "${_pg_prefix}_back")
_pg_dbs="$_pg_dbs ${_pg_prefix}_back"
run 0 vr copy "$T/copy.db" "$BACK"
for t in person '"case"' event case_staff plan plan_version signature signature_withdrawal install_key audit; do
	a=$(psql "$VRTOOL_DB" -XAtq -c "select * from $t order by 1, 2" | md5sum)
	b=$(psql "$BACK" -XAtq -c "select * from $t order by 1, 2" | md5sum)
	[ "$a" = "$b" ] || bad "table $t differs after a round trip"
done
# the same bytes: the documents exported from either backend are equal
run 0 vr export --all -o "$T/pg-x"
run 0 vr --db "$T/copy.db" export --all -o "$T/sq-x"
ok diff -r "$T/pg-x" "$T/sq-x"
for cmd in "list" "check --all $AS" "deadlines --all $AS" "show MO-2026-0001" "verify MO-2026-0001-IPE"; do
	vr $cmd >"$T/a" 2>&1; vr --db "$T/copy.db" $cmd >"$T/b" 2>&1
	cmp -s "$T/a" "$T/b" || bad "$cmd differs between the backends: $(diff "$T/a" "$T/b" | head -n 4)"
done
# the copied database works on: a signature with a new id after the copied ones
VRTOOL_DB=$BACK run 0 vr sign MO-2026-0001-IPE --role counselor --name "Jordan Example" --identity "badge" $AS
ok test "$(psql "$BACK" -XAtq -c "select max(id) from signature")" = 3
# a copy into a database that is not empty is refused and changes nothing
before=$(psql "$BACK" -XAtq -c "select count(*) from audit")
run 3 vr copy "$T/copy.db" "$BACK"; err_has "is not empty"
ok test "$(psql "$BACK" -XAtq -c "select count(*) from audit")" = "$before"
# a copy of a database whose chain breaks is refused; the new file is not left
cp "$T/copy.db" "$T/bad.db"
sqlite3 "$T/bad.db" "drop trigger audit_append_only_u; update audit set detail = 'x' where seq = 3"
run 1 vr copy "$T/bad.db" "$T/new.db"; err_has "the audit chain of $T/bad.db breaks"
ok test ! -e "$T/new.db"

done_testing
