#!/bin/sh
# Hostile plugins: each misbehaviour ends in one finding naming the plugin
# within its budget, and the same run then checks a good case correctly.
. tests/e2e/lib.inc

P=$FIX/plugins
# the wall-clock budget; under valgrind (20-50x slower) a memory bomb would
# meet the clock before its memory budget, so the clock is longer there
MS=2000
[ -n "$VR_VG" ] && MS=60000
export VRTOOL_PLUGIN_TIMEOUT_MS=$MS

t "every hostile plugin is stopped with a finding; good cases still check"
run 0 vr init
run 0 vr import --plugin-path "$P" "$P"/cases/*.lua
# the good cases are signed in time by the people on record
import_signed "$FIX/cases/mo-student-ssa.lua" "$FIX/cases/wi-ips-placement.lua"
start=$(date +%s)
run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23 --json
took=$(( $(date +%s) - start ))
json_ok "$T/out"
python3 - "$T/out" "$MS" <<'PY' || bad "hostile findings"
import json, sys
d = json.load(open(sys.argv[1]))
MS = sys.argv[2]
by = {}
for f in d["findings"]:
    by.setdefault(f["plugin"], []).append(f)
def one(plugin, *needles):
    fs = by.get(plugin, [])
    assert fs, "no finding from " + plugin
    msg = " | ".join(f["message"] for f in fs)
    for n in needles:
        assert n in msg, (plugin, n, msg)
    # errors, but for the note that lists the rules that could not finish
    assert all(f["severity"] == "error" for f in fs if f["rule"] != "plugin"
               or f["severity"] != "info"), fs
one("looper", "exceeded its", "budget", "in rule looper.spin")
one("coloop", "exceeded its", "budget")
one("patternbomb", "exceeded its time budget (stopped after %s ms)" % MS, "in rule patternbomb.rule")
# under valgrind the allocations are slow enough for the rule's own clock
# to stop it first: stopped either way, with a finding
one("membomb", "exceeded its memory budget" if MS == "2000" else "exceeded its",
    "in rule membomb.rule")
one("poison", "poison/plugin.lua:9: getmetatable('').__index is shared by every rule and case "
    "and is read-only")
one("bytecode", "no load")
one("escape", "attempt to index a nil value")
one("broken", "does not load")
one("flaky", "boom")
# the good cases, checked by real plugins in the same run, are clean
assert "mo-vr" not in by, by.get("mo-vr")
assert "wi-dvr" not in by, by.get("wi-dvr")
assert d["cases"] == 12 and d["plans"] == 10, (d["cases"], d["plans"])
PY
# the pattern bomb costs one time budget, not minutes
ok test "$took" -lt $(( MS * 15 / 1000 ))   # 30 s; longer under valgrind
ok test ! -e /tmp/vrtool-hostile-pwned

t "a plugin that poisons its string metatable does not affect the next plugin"
run 0 vr init
run 0 vr import --plugin-path "$P" "$P/cases/poison-case.lua"
import_signed "$FIX/cases/mo-student-ssa.lua"
run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23
out_has "poison.rule"
out_lacks "MO-2026-0001-IPE"

# Cases C-ID-1, -2, -3 of plugin ID, each with one IPE plan ID-N.
three_cases() {
	for n in 1 2 3; do
		cat >"$T/$1-$n.lua" <<LUA
return { person = { id = "P-$1-$n", name = { given = "T", family = "P" } },
  case = { id = "C-$1-$n", agency = "$1" },
  plans = { { id = "$1-$n", kind = "IPE", date = "2026-03-01" } } }
LUA
	done
	run 0 vr import --plugin-path "$P" "$T/$1-1.lua" "$T/$1-2.lua" "$T/$1-3.lua"
}

t "a rule that replaces pcall or vr.finding, or writes a global, a table or a local of its plugin, changes nothing else; the write is its finding, with its line"
run 0 vr init
three_cases hijackpcall
three_cases hijackfinding
three_cases globalwriter
run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23 --json
json_ok "$T/out"
python3 - "$T/out" "$P" <<'PY' || bad "hijack findings"
import json, sys
d = json.load(open(sys.argv[1]))
P = sys.argv[2]
by = {}
for f in d["findings"]:
    by.setdefault((f["plan"], f["rule"]), []).append(f["message"])
RO = "is shared by every rule and case and is read-only while rules run"
for n in "123":
    def has(plan, rule, *needles):
        ms = by.get((plan + "-" + n, rule))
        assert ms and len(ms) == 1, (plan, n, rule, ms)
        for x in needles:
            assert x in ms[0], (plan, n, rule, x, ms[0])
    # the runner's pcall is its own: the rules after the hijack report, and
    # the one that raises is an error
    has("hijackpcall", "hijackpcall.before", "before the hijack: hijackpcall-" + n)
    has("hijackpcall", "hijackpcall.hijack", "hijackpcall/plugin.lua:14: global 'pcall' " + RO)
    has("hijackpcall", "hijackpcall.after", "after the hijack: hijackpcall-" + n)
    has("hijackpcall", "hijackpcall.raises", "plugin.lua:19: raised after the hijack")
    # vr.finding and vr.date stay the library's, even when the rule catches the refusal
    has("hijackfinding", "hijackfinding.hijack", "hijackfinding/plugin.lua:11: vr.finding " + RO,
        "(and 1 more such write)")
    has("hijackfinding", "hijackfinding.after", "found after the hijack, due 2026-03-02")
    # globals, a table and a local of the plugin file: each write a finding of
    # its rule; the good rule sees the load-time state on every case
    has("globalwriter", "globalwriter.accident", "globalwriter/plugin.lua:16: global 'total' " + RO)
    has("globalwriter", "globalwriter.ipairs", "globalwriter/plugin.lua:20: global 'ipairs' " + RO)
    has("globalwriter", "globalwriter.cache", "globalwriter/plugin.lua:24: a field of SEEN " + RO)
    has("globalwriter", "globalwriter.counter", "globalwriter/plugin.lua: local 'calls' of the plugin",
        "was changed")
    has("globalwriter", "globalwriter.good",
        "good: globalwriter-%s ipairs=3 seen=0 calls=0 total=nil" % n)
PY

t "a rule that changes the string metatable on case 1 leaves cases 2 and 3 as they were"
run 0 vr init
three_cases strpoison
run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23
out_has "strpoison.poison: the rule tried to change state that every rule and case shares"
out_has "strpoison/plugin.lua:12: string.upper is shared by every rule and case and is read-only while rules run (and 2 more such writes)"
out_has "strpoison.good: GOOD: STRPOISON-1 abc"
out_has "strpoison.good: GOOD: STRPOISON-2 abc"
out_has "strpoison.good: GOOD: STRPOISON-3 abc"
out_lacks "POISONED"
ok test "$(grep -c 'strpoison.poison' "$T/out")" = 1

t "a budget broken, in a coroutine or not, is charged to the rule that broke it; the others still report"
run 0 vr init
three_cases budgets
start=$(date +%s)
# a call's time (4/5 of the host's) holds every rule's (1 s) with room
VRTOOL_PLUGIN_TIMEOUT_MS=$((MS * 4)) run 1 vr check --all --plugin-path "$P" --as-of 2026-11-23 --json
took=$(( $(date +%s) - start ))
json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "budget findings"
import json, sys
d = json.load(open(sys.argv[1]))
by = {}
for f in d["findings"]:
    by.setdefault((f["plan"], f["rule"]), []).append(f)
for n in "123":
    def has(rule, severity, *needles):
        fs = by.get(("budgets-" + n, rule))
        assert fs and len(fs) == 1, (n, rule, fs)
        assert fs[0]["severity"] == severity, fs
        for x in needles:
            assert x in fs[0]["message"], (n, rule, x, fs[0]["message"])
    # (the instruction budget, or under valgrind the time budget, stops it)
    has("budgets.coloop", "error", "in rule budgets.coloop,", "could not finish")
    m = by[("budgets-" + n, "budgets.coloop")][0]["message"]
    assert "exceeded its instruction budget" in m or "exceeded its time budget" in m, m
    # (under valgrind the time budget may stop an allocation loop first)
    for r in ("budgets.membomb", "budgets.comem"):
        has(r, "error", "budget in rule %s," % r)
        m = by[("budgets-" + n, r)][0]["message"]
        assert "exceeded its memory budget" in m or "exceeded its time budget" in m, m
    has("budgets.slow", "error", "exceeded its time budget in rule budgets.slow,")
    has("budgets.good", "error", "good: checked after the budget breakers budgets-" + n)
    has("plugin", "info", "4 of the 5 rules of plugin budgets could not finish",
        "budgets.coloop, budgets.membomb, budgets.comem, budgets.slow")
PY
ok test "$took" -lt $(( MS * 15 / 1000 ))   # 30 s; longer under valgrind

t "a case too large for the plugin's memory is a finding, not a crash, and the next case is checked"
run 0 vr init
python3 - "$T/big.lua" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    f.write('return { person = { id = "P-BIG", name = { given = "Big", family = "Case" } },\n'
            '  case = { id = "C-BIG", agency = "mo-vr", events = {\n')
    f.write('{kind="contact",date="2026-03-01"},\n' * 250000)
    f.write('  } },\n  plans = { { id = "C-BIG-IPE", kind = "IPE", date = "2026-03-01" } } }\n')
PY
# import may refuse a case this large (a limit on events): then the worker never sees it
if vr import "$T/big.lua" >"$T/imp" 2>&1; then
	import_signed "$FIX/cases/mo-student-ssa.lua"
	run 1 vr check --all --as-of 2026-11-23
	out_has "the case is too large for plugin mo-vr: its documents"
	out_has "do not fit as Lua tables in the plugin's memory budget (64 MiB)"
	out_lacks "crashed"
	out_lacks "MO-2026-0001-IPE"
else
	grep -q "C-BIG\|big.lua" "$T/imp" || bad "import refused the large case without naming it"
fi

t "a rule cannot change the case or plan another rule sees; reading works as on tables"
run 0 vr init
mkdir -p "$T/pp/mutator"
cat >"$T/pp/mutator/plugin.lua" <<'LUA'
-- Tries every way to write the documents it is lent, then a later rule
-- reports what it sees: the writes must all have failed.
local function try(what, f)
  local ok, err = pcall(f)
  return ok and ("WROTE " .. what) or nil, err
end
return vr.plugin {
  api = 1, id = "mutator", name = "Tries to change what it is lent", version = "1",
  source = { document = "test", date = "2026-01-01" }, kinds = { IPE = {} },
  rules = {
    vr.rule { id = "mutator.write", cite = "test", severity = "error", class = "content",
      check = function(plan, case, ctx)
        local out = {}
        local attempts = {
          { "plan.kind", function() plan.kind = "X" end },
          { "plan.new", function() plan.new = 1 end },
          { "plan.goal.occupation", function() plan.goal.occupation = "X" end },
          { "services[1].provider", function() plan.services[1].provider = "X" end },
          { "table.insert", function() table.insert(plan.services, { id = "X" }) end },
          { "table.remove", function() table.remove(plan.services) end },
          { "table.sort", function() table.sort(plan.services, function(a, b) return a.id > b.id end) end },
          { "setmetatable", function() setmetatable(plan, nil) end },
          { "case.person.name", function() case.person.name = "X" end },
          { "ctx.as_of", function() ctx.as_of = "X" end },
          { "summary", function() ctx.summary.caseload = {} end },
          { "next by hand", function() local f = pairs(plan); f(42) end },
        }
        for _, a in ipairs(attempts) do
          local w, err = try(a[1], a[2])
          out[#out + 1] = w or (a[1] .. " refused (" .. tostring(err) .. ")")
        end
        out[#out + 1] = "metatable: " .. tostring(getmetatable(plan))
        return table.concat(out, "; ")
      end },
    vr.rule { id = "mutator.read", cite = "test", severity = "warning", class = "content",
      check = function(plan, case, ctx)
        local keys = 0
        for _ in pairs(plan) do keys = keys + 1 end
        local ids = {}
        for i, s in ipairs(plan.services) do ids[#ids + 1] = i .. "=" .. s.id end
        return ("kind=%s occupation=%s services=%d [%s] keys=%d person=%s first=%s"):format(
          plan.kind, plan.goal.occupation, #plan.services, table.concat(ids, ","),
          keys, case.person.id, tostring(case.events[1].kind))
      end },
  },
}
LUA
sed -e 's/agency = "mo-vr"/agency = "mutator"/' "$FIX/cases/mo-student-ssa.lua" >"$T/m.lua"
run 0 vr import --plugin-path "$T/pp" "$T/m.lua"
run 1 vr check MO-2026-0001 --plugin-path "$T/pp" --as-of 2026-11-23
out_lacks "WROTE"
out_has "plan.goal.occupation refused ("
out_has "the case and plan are read-only in a rule"
out_has "setmetatable refused ("
out_has "next by hand refused ("
out_has "metatable: read-only"
out_has "kind=IPE occupation=Pharmacy Technician services=2 [1=S1,2=S2] keys=14"
out_has "person=P-MO-0001 first=application"

t "after a worker is stopped, the next case of the same plugin is checked by a fresh one"
run 0 vr init
mkdir -p "$T/pp/sometimes"
cat >"$T/pp/sometimes/plugin.lua" <<'LUA'
return vr.plugin {
  api = 1, id = "sometimes", name = "Sometimes hangs", version = "1",
  source = { document = "test", date = "2026-01-01" }, kinds = { IPE = {} },
  rules = { vr.rule { id = "sometimes.rule", cite = "test", severity = "error", class = "content",
    check = function(plan)
      if plan.id:find("HANG") then return ("a"):rep(40):find(("a*"):rep(20) .. "b") end
      return "saw " .. plan.id
    end } },
}
LUA
for n in A-HANG B-OK C-OK; do
	cat >"$T/$n.lua" <<LUA
return { person = { id = "P-$n", name = { given = "T", family = "P" } },
  case = { id = "C-$n", agency = "sometimes" },
  plans = { { id = "$n", kind = "IPE", date = "2026-03-01" } } }
LUA
done
run 0 vr import --plugin-path "$T/pp" "$T/A-HANG.lua" "$T/B-OK.lua" "$T/C-OK.lua"
VRTOOL_PLUGIN_TIMEOUT_MS=1000 run 1 vr check --all --plugin-path "$T/pp"
out_has "sometimes.rule: plugin sometimes exceeded its time budget (stopped after 1000 ms) in rule sometimes.rule"
out_has "sometimes.rule: saw B-OK"
out_has "sometimes.rule: saw C-OK"
# no worker of this run is left (its command line names this test's folder)
ok test "$(pgrep -c -f "check --all --plugin-path $T/pp" || true)" = 0

done_testing
