#!/bin/sh
# Plans come in with their history (issue 15): a case file lists a plan's
# versions and the signatures recorded on them, a document carries its
# version's signatures; the rules of `vrtool sign` apply on import, a
# refusal names file, line and signature and changes nothing, and a
# re-export round-trips byte for byte.
. tests/e2e/lib.inc

HIST=$FIX/history/mo-ipe-history.lua
CASE=MO-2026-0101
PLAN=MO-2026-0101-IPE
export VRTOOL_NOW=2026-11-23T15:00:00Z

status_of() { # version -> its status, from show --json
	"$VR_BIN" show $CASE --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
v = [v for v in d["plans"][0]["versions"] if v["version"] == int(sys.argv[1])][0]
print(v["status"])' "$1"
}

digest_of() { # version -> its digest
	db_sql "select digest from plan_version where plan_id = '$PLAN' and version = $1"
}

rows() { # what a refused import must leave as it was
	db_sql "select (select count(*) from plan_version) || ' ' ||
		(select count(*) from signature) || ' ' || (select count(*) from signature_withdrawal) || ' ' ||
		(select count(*) from audit) || ' ' || (select count(*) from install_key)"
}

line_of() { # file text -> the number of the first line holding text
	grep -nF -- "$2" "$1" | head -n 1 | cut -d: -f1
}

t "a Missouri IPE with two versions signed on paper: v1 superseded, v2 in effect, sealed"
run 0 vr init
run 0 vr import "$HIST"
out_has "case $CASE, 1 new plan(s), 5 signature(s), 0 unchanged"
ok test "$(status_of 1)" = superseded
ok test "$(status_of 2)" = "in effect"
run 0 vr show $CASE --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "show --json content"
import json, sys
d = json.load(open(sys.argv[1]))
v1, v2 = d["plans"][0]["versions"]
assert [s["role"] for s in v1["signatures"]] == ["client", "counselor", "supervisor"], v1
assert [s["role"] for s in v2["signatures"]] == ["client", "counselor"], v2
assert all(s["method"] == "wet" for s in v1["signatures"] + v2["signatures"])
PY
run 0 vr verify $PLAN; out_has "8 verified, 0 failed"
# the signer as on record, the scan's hash, who recorded it, this key
ok test "$(db_sql "select signer_id || ' ' || recorded_by || ' ' || substr(scan_sha256, 1, 8)
	from signature where id = 1")" = "P-MO-0101 S-MO-17 5b1c0e5d"
ok test "$(db_sql "select count(distinct key_id) from signature")" = 1
ok test "$(db_sql "select count(*) from signature where key_id = (select id from install_key)")" = 5
# version 2 amends version 1, as `vrtool amend` records it
run 0 vr export $PLAN --version 2 -o "$T/v2.xml"
ok grep -qF "<supersedes>$(digest_of 1)</supersedes>" "$T/v2.xml"
ok grep -qF "<recorded_by>S-MO-17</recorded_by>" "$T/v2.xml"
# importing it again adds nothing
run 0 vr import "$HIST"; out_has "0 new plan(s), 1 unchanged"; out_lacks "signature(s)"
ok test "$(db_sql "select count(*) from signature")" = 5

t "the versions stored are what \`vrtool amend\` makes from the same content"
run 0 vr init; run 0 vr import "$HIST"
run 0 vr export $PLAN --version 1 -o "$T/v1.xml"
run 0 vr export $PLAN --version 2 -o "$T/v2.xml"
run 0 vr key export -o "$T/pub.txt"
b=$(new_db b)
run 0 vr_on "$b" init
run 0 vr_on "$b" key import "$T/pub.txt"
run 0 vr_on "$b" import "$T/v1.xml"
run 0 vr_on "$b" amend $PLAN --from "$T/v2.xml"
ok test "$(db_sql "select digest from plan_version where version = 2" "$b")" = "$(digest_of 2)"

t "an abandoned draft: version 3 amends the version in effect, as amend does"
python3 - "$HIST" "$T/three.lua" <<'PY'
import sys
s = open(sys.argv[1]).read()
start = s.index("    {\n      id = \"MO-2026-0101-IPE\",\n      kind = \"IPE\",\n      version = 2,")
end = s.index("  },\n  signatures")
v3 = s[start:end].replace("version = 2,", "version = 3,").replace("Payroll Clerk", "Accounts Clerk") \
	.replace('date = "2026-09-01"', 'date = "2026-10-01"')
s = s[:end] + v3 + s[end:]
# version 2 never signed; version 3 signed instead
s = s.replace('version = 2, role = "client"', 'version = 3, role = "client"')
s = s.replace('version = 2, role = "counselor"', 'version = 3, role = "counselor"')
s = s.replace("2026-09-01T14:", "2026-10-01T14:")
open(sys.argv[2], "w").write(s)
PY
run 0 vr init; run 0 vr import "$T/three.lua"
ok test "$(status_of 1)" = superseded
ok test "$(status_of 2)" = superseded
ok test "$(status_of 3)" = "in effect"
run 0 vr export $PLAN --version 3 -o "$T/v3.xml"
ok grep -qF "<supersedes>$(digest_of 1)</supersedes>" "$T/v3.xml"
run 0 vr export $PLAN --version 2 -o "$T/v2.xml"
ok grep -qF "<supersedes>$(digest_of 1)</supersedes>" "$T/v2.xml"

t "each refusal names file, line and signature, and imports nothing"
run 0 vr init
run 0 vr import "$FIX/cases/mo-student-ssa.lua"
before=$(db_fingerprint); rows_before=$(rows)
plan2=$(( $(grep -n 'id = "MO-2026-0101-IPE",' "$HIST" | sed -n 2p | cut -d: -f1) - 1 ))
n=0
refused() { # name 'python replacement code' 'expected line (text on it, or its number)' 'message'
	n=$((n + 1))
	f="$T/$1.lua"
	python3 -c "
import sys
s = open(sys.argv[1]).read()
$2
open(sys.argv[2], 'w').write(s)" "$HIST" "$f" || bad "$1: could not make the file"
	cmp -s "$HIST" "$f" && bad "$1: the change did nothing"
	case $3 in
	[0-9]*) line=$3 ;;
	*) line=$(line_of "$f" "$3") ;;
	esac
	"$VR_BIN" import "$f" >"$T/out" 2>"$T/err"
	rc=$?
	[ "$rc" = 3 ] || bad "$1: exit $rc, expected 3"
	grep -qF -- "$f:$line: $4" "$T/err" || { bad "$1: stderr lacks '$f:$line: $4'"; sed 's/^/       /' "$T/err"; }
	grep -qF "nothing was imported" "$T/err" || bad "$1: does not say nothing was imported"
}
refused wrong-name \
	"s = s.replace('signer = { name = \"Riley Sample\" }', 'signer = { name = \"Riley Simple\" }')" \
	'version = 1, role = "supervisor"' \
	"signatures[3] (supervisor): the staff member's name on record is not the name given in signer.name"
refused wrong-staff-id \
	"s = s.replace('id = \"S-MO-17\", name = \"Jordan Example\" }', 'id = \"S-MO-99\", name = \"Jordan Example\" }')" \
	'version = 1, role = "counselor"' \
	"signatures[2] (counselor): signer.id names no staff member of the case with role 'counselor'"
refused no-representative \
	"s = s.replace('version = 2, role = \"client\"', 'version = 2, role = \"representative\"')" \
	'version = 2, role = "representative"' \
	"signatures[4] (representative): the person has no representative on record"
refused future \
	"s = s.replace('2026-09-01T14:10:00-05:00', '2026-12-01T14:10:00-05:00')" \
	'version = 2, role = "counselor"' \
	"signatures[5] (counselor): the signature's time 2026-12-01T14:10:00-05:00 is in the future"
refused before-plan-date \
	"s = s.replace('2026-09-01T14:00:00-05:00', '2026-08-31T14:00:00-05:00')" \
	'version = 2, role = "client"' \
	"signatures[4] (client): the signature's date 2026-08-31 is before the plan's date 2026-09-01"
refused role-not-asked \
	"s = s.replace('  },\n}', '''    { plan = \"MO-2026-0101-IPE\", version = 2, role = \"supervisor\",
      signer = { name = \"Riley Sample\" }, method = \"wet\", meaning = \"approve\",
      at = \"2026-09-02T09:00:00-05:00\", identity = \"agency staff\", recorded_by = \"S-MO-02\" },
  },
}''')" \
	'version = 2, role = "supervisor"' \
	"signatures[6] (supervisor): plugin mo-vr does not ask for a 'supervisor' signature on IPE plans (amendments); the roles are: client, representative, counselor"
refused duplicate-role \
	"s = s.replace('  },\n}', '''    { role = \"counselor\", plan = \"MO-2026-0101-IPE\", version = 1,
      signer = { name = \"Jordan Example\" }, method = \"wet\", meaning = \"agree\",
      at = \"2026-04-02T09:00:00-05:00\", identity = \"agency staff\", recorded_by = \"S-MO-17\" },
  },
}''')" \
	'role = "counselor", plan' \
	"signatures[6] (counselor): plan $PLAN version 1 is already signed as counselor (by Jordan Example, 2026-04-01T10:05:00-05:00)"
refused approval-first \
	"s = s.replace('2026-04-03T09:00:00-05:00', '2026-04-01T09:00:00-05:00')" \
	'version = 1, role = "supervisor"' \
	"signatures[3] (supervisor): the supervisor approves after the plan is signed, but no client or representative signature on version 1 comes before this approval"
refused no-recorded-by \
	"s = s.replace('identity = \"agency staff\", recorded_by = \"S-MO-02\"', 'identity = \"agency staff\"')" \
	'version = 1, role = "supervisor"' \
	"signatures[3].recorded_by: a supervisor signature given on paper (wet) needs who recorded it"
refused bad-scan \
	"s = s.replace('5b1c0e5d', '5B1C0E5D')" \
	'scan_sha256 = ' \
	"signatures[1].scan_sha256: must be the SHA-256 of the scan in 64 lowercase hex digits"
refused version-gap \
	"s = s.replace('version = 2,\n      date', 'version = 3,\n      date')" \
	'version = 3,' \
	"plans[2].version: plan '$PLAN': version 3 is listed where version 2 should be"
refused version-missing \
	"s = s.replace('version = 2,\n      date', 'date')" \
	"$plan2" \
	"plans[2]: plan '$PLAN' is listed 2 times: as the plan's history, every entry of it states its version"
refused unknown-plan \
	"s = s.replace('{ plan = \"MO-2026-0101-IPE\", version = 2, role = \"client\"', '{ plan = \"MO-2026-0101-IEP\", version = 2, role = \"client\"')" \
	'version = 2, role = "client"' \
	"signatures[4].plan: names no plan of this file"
# a time that is fine by itself, with a clock that says it has not come yet
VRTOOL_NOW=2026-04-02T12:00:00-05:00
refused clock \
	"s = s.replace('Riley Sample\" }', 'Riley Sample\" } ')" \
	'version = 1, role = "supervisor"' \
	"signatures[3] (supervisor): the signature's time 2026-04-03T09:00:00-05:00 is in the future"
VRTOOL_NOW=2026-11-23T15:00:00Z
ok test "$n" = 14
ok test "$before" = "$(db_fingerprint)"
ok test "$rows_before" = "$(rows)"
# a stored plan is never overwritten by another history
run 0 vr import "$HIST"
sed 's/Payroll course/Payroll training/' "$HIST" >"$T/changed.lua"
run 3 vr import "$T/changed.lua"
err_has "$T/changed.lua:$plan2: plans[2]: plan $PLAN version 2 is stored with different content"

t "XML round trip with a withdrawn signature and its replacement: byte-identical"
run 0 vr init; run 0 vr import "$HIST"
run 0 vr sign $PLAN --withdraw 5 --reason "signed the wrong page"
ok test "$(status_of 1)" = "in effect"
ok test "$(status_of 2)" = "awaiting signatures"
VRTOOL_NOW=2026-11-23T15:10:00Z
run 0 vr sign $PLAN --role counselor --identity "agency staff" --method wet
VRTOOL_NOW=2026-11-23T16:00:00Z
ok test "$(status_of 1)" = superseded
ok test "$(status_of 2)" = "in effect"
mkdir -p "$T/first" "$T/again"
for v in 1 2; do run 0 vr export $PLAN --version $v -o "$T/first/v$v.xml"; done
ok grep -qF "<reason>signed the wrong page</reason>" "$T/first/v2.xml"
run 0 vr key export -o "$T/pub.txt"
second=$(new_db second)
run 0 vr_on "$second" init
run 0 vr_on "$second" key import "$T/pub.txt"
run 0 vr_on "$second" import "$T/first/v1.xml" "$T/first/v2.xml"
out_has "v1.xml: case $CASE, 1 new plan(s), 3 signature(s)"
out_has "v2.xml: case $CASE, 0 new plan(s), 1 new version(s), 3 signature(s)"
for v in 1 2; do run 0 vr_on "$second" export $PLAN --version $v -o "$T/again/v$v.xml"; done
for v in 1 2; do
	cmp -s "$T/first/v$v.xml" "$T/again/v$v.xml" || bad "round trip changed v$v.xml"
done
run 0 vr_on "$second" verify $PLAN; out_has "0 failed"
ok test "$(db_sql "select count(*) from signature_withdrawal" "$second")" = 1
ok test "$(VRTOOL_DB=$second status_of 1)" = superseded
ok test "$(VRTOOL_DB=$second status_of 2)" = "in effect"
# a third time through the second store: nothing new
run 0 vr_on "$second" import "$T/first/v1.xml" "$T/first/v2.xml"
out_has "0 new plan(s), 0 new version(s), 2 unchanged"
VRTOOL_NOW=2026-11-23T15:00:00Z

t "a case file records a withdrawal and the signature that replaced it; sealed on import"
python3 - "$HIST" "$T/withdrawn.lua" <<'PY'
import sys
s = open(sys.argv[1]).read()
old = 'at = "2026-09-01T14:10:00-05:00", identity = "agency staff", recorded_by = "S-MO-17" },'
assert old in s
s = s.replace(old, old[:-3] + """,
      withdrawal = { reason = "signed the wrong page", by = "S-MO-02", at = "2026-09-02T08:00:00-05:00" } },
    { plan = "MO-2026-0101-IPE", version = 2, role = "counselor",
      signer = { name = "Jordan Example" }, method = "wet", meaning = "agree",
      at = "2026-09-02T09:00:00-05:00", identity = "agency staff", recorded_by = "S-MO-17" },""")
open(sys.argv[2], "w").write(s)
PY
run 0 vr init
run 0 vr import "$T/withdrawn.lua"; out_has "6 signature(s)"
ok test "$(status_of 2)" = "in effect"
ok test "$(db_sql "select count(*) from signature_withdrawal")" = 1
run 0 vr verify $PLAN; out_has "10 verified, 0 failed"; out_has "ok   withdrawal of signature 5"
run 0 vr show $CASE; out_has "WITHDRAWN 2026-09-02T08:00:00-05:00 by S-MO-02: signed the wrong page"
# a withdrawal before its signature is refused
sed 's/at = "2026-09-02T08:00:00-05:00"/at = "2026-09-01T08:00:00-05:00"/' "$T/withdrawn.lua" >"$T/early.lua"
e=$(new_db e)
run 0 vr_on "$e" init
run 3 vr_on "$e" import "$T/early.lua"
err_has "signatures[5] (counselor): its withdrawal's time 2026-09-01T08:00:00-05:00 is before the signature was given"

t "a case file's signature that comes with a seal counts only if it verifies, as a document's"
run 0 vr init
KEY=$(db_sql "select id from install_key")
python3 - "$HIST" "$T/sealed.lua" "$KEY" <<'PY'
import sys
s = open(sys.argv[1]).read()
old = '{ plan = "MO-2026-0101-IPE", version = 1, role = "client",'
assert old in s
open(sys.argv[2], "w").write(s.replace(old, old + ' key_id = "%s", seal = "%s",' % (sys.argv[3], "ab" * 64), 1))
PY
before=$(db_fingerprint)
line=$(grep -n 'version = 1, role = "client",' "$T/sealed.lua" | head -n 1 | cut -d: -f1)
run 3 vr import "$T/sealed.lua"
err_has "$T/sealed.lua:$line: signatures[1] (client): its seal does not verify against key $KEY"
ok test "$before" = "$(db_fingerprint)"
# the same signature without a seal is sealed here, as before
run 0 vr import "$HIST"; out_has "5 signature(s)"

t "a document's signature the rules refuse is refused, naming file, line and signature"
run 0 vr init; run 0 vr import "$HIST"
run 0 vr export $PLAN --version 1 -o "$T/v1.xml"
python3 - "$T/v1.xml" "$T/renamed.xml" <<'PY'
import sys
s = open(sys.argv[1]).read()
i = s.index("<signatures>")
open(sys.argv[2], "w").write(s[:i] + s[i:].replace("Jordan Example", "Jordan Exampel"))
PY
line=$(grep -n '<signature>' "$T/renamed.xml" | sed -n 2p | cut -d: -f1)
# b trusts the key that sealed them, so the signatures the rules pass
# verify and the one they refuse is refused for its content (its changed
# field would fail its seal too, but the rules look first)
run 0 vr key export -o "$T/pub.txt"
b=$(new_db b)
run 0 vr_on "$b" init
run 0 vr_on "$b" key import "$T/pub.txt"
before=$(db_fingerprint "$b")
run 3 vr_on "$b" import "$T/renamed.xml"
err_has "$T/renamed.xml:$line: signatures[2] (counselor): the staff member's name on record is not the name given in signer.name"
err_has "nothing was imported"
ok test "$before" = "$(db_fingerprint "$b")"
# a document whose signature is dated before its plan
sed 's/<at>2026-04-01T10:00:00-05:00</<at>2026-03-31T10:00:00-05:00</' "$T/v1.xml" >"$T/early.xml"
run 3 vr_on "$b" import "$T/early.xml"
err_has "signatures[1] (client): the signature's date 2026-03-31 is before the plan's date 2026-04-01"
ok test "$before" = "$(db_fingerprint "$b")"

t "content errors do not block a recorded signature: imported, with a warning"
sed 's/occupation = "Payroll Clerk", soc = "43-3051", //' "$HIST" >"$T/nogoal.lua"
run 0 vr init
run 0 vr import "$T/nogoal.lua"
out_has "5 signature(s)"
err_has "warning: $T/nogoal.lua: plan $PLAN version 2 has"
err_has "content error(s)"
ok test "$(status_of 2)" = "in effect"

done_testing
