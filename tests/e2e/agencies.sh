#!/bin/sh
# The four shipped plugins on their sample cases: every good case passes,
# every violating case yields its agency's cited error findings.
. tests/e2e/lib.inc

AS_OF=2026-11-23

NCASES=$(ls "$FIX"/cases/*.lua | wc -l)

t "all four agencies' sample cases import and check clean"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr check --all --as-of $AS_OF
out_has "$NCASES case(s), $NCASES plan(s) checked as of $AS_OF: 0 error(s)"
ok test "$NCASES" -ge 5
run 0 vr plugin list
for id in mo-vr tx-wioa ny-pros wi-dvr; do out_has "$id"; done
out_lacks "BROKEN"

t "every sample plan exports as a schema-valid document"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
run 0 vr export --all -o "$T/out-xml"
out_has "exported $NCASES plan(s)"
for f in "$T"/out-xml/*.xml; do
	ok xmllint --noout --schema "$ROOT/templates/schema/vrtool-1.xsd" "$f"
done
ok test "$(ls "$T"/out-xml | wc -l)" = "$NCASES"

check_bad() { # case-id file rule...
	id=$1; file=$2; shift 2
	t "$id: violations give cited error findings"
	run 0 vr init
	run 0 vr import "$file"
	run 1 vr check "$id" --as-of $AS_OF --json
	json_ok "$T/out"
	for rule in "$@"; do
		python3 - "$T/out" "$rule" <<'PY' || bad "no error finding from $rule"
import json, sys
d = json.load(open(sys.argv[1]))
hits = [f for f in d["findings"] if f["rule"] == sys.argv[2]]
assert hits and any(f["severity"] == "error" for f in hits), hits
assert all(f["cite"] for f in hits)
PY
	done
}

check_bad MO-2026-0902 "$FIX/bad-rules/mo-violations.lua" \
	mo.510.1.employment-outcome mo.520.1.ipe-within-90-days mo.361.46.a3.timelines \
	mo.520.1.providers-and-procurement mo.361.46.a5.progress-criteria \
	mo.361.46.a6.responsibilities mo.520.1.informed-choice-not-supported
check_bad TX-2026-0002 "$FIX/bad-rules/tx-violations.lua" \
	tx.1.overall-goal tx.2.interim-goal-titles tx.2.interim-goal-timeframe-outcome-measure \
	tx.3.action-steps tx.3.responsible-party tx.de.action-dates tx.s68.service-68
check_bad NY-2026-0002 "$FIX/bad-rules/ny-violations.lua" \
	ny.c14.2.zero-exclusion ny.c14.ips.individual-modality ny.c14.ep.own-words \
	ny.c14.ep.behavioral-objectives ny.c14.ep.people-services-supports ny.c14.ep.time-frames \
	ny.c14.ors.monthly-contacts ny.c14.note.competitive-goal ny.c14.note.cairs-at-discharge
check_bad WI-2026-0002 "$FIX/bad-rules/wi-violations.lua" \
	wi.ips.category-1 wi.ips.career-profile-60-days wi.ips.job-development-plan-45-days \
	wi.ips.job-task-analysis-1-week wi.ips.first-contact-48-hours \
	wi.ips.authorization-before-service wi.ips.job-supports-first-90-days \
	wi.ips.one-job-support-at-a-time wi.ips.lts-four-party-agreement \
	wi.ips.lts-not-before-90-days wi.ips.follow-along-90-days-after-lts wi.ips.wage-documentation

done_testing
