#!/bin/sh
# Runs every test against the build in $1 (default build/): the cmocka unit
# binaries, the end-to-end tests of the real vrtool binary, and the plugin
# tests. Prints one line per suite and a closing "N passed, N failed" line;
# exits non-zero if anything failed. With a second argument "unit", runs the
# unit binaries only. VR_VALGRIND=1 runs everything under valgrind.
#
# Then the end-to-end tests again on PostgreSQL (suites pg-e2e-NAME): a
# throwaway cluster (tests/pg/cluster.sh) in a temporary directory, stopped
# and removed when the run ends, however it ends; each test gets its own
# database there (tests/e2e/lib.inc, VR_BACKEND=pg). VR_PG=0 leaves this out;
# otherwise missing PostgreSQL server binaries are a failure (make deps
# installs them). With VR_PG_DIR set to a cluster already running, that one
# is used and left running. A second argument "pg" runs only this part.
BUILD=${1:-build}
ONLY=${2:-all}
passed=0
failed=0
skipped=0
failures=""
log=$BUILD/test-logs
mkdir -p "$log"

VG=""
if [ "${VR_VALGRIND:-}" = 1 ]; then
	VG="valgrind -q --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=99"
fi

# Counts come from each suite's own summary: cmocka's "[  PASSED  ] N
# test(s)." / "[  FAILED  ] N test(s)", or an e2e script's "N passed, N
# failed" line. A suite that fails without saying how many counts as one.
suite() { # name command...
	name=$1; shift
	start=$(date +%s)
	"$@" >"$log/$name.log" 2>&1
	rc=$?
	p=$(sed -n 's/.*\[  PASSED  \] \([0-9]*\) test.*/\1/p; s/^\([0-9]*\) passed, [0-9]* failed$/\1/p' "$log/$name.log" | tail -n 1)
	f=$(sed -n 's/.*\[  FAILED  \] \([0-9]*\) test.*/\1/p; s/^[0-9]* passed, \([0-9]*\) failed$/\1/p' "$log/$name.log" | tail -n 1)
	s=$(sed -n 's/^\([0-9]*\) skipped$/\1/p' "$log/$name.log" | tail -n 1)
	p=${p:-0}; f=${f:-0}; s=${s:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
	if [ "$rc" -eq 0 ] && [ "$p" -eq 0 ] && [ "$s" -gt 0 ]; then
		printf '  skip  %-28s %s\n' "$name" "$(sed -n 's/^skip - [^:]*: //p' "$log/$name.log" | head -n 1)"
	elif [ "$rc" -eq 0 ]; then
		printf '  ok    %-28s %4d passed %4ss\n' "$name" "$p" $(( $(date +%s) - start ))
	else
		failures="$failures $name"
		printf '  FAIL  %-28s %4d passed, %d failed (log: %s)\n' "$name" "$p" "$f" "$log/$name.log"
		tail -n 30 "$log/$name.log" | sed 's/^/        /'
	fi
}

if [ "$ONLY" != pg ]; then
echo "unit tests ($BUILD/tests):"
for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	suite "$(basename "$t")" $VG "$t"
done
fi

if [ "$ONLY" = all ]; then
	echo "end-to-end tests (real binary, temporary databases):"
	for t in tests/e2e/*.sh; do
		suite "e2e-$(basename "$t" .sh)" env VR_BIN="$BUILD/vrtool" VR_VG="$VG" VR_BACKEND=sqlite sh "$t"
	done
	echo "plugin tests (vrtool plugin test, every shipped plugin):"
	suite "plugin-tests" $VG "$BUILD/vrtool" plugin test
fi

# --- the end-to-end tests again, on PostgreSQL -------------------------------
sq_passed=$passed; sq_failed=$failed; sq_skipped=$skipped
pg_ran=0; pg_note=""
pgdir=""       # the cluster this run started (and so stops)

pg_stop() {
	[ -n "$pgdir" ] || return 0
	_d=$pgdir; pgdir=""
	if ! sh tests/pg/cluster.sh stop "$_d" >>"$log/pg-cluster.log" 2>&1; then
		echo "  FAIL  pg-cluster: could not stop the cluster in $_d (log: $log/pg-cluster.log)"
		tail -n 20 "$log/pg-cluster.log" | sed 's/^/        /'
		return 1
	fi
}
# Stopped on every way out: the end, a failure, ^C, a kill.
on_exit() {
	_rc=$?
	trap - EXIT
	pg_stop || _rc=1
	exit "$_rc"
}
trap on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

if [ "$ONLY" = pg ] || { [ "$ONLY" = all ] && [ "${VR_PG:-}" != 0 ]; }; then
	pg_ran=1
	if [ -n "${VR_PG_DIR:-}" ]; then
		cluster=$VR_PG_DIR
		echo "end-to-end tests on PostgreSQL (the running cluster in $cluster):"
		sh tests/pg/cluster.sh status "$cluster" ||
			{ echo "  FAIL  pg-cluster: VR_PG_DIR=$cluster: no server answers there"; cluster=""; }
	else
		pgdir=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-pg.XXXXXX") || pgdir=""
		cluster=$pgdir
		echo "end-to-end tests on PostgreSQL (a throwaway cluster in $cluster):"
		: >"$log/pg-cluster.log"
		if [ -z "$cluster" ] || ! sh tests/pg/cluster.sh start "$cluster" >>"$log/pg-cluster.log" 2>&1; then
			echo "  FAIL  pg-cluster: could not start a PostgreSQL cluster (log: $log/pg-cluster.log)"
			tail -n 30 "$log/pg-cluster.log" | sed 's/^/        /'
			cluster=""
		fi
	fi
	if [ -n "$cluster" ]; then
		for t in tests/e2e/*.sh; do
			suite "pg-e2e-$(basename "$t" .sh)" env VR_BIN="$BUILD/vrtool" VR_VG="$VG" \
				VR_BACKEND=pg VR_PG_DIR="$cluster" sh "$t"
		done
	else
		failed=$((failed + 1)); failures="$failures pg-cluster"
	fi
	if ! pg_stop; then
		failed=$((failed + 1)); failures="$failures pg-cluster"
	fi
elif [ "$ONLY" = all ]; then
	pg_note="not run (VR_PG=0)"
fi

echo
if [ "$ONLY" != unit ]; then
	if [ "$pg_ran" = 1 ]; then
		pg_note="$((passed - sq_passed)) passed, $((failed - sq_failed)) failed, $((skipped - sq_skipped)) skipped"
	fi
	if [ "$ONLY" = pg ]; then
		echo "postgresql: $pg_note"
	else
		echo "sqlite: $sq_passed passed, $sq_failed failed, $sq_skipped skipped; postgresql: $pg_note"
	fi
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "failed:$failures"; exit 1; }
