#!/bin/sh
# `make install PREFIX=...` gives a vrtool that works with no source tree:
# it finds its Lua library, plugins, templates and schema beside itself,
# even after the whole prefix is moved elsewhere.
. tests/e2e/lib.inc

BUILD=$(dirname "$VR_BIN")

t "make install puts binary, library, plugins, templates and man page in PREFIX"
run 0 make --no-print-directory -C "$ROOT" BUILD="$BUILD" install PREFIX="$T/prefix"
ok test -x "$T/prefix/bin/vrtool"
ok test -f "$T/prefix/share/vrtool/lua/vr/init.lua"
ok test -f "$T/prefix/share/vrtool/plugins/mo-vr/plugin.lua"
ok test -f "$T/prefix/share/vrtool/templates/schema/vrtool-1.xsd"
ok test -f "$T/prefix/share/man/man1/vrtool.1"
ok grep -q '^\.TH VRTOOL 1' "$T/prefix/share/man/man1/vrtool.1"

t "the installed vrtool runs from anywhere, without the source tree"
run 0 make --no-print-directory -C "$ROOT" BUILD="$BUILD" install PREFIX="$T/prefix"
mv "$T/prefix" "$T/moved"
mkdir -p "$T/elsewhere"
cp "$FIX/cases/mo-student-ssa.lua" "$T/elsewhere/case.lua"
cd "$T/elsewhere"
V=$T/moved/bin/vrtool
run 0 $V plugin list; out_has "$T/moved/share/vrtool/plugins/mo-vr"; out_lacks "$ROOT"
run 0 $V init
# imported and signed in time, as the people on record, by the installed copy
SRC_BIN=$VR_BIN; VR_BIN=$V
import_signed case.lua
VR_BIN=$SRC_BIN
run 0 $V show MO-2026-0001; out_has "in effect  (initial plan) took effect 2026-04-01"
run 0 $V check MO-2026-0001 --as-of 2026-11-23
out_has "0 error(s), 0 warning(s)"
run 0 $V export MO-2026-0001-IPE -o plan.xml
ok xmllint --noout --schema "$T/moved/share/vrtool/templates/schema/vrtool-1.xsd" plan.xml
cd "$ROOT"

t "an agency keeps its own plugin in its own folder"
mkdir -p "$T/agency/mo-vr"
# The agency's copy of mo-vr adds a rule; it is found before the shipped one.
sed 's/  rules = {/  rules = {\n    vr.rule { id = "mo.local.always", cite = "local", severity = "info", class = "content",\n      check = function() return "local rule ran" end },/' \
	"$ROOT/plugins/mo-vr/plugin.lua" >"$T/agency/mo-vr/plugin.lua"
run 0 vr init
import_signed "$FIX/cases/mo-student-ssa.lua"
VRTOOL_PLUGIN_PATH=$T/agency run 0 vr check MO-2026-0001 --as-of 2026-11-23
out_has "mo.local.always: local rule ran"
run 0 vr check MO-2026-0001 --as-of 2026-11-23
out_lacks "local rule ran"

done_testing
