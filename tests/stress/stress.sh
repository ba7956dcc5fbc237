#!/bin/sh
# Long runs of the crash-safety and concurrency tests (issue 11), for
# `make stress`; `make test` runs the same scripts briefly.
#
#   sh tests/stress/stress.sh [BUILD]        (default: build/)
#
# tests/e2e/crash.sh with 2,000 SIGKILLs (VR_CRASH_KILLS), then
# tests/e2e/concurrency.sh with ten times the work per writer
# (VR_CONC_SCALE), then both at once on their own databases (half the
# kills beside four writers, sharing the cores), then tests/e2e/disk.sh. Each
# script's own output is kept in BUILD/stress-logs/. Exits non-zero if any
# failed.
BUILD=${1:-build}
export VR_BIN=${VR_BIN:-$BUILD/vrtool}
export VR_CRASH_KILLS=${VR_CRASH_KILLS:-2000}
export VR_CONC_SCALE=${VR_CONC_SCALE:-10}
log=$BUILD/stress-logs
mkdir -p "$log"
failed=""

step() { # name command...
	name=$1; shift
	start=$(date +%s)
	if "$@" >"$log/$name.log" 2>&1; then
		printf '  ok    %-34s %5ss\n' "$name" $(( $(date +%s) - start ))
	else
		printf '  FAIL  %-34s %5ss (log: %s)\n' "$name" $(( $(date +%s) - start )) "$log/$name.log"
		grep -E '^FAIL|^     ' "$log/$name.log" | head -n 30 | sed 's/^/        /'
		failed="$failed $name"
	fi
	grep -E '^     [0-9]|^     (import|sign|amend|export|audit)' "$log/$name.log" | sed 's/^ */        /'
}

echo "stress ($VR_BIN): $VR_CRASH_KILLS kills, concurrency scale $VR_CONC_SCALE"
step crash sh tests/e2e/crash.sh
step concurrency sh tests/e2e/concurrency.sh
both() {
	VR_CRASH_KILLS=$((VR_CRASH_KILLS / 2)) sh tests/e2e/crash.sh >"$log/both-crash.log" 2>&1 & c=$!
	VR_CONC_SCALE=$((VR_CONC_SCALE / 2 + 1)) sh tests/e2e/concurrency.sh >"$log/both-concurrency.log" 2>&1; r2=$?
	wait $c; r1=$?
	cat "$log/both-crash.log" "$log/both-concurrency.log"
	[ $r1 = 0 ] && [ $r2 = 0 ]
}
step crash+concurrency-at-once both
step disk sh tests/e2e/disk.sh

if [ -n "$failed" ]; then
	echo "stress: failed:$failed"
	exit 1
fi
echo "stress: all passed"
