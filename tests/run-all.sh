#!/bin/sh
# Runs every test against the build in $1 (default build/): the cmocka unit
# binaries, the end-to-end tests of the real vrtool binary, and the plugin
# tests. Prints one line per suite and a closing "N passed, N failed" line;
# exits non-zero if anything failed. With a second argument "unit", runs the
# unit binaries only. VR_VALGRIND=1 runs everything under valgrind.
BUILD=${1:-build}
ONLY=${2:-all}
passed=0
failed=0
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
	p=${p:-0}; f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)); failed=$((failed + f))
	if [ "$rc" -eq 0 ]; then
		printf '  ok    %-28s %4d passed %4ss\n' "$name" "$p" $(( $(date +%s) - start ))
	else
		failures="$failures $name"
		printf '  FAIL  %-28s %4d passed, %d failed (log: %s)\n' "$name" "$p" "$f" "$log/$name.log"
		tail -n 30 "$log/$name.log" | sed 's/^/        /'
	fi
}

echo "unit tests ($BUILD/tests):"
for t in "$BUILD"/tests/test_*; do
	[ -x "$t" ] || continue
	suite "$(basename "$t")" $VG "$t"
done

if [ "$ONLY" = all ]; then
	echo "end-to-end tests (real binary, temporary databases):"
	for t in tests/e2e/*.sh; do
		suite "e2e-$(basename "$t" .sh)" env VR_BIN="$BUILD/vrtool" VR_VG="$VG" sh "$t"
	done
	echo "plugin tests (vrtool plugin test, every shipped plugin):"
	suite "plugin-tests" $VG "$BUILD/vrtool" plugin test
fi

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || { echo "failed:$failures"; exit 1; }
