#!/bin/sh
# A plan's real life (issue 15): lifecycle stories through the real binary.
# Each story starts a fresh database, fixes vrtool's clock with VRTOOL_NOW
# (imports, signatures and amendments happen "on" those days), uses the
# shipped plugins and the synthetic cases in tests/fixtures/stories/, and
# asserts statuses (show --json), deadlines with their status (deadlines
# --json), findings with their class (check --json), exit codes, and the
# database's row counts where a refusal must change nothing.
#
#  1 MO IPE dated day 91: conduct error shown at each of 3 signatures; in effect; 90-day clock missed
#  2 MO IPE signed, then approved on day 90: the 90-day clock met that day
#  3 MO IPE never signed, day 100: the 90-day clock overdue (exit 1), a conduct error
#  4 MO IPE never approved + "amendment": v2 still initial, awaiting the supervisor, clock open; approval -> met
#  5 MO draft amendment: v1's annual review stays overdue on "v1 in effect", check under the v1 header
#  6 MO amendment signed: v2 in effect, v1 superseded, the annual review runs from v2's day (open)
#  7 MO supervisor signature on an amendment refused (not asked for); nothing stored
#  8 withdrawal (Counselor IV plan): in effect -> awaiting, WITHDRAWN, audited, not twice; re-signed -> in effect
#  9 a staff signer not on record (wrong name, wrong --signer-id) refused; nothing stored
# 10 a representative's wrong name refused; a representative when none is on record refused
# 11 a client name that is not the person's refused; case and runs of spaces ignored
# 12 a signature time in the future (> 5 min) or before the version was created refused
# 13 two counselors: no --signer-id refused (lists C1, C2); with it accepted, signer_id shown
# 14 a content error (no occupation) blocks signing: exit 1, nothing stored
# 15 an approval before the signers it approves refused; nothing stored
# 16 WI first contact after 48 h: IPE and its amendment signed, seen = the rule, clock missed
# 17 WI Career Profile on day 61: the IPE signed, seen = the rule, clock missed
# 18 WI JDP done on day 50 of 45, IPE signed after: in effect, clock missed (no WI clock stops on signing)
# 19 TX IEP whose services began the day before it was signed: conduct error, signed, in effect
# 20 NY PROS plan signed and in effect with its 30-day employer contact missed
# 21 MO $5,000 item: approval before the purchase is the review; approval after it is a conduct error
# 22 check --json: findings carry class, content and conduct; a conduct error alone still exits 1
# 23 a closed case: its plan shows "closed", no annual review, amend refused
# 24 import of two versions with wet-ink signatures: v1 superseded, v2 in effect (amendment), sealed
# 25 a Counselor IV's initial IPE takes effect without the supervisor (CSG 520.1 exemption)
# 26 a representative signs for the client as the person on record (wet ink)
# 27 deadlines of a version not in effect: "v1 draft", then "v1 awaiting signatures"
# 28 withdrawing a signature of the amendment in effect puts v1 back in effect, with its overdue review
# 29 an imported signature under a name not on record refused, naming file:line and signature; nothing stored
# 30 check --json plan_status: "in effect" for a finding on the version in effect, "draft" on a draft
# 31 a supervisor's approval made before a counselor signs again (after a withdrawal) is stale; a closed case refuses signing (story 23)
#
# Story 18: every Wisconsin clock runs from DVR's authorizations and the
# provider's reports, none from the IPE taking effect, so a "day-91" IPE has
# no Wisconsin equivalent; the nearest is a deliverable clock missed before
# the IPE was signed. Story 5: Missouri gives a draft amendment no clocks of
# its own (the 90-day clock is the initial plan's; copy and review clocks are
# the version in effect's), so every record there is v1's.
. tests/e2e/lib.inc

S=$FIX/stories
MO=MO-ST-01
IPE=MO-ST-01-IPE

now() { VRTOOL_NOW=$1; export VRTOOL_NOW; }

sign() { # PLAN ROLE [ARGS...]: a signature that must succeed
	_p=$1 _r=$2; shift 2
	run 0 vr sign "$_p" --role "$_r" --identity "photo ID" "$@"
}

want() { # GOT WANT WHAT
	[ "$1" = "$2" ] || bad "$3: got '$1', expected '$2'"
}

rows() { # signatures, withdrawals, plan versions and audit entries
	db_sql "select (select count(*) from signature) || ' ' ||
		(select count(*) from signature_withdrawal) || ' ' ||
		(select count(*) from plan_version) || ' ' || (select count(*) from audit)"
}

ver() { # CASE V FIELD: a field of version V of the case's first plan (show --json)
	vr show "$1" --json >"$T/ver.json" 2>"$T/ver.err" || { echo "show failed"; return; }
	python3 - "$T/ver.json" "$2" "$3" 2>/dev/null <<'PY' || echo "show --json unreadable"
import json, sys
d = json.load(open(sys.argv[1]))
if sys.argv[2] == "plan":
    r = d["plans"][0][sys.argv[3]]
else:
    v = [v for v in d["plans"][0]["versions"] if v["version"] == int(sys.argv[2])]
    r = v[0][sys.argv[3]] if v else "no such version"
print("true" if r is True else "false" if r is False else "-" if r is None else r)
PY
}

sig() { # CASE V ROLE FIELD: a field of the signatures in ROLE on version V, " | "-joined
	vr show "$1" --json >"$T/sig.json" 2>"$T/sig.err" || { echo "show failed"; return; }
	python3 - "$T/sig.json" "$2" "$3" "$4" 2>/dev/null <<'PY' || echo "show --json unreadable"
import json, sys
d = json.load(open(sys.argv[1]))
v = [v for v in d["plans"][0]["versions"] if v["version"] == int(sys.argv[2])][0]
r = [s[sys.argv[4]] for s in v["signatures"] if s["role"] == sys.argv[3]]
print(" | ".join("-" if x is None else (json.dumps(x, sort_keys=True) if isinstance(x, dict) else str(x)) for x in r) or "none")
PY
}

clock() { # CASE AS-OF DEADLINE: "STATUS MET vN PLAN_STATUS" of each record, "; "-joined
	# (MET the moment, met_at, for a clock in hours: `met` is its date)
	vr deadlines "$1" --as-of "$2" --json >"$T/clock.json" 2>"$T/clock.err"
	python3 - "$T/clock.json" "$3" 2>/dev/null <<'PY' || echo "deadlines --json unreadable"
import json, sys
d = json.load(open(sys.argv[1]))
r = ["%s %s v%d %s" % (x["status"], x.get("met_at") or x.get("met") or "-", x["version"],
                       x["plan_status"])
     for x in d["deadlines"] if x["id"] == sys.argv[2]]
print("; ".join(r) or "none")
PY
}

finding() { # CASE AS-OF RULE: "CLASS SEVERITY vN" of each finding, "; "-joined
	vr check "$1" --as-of "$2" --json >"$T/finding.json" 2>"$T/finding.err"
	python3 - "$T/finding.json" "$3" 2>/dev/null <<'PY' || echo "check --json unreadable"
import json, sys
d = json.load(open(sys.argv[1]))
r = ["%s %s v%s" % (f.get("class"), f["severity"], f.get("version"))
     for f in d["findings"] if f["rule"] == sys.argv[2]]
print("; ".join(r) or "none")
PY
}

mo_signed() { # FILE: imported on 2026-04-01, signed by all three on 2026-04-02
	now 2026-04-01T09:00:00Z
	run 0 vr init; run 0 vr import "$1"
	now 2026-04-02T10:00:00Z
	sign $IPE client; sign $IPE counselor; sign $IPE supervisor
	out_has "version 1 is now in effect"
}

mo_amended() { # mo-ipe.lua signed, then an amendment started after the first anniversary
	mo_signed "$S/mo-ipe.lua"
	now 2027-04-05T10:00:00Z
	run 0 vr amend $IPE --set goal.hours_week=25 --reason "the client wants more hours"
	out_has "version 1 stays in effect until version 2 is signed by: client or representative, counselor"
}

t "1. MO IPE dated day 91: conduct error, signed by all three, in effect, 90-day clock missed"
now 2026-04-06T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-day91.lua"
run 1 vr check $MO --as-of 2026-04-06
out_has "error   mo.520.1.ipe-within-90-days [conduct]: no IPE has taken effect and it was due on 2026-04-05"
want "$(finding $MO 2026-04-06 mo.520.1.ipe-within-90-days)" "conduct error v1" "check --json"
now 2026-04-06T15:00:00Z
for r in client counselor supervisor; do
	sign $IPE $r
	out_has "mo.520.1.ipe-within-90-days"; out_has "they never block a signature"
done
out_has "version 1 is now in effect"
want "$(ver $MO 1 status)" "in effect" "v1 status"
want "$(ver $MO 1 effective)" "2026-04-06" "v1 effective"
want "$(sig $MO 1 supervisor seen)" "mo.520.1.ipe-within-90-days" "the supervisor saw the finding"
run 0 vr deadlines $MO --as-of 2026-04-10
out_has "v1 in effect"
want "$(clock $MO 2026-04-10 mo.ipe-90-days)" "missed 2026-04-06 v1 in effect" "mo.ipe-90-days"
run 1 vr check $MO --as-of 2026-04-10
out_has "the IPE took effect on 2026-04-06, after its due date 2026-04-05"
want "$(finding $MO 2026-04-10 mo.520.1.ipe-within-90-days)" "conduct error v1" "check --json"

t "2. MO IPE signed on day 87 and approved on day 90: the 90-day clock met"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
sign $IPE client; sign $IPE counselor
want "$(clock $MO 2026-04-02 mo.ipe-90-days)" "open - v1 awaiting signatures" "before the approval"
now 2026-04-05T16:00:00Z
sign $IPE supervisor; out_has "version 1 is now in effect"; out_lacks "mo.520.1"
want "$(clock $MO 2026-04-10 mo.ipe-90-days)" "met 2026-04-05 v1 in effect" "mo.ipe-90-days"
want "$(finding $MO 2026-04-10 mo.520.1.ipe-within-90-days)" "none" "no 90-day finding"
run 0 vr check $MO --as-of 2026-04-10

t "3. MO IPE never signed, day 100: clock overdue (exit 1), conduct error"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
run 1 vr deadlines $MO --as-of 2026-04-15
out_has "v1 draft"; out_has "overdue"
want "$(clock $MO 2026-04-15 mo.ipe-90-days)" "overdue - v1 draft" "mo.ipe-90-days"
run 1 vr check $MO --as-of 2026-04-15
out_has "mo.520.1.ipe-within-90-days [conduct]: no IPE has taken effect and it was due on 2026-04-05"
want "$(ver $MO 1 status)" "draft" "v1 status"

t "4. MO initial IPE never approved: an 'amendment' stays the initial plan until the supervisor signs"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-01T14:00:00Z
sign $IPE client; sign $IPE counselor
out_has "still to sign: supervisor"
want "$(ver $MO 1 status)" "awaiting signatures" "v1 status"
now 2026-04-02T10:00:00Z
run 0 vr amend $IPE --set "services[1].provider=Branson Bakery School" --reason "the client chose another school"
out_has "version 2 created (draft) from version 1"
out_has "still the initial plan"
sign $IPE client; sign $IPE counselor
out_has "version 2 is now awaiting signatures; still to sign: supervisor"
want "$(ver $MO 2 status)" "awaiting signatures" "v2 status"
want "$(ver $MO 2 amendment)" "false" "v2 amendment"
want "$(ver $MO 2 to_sign)" "supervisor" "v2 to_sign"
want "$(ver $MO plan in_effect)" "0" "version in effect"
run 0 vr show $MO
out_has "version 2  dated 2026-04-02"; out_has "awaiting signatures  (initial plan)"; out_lacks "in effect"
want "$(clock $MO 2026-04-02 mo.ipe-90-days)" "open - v2 awaiting signatures" "the 90-day clock not met"
now 2026-04-03T11:00:00Z
sign $IPE supervisor; out_has "version 2 is now in effect"
want "$(ver $MO 2 status)" "in effect" "v2 status"
want "$(ver $MO 1 status)" "superseded" "v1 status"
want "$(ver $MO 2 effective)" "2026-04-03" "v2 effective"
want "$(clock $MO 2026-04-03 mo.ipe-90-days)" "met 2026-04-03 v2 in effect" "mo.ipe-90-days"

t "5. an open amendment draft leaves the annual review of the plan in effect overdue"
mo_amended
run 1 vr deadlines $MO --as-of 2027-04-10 --json
python3 - "$T/out" <<'PY' || bad "every record is v1's, in effect"
import json, sys
d = json.load(open(sys.argv[1]))
assert {(x["version"], x["plan_status"]) for x in d["deadlines"]} == {(1, "in effect")}, d
PY
run 1 vr deadlines $MO --as-of 2027-04-10; out_has "v1 in effect"
want "$(clock $MO 2027-04-10 mo.annual-review)" "overdue - v1 in effect" "mo.annual-review"
want "$(clock $MO 2027-04-10 mo.ipe-90-days)" "met 2026-04-02 v1 in effect" "mo.ipe-90-days"
want "$(ver $MO 2 status)" "draft" "v2 status"
want "$(ver $MO 2 amendment)" "true" "v2 amendment"
run 0 vr check $MO --as-of 2027-04-10
out_has "$IPE v1 (in effect; a newer version is not yet)"
out_has "warning mo.520.1.annual-review [conduct]: the annual review was due on 2027-04-02 and is not recorded"
want "$(finding $MO 2027-04-10 mo.520.1.annual-review)" "conduct warning v1" "check --json"

t "6. a signed amendment takes over: v2 in effect, the annual review runs from its day"
mo_amended
now 2027-04-12T10:00:00Z
sign $IPE client; sign $IPE counselor
out_has "version 2 is now in effect"
want "$(ver $MO 2 status)" "in effect" "v2 status"
want "$(ver $MO 1 status)" "superseded" "v1 status"
want "$(ver $MO 2 effective)" "2027-04-12" "v2 effective"
run 0 vr deadlines $MO --as-of 2027-04-13
out_has "v2 in effect"; out_lacks "v1 in effect"
want "$(clock $MO 2027-04-13 mo.annual-review)" "open - v2 in effect" "mo.annual-review"
run 0 vr deadlines $MO --as-of 2027-04-13 --json
ok grep -q '"id":"mo.annual-review","status":"open"' "$T/out"
ok grep -q '"due":"2028-04-12","from":"IPE in effect from 2027-04-12"' "$T/out"
want "$(finding $MO 2027-04-13 mo.520.1.annual-review)" "none" "no annual-review finding"
# the initial IPE's 90-day clock stays on record, met when v1 took effect
want "$(clock $MO 2027-04-13 mo.ipe-90-days)" "met 2026-04-02 v2 in effect" "mo.ipe-90-days"

t "7. a supervisor signature on a Missouri amendment is refused; nothing stored"
mo_amended
before=$(rows)
run 3 vr sign $IPE --role supervisor --identity "photo ID"
err_has "does not ask for a 'supervisor' signature on IPE plans (amendments); the roles are: client, representative, counselor"
want "$(rows)" "$before" "rows"
want "$(ver $MO 2 status)" "draft" "v2 status"

t "8. a withdrawal: in effect falls back to awaiting; shown, audited; the role signs again"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-counselor-iv.lua"
now 2026-04-02T10:00:00Z
sign $IPE client; sign $IPE counselor; out_has "version 1 is now in effect"
id=$(sig $MO 1 counselor id)
now 2026-04-03T09:00:00Z
run 0 vr sign $IPE --withdraw "$id" --reason "signed on the wrong client's plan"
out_has "withdrew signature $id (counselor, Casey Counselor"
out_has "version 1 is now awaiting signatures; still to sign: counselor"
want "$(ver $MO 1 status)" "awaiting signatures" "v1 status"
want "$(ver $MO plan in_effect)" "0" "version in effect"
want "$(sig $MO 1 counselor withdrawn)" \
	'{"at": "2026-04-03T09:00:00Z", "by": "e2e-test", "reason": "signed on the wrong client'"'"'s plan"}' "withdrawn"
run 0 vr show $MO
out_has "WITHDRAWN 2026-04-03T09:00:00Z by e2e-test: signed on the wrong client's plan"
run 0 vr audit log $MO --json
ok grep -q '"action":"withdraw","object":"plan:MO-ST-01-IPE@1"' "$T/out"
before=$(rows)
run 3 vr sign $IPE --withdraw "$id" --reason "again"; err_has "was withdrawn already"
want "$(rows)" "$before" "rows"
want "$(clock $MO 2026-04-03 mo.ipe-90-days)" "open - v1 awaiting signatures" "mo.ipe-90-days"
now 2026-04-03T10:00:00Z
sign $IPE counselor; out_has "version 1 is now in effect"
want "$(ver $MO 1 effective)" "2026-04-03" "v1 effective"
want "$(sig $MO 1 counselor withdrawn)" \
	'{"at": "2026-04-03T09:00:00Z", "by": "e2e-test", "reason": "signed on the wrong client'"'"'s plan"} | -' \
	"the first counselor signature stays withdrawn, the new one counts"
want "$(clock $MO 2026-04-03 mo.ipe-90-days)" "met 2026-04-03 v1 in effect" "mo.ipe-90-days"
run 0 vr verify $IPE

t "9. a staff signer not on record is refused; nothing stored"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role counselor --name "Totally Wrong Person" --identity "photo ID"
err_has "the staff member's name on record is not the name given with --name"
run 3 vr sign $IPE --role counselor --signer-id D1 --identity "photo ID"
err_has "--signer-id names no staff member of the case with role 'counselor'; the staff with that role: C1"
want "$(rows)" "$before" "rows"
want "$(ver $MO 1 status)" "draft" "v1 status"
sign $IPE counselor --name "casey  COUNSELOR"
want "$(sig $MO 1 counselor name)" "Casey Counselor" "the record's name"

t "10. a representative: a wrong name refused, none on record refused"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-representative.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role representative --name "Pat Impostor" --identity "photo ID"
err_has "the representative's name on record is not the name given with --name"
want "$(rows)" "$before" "rows"
other=$(new_db other)
run 0 vr_on "$other" init
now 2026-04-01T09:00:00Z
run 0 vr_on "$other" import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
before=$(db_sql "select count(*) from signature" "$other")
run 3 vr_on "$other" sign $IPE --role representative --name "Morgan Guardian" --identity "photo ID"
err_has "the person has no representative on record"
want "$(db_sql "select count(*) from signature" "$other")" "$before" "signatures"

t "11. a client name that is not the person's is refused; case and spacing are not names"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role client --name "Robin Storylane" --identity "photo ID"
err_has "the client's name on record is not the name given with --name"
want "$(rows)" "$before" "rows"
sign $IPE client --name "robin   STORYLINE"
want "$(sig $MO 1 client name)" "Robin Storyline" "the record's name"
want "$(sig $MO 1 client signer_id)" "P-ST-01" "the person's id"

t "12. a signature time in the future, or before the version existed, is refused"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role client --identity "photo ID" --at 2030-01-01T00:00:00Z
err_has "is in the future"
run 3 vr sign $IPE --role client --identity "photo ID" --at 2026-04-02T10:06:00Z
err_has "is in the future"
run 3 vr sign $IPE --role client --identity "photo ID" --at 2026-04-01T08:59:59Z
err_has "is before the version was created (2026-04-01T09:00:00Z)"
want "$(rows)" "$before" "rows"
sign $IPE client --at 2026-04-02T10:04:00Z
want "$(sig $MO 1 client at)" "2026-04-02T10:04:00Z" "a few minutes of clock skew"
# a plan dated ahead (written on the 1st for the 20th) is not signed before its date
now 2026-04-02T11:00:00Z
run 0 vr amend $IPE --set date=2026-04-20 --reason "the plan starts with the new term"
before=$(rows)
run 3 vr sign $IPE --role client --identity "photo ID"
err_has "is before the plan's date 2026-04-20"
want "$(rows)" "$before" "rows"

t "13. two counselors: --signer-id says which one signs"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-two-counselors.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role counselor --identity "photo ID"
err_has "C1"; err_has "C2"; err_has "--signer-id"
want "$(rows)" "$before" "rows"
sign $IPE counselor --signer-id C2
out_has "as counselor (Jesse Cocounselor"
want "$(sig $MO 1 counselor signer_id)" "C2" "signer_id"
want "$(sig $MO 1 counselor name)" "Jesse Cocounselor" "name"

t "14. a content error (no occupation) blocks signing: exit 1, nothing stored"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-no-occupation.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 1 vr sign $IPE --role client --identity "photo ID"
err_has "has 1 content error(s)"; err_has "cannot be signed until they are fixed"
out_has "mo.510.1.employment-outcome"
want "$(rows)" "$before" "rows"
want "$(finding $MO 2026-04-02 mo.510.1.employment-outcome)" "content error v1" "check --json"

t "15. an approval before the signers it approves is refused; nothing stored"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
now 2026-04-02T10:00:00Z
before=$(rows)
run 3 vr sign $IPE --role supervisor --identity "photo ID"
err_has "the supervisor approves after the plan is signed"
sign $IPE client
before=$(rows)
run 3 vr sign $IPE --role supervisor --identity "photo ID"
err_has "the supervisor approves after the plan is signed"
want "$(rows)" "$before" "rows"
want "$(ver $MO 1 to_sign)" "counselor, supervisor" "to_sign"

t "16. WI: a first contact after 48 hours does not block the IPE, nor its amendment"
now 2026-06-22T09:00:00Z
run 0 vr init; run 0 vr import "$S/wi-late-contact.lua"
run 1 vr check WI-ST-01 --as-of 2026-06-22
out_has "error   wi.ips.first-contact-48-hours [conduct]: the first contact for authorization A-WI-2 came 48 h 30 min after it was issued"
now 2026-06-22T15:00:00Z
sign WI-ST-01-IPE client; out_has "wi.ips.first-contact-48-hours"
sign WI-ST-01-IPE counselor; out_has "version 1 is now in effect"
want "$(sig WI-ST-01 1 client seen)" "wi.ips.first-contact-48-hours" "client's seen"
want "$(sig WI-ST-01 1 counselor seen)" "wi.ips.first-contact-48-hours" "counselor's seen"
want "$(clock WI-ST-01 2026-06-23 wi.deadline.first-contact-48-hours)" \
	"met 2026-04-10T09:00:00-05:00 v1 in effect; missed 2026-06-17T09:30:00-05:00 v1 in effect" "48-hour clocks"
now 2026-07-01T15:00:00Z
run 0 vr amend WI-ST-01-IPE --set goal.hours_week=25 --reason "the consumer wants more hours"
want "$(clock WI-ST-01 2026-07-01 wi.deadline.first-contact-48-hours)" \
	"met 2026-04-10T09:00:00-05:00 v1 in effect; missed 2026-06-17T09:30:00-05:00 v1 in effect" "draft hides nothing"
sign WI-ST-01-IPE client; out_has "wi.ips.first-contact-48-hours"
sign WI-ST-01-IPE counselor; out_has "version 2 is now in effect"
want "$(ver WI-ST-01 2 amendment)" "true" "v2 amendment"
want "$(ver WI-ST-01 1 status)" "superseded" "v1 status"
want "$(sig WI-ST-01 2 counselor seen)" "wi.ips.first-contact-48-hours" "v2 counselor's seen"
want "$(finding WI-ST-01 2026-07-02 wi.ips.first-contact-48-hours)" "conduct error v2" "check --json"

t "17. WI: a Career Profile delivered on day 61 does not block signing the IPE"
now 2026-06-22T09:00:00Z
run 0 vr init; run 0 vr import "$S/wi-career-profile-61.lua"
want "$(finding WI-ST-02 2026-06-22 wi.ips.career-profile-60-days)" "conduct error v1" "check --json"
now 2026-06-22T15:00:00Z
sign WI-ST-02-IPE client; out_has "wi.ips.career-profile-60-days"
sign WI-ST-02-IPE counselor; out_has "version 1 is now in effect"
want "$(sig WI-ST-02 1 counselor seen)" "wi.ips.career-profile-60-days" "seen"
want "$(clock WI-ST-02 2026-06-23 wi.deadline.career-profile-60-days)" "missed 2026-06-09 v1 in effect" "60-day clock"
run 1 vr check WI-ST-02 --as-of 2026-06-23
out_has "wi.ips.career-profile-60-days [conduct]: IPS Career Profile (code 078) was completed on 2026-06-09, 61 days after"

t "18. WI: the Job Development Plan on day 50 of 45, the IPE signed after: in effect, clock missed"
now 2026-06-25T09:00:00Z
run 0 vr init; run 0 vr import "$S/wi-jdp-late.lua"
want "$(clock WI-ST-03 2026-06-25 wi.deadline.job-development-plan-45-days)" "missed 2026-06-20 v1 draft" "45-day clock on the draft"
now 2026-06-26T15:00:00Z
sign WI-ST-03-IPE client; out_has "wi.ips.job-development-plan-45-days"
sign WI-ST-03-IPE counselor; out_has "version 1 is now in effect"
want "$(ver WI-ST-03 1 status)" "in effect" "v1 status"
want "$(ver WI-ST-03 1 effective)" "2026-06-26" "v1 effective"
run 0 vr deadlines WI-ST-03 --as-of 2026-06-27
out_has "v1 in effect"
want "$(clock WI-ST-03 2026-06-27 wi.deadline.job-development-plan-45-days)" "missed 2026-06-20 v1 in effect" "45-day clock"
want "$(finding WI-ST-03 2026-06-27 wi.ips.job-development-plan-45-days)" "conduct error v1" "check --json"

t "19. TX IEP whose services began before it was signed: conduct error, signing allowed"
now 2026-05-18T09:00:00Z
run 0 vr init; run 0 vr import "$S/tx-services-early.lua"
now 2026-06-02T14:00:00Z
sign TX-ST-01-IEP client
sign TX-ST-01-IEP career_planner; out_has "version 1 is now in effect"
want "$(ver TX-ST-01 1 effective)" "2026-06-02" "v1 effective"
run 1 vr check TX-ST-01 --as-of 2026-06-03
out_has "error   tx.svc.iep-before-services [conduct]: action 'Complete the pharmacy technician program' (A3) starts on 2026-06-01, before the IEP took effect (signed by the customer and staff) on 2026-06-02"
want "$(finding TX-ST-01 2026-06-03 tx.svc.iep-before-services)" \
	"conduct error v1; conduct error v1" "check --json (A3 and A4)"
want "$(finding TX-ST-01 2026-06-03 tx.3.signed-copy)" "none" "the signed copy was given"

t "20. NY PROS plan signed and in effect, its 30-day employer contact missed"
now 2026-03-09T09:00:00Z
run 0 vr init; run 0 vr import "$S/ny-rapid-missed.lua"
now 2026-03-10T14:00:00Z
sign NY-ST-01-EP client
sign NY-ST-01-EP employment_specialist; out_has "version 1 is now in effect"
run 0 vr deadlines NY-ST-01 --as-of 2026-04-20
want "$(clock NY-ST-01 2026-04-20 ny.c14.7.employer-contact-30-days)" "missed 2026-04-02 v1 in effect" "30-day clock"
run 0 vr check NY-ST-01 --as-of 2026-04-20
out_has "warning ny.c14.7.rapid-job-search [conduct]"
want "$(finding NY-ST-01 2026-04-20 ny.c14.7.rapid-job-search)" "conduct warning v1" "check --json"

t "21. MO \$5,000 item: the supervisor's approval before the purchase is the review; after it is not"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-item-5000.lua"
want "$(finding $MO 2026-04-01 mo.520.1.item-5000-review)" "conduct error v1" "before any review"
now 2026-04-03T10:00:00Z
sign $IPE client; sign $IPE counselor; sign $IPE supervisor
out_has "mo.520.1.item-5000-review"; out_has "version 1 is now in effect"
want "$(finding $MO 2026-05-10 mo.520.1.item-5000-review)" "none" "approved 2026-04-03, bought 2026-05-01"
run 0 vr check $MO --as-of 2026-05-10
# the same plan approved after the purchase
late=$(new_db late)
run 0 vr_on "$late" init
now 2026-04-01T09:00:00Z
run 0 vr_on "$late" import "$S/mo-item-5000.lua"
now 2026-04-03T10:00:00Z
run 0 vr_on "$late" sign $IPE --role client --identity "photo ID"
run 0 vr_on "$late" sign $IPE --role counselor --identity "photo ID"
now 2026-05-04T16:00:00Z
run 0 vr_on "$late" sign $IPE --role supervisor --identity "photo ID"
out_has "version 1 is now in effect"
run 1 vr_on "$late" check $MO --as-of 2026-05-10 --json
python3 - "$T/out" <<'PY' || bad "late approval: check --json"
import json, sys
d = json.load(open(sys.argv[1]))
f = {x["rule"]: x for x in d["findings"]}
r = f["mo.520.1.item-5000-review"]
assert (r["class"], r["severity"], r["version"]) == ("conduct", "error", 1), r
assert "the supervisor approved the IPE on 2026-05-04, after the purchase" in r["message"], r
assert f["mo.520.1.ipe-within-90-days"]["class"] == "conduct", f
PY

t "22. check --json: every finding carries its class; conduct errors still exit 1"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-no-occupation.lua"
run 1 vr check $MO --as-of 2026-04-15
out_has "error   mo.510.1.employment-outcome: the IPE names no specific employment outcome"
out_has "error   mo.520.1.ipe-within-90-days [conduct]:"
run 1 vr check $MO --as-of 2026-04-15 --json; json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "check --json classes"
import json, sys
d = json.load(open(sys.argv[1]))
c = {x["rule"]: x["class"] for x in d["findings"]}
assert all(x.get("class") in ("content", "conduct") for x in d["findings"]), d["findings"]
assert c["mo.510.1.employment-outcome"] == "content", c
assert c["mo.520.1.ipe-within-90-days"] == "conduct", c
assert d["errors"] == 2, d
PY
# only a conduct error: still exit 1
now 2026-04-01T09:00:00Z
conduct=$(new_db conduct)
run 0 vr_on "$conduct" init
run 0 vr_on "$conduct" import "$S/mo-ipe.lua"
run 1 vr_on "$conduct" check $MO --as-of 2026-04-15 --json
python3 - "$T/out" <<'PY' || bad "check --json, conduct only"
import json, sys
d = json.load(open(sys.argv[1]))
assert [(x["rule"], x["class"], x["severity"]) for x in d["findings"]] == \
    [("mo.520.1.ipe-within-90-days", "conduct", "error")], d["findings"]
PY

t "23. a closed case: the plan in effect shows closed; no annual review; amend refused"
mo_signed "$S/mo-ipe.lua"
now 2026-10-01T10:00:00Z
run 0 vr import "$S/mo-ipe-closed.lua"; out_has "1 unchanged"
want "$(ver $MO 1 status)" "closed" "v1 status"
run 0 vr show $MO; out_has "status closed"; out_has "closed  (initial plan) took effect 2026-04-02T10:00:00Z"
run 0 vr list --status closed; out_has "$IPE"
run 0 vr deadlines $MO --as-of 2027-06-01
out_has "v1 closed"
want "$(clock $MO 2027-06-01 mo.annual-review)" "none" "no annual review after closure"
want "$(clock $MO 2027-06-01 mo.ipe-90-days)" "met 2026-04-02 v1 closed" "mo.ipe-90-days"
before=$(rows)
run 3 vr amend $IPE --set goal.hours_week=30 --reason "more hours"; err_has "is closed"
want "$(rows)" "$before" "rows"
# a signature withdrawn after closure does not reopen the plan by signing again
id=$(sig $MO 1 counselor id)
run 0 vr sign $IPE --withdraw "$id" --reason "recorded on the wrong plan"
before=$(rows)
run 3 vr sign $IPE --role counselor --identity "photo ID"
err_has "case MO-ST-01 is closed: its plans are closed and no longer signed"
want "$(rows)" "$before" "rows"

t "24. a plan imported with two versions and wet-ink signatures"
now 2026-10-01T09:00:00Z
run 0 vr init
run 0 vr import "$S/mo-imported.lua"
out_has "5 signature(s)"
want "$(ver MO-ST-09 1 status)" "superseded" "v1 status"
want "$(ver MO-ST-09 2 status)" "in effect" "v2 status"
want "$(ver MO-ST-09 2 amendment)" "true" "v2 amendment"
want "$(ver MO-ST-09 1 effective)" "2026-04-03" "v1 effective"
want "$(ver MO-ST-09 2 effective)" "2026-09-02" "v2 effective"
want "$(sig MO-ST-09 1 supervisor method)" "wet" "method"
want "$(sig MO-ST-09 1 supervisor recorded_by)" "C1" "recorded_by"
want "$(sig MO-ST-09 2 counselor signer_id)" "C1" "signer_id"
want "$(sig MO-ST-09 2 supervisor id)" "none" "no supervisor on the amendment"
want "$(db_sql "select scan_sha256 from signature where role = 'supervisor'")" \
	3333333333333333333333333333333333333333333333333333333333333333 "scan_sha256"
run 0 vr show MO-ST-09
out_has "superseded  (initial plan) took effect 2026-04-03T11:00:00-05:00"
out_has "in effect  (amendment) took effect 2026-09-02T10:10:00-05:00"
out_has "signed by Dana Supervisor as supervisor, approve, wet, 2026-04-03T11:00:00-05:00"
want "$(clock MO-ST-09 2026-10-01 mo.annual-review)" "open - v2 in effect" "mo.annual-review"
want "$(clock MO-ST-09 2026-10-01 mo.copy-to-client)" "met 2026-09-02 v2 in effect" "mo.copy-to-client"
want "$(finding MO-ST-09 2026-10-01 mo.520.1.ipe-within-90-days)" "none" "v1 took effect on day 88"
run 0 vr check MO-ST-09 --as-of 2026-10-01
run 0 vr verify MO-ST-09-IPE; out_has "8 verified, 0 failed"
# the same file again: nothing new
run 0 vr import "$S/mo-imported.lua"; out_lacks "5 signature(s)"
want "$(db_sql "select count(*) from signature")" 5 "signatures"

t "25. a Counselor IV's initial IPE takes effect with the client and the counselor"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-counselor-iv.lua"
want "$(ver $MO 1 to_sign)" "client or representative, counselor" "to_sign"
now 2026-04-02T10:00:00Z
sign $IPE client; sign $IPE counselor; out_has "version 1 is now in effect"
want "$(clock $MO 2026-04-02 mo.ipe-90-days)" "met 2026-04-02 v1 in effect" "mo.ipe-90-days"

t "26. a representative signs for the client, as the person on record"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-representative.lua"
now 2026-04-02T10:00:00Z
sign $IPE representative --method wet
out_has "as representative (Morgan Guardian, wet"
sign $IPE counselor; sign $IPE supervisor; out_has "version 1 is now in effect"
want "$(sig $MO 1 representative name)" "Morgan Guardian" "name"
want "$(sig $MO 1 client id)" "none" "no client signature needed"
run 0 vr show $MO; out_has "signed by Morgan Guardian as representative, agree, wet"

t "27. deadlines of a version not in effect: v1 draft, then v1 awaiting signatures"
now 2026-04-01T09:00:00Z
run 0 vr init; run 0 vr import "$S/mo-ipe.lua"
run 0 vr deadlines $MO --as-of 2026-04-02; out_has "v1 draft"
want "$(clock $MO 2026-04-02 mo.ipe-90-days)" "open - v1 draft" "draft"
now 2026-04-02T10:00:00Z
sign $IPE client
run 0 vr deadlines $MO --as-of 2026-04-02; out_has "v1 awaiting signatures"
want "$(clock $MO 2026-04-02 mo.ipe-90-days)" "open - v1 awaiting signatures" "awaiting"
want "$(clock $MO 2026-04-02 mo.annual-review)" "none" "no annual review before the plan is in effect"

t "28. withdrawing a signature of the amendment in effect puts v1 back, with its clocks"
mo_amended
now 2027-04-12T10:00:00Z
sign $IPE client; sign $IPE counselor; out_has "version 2 is now in effect"
id=$(sig $MO 2 counselor id)
now 2027-04-13T10:00:00Z
run 0 vr sign $IPE --withdraw "$id" --reason "the counselor signed the wrong version"
want "$(ver $MO 2 status)" "awaiting signatures" "v2 status"
want "$(ver $MO 1 status)" "in effect" "v1 status"
want "$(clock $MO 2027-04-13 mo.annual-review)" "overdue - v1 in effect" "the annual review of v1 again"
run 0 vr check $MO --as-of 2027-04-13
out_has "$IPE v1 (in effect; a newer version is not yet)"

t "29. an imported signature the rules refuse is refused, naming it; nothing stored"
now 2026-10-01T09:00:00Z
run 0 vr init
sed 's/paper(2, "counselor", { id = "C1", name = "Casey Counselor" }/paper(2, "counselor", { id = "C1", name = "Totally Wrong Person" }/' \
	"$S/mo-imported.lua" >"$T/wrong-signer.lua"
ok test "$(grep -c 'Totally Wrong Person' "$T/wrong-signer.lua")" = 1
before=$(rows)
run 3 vr import "$T/wrong-signer.lua"
err_has "wrong-signer.lua:"; err_has "signatures[5] (counselor): the staff member's name on record is not the name given"
want "$(rows)" "$before" "rows"
want "$(db_sql "select count(*) from plan_version")" 0 "plan versions"

t "30. check --json plan_status: in effect on the version in effect, draft on a draft"
mo_signed "$S/mo-ipe.lua"
run 0 vr check $MO --as-of 2027-04-10 --json
python3 - "$T/out" <<'PY' || bad "plan_status of the newest version, in effect"
import json, sys
d = json.load(open(sys.argv[1]))
f = [x for x in d["findings"] if x["rule"] == "mo.520.1.annual-review"]
assert [(x["version"], x["plan_status"]) for x in f] == [(1, "in effect")], f
PY
now 2027-04-05T10:00:00Z
run 0 vr amend $IPE --set goal.occupation= --reason "the occupation is to be chosen again"
run 1 vr check $MO --as-of 2027-04-10 --json
python3 - "$T/out" <<'PY' || bad "plan_status beside a draft"
import json, sys
d = json.load(open(sys.argv[1]))
f = {x["rule"]: (x["version"], x["plan_status"]) for x in d["findings"]}
assert f["mo.520.1.annual-review"] == (1, "in effect"), f
assert f["mo.510.1.employment-outcome"] == (2, "draft"), f
PY

t "31. an approval given before a signature it approves counts for nothing; the supervisor approves again"
mo_signed "$S/mo-ipe.lua"
want "$(ver $MO 1 status)" "in effect" "v1 status"
id=$(sig $MO 1 counselor id)
now 2026-04-03T09:00:00Z
run 0 vr sign $IPE --withdraw "$id" --reason "the wrong counselor signed"
now 2026-04-03T10:00:00Z
sign $IPE counselor
# the supervisor's approval of 04-02 came before this counselor signature
out_has "version 1 is now awaiting signatures; still to sign: supervisor"
want "$(ver $MO 1 status)" "awaiting signatures" "v1 status after the counselor signs again"
want "$(clock $MO 2026-04-03 mo.ipe-90-days)" "open - v1 awaiting signatures" "mo.ipe-90-days"
now 2026-04-04T10:00:00Z
sign $IPE supervisor; out_has "version 1 is now in effect"
want "$(ver $MO 1 effective)" "2026-04-04" "v1 effective: the new approval"
want "$(clock $MO 2026-04-10 mo.ipe-90-days)" "met 2026-04-04 v1 in effect" "mo.ipe-90-days"
before=$(rows)
run 3 vr sign $IPE --role supervisor --identity "photo ID"; err_has "already signed as supervisor"
want "$(rows)" "$before" "rows"

done_testing
