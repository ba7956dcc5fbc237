#!/bin/sh
# The four shipped plugins on their sample cases: every good case passes,
# every violating case yields its agency's cited error findings.
. tests/e2e/lib.inc

AS_OF=2026-11-23

NCASES=$(ls "$FIX"/cases/*.lua | wc -l)

t "all four agencies' sample cases import and check clean"
run 0 vr init
run 0 vr import "$FIX"/cases/*.lua
# a plan that never took effect is itself a finding (Missouri's IPE is due
# 90 days from eligibility): unsigned, the Missouri samples are late by now
run 1 vr check --all --as-of $AS_OF
out_has "mo.520.1.ipe-within-90-days [conduct]: no IPE has taken effect"
# signed in time by the people on record, every sample is clean. The Texas
# career-cluster IEP records actions done after its date (actual ends up to
# 2026-10-28): its signatures, given on its date, are recorded after them.
VRTOOL_DB=$(new_db signed); export VRTOOL_DB
run 0 vr init
TXCC=$FIX/cases/tx-career-cluster.lua
import_signed $(ls "$FIX"/cases/*.lua | grep -v tx-career-cluster)
import_signed --recorded 2026-10-30T12:00:00Z "$TXCC"
run 0 vr list --status in-effect
for f in "$FIX"/cases/*.lua; do out_has "$(case_id_of "$f")"; done
run 0 vr check --all --as-of $AS_OF
out_has "$NCASES case(s), $NCASES plan(s) checked as of $AS_OF: 0 error(s)"
out_lacks "[conduct]"
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

check_bad() { # case-id file rule[=class]...
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
rule, _, cls = sys.argv[2].partition("=")
hits = [f for f in d["findings"] if f["rule"] == rule]
assert hits and any(f["severity"] == "error" for f in hits), hits
assert all(f["cite"] for f in hits)
# every finding says whether it is about the content of the version (blocks
# signing it) or about conduct and timing (does not)
assert all(f["class"] in ("content", "conduct") for f in hits), hits
assert not cls or all(f["class"] == cls for f in hits), (cls, hits)
PY
	done
}

# (=content: a required element missing or invalid; =conduct: a clock or
# something done out of order, which never blocks a signature)
check_bad MO-2026-0902 "$FIX/bad-rules/mo-violations.lua" \
	mo.510.1.employment-outcome=content mo.520.1.ipe-within-90-days=conduct \
	mo.361.46.a3.timelines=content mo.520.1.providers-and-procurement=content \
	mo.361.46.a5.progress-criteria=content mo.361.46.a6.responsibilities=content \
	mo.520.1.informed-choice-not-supported
check_bad TX-2026-0002 "$FIX/bad-rules/tx-violations.lua" \
	tx.1.overall-goal=content tx.2.interim-goal-titles=content \
	tx.2.interim-goal-timeframe-outcome-measure=content tx.3.action-steps=content \
	tx.3.responsible-party=content tx.de.action-dates tx.s68.service-68
check_bad NY-2026-0002 "$FIX/bad-rules/ny-violations.lua" \
	ny.c14.2.zero-exclusion ny.c14.ips.individual-modality ny.c14.ep.own-words=content \
	ny.c14.ep.behavioral-objectives=content ny.c14.ep.people-services-supports=content \
	ny.c14.ep.time-frames=content ny.c14.ors.monthly-contacts=conduct \
	ny.c14.note.competitive-goal ny.c14.note.cairs-at-discharge
check_bad WI-2026-0002 "$FIX/bad-rules/wi-violations.lua" \
	wi.ips.category-1 wi.ips.career-profile-60-days=conduct \
	wi.ips.job-development-plan-45-days=conduct wi.ips.job-task-analysis-1-week=conduct \
	wi.ips.first-contact-48-hours=conduct wi.ips.authorization-before-service \
	wi.ips.job-supports-first-90-days wi.ips.one-job-support-at-a-time \
	wi.ips.lts-four-party-agreement wi.ips.lts-not-before-90-days=conduct \
	wi.ips.follow-along-90-days-after-lts wi.ips.wage-documentation

done_testing
