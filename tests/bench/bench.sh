#!/bin/sh
# make bench [N=10000]: builds (once, cached) a database of N generated
# cases across the four agencies, then measures each stage over it and,
# in the same run and on the same data, the bare library work the stage
# cannot avoid (tests/bench/floors.c), and prints one table:
#
#   stage  seconds  plans/s  us/plan  peak-RSS  floor  floor-us  ratio
#
# then the batch commands on 1 core and on all cores, and cold starts.
# Figures are medians of RUNS runs (3 below 100,000 cases, else 1); the
# machine is shared, so compare ratios. `make bench N=1000`, `N=100000`
# show the scaling; docs/performance.md has the figures and the machine.
set -eu
BUILD=${1:-build}
N=${2:-10000}
BIN=$BUILD/vrtool
DIR=$BUILD/bench
DB=$DIR/cases-$N.db
OUT=$DIR/out-$N
ASOF=2026-11-23
RUNS=${RUNS:-$([ "$N" -ge 100000 ] && echo 1 || echo 3)}
TIMEF=/usr/bin/time
mkdir -p "$DIR" "$OUT"
TMP=$(mktemp)
trap 'rm -f "$TMP"' EXIT

[ -x "$TIMEF" ] || { echo "bench: $TIMEF is missing: apt-get install time" >&2; exit 1; }

# measure CMD...: "seconds peak-rss-kB", the median run by seconds.
measure() {
	for i in $(seq "$RUNS"); do
		"$TIMEF" -f "%e %M" -o "$TMP" "$@" >/dev/null 2>"$TMP.err" || true
		tail -n 1 "$TMP"
	done | sort -n | awk '{s[NR]=$1; m[NR]=$2} END {i=int((NR+1)/2); print s[i], m[i]}'
	rm -f "$TMP.err"
}

# wall MS-RUNS CMD...: median wall time in milliseconds (cold starts).
wall() {
	k=$1; shift
	for i in $(seq "$k"); do
		t0=$(date +%s%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s%N)
		echo $(( (t1 - t0) / 1000 ))
	done | sort -n | awk '{a[NR]=$1} END {printf "%.1f\n", a[int((NR+1)/2)]/1000}'
}

# A database imported before the stored values (schema migration 3) reads
# every document from its XML: import again, or the figures are the old ones.
stale() {
	[ "$(sqlite3 "$1" "SELECT count(*) FROM pragma_table_info('plan_version')
		WHERE name = 'val'")" = 0 ] ||
	[ "$(sqlite3 "$1" "SELECT count(*) FROM plan_version WHERE val IS NULL")" != 0 ]
}
if [ -f "$DB" ] && stale "$DB"; then
	echo "bench: $DB was imported by an older build; importing again"
	rm -f "$DB"
fi
if [ ! -f "$DB" ]; then
	echo "generating $N cases into $DIR/cases-$N/ ..."
	rm -rf "$DIR/cases-$N" "$DB" "$DB-wal" "$DB-shm"
	mkdir -p "$DIR/cases-$N"
	"$BUILD/bench/gencases" "$N" "$DIR/cases-$N"
	VRTOOL_DB=$DB "$BIN" init >/dev/null
	# import in batches of 1000 files (one transaction each), timed once:
	# the database is kept for the next run
	ls "$DIR/cases-$N" | sed "s|^|$DIR/cases-$N/|" >"$DIR/files-$N"
	"$TIMEF" -f "%e %M" -o "$DIR/import-$N.time" sh -c \
		"xargs -n 1000 env VRTOOL_DB='$DB' '$BIN' import <'$DIR/files-$N' >/dev/null"
fi

PLANS=$(sqlite3 "$DB" "SELECT count(*) FROM plan_version")
# A database left by an older build may not check at all (every case a
# plugin.load finding): such figures would be meaningless, so stop.
FIRST=$(sqlite3 "$DB" 'SELECT id FROM "case" ORDER BY id LIMIT 1')
if VRTOOL_DB=$DB "$BIN" check "$FIRST" --as-of $ASOF 2>&1 | grep -q "plugin.load"; then
	echo "bench: $DB does not check with this build; remove it and run again" >&2
	exit 1
fi
RULES=$("$BIN" plugin list | awk '/rules/ {r += $3; n++} END {printf "%d", r / n}')
export VRTOOL_DB="$DB"

# The stages (the real binary over the real database)
CHECK=$(measure "$BIN" check --all --as-of $ASOF)
DEADL=$(measure "$BIN" deadlines --all --as-of $ASOF)
FEES=$(measure "$BIN" fees --all --as-of $ASOF)
rm -rf "$OUT/xml"
EXPORT=$(measure "$BIN" export --all -o "$OUT/xml")
# Rendering costs the same per plan at any N (the template, not the
# database): at 100,000 cases it is left out to keep the run short.
BIG=$([ "$N" -ge 100000 ] && echo 1 || echo 0)
if [ "$BIG" = 0 ]; then
	RENDER=$(measure "$BIN" render --all --out "$OUT/html" --format html)
	RENDERED=$(ls "$OUT/html" | wc -l)
fi

# The floors, on the same rows and the documents export just wrote
"$BUILD/bench/floors" "$DB" "$OUT/xml" "$([ "$BIG" = 0 ] && echo templates || echo /nonexistent)" \
	"$RULES" 2>/dev/null >"$DIR/floors-$N.txt"
"$BUILD/bench/sigbench" "$DB" >"$DIR/sig-$N.txt"
fl() { awk -v k="$1" '$1 == k {print $4}' "$DIR/floors-$N.txt" "$DIR/sig-$N.txt"; }

echo
echo "vrtool benchmarks: $N cases, $PLANS plan versions, $(nproc) cores ($(uname -m)), median of $RUNS run(s)"
echo "floors: the same data through the libraries alone, measured in this run (docs/performance.md)"
printf '%-22s %8s %9s %9s %8s  %-26s %9s %6s\n' stage seconds plans/s us/plan RSS-MB \
	floor floor-us ratio
row() { # label "seconds rss" plans floor-label floor-us
	echo "$2" | awk -v l="$1" -v n="$3" -v fl="$4" -v fu="$5" '{
		us = $1 * 1e6 / n
		printf "%-22s %8.2f %9.0f %9.1f %8.1f  %-26s %9s %6s\n", l, $1, ($1 > 0 ? n / $1 : 0),
			us, $2 / 1024, fl, (fu == "" ? "-" : sprintf("%.1f", fu)),
			(fu == "" || fu == 0 ? "-" : sprintf("%.1f", us / fu))
	}'
}
if [ -f "$DIR/import-$N.time" ]; then
	row "import" "$(tail -n 1 "$DIR/import-$N.time")" "$PLANS" "sqlite insert" "$(fl insert)"
fi
row "check --all" "$CHECK" "$PLANS" "rows+Lua view+$RULES calls" "$(fl view)"
row "deadlines --all" "$DEADL" "$PLANS" "rows+Lua view" "$(fl view)"
row "fees --all" "$FEES" "$PLANS" "rows+Lua view" "$(fl view)"
row "export --all" "$EXPORT" "$PLANS" "parse+serialise+c14n+sha" \
	"$(echo "$(fl parse) + $(fl c14n)" | bc)"
awk '$1 == "sign" || $1 == "verify" {print}' "$DIR/sig-$N.txt" | while read -r name s rate us; do
	f=$([ "$name" = sign ] && fl seal || fl open)
	label=$([ "$name" = sign ] && echo "c14n+sha+Ed25519 sign" || echo "sha+Ed25519 verify")
	row "$name (core)" "$s 0" "$PLANS" "$label" "$f"
done
if [ "$BIG" = 0 ]; then
	row "render --all (XHTML)" "$RENDER" "$RENDERED" "libxslt, compiled once" "$(fl xslt)"
else
	echo "render --all (XHTML)   left out at N >= 100000: its cost per plan is the template's (see N=10000)"
fi
# Staff scripts over the whole caseload: the vr API's iterators are lazy,
# so a script's memory does not grow with N (supervisor.lua's does with the
# rows it prints: a list of every plan awaiting approval)
cat >"$DIR/walk.lua" <<'EOF'
local db, n, d = assert(vr.open()), 0, 0
for p in db:plans{} do n = n + 1; d = d + #db:deadlines(p.case) end
print(n, d)
EOF
script_row() { # label "seconds rss"
	echo "$2" | awk -v l="$1" -v n="$N" '{printf "%-22s %8.2f %9.0f %9.1f %8.1f\n",
		l, $1, ($1 > 0 ? n / $1 : 0), $1 * 1e6 / n, $2 / 1024}'
}
script_row "run: every plan+deadl." "$(measure "$BIN" run "$DIR/walk.lua" --as-of $ASOF)"
script_row "run supervisor.lua" "$(measure "$BIN" run lua/scripts/supervisor.lua --as-of $ASOF)"
echo
sh tests/bench/pages.sh "$BUILD"   # pages per second, XHTML and PDF, on the sample plans

if [ "$BIG" = 0 ]; then
echo
echo "batch commands, 1 core (taskset -c 0) against all $(nproc), one run each:"
printf '%-22s %10s %10s %8s\n' command 1-core all speedup
for cmd in "check --all --as-of $ASOF" "export --all -o $OUT/xml1" \
	"render --all --out $OUT/html1 --format html"; do
	# shellcheck disable=SC2086
	one=$(RUNS=1 measure taskset -c 0 "$BIN" $cmd | cut -d' ' -f1)
	# shellcheck disable=SC2086
	all=$(RUNS=1 measure "$BIN" $cmd | cut -d' ' -f1)
	printf '%-22s %10.2f %10.2f %8.2f\n' "$(echo "$cmd" | cut -d' ' -f1-2)" "$one" "$all" \
		"$(echo "$one / ($all + 0.0001)" | bc -l)"
done
fi

# One case at every model limit (docs/model.md, "Limits"; issue 16): what
# it costs to import, check and show, in a database of its own.
LDB=$DIR/limit.db
python3 tests/bench/limitcase.py >"$DIR/limit.lua"
rm -f "$LDB" "$LDB-wal" "$LDB-shm" "$LDB.key"
VRTOOL_DB=$LDB "$BIN" init >/dev/null
echo
echo "a case at every limit ($(wc -c <"$DIR/limit.lua") bytes; 10,000 events, 25,000 items), one run each:"
printf '%-34s %8s %9s\n' command seconds RSS-MB
for cmd in "import $DIR/limit.lua" "check MO-LIMIT --as-of $ASOF" \
	"deadlines MO-LIMIT --as-of $ASOF" "show MO-LIMIT" "export MO-LIMIT-IPE -o $OUT/limit.xml"; do
	# shellcheck disable=SC2086
	r=$(RUNS=1 measure env VRTOOL_DB="$LDB" "$BIN" $cmd)
	echo "$r" | awk -v c="$(echo "$cmd" | cut -d' ' -f1-2)" '{printf "%-34s %8.2f %9.1f\n", c, $1, $2 / 1024}'
done

CASE=$(sqlite3 "$DB" 'SELECT id FROM "case" ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "case")')
echo
echo "cold start, median of 9 (ms):"
printf '%-34s %8s\n' "vrtool --version" "$(wall 9 "$BIN" --version)"
printf '%-34s %8s\n' "vrtool check $CASE" "$(wall 9 "$BIN" check "$CASE" --as-of $ASOF)"
printf '%-34s %8s\n' "vrtool show $CASE" "$(wall 9 "$BIN" show "$CASE")"
