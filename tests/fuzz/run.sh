#!/bin/sh
# Runs each libFuzzer target built in $1 for $2 seconds: `make fuzz`.
# Usage: run.sh BUILD SECONDS TARGET...
#
# A target starts from its committed corpus (tests/fuzz/corpus/<target>/,
# only read, and the fixture folders tests/fuzz/<target>.seeds names) and keeps what it finds new in BUILD/found/<target>/; an input
# that crashes, leaks or times out is written to BUILD/crashes/<target>/.
# libFuzzer runs in fork mode so that one crash does not end the run. To
# keep a finding: fix it, minimise it (BUILD/fuzz_<target> -minimize_crash=1
# -runs=10000 FILE), and commit it under tests/fuzz/crashes/<target>/ where
# `make test` replays it from then on.
B=$1
SECS=$2
shift 2
total=0
found=0
printf '%-10s %12s %8s  %s\n' target executions crashes log
for t in "$@"; do
	mkdir -p "$B/found/$t" "$B/crashes/$t"
	dict=""
	[ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
	# fixture folders that seed the target too (tests/fuzz/<target>.seeds)
	seeds=""
	[ -f "tests/fuzz/$t.seeds" ] && seeds=$(grep -v '^#' "tests/fuzz/$t.seeds")
	log="$B/fuzz-$t.log"
	before=$(ls "$B/crashes/$t" | wc -l)
	"$B/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
		-max_total_time="$SECS" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
		-print_final_stats=1 -artifact_prefix="$B/crashes/$t/" $dict \
		"$B/found/$t" "tests/fuzz/corpus/$t" $seeds >"$log" 2>&1
	# fork mode reports progress as "#N: cov: ... exec/s: ..."
	execs=$(sed -n 's/^#\([0-9]*\):* .*/\1/p' "$log" | tail -n 1)
	crashes=$(( $(ls "$B/crashes/$t" | wc -l) - before ))
	total=$((total + ${execs:-0}))
	found=$((found + crashes))
	printf '%-10s %12s %8d  %s\n' "$t" "${execs:-?}" "$crashes" "$log"
done
echo "total: $total executions, $found new crash/leak/timeout input(s)"
[ "$found" -eq 0 ] || echo "see $B/crashes/ (and the logs above)"
