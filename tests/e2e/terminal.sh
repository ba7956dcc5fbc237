#!/bin/sh
# Terminal-safe output (issue 16, point 7): text that reaches a terminal
# from a plugin or a case file (finding messages, citations, deadline text,
# names) is shown with its control characters escaped, so it cannot clear
# or recolour the screen, overwrite a line or forge one; --json keeps the
# text as it is, escaped as JSON escapes it.
. tests/e2e/lib.inc

P=$FIX/terminal/plugins
CASE=$FIX/terminal/termesc-case.lua
ESC=$(printf '\033')

no_controls() { # FILE: no ESC, CR, BEL, DEL or C1/bidi bytes in it
	! LC_ALL=C grep -q "$(printf '[\033\r\007\177]')" "$1" &&
	! LC_ALL=C grep -q "$(printf '\302[\200-\237]')" "$1" &&
	! LC_ALL=C grep -q "$(printf '\342\200[\252-\256]')" "$1"
}

t "check: a finding's escape sequences, newlines and overrides are shown escaped"
run 0 vr init
run 0 vr import "$CASE" --plugin-path "$P"
run 1 vr check C-termesc --plugin-path "$P"
ok no_controls "$T/out"
out_has 'clears\x1b[2J\x1b[Hthe screen\n  error   termesc.forged: a forged finding'
out_has 'bell\x07 and csi\u009b and del\x7f'
out_has 'cite\u202e reversed'
# the forged line is not a line of its own
ok test "$(grep -c '^  error   termesc.forged' "$T/out")" = 0
ok test "$(grep -c '^  error   ' "$T/out")" = 1

t "check --json keeps the text, JSON-escaped"
run 0 vr init
run 0 vr import "$CASE" --plugin-path "$P"
run 1 vr check C-termesc --plugin-path "$P" --json
# (JSON escapes the C0 controls; it may carry U+009B or U+202E as they are)
ok sh -c '! LC_ALL=C grep -q "$(printf "[\001-\037]")" "$1"' _ "$T/out"
python3 - "$T/out" <<'PY' || bad "check --json content"
import json, sys
d = json.load(open(sys.argv[1]))
m = {f["rule"]: f for f in d["findings"]}
assert m["termesc.screen"]["message"].startswith("clears\x1b[2J\x1b[Hthe screen\n  error"), m
assert m["termesc.bidi"]["cite"] == "cite\u202e reversed", m
PY

t "deadlines, show, list and the staff scripts escape too"
run 0 vr init
run 0 vr import "$CASE" --plugin-path "$P"
run 1 vr deadlines C-termesc --plugin-path "$P"
ok no_controls "$T/out"
out_has 'a clock\x1b[31m in red'
out_has 'from\r\n  forged line'
run 0 vr show C-termesc --plugin-path "$P"
ok no_controls "$T/out"
out_has 'person P-termesc: Test\nforged Person'
run 0 vr list --plugin-path "$P"
ok no_controls "$T/out"
out_has 'Test\nforged Person'
cat >"$T/s.lua" <<'LUA'
local db = assert(vr.open())
local report = require("scripts.lib.report")
local rows = {}
for _, f in ipairs(db:check("C-termesc")) do rows[#rows + 1] = { rule = f.rule, message = f.message } end
io.write(report.columns(rows, { { key = "rule" }, { key = "message" } }))
LUA
run 0 vr run "$T/s.lua" --plugin-path "$P"
ok no_controls "$T/out"
out_has 'clears\x1b[2J'

t "plugin vocab: a plugin's own words are shown escaped"
run 0 vr plugin vocab termesc --plugin-path "$P"
ok no_controls "$T/out"
out_has 'starts: the plan'"'"'s date\x1b[2J'

done_testing
