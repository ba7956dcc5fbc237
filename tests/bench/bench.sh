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

# PostgreSQL beside SQLite (issue 19; docs/performance.md): the same stages
# on a throwaway local cluster (tests/pg/cluster.sh: a Unix socket, the
# server's default durability), against SQLite in this run. VR_PG=0 leaves
# it out; so does a machine without the server.
pg_bench() {
	PGD=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-bench-pg.XXXXXX")
	rmdir "$PGD"
	sh tests/pg/cluster.sh start "$PGD" >/dev/null 2>"$DIR/pg-start.err" || {
		echo "PostgreSQL: the server did not start ($(tail -n 1 "$DIR/pg-start.err")); left out"
		return 0
	}
	trap 'sh tests/pg/cluster.sh stop "$PGD" >/dev/null 2>&1; rm -f "$TMP"' EXIT
	PGI=$(sh tests/pg/cluster.sh createdb "$PGD" bench_import)
	SQI=$DIR/import-fresh.db
	rm -f "$SQI" "$SQI-wal" "$SQI-shm" "$SQI.key"
	ls "$DIR/cases-$N" | sed "s|^|$DIR/cases-$N/|" >"$DIR/files-$N"
	# import: the same files in batches of 1000 (one transaction each), once
	VRTOOL_DB=$SQI "$BIN" init >/dev/null
	XDG_CONFIG_HOME=$PGD.cfg VRTOOL_DB=$PGI "$BIN" init >/dev/null
	SQ_IMP=$(RUNS=1 measure sh -c "xargs -n 1000 env VRTOOL_DB='$SQI' '$BIN' import <'$DIR/files-$N'")
	PG_IMP=$(RUNS=1 measure sh -c "xargs -n 1000 env XDG_CONFIG_HOME='$PGD.cfg' VRTOOL_DB='$PGI' '$BIN' import <'$DIR/files-$N'")
	PG_CHECK=$(XDG_CONFIG_HOME=$PGD.cfg VRTOOL_DB=$PGI measure "$BIN" check --all --as-of $ASOF)
	rm -rf "$OUT/pgxml"
	PG_EXPORT=$(XDG_CONFIG_HOME=$PGD.cfg VRTOOL_DB=$PGI measure "$BIN" export --all -o "$OUT/pgxml")
	# sign: one command per signature on the first SIGNS plans, each backend
	SIGNS=$([ "$N" -lt 200 ] && echo "$N" || echo 200)
	# (as the client on record: the generated case files name them)
	python3 - "$DIR/cases-$N" "$SIGNS" >"$DIR/sign-plans" <<'PY'
import glob, re, sys
for f in sorted(glob.glob(sys.argv[1] + "/*.lua"))[: int(sys.argv[2])]:
    t = open(f).read()
    name = re.search(r'name = \{ given = "([^"]*)", family = "([^"]*)" \}', t)
    plan = re.search(r'plans = \{\s*\{\s*id = "([^"]*)"', t)
    if name and plan:
        print("%s|%s %s" % (plan.group(1), name.group(1), name.group(2)))
PY
	sign_all() { # DB CFG: one sign command per plan, as the client
		while IFS='|' read -r p who; do
			XDG_CONFIG_HOME=$2 VRTOOL_DB=$1 "$BIN" sign "$p" --role client --name "$who" \
				--identity "bench" --as-of $ASOF >/dev/null 2>&1 || true
		done <"$DIR/sign-plans"
	}
	NSIGN=$(wc -l <"$DIR/sign-plans")
	t0=$(date +%s%N); sign_all "$SQI" "$PGD.cfg"; t1=$(date +%s%N)
	SQ_SIGN=$(( (t1 - t0) / 1000 / (NSIGN > 0 ? NSIGN : 1) ))
	t0=$(date +%s%N); sign_all "$PGI" "$PGD.cfg"; t1=$(date +%s%N)
	PG_SIGN=$(( (t1 - t0) / 1000 / (NSIGN > 0 ? NSIGN : 1) ))
	SQ_SIGNED=$(sqlite3 "$SQI" "SELECT count(*) FROM signature")
	PG_SIGNED=$(psql "$PGI" -XAtq -c "SELECT count(*) FROM signature")
	# 8 writers at once, each importing its own 25 cases one command each
	W=8; PER=25
	mkdir -p "$DIR/w"
	python3 - "$DIR/w" "$W" "$PER" "$DIR/cases-$N" <<'PY'
import os, sys, glob
out, w, per, src = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
files = sorted(glob.glob(src + "/*.lua"))[: w * per]
for i, f in enumerate(files):
    t = open(f).read()
    # a new id per copy: the case files' ids end the file names
    base = os.path.basename(f)[:-4]
    open(os.path.join(out, "%02d-%s.lua" % (i // per, base)), "w").write(t)
PY
	writers() { # DB CFG: the W writers at once; prints transactions per second
		t0=$(date +%s%N)
		for k in $(seq 0 $((W - 1))); do
			( for f in "$DIR/w/$(printf %02d "$k")"-*.lua; do
				XDG_CONFIG_HOME=$2 VRTOOL_DB=$1 "$BIN" import "$f" >/dev/null 2>&1 ||
					echo x >>"$DIR/w.fail"
			  done ) &
		done
		wait
		t1=$(date +%s%N)
		echo "$W $PER $t0 $t1" | awk '{printf "%.1f", $1 * $2 / (($4 - $3) / 1e9)}'
	}
	rm -f "$DIR/w.fail"
	SQW=$DIR/writers.db; rm -f "$SQW" "$SQW-wal" "$SQW-shm" "$SQW.key"
	VRTOOL_DB=$SQW "$BIN" init >/dev/null
	PGW=$(sh tests/pg/cluster.sh createdb "$PGD" bench_writers)
	XDG_CONFIG_HOME=$PGD.cfg VRTOOL_DB=$PGW "$BIN" init >/dev/null
	SQ_TPS=$(writers "$SQW" "$PGD.cfg")
	PG_TPS=$(writers "$PGW" "$PGD.cfg")
	FAILS=$([ -f "$DIR/w.fail" ] && wc -l <"$DIR/w.fail" || echo 0)

	echo
	echo "PostgreSQL $(psql "$PGI" -XAtq -c 'SHOW server_version') on a local Unix socket beside SQLite, this run:"
	printf '%-34s %12s %12s %8s\n' "stage (us a plan)" sqlite postgresql pg/sqlite
	pgrow() { printf '%-34s %12.1f %12.1f %8.2f\n' "$1" "$2" "$3" "$(echo "$3 / ($2 + 0.0001)" | bc -l)"; }
	us() { echo "$1" | awk -v n="$PLANS" '{print $1 * 1e6 / n}'; }
	pgrow "import (batches of 1000)" "$(us "$SQ_IMP")" "$(us "$PG_IMP")"
	pgrow "check --all" "$(us "$CHECK")" "$(us "$PG_CHECK")"
	pgrow "export --all" "$(us "$EXPORT")" "$(us "$PG_EXPORT")"
	pgrow "sign (one command a signature)" "$SQ_SIGN" "$PG_SIGN"
	printf '%-34s %12s %12s\n' "signatures stored" "$SQ_SIGNED/$NSIGN" "$PG_SIGNED/$NSIGN"
	printf '%-34s %12s %12s %8s\n' "$W writers at once (imports/s)" "$SQ_TPS" "$PG_TPS" \
		"$(echo "$PG_TPS / ($SQ_TPS + 0.0001)" | bc -l | cut -c1-4)"
	[ "$FAILS" = 0 ] || echo "($FAILS writer commands failed)"
	sh tests/pg/cluster.sh stop "$PGD" >/dev/null 2>&1
	rm -rf "$PGD.cfg" "$DIR/w"
	trap 'rm -f "$TMP"' EXIT
}
if [ "${VR_PG:-1}" != 0 ]; then
	pg_bench
fi

CASE=$(sqlite3 "$DB" 'SELECT id FROM "case" ORDER BY id LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "case")')
echo
echo "cold start, median of 9 (ms):"
printf '%-34s %8s\n' "vrtool --version" "$(wall 9 "$BIN" --version)"
printf '%-34s %8s\n' "vrtool check $CASE" "$(wall 9 "$BIN" check "$CASE" --as-of $ASOF)"
printf '%-34s %8s\n' "vrtool show $CASE" "$(wall 9 "$BIN" show "$CASE")"
