#!/bin/sh
# Printed pages per second: the sample cases (tests/fixtures/cases/*.lua)
# imported into a temporary database, every plan rendered with
# `render --all` to XHTML and then to PDF, each timed once (wall clock).
# XHTML pages are the plans rendered (one document each); PDF pages are the
# sum of pdfinfo's Pages over the PDFs written. Prints two lines:
#
#   render XHTML: N pages in S s = R pages/s
#   render PDF: N pages in S s = R pages/s
#
# Usage: tests/bench/pages.sh [BUILD]   (BUILD defaults to build; run from
# anywhere, the fixtures are found beside this script)
set -eu
BUILD=${1:-build}
BIN=$(cd "$BUILD" && pwd)/vrtool
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
[ -x "$BIN" ] || { echo "pages: $BIN is missing: run make" >&2; exit 1; }
for c in pdfinfo awk; do
	command -v $c >/dev/null || { echo "pages: $c is missing (poppler-utils, awk)" >&2; exit 1; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-pages.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export VRTOOL_DB="$TMP/vrtool.db"
unset VRTOOL_PLUGIN_PATH VRTOOL_DATADIR
"$BIN" init >/dev/null
"$BIN" import "$ROOT"/tests/fixtures/cases/*.lua >/dev/null

now() { date +%s.%N; }

# report WHAT PAGES T0 T1
report() {
	awk -v what="$1" -v n="$2" -v t0="$3" -v t1="$4" 'BEGIN {
		s = t1 - t0; if (s <= 0) s = 0.000001
		printf "render %s: %d pages in %.2f s = %.1f pages/s\n", what, n, s, n / s }'
}

t0=$(now)
"$BIN" render --all --format html --out "$TMP/html" >/dev/null
t1=$(now)
n=$(ls "$TMP/html" | grep -c '\.html$' || true)
report XHTML "$n" "$t0" "$t1"

t0=$(now)
"$BIN" render --all --format pdf --out "$TMP/pdf" >/dev/null
t1=$(now)
n=0
for f in "$TMP"/pdf/*.pdf; do
	[ -f "$f" ] || continue
	p=$(pdfinfo "$f" | sed -n 's/^Pages: *//p')
	n=$((n + ${p:-0}))
done
report PDF "$n" "$t0" "$t1"
