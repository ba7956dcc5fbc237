#!/bin/sh
# The pictures of printed plans in the docs: page 1 of one sample plan of
# each agency's plan kind, rendered to PDF in English through its template
# and written as docs/images/<agency>-<KIND>.png (60 dpi).
#
# Usage: docs/images.sh [BUILD]   (BUILD defaults to build; the sample cases
# are tests/fixtures/cases/*.lua, imported into a temporary database)
set -eu
BUILD=${1:-build}
BIN=$(cd "$BUILD" && pwd)/vrtool
ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=$ROOT/docs/images
KINDS="mo-vr/IPE tx-wioa/IEP ny-pros/EP wi-dvr/IPE wi-dvr/JDP"
[ -x "$BIN" ] || { echo "images: $BIN is missing: run make" >&2; exit 1; }
for c in pdftoppm python3; do
	command -v $c >/dev/null || { echo "images: $c is missing (poppler-utils, python3)" >&2; exit 1; }
done

TMP=$(mktemp -d "${TMPDIR:-/tmp}/vrtool-images.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export VRTOOL_DB="$TMP/vrtool.db"
unset VRTOOL_PLUGIN_PATH VRTOOL_DATADIR
"$BIN" init >/dev/null
"$BIN" import "$ROOT"/tests/fixtures/cases/*.lua >/dev/null
"$BIN" list --json >"$TMP/plans.json"
mkdir -p "$OUT"

for ak in $KINDS; do
	agency=${ak%/*}; kind=${ak#*/}
	# the first sample plan of this agency and kind
	plan=$(python3 - "$TMP/plans.json" "$agency" "$kind" <<'PY'
import json, sys
rows = [r["plan"] for r in json.load(open(sys.argv[1]))
        if r["agency"] == sys.argv[2] and r["kind"] == sys.argv[3]]
print(rows[0] if rows else "")
PY
)
	[ -n "$plan" ] || { echo "images: no sample plan of $agency $kind in tests/fixtures/cases" >&2; exit 1; }
	"$BIN" render "$plan" --format pdf --lang en -o "$TMP/$plan.pdf" 2>/dev/null
	pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$TMP/$plan.pdf" "$OUT/$agency-$kind"
	echo "docs/images/$agency-$kind.png ($plan, page 1)"
done
