#!/bin/sh
# make bench [N=10000]: builds (once, cached) a database of N generated
# cases across the four agencies, then times the stages over it and prints
# a table. Medians of 3 runs; the machine is shared, so read the figures
# as orders of magnitude and compare ratios.
set -eu
BUILD=${1:-build}
N=${2:-10000}
BIN=$BUILD/vrtool
DIR=$BUILD/bench
DB=$DIR/cases-$N.db
mkdir -p "$DIR"

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
now() { date +%s.%N; }

if [ ! -f "$DB" ]; then
	echo "generating $N cases into $DIR/cases-$N/ ..."
	rm -rf "$DIR/cases-$N" "$DB"
	mkdir -p "$DIR/cases-$N"
	"$BUILD/bench/gencases" "$N" "$DIR/cases-$N"
	VRTOOL_DB=$DB "$BIN" init >/dev/null
	t0=$(now)
	# import in batches of 1000 files (one transaction each)
	ls "$DIR/cases-$N" | sed "s|^|$DIR/cases-$N/|" | xargs -n 1000 \
		env VRTOOL_DB="$DB" "$BIN" import >/dev/null
	t1=$(now)
	echo "import: $N cases in $(echo "$t1 - $t0" | bc) s"
fi

runs() { # label command...: prints median seconds of 3 runs
	for i in 1 2 3; do
		t0=$(now); "$@" >/dev/null 2>&1 || true; t1=$(now)
		echo "$t1 - $t0" | bc
	done | median
}

echo
echo "vrtool benchmarks on $(nproc) cores, $N cases ($(uname -m)), median of 3 runs"
printf '%-34s %10s %12s %12s\n' "stage" "seconds" "plans/s" "us/plan"
row() {
	s=$2
	printf '%-34s %10.3f %12.0f %12.1f\n' "$1" "$s" "$(echo "$N / $s" | bc -l)" \
		"$(echo "$s * 1000000 / $N" | bc -l)"
}
row "check --all" "$(runs env VRTOOL_DB="$DB" "$BIN" check --all --as-of 2026-11-23)"
row "deadlines --all" "$(runs env VRTOOL_DB="$DB" "$BIN" deadlines --all --as-of 2026-11-23)"
row "export --all" "$(runs env VRTOOL_DB="$DB" "$BIN" export --all -o "$DIR/export-$N")"
printf '%-34s %10.4f\n' "vrtool --version (cold start)" "$(runs "$BIN" --version)"
echo
echo "signatures over the $N stored plan versions (real core code; per plan):"
"$BUILD/bench/sigbench" "$DB"
