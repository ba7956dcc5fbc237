#!/bin/sh
# Plan versions, signatures, status and amendments through the real binary:
# what is in effect is computed from signatures on each version's digest.
. tests/e2e/lib.inc

MO=$FIX/cases/mo-student-ssa.lua
PLAN=MO-2026-0001-IPE
AS=--as-of=2026-11-23

status_of() { # version -> its status, from show --json
	"$VR_BIN" show MO-2026-0001 --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
v = [v for v in d["plans"][0]["versions"] if v["version"] == int(sys.argv[1])][0]
print(v["status"])' "$1"
}

sign_all_v1() {
	run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
	run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity "photo ID" $AS
	run 0 vr sign $PLAN --role supervisor --name "Riley Sample" --identity "photo ID" $AS
}

t "a new plan is a draft, awaits signatures, then is in effect"
run 0 vr init; run 0 vr import "$MO"
ok test "$(status_of 1)" = draft
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
out_has "version 1 is now awaiting signatures; still to sign: counselor, supervisor"
ok test "$(status_of 1)" = "awaiting signatures"
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --method wet --identity "photo ID" $AS
out_has "still to sign: supervisor"
run 0 vr sign $PLAN --role supervisor --name "Riley Sample" --identity "photo ID" $AS
out_has "version 1 is now in effect"
out_has "(Riley Sample, electronic, approve)"
ok test "$(status_of 1)" = "in effect"
ok test "$(db_sql "select count(*) from audit where action='sign'")" = 3

t "signing is refused: unknown role, twice, missing representative, bad method"
run 0 vr init; run 0 vr import "$MO"
run 3 vr sign $PLAN --role janitor --name X --identity "photo ID" $AS
err_has "does not ask for a 'janitor' signature on IPE plans; the roles are: client, representative, counselor, supervisor"
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
run 3 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS; err_has "already signed as client"
run 3 vr sign $PLAN --role representative --name "Pat Testcase" --identity "photo ID" $AS
err_has "has no representative on record"
run 2 vr sign $PLAN --role counselor --name X --identity "photo ID" --method telepathy; err_has "--method is"
run 2 vr sign $PLAN --identity "photo ID"; err_has "--role and --identity"
run 2 vr sign $PLAN --role counselor --name X; err_has "how the signer's identity was checked"
ok test "$(db_sql "select count(*) from signature")" = 1

t "a representative signs for the client (supported employment, guardian)"
run 0 vr init; run 0 vr import "$FIX/cases/mo-supported-employment.lua"
run 0 vr sign MO-2026-0002-IPE --role representative --name "Dana Fixture" --method wet --identity "photo ID" $AS
out_has "still to sign: counselor, supervisor"
run 0 vr sign MO-2026-0002-IPE --role counselor --name "Taylor Demo" --identity "photo ID" $AS
run 0 vr sign MO-2026-0002-IPE --role supervisor --name "Riley Sample" --identity "photo ID" $AS
out_has "version 1 is now in effect"
run 0 vr show MO-2026-0002; out_has "representative: Dana Fixture (guardian)"
out_has "signed by Dana Fixture as representative, agree, wet"

t "a version with error findings cannot be signed; the findings are listed"
run 0 vr init; run 0 vr import "$FIX/bad-rules/mo-violations.lua"
run 1 vr sign MO-2026-0902-IPE --role client --name "Casey Exampleton" --identity "photo ID" $AS
err_has "content error(s) (listed on standard output; \`vrtool check MO-2026-0902\` shows them); it cannot be signed until they are fixed"
out_has "mo.510.1.employment-outcome"
ok test "$(db_sql "select count(*) from signature")" = 0

t "an amendment does not change what is in effect until it is signed"
run 0 vr init; run 0 vr import "$MO"; sign_all_v1
run 0 vr amend $PLAN --set goal.occupation="Pharmacy Technician II" \
	--set "services[2].provider=Ozark Placement CRP" --reason "client chose another provider" $AS
out_has "plan $PLAN version 2 created (draft) from version 1"
out_has "version 1 stays in effect until version 2 is signed by: client or representative, counselor"
ok test "$(status_of 1)" = "in effect"
ok test "$(status_of 2)" = draft
run 0 vr list --status in-effect; out_has "$PLAN"; out_has "v2   draft"
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
ok test "$(status_of 1)" = "in effect"
ok test "$(status_of 2)" = "awaiting signatures"
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity "photo ID" $AS
out_has "version 2 is now in effect"
ok test "$(status_of 1)" = superseded
ok test "$(status_of 2)" = "in effect"
run 3 vr sign $PLAN --version 1 --role client --name X --identity "photo ID" $AS; err_has "version 1 is superseded"
run 0 vr diff $PLAN 1 2
out_has '~ goal.occupation: "Pharmacy Technician" -> "Pharmacy Technician II"'
out_has '~ services[id=S2].provider: "Show-Me Employment CRP" -> "Ozark Placement CRP"'
out_has '+ amendment_reason: "client chose another provider"'
out_has '~ date: "2026-04-01" -> "2026-11-23"'
run 0 vr diff $PLAN 1 2 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "diff --json content"
import json, sys
d = json.load(open(sys.argv[1]))
ch = {c["path"]: c for c in d["changes"]}
assert ch["goal.occupation"]["to"] == "Pharmacy Technician II", ch
assert ch["supersedes"]["change"] == "added"
PY
# the amendment records what it supersedes
run 0 vr show MO-2026-0001 --json
python3 - "$T/out" <<'PY' || bad "supersedes digest"
import json, sys, subprocess, os
d = json.load(open(sys.argv[1]))
v1, v2 = d["plans"][0]["versions"]
x = subprocess.run([os.environ["VR_BIN"], "export", "MO-2026-0001-IPE"], capture_output=True, text=True).stdout
assert "<supersedes>%s</supersedes>" % v1["digest"] in x
PY

t "amend --from a case file: the plan with that id, the case updated too"
run 0 vr init; run 0 vr import "$MO"; sign_all_v1
run 0 vr amend $PLAN --from "$FIX/amend/mo-student-ssa-amended.lua"
out_has "version 2 created (draft) from version 1"
run 0 vr diff $PLAN 1 2
out_has '+ services[id=S3]'
out_has '~ date: "2026-04-01" -> "2026-09-15"'
run 0 vr show MO-2026-0001
out_has "amended: Provider change"
ok test "$(status_of 1)" = "in effect"
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity "photo ID" $AS
ok test "$(status_of 2)" = "in effect"
ok test "$(status_of 1)" = superseded
run 3 vr amend $PLAN --from "$FIX/cases/tx-career-cluster.lua" --reason x
err_has "is case TX-2026-0001, but plan $PLAN belongs to case MO-2026-0001"

t "amendment refusals change nothing"
run 0 vr init; run 0 vr import "$MO"; sign_all_v1
before=$(db_fingerprint)
run 3 vr amend $PLAN --set goal.occupation="Baker"; err_has "say why the plan is amended"
run 3 vr amend $PLAN --set goal.occupation="Pharmacy Technician" --set date=2026-04-01 --reason x
err_has "nothing to amend"
run 3 vr amend $PLAN --set goal.wage_cents_hour=lots --reason x; err_has "goal.wage_cents_hour: the value is not money"
run 3 vr amend $PLAN --set goal.colour=red --reason x; err_has "no field 'colour'"
run 3 vr amend $PLAN --set "services[9].provider=X" --reason x; err_has "services has no item 9"
run 3 vr amend $PLAN --set "services[1].planned_end=2020-01-01" --reason x
err_has "services[1].planned_end: planned_end 2020-01-01 is before start"
run 2 vr amend $PLAN --reason x; err_has "--from FILE and/or"
err_has ""
ok test "$before" = "$(db_fingerprint)"

t "list: every case and plan, filters, JSON"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr list
out_has "MO-2026-0001-IPE"; out_has "TX-2026-0001-IEP"; out_has "NY-2026-0001-EP"; out_has "WI-2026-0001-IPE"
run 0 vr list --agency tx-wioa; out_has "TX-2026-0001-IEP"; out_lacks "MO-2026-0001"
run 0 vr list --status in-effect; out_lacks "MO-2026-0001-IPE"
run 2 vr list --status lost; err_has "is not a status"
run 0 vr list --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "list --json content"
import json, sys
rows = json.load(open(sys.argv[1]))
assert {r["agency"] for r in rows} == {"mo-vr", "tx-wioa", "ny-pros", "wi-dvr"}, rows
mo = [r for r in rows if r["plan"] == "MO-2026-0001-IPE"][0]
assert mo["status"] == "draft" and mo["in_effect"] == 0 and mo["newest"] == 1
assert mo["person"] == "Avery Testcase"
PY

t "XML round trip: export, import elsewhere, export again: identical bytes"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity "photo ID" $AS
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity "photo ID" $AS
run 0 vr sign $PLAN --role supervisor --name "Riley Sample" --identity "photo ID" $AS
run 0 vr amend $PLAN --set goal.occupation="Pharmacy Technician II" --reason "new goal" $AS
run 0 vr export --all -o "$T/first"
run 0 vr export $PLAN --version 1 -o "$T/first/$PLAN-v1.xml"
n=0
for f in "$T"/first/*.xml; do n=$((n + 1)); done
ok test "$n" = $(( $(ls "$FIX"/cases/*.lua | wc -l) + 1 ))
second=$(new_db second)
run 0 vr_on "$second" init
run 0 vr key export -o "$T/first.pub"
run 0 vr_on "$second" key import "$T/first.pub"; out_has "trusted public key"
run 0 vr_on "$second" import "$T"/first/*-v1.xml
out_has "3 signature(s)"
run 0 vr_on "$second" import "$T/first/$PLAN-v2.xml"
out_has "1 new version(s)"
run 0 vr_on "$second" export --all -o "$T/again"
run 0 vr_on "$second" export $PLAN --version 1 -o "$T/again/$PLAN-v1.xml"
for f in "$T"/first/*.xml; do
	cmp -s "$f" "$T/again/$(basename "$f")" || bad "round trip changed $(basename "$f")"
done
# the signatures travelled with the documents and verify in the second store
run 0 vr_on "$second" verify $PLAN; out_has "6 verified, 0 failed"
run 0 vr_on "$second" show MO-2026-0001; out_has "in effect"
# and once more through the second store: nothing new
run 0 vr_on "$second" import "$T"/first/*.xml; out_has "0 new plan(s), 0 new version(s), $n unchanged"
# a changed document version is refused
sed 's/Pharmacy Technician II/Pharmacist/' "$T/first/$PLAN-v2.xml" >"$T/changed.xml"
run 3 vr_on "$second" import "$T/changed.xml"; err_has "differs from the document's"

t "plugin lint and plugin test fail a rule that does not say content or conduct"
mkdir -p "$T/p/acme"
sed -e 's/"flaky"/"acme"/' -e 's/ class = "content",//' -e 's/severity = "error", class = "content"/severity = "error", class = "timing"/' \
	"$FIX/plugins/flaky/plugin.lua" >"$T/p/acme/plugin.lua"
# one rule keeps a class that is not one of the two
sed -i '0,/severity = "warning",/s//severity = "warning", class = "timing",/' "$T/p/acme/plugin.lua"
run 1 vr plugin lint acme --plugin-path "$T/p"
out_has "the plugin does not load"
out_has "rule 'flaky.raises': class must be \"content\""
out_has "rule 'flaky.object': class is required: \"content\" (what the version says: an error blocks signing it) or \"conduct\""
run 1 vr plugin test acme --plugin-path "$T/p"
out_has "class is required"
# the shipped plugins all say it, and pass their tests and lint
for p in mo-vr tx-wioa ny-pros wi-dvr; do
	run 0 vr plugin lint $p
	run 0 vr plugin test $p; out_has " 0 failed"
done

done_testing
