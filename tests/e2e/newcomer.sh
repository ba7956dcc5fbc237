#!/bin/sh
# The vocabulary as a new user meets it (issue 17, point 5): for each shipped
# agency, a case written from docs/model.md and `vrtool plugin vocab ID`
# alone, without reading the plugin (tests/fixtures/newcomer/ID.lua), imports
# without a warning (every value it writes is one the plugin declares), and
# shows every deadline and every fee the plugin lists in `plugin vocab --json`:
# each deadline id in `deadlines --json` with a status other than "error"
# (open, met, missed or overdue), each fee id in `fees --json` earned. A
# clock or fee the vocabulary does not tell a new user how to reach fails
# here, naming it.
. tests/e2e/lib.inc

NC=$FIX/newcomer

# newcomer AGENCY CASE AS-OF
newcomer() {
	_a=$1; _c=$2; _d=$3
	t "$_a: a case written from docs/model.md and 'plugin vocab $_a' alone shows every clock and fee"
	run 0 vr init
	# keyed in on the as-of day, so the signatures a case file records are
	# never in the future, whatever the machine's clock
	VRTOOL_NOW=${_d}T12:00:00Z run 0 vr import "$NC/$_a.lua"
	if grep -qi "warning" "$T/err"; then
		bad "import of $_a.lua warned (a value the plugin does not declare?):"
		sed 's/^/       err: /' "$T/err" | head -n 20
	fi
	run 0 vr plugin vocab "$_a" --json
	json_ok "$T/out"
	cp "$T/out" "$T/vocab.json"
	# deadlines exits 1 when one is overdue: a listed clock, so either is fine
	vr deadlines "$_c" --as-of "$_d" --json >"$T/deadlines.json" 2>"$T/err"
	_rc=$?
	if [ "$_rc" != 0 ] && [ "$_rc" != 1 ]; then
		bad "'deadlines $_c --as-of $_d --json' exited $_rc"
		sed 's/^/       err: /' "$T/err" | head -n 15
	fi
	json_ok "$T/deadlines.json"
	run 0 vr fees "$_c" --as-of "$_d" --json
	json_ok "$T/out"
	cp "$T/out" "$T/fees.json"
	for _j in vocab deadlines fees; do
		python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$T/$_j.json" 2>/dev/null ||
			{ bad "$_a: no clock or fee can be compared: $_j.json is not valid JSON"; return; }
	done
	python3 - "$_a" "$T/vocab.json" "$T/deadlines.json" "$T/fees.json" <<'PY' || bad "$_a: not every clock and fee of the plugin is present (above)"
import json, sys
agency, vocab, deadlines, fees = sys.argv[1:5]
v = json.load(open(vocab))
got = {"deadline": json.load(open(deadlines))["deadlines"],
       "fee": json.load(open(fees))["fees"]}
listed = {"deadline": [x["id"] for x in v["deadlines"]],
          "fee": [x["id"] for x in v["fees"]]}
ok_status = {"deadline": lambda s: s != "error", "fee": lambda s: s == "earned"}
missing = []
for what in ("deadline", "fee"):
    for i in listed[what]:
        rows = [r for r in got[what] if r.get("id") == i]
        good = [r for r in rows if ok_status[what](r.get("status"))]
        if not rows:
            missing.append("%s %s: absent" % (what, i))
        elif not good:
            missing.append("%s %s: only %s" % (what, i,
                           ", ".join(sorted(set(str(r.get("status")) for r in rows)))))
for m in missing:
    print("     missing: " + m)
print("     %s: %d of %d deadline(s), %d of %d fee(s) present" % (agency,
      len([i for i in listed["deadline"] if not any(m.startswith("deadline " + i + ":") for m in missing)]),
      len(listed["deadline"]),
      len([i for i in listed["fee"] if not any(m.startswith("fee " + i + ":") for m in missing)]),
      len(listed["fee"])))
sys.exit(1 if missing else 0)
PY
}

newcomer mo-vr NC-MO-1 2026-12-31
newcomer tx-wioa NC-TX-1 2026-03-01
newcomer ny-pros NC-NY-1 2026-06-30
newcomer wi-dvr NC-WI-1 2026-12-31

done_testing
