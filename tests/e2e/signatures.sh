#!/bin/sh
# Signatures, seals and the audit log (issue 7): every tampering is found
# and named; amendments keep every signature verifying on its own version.
. tests/e2e/lib.inc

MO=$FIX/cases/mo-student-ssa.lua
PLAN=MO-2026-0001-IPE
AS="--as-of 2026-11-23 --identity photo-ID"

signed() { # a fresh database with version 1 in effect
	db_reset
	run 0 vr init
	run 0 vr import "$MO"
	run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
	run 0 vr sign $PLAN --role counselor --name "Jordan Example" $AS
	run 0 vr sign $PLAN --role supervisor --name "Riley Sample" $AS
}

# Lets a test play the attacker who has the database: the triggers that
# refuse changes are set aside, then the change is made (db_tamper).
tamper() {
	db_tamper "$1"
}

t "init creates the signing key (0600) and records its public half"
run 0 vr init; out_has "created signing key"
# (a database file's key is beside it; a server database's is the user's)
if on_sqlite; then key=$VRTOOL_DB.key; else key=$XDG_CONFIG_HOME/vrtool/signing.key; fi
ok test "$(stat -c %a "$key")" = 600
ok test "$(db_sql "select count(*) from install_key")" = 1
run 0 vr init; out_has "found signing key"
run 0 vr key export -o "$T/pub.txt"
ok grep -q '^vrtool-ed25519-public-1 [0-9a-f]\{16\} [0-9a-f]\{64\}$' "$T/pub.txt"

t "a signature records who, role, method, meaning, intent, identity, time, digest; it is sealed"
signed
run 3 vr sign $PLAN --role client --name X $AS; err_has "already signed"
db_sql "select role, signer_name, method, meaning, intent, identity,
	at, CASE WHEN digest = (select digest from plan_version where version = 1) THEN 1 ELSE 0 END,
	length(seal), key_id
	from signature where id = 1" >"$T/row"
ok grep -q '^client|Avery Testcase|electronic|agree|I have read this plan and I agree to it.|photo-ID|20[0-9-]*T[0-9:]*[+-][0-9][0-9]:[0-9][0-9]|1|128|[0-9a-f]\{16\}$' "$T/row"
run 0 vr verify $PLAN; out_has "5 verified, 0 failed"

t "a wet-ink signature keeps the hash of its scan"
run 0 vr init; run 0 vr import "$MO"
printf 'scanned page' >"$T/scan.pdf"
run 0 vr sign $PLAN --role client --name "Avery Testcase" --method wet --scan "$T/scan.pdf" $AS
ok test "$(db_sql "select scan_sha256 from signature")" = "$(sha256sum "$T/scan.pdf" | cut -c1-64)"
run 2 vr sign $PLAN --role counselor --name X --scan "$T/scan.pdf" $AS; err_has "--scan goes with --method wet"

t "an approval comes only after the signatures it approves"
run 0 vr init; run 0 vr import "$MO"
run 3 vr sign $PLAN --role supervisor --name "Riley Sample" $AS
err_has "the supervisor approves after the plan is signed"
ok test "$(db_sql "select count(*) from signature")" = 0

t "a changed byte in the stored plan version is found"
signed
tamper "UPDATE plan_version SET xml = replace(xml, 'Pharmacy Technician', 'Pharmacy Technicias')"
run 1 vr verify $PLAN
out_has "FAIL plan $PLAN version 1 digest"; out_has "its content changed"

t "a changed byte in a signature record is found and named"
signed
tamper "UPDATE signature SET signer_name = 'Mallory' WHERE id = 2"
run 1 vr verify $PLAN
out_has "FAIL signature 2 (counselor, Mallory)"; out_has "no longer matches its fields"
signed
tamper "UPDATE signature SET record = replace(record, 'Jordan', 'Jordon'), signer_name = 'Jordon Example' WHERE id = 2"
run 1 vr verify $PLAN; out_has "FAIL signature 2"; out_has "its seal does not verify against key"

t "a signature cannot be moved to another plan or version"
run 0 vr init
run 0 vr import "$MO" "$FIX/cases/mo-supported-employment.lua"
run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
run 0 vr export $PLAN -o "$T/one.xml"
run 0 vr export MO-2026-0002-IPE -o "$T/two.xml"
tamper "UPDATE signature SET plan_id = 'MO-2026-0002-IPE', digest = (select digest from plan_version where plan_id = 'MO-2026-0002-IPE')"
run 1 vr verify MO-2026-0002-IPE; out_has "FAIL signature 1 (client, Avery Testcase) on plan MO-2026-0002-IPE"
out_has "no longer matches its fields"
# in a document: the signature block of one plan pasted into another's
python3 - "$T/one.xml" "$T/two.xml" "$T/moved.xml" <<'PY'
import sys
one, two = open(sys.argv[1]).read(), open(sys.argv[2]).read()
block = one[one.index("<signatures>"):one.index("</signatures>") + len("</signatures>")]
open(sys.argv[3], "w").write(two.replace("</plan>", "</plan>\n  " + block, 1))
PY
run 1 vr verify "$T/moved.xml"; out_has "it names plan MO-2026-0001-IPE version 1, not MO-2026-0002-IPE version 1"

t "the audit chain: a changed entry, a deleted entry and two swapped entries are each named"
signed
run 0 vr audit verify; out_has "the audit chain is whole"
tamper "UPDATE audit SET actor = 'mallory' WHERE seq = 4"
run 1 vr audit verify; out_has "entry 4 (sign plan:$PLAN@1 by mallory"; out_has "was changed"
signed
tamper "DELETE FROM audit WHERE seq = 3"
run 1 vr audit verify; out_has "entry 4 comes where entry 3 should: entries are missing"
signed
tamper "UPDATE audit SET seq = -1 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = 5; UPDATE audit SET seq = 5 WHERE seq = -1"
run 1 vr audit verify; out_has "FAIL the audit chain is broken at entry"

t "audit log shows who did what when, for a case"
signed
run 0 vr import "$FIX/cases/tx-career-cluster.lua"
run 0 vr audit log MO-2026-0001
out_has "import  case:MO-2026-0001"; out_has "sign    plan:$PLAN@1"; out_lacks "TX-2026-0001"
run 0 vr audit log --json; json_ok "$T/out"
ok test "$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$T/out")" -ge 6
run 0 vr export $PLAN -o "$T/p.xml"
run 0 vr audit log MO-2026-0001; out_has "export  plan:$PLAN@1"

t "an exported document carries its signatures and verifies with only the public key"
signed
run 0 vr export $PLAN -o "$T/plan.xml"
run 0 vr key export -o "$T/pub.txt"
ok xmllint --noout --schema "$ROOT/templates/schema/vrtool-1.xsd" "$T/plan.xml"
mkdir -p "$T/elsewhere"
( cd "$T/elsewhere" && unset VRTOOL_DB && "$VR_BIN" verify "$T/plan.xml" --key "$T/pub.txt" ) >"$T/out" 2>&1 ||
	bad "verify elsewhere failed"
out_has "3 verified, 0 failed"
sed 's/<given>Avery/<given>Evry/' "$T/plan.xml" >"$T/person-changed.xml"
run 0 vr verify "$T/person-changed.xml" --key "$T/pub.txt"
sed 's/Pharmacy Technician/Pharmacy Technicias/' "$T/plan.xml" >"$T/changed.xml"
run 1 vr verify "$T/changed.xml" --key "$T/pub.txt"; out_has "the plan changed after it was signed"
sed 's/<name>Jordan Example</<name>Jordan Exampel</' "$T/plan.xml" >"$T/signer.xml"
run 1 vr verify "$T/signer.xml" --key "$T/pub.txt"; out_has "FAIL signature 2 (counselor, Jordan Exampel)"
# another installation's key does not verify it
other=$(new_db other)
run 0 vr_on "$other" init
run 0 vr_on "$other" key export -o "$T/other.pub"
run 1 vr verify "$T/plan.xml" --key "$T/other.pub"; out_has "sealed with key"

# flip FILE N OUT: OUT is FILE with the last hex digit of its Nth <seal>
# changed (a seal that no longer verifies, still 128 hex digits)
flip() {
	python3 - "$1" "$2" "$3" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
m = list(re.finditer(r"<seal>([0-9a-f]{128})</seal>", s))[int(sys.argv[2]) - 1]
i = m.end(1) - 1
open(sys.argv[3], "w").write(s[:i] + ("0" if s[i] != "0" else "1") + s[i + 1:])
PY
}

t "import verifies a document's seals: a forged seal is refused, naming the file and signature; nothing is imported"
signed
run 0 vr export $PLAN -o "$T/plan.xml"
run 0 vr key export -o "$T/pub.txt"
KEY=$(cut -d' ' -f2 "$T/pub.txt")
trusting=$(new_db trusting)
run 0 vr_on "$trusting" init
run 0 vr_on "$trusting" key import "$T/pub.txt"
before=$(db_fingerprint "$trusting")
flip "$T/plan.xml" 3 "$T/forged.xml"
line=$(grep -n '<signature>' "$T/forged.xml" | sed -n 3p | cut -d: -f1)
run 3 vr_on "$trusting" import "$T/forged.xml"
err_has "$T/forged.xml:$line: signatures[3] (supervisor): its seal does not verify against key $KEY"
err_has "nothing was imported"
ok test "$before" = "$(db_fingerprint "$trusting")"
# so does a changed field under a seal that was whole (the record is rebuilt)
sed 's/<intent>I have read this plan and I agree to it.</<intent>I agree to nothing.</' \
	"$T/plan.xml" >"$T/reworded.xml"
ok grep -q 'I agree to nothing' "$T/reworded.xml"
run 3 vr_on "$trusting" import "$T/reworded.xml"
err_has "signatures[1] (client): its seal does not verify against key $KEY"
ok test "$before" = "$(db_fingerprint "$trusting")"
# the untouched document imports, every signature counting
run 0 vr_on "$trusting" import "$T/plan.xml"; out_has "3 signature(s)"
run 0 vr_on "$trusting" verify $PLAN; out_has "5 verified, 0 failed"

t "import refuses a document sealed with a key this installation does not trust (no key import)"
signed
run 0 vr export $PLAN -o "$T/plan.xml"
KEY=$(db_sql "select id from install_key")
stranger=$(new_db stranger)
run 0 vr_on "$stranger" init
before=$(db_fingerprint "$stranger")
line=$(grep -n '<signature>' "$T/plan.xml" | sed -n 1p | cut -d: -f1)
run 3 vr_on "$stranger" import "$T/plan.xml"
err_has "$T/plan.xml:$line: signatures[1] (client): it is sealed with key $KEY, which this installation does not trust"
err_has "vrtool key import FILE"
err_has "nothing was imported"
ok test "$before" = "$(db_fingerprint "$stranger")"
ok test "$(db_sql "select count(*) from plan" "$stranger")" = 0
# where it was made, its own key is trusted without an import
run 0 vr import "$T/plan.xml"; out_has "1 unchanged"

t "a withdrawal's seal in a document is verified too, at import and by verify FILE"
signed
run 0 vr sign $PLAN --withdraw 3 --reason "signed the wrong page"
run 0 vr export $PLAN -o "$T/withdrawn.xml"
run 0 vr key export -o "$T/pub.txt"
KEY=$(cut -d' ' -f2 "$T/pub.txt")
# the 4th seal in the file is the withdrawal's, inside signature 3
flip "$T/withdrawn.xml" 4 "$T/forged-w.xml"
sed -n '/<withdrawal>/,/<\/withdrawal>/p' "$T/withdrawn.xml" >"$T/w.before"
sed -n '/<withdrawal>/,/<\/withdrawal>/p' "$T/forged-w.xml" >"$T/w.after"
ok grep -q '<seal>' "$T/w.before"
cmp -s "$T/w.before" "$T/w.after" && bad "the withdrawal's seal was not the one changed"
run 0 vr verify "$T/withdrawn.xml" --key "$T/pub.txt"; out_has "ok   withdrawal of signature 3 (supervisor)"
run 1 vr verify "$T/forged-w.xml" --key "$T/pub.txt"
out_has "FAIL withdrawal of signature 3 (supervisor): its seal does not verify against key $KEY"
trusting=$(new_db trusting)
run 0 vr_on "$trusting" init
run 0 vr_on "$trusting" key import "$T/pub.txt"
before=$(db_fingerprint "$trusting")
run 3 vr_on "$trusting" import "$T/forged-w.xml"
err_has "signatures[3] (supervisor): its withdrawal: its seal does not verify against key $KEY"
ok test "$before" = "$(db_fingerprint "$trusting")"
run 0 vr_on "$trusting" import "$T/withdrawn.xml"
ok test "$(db_sql "select count(*) from signature_withdrawal" "$trusting")" = 1

t "an amendment: old in effect, new awaiting, then in effect; every signature verifies on its own version"
signed
run 0 vr amend $PLAN --set goal.occupation="Pharmacy Technician II" --reason "new goal" --as-of 2026-11-23
run 0 vr show MO-2026-0001; out_has "in effect"; out_has "draft"
run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
run 0 vr show MO-2026-0001 --json
python3 - "$T/out" <<'PY' || bad "awaiting"
import json, sys
v = json.load(open(sys.argv[1]))["plans"][0]["versions"]
assert [x["status"] for x in v] == ["in effect", "awaiting signatures"], v
PY
run 0 vr sign $PLAN --role counselor --name "Jordan Example" $AS
run 0 vr show MO-2026-0001 --json
python3 - "$T/out" <<'PY' || bad "superseded"
import json, sys
v = json.load(open(sys.argv[1]))["plans"][0]["versions"]
assert [x["status"] for x in v] == ["superseded", "in effect"], v
assert len(v[0]["signatures"]) == 3 and len(v[1]["signatures"]) == 2
PY
run 0 vr verify $PLAN; out_has "8 verified, 0 failed"
run 0 vr export $PLAN --version 1 -o "$T/v1.xml"; run 0 vr export $PLAN -o "$T/v2.xml"
run 0 vr verify "$T/v1.xml"; out_has "3 verified, 0 failed"
run 0 vr verify "$T/v2.xml"; out_has "2 verified, 0 failed"

done_testing
