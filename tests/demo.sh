#!/bin/sh
# The main job, end to end, on the embedded SQLite default: a fresh demo
# database, the sample cases of all four agencies imported, checked as of
# today, their deadlines listed, every plan exported as a schema-valid XML
# document and rendered as a printable page (XHTML and PDF).
# Usage: tests/demo.sh BIN DIR   (make demo runs it with build/vrtool build/demo)
set -eu
BIN=$1
DIR=$2
rm -rf "$DIR"
mkdir -p "$DIR"
export VRTOOL_DB="$DIR/vrtool.db"

echo "== vrtool init"
"$BIN" init
echo
echo "== vrtool import (one synthetic case per agency)"
"$BIN" import tests/fixtures/cases/*.lua
echo
echo "== vrtool plugin list"
"$BIN" plugin list
echo
echo "== vrtool check --all"
set +e
"$BIN" check --all
rc=$?
set -e
[ "$rc" -le 1 ] || { echo "demo: check failed (exit $rc)" >&2; exit "$rc"; }
echo
echo "== vrtool deadlines --all"
"$BIN" deadlines --all | tail -n 1   # the summary; exit 1 when one is overdue
echo
echo "== vrtool export --all"
"$BIN" export --all -o "$DIR/export"
echo
echo "== vrtool render --all (XHTML, then PDF)"
"$BIN" render --all --out "$DIR/print" --format html
"$BIN" render --all --out "$DIR/print" --format pdf
echo
echo "The demo database is $VRTOOL_DB"
echo "The plan documents are:"
for f in "$DIR"/export/*.xml; do echo "  $f"; done
echo "The printable plans are:"
for f in "$DIR"/print/*.html "$DIR"/print/*.pdf; do echo "  $f"; done
echo "Try: VRTOOL_DB=$VRTOOL_DB $BIN show MO-2026-0001"
