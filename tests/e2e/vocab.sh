#!/bin/sh
# Case data that cannot be misread (issue 17): the words a plugin reads are
# declared; rules see them in their declared spelling whatever the case and
# separators; a value outside them is reported at import (refused or a
# warning, docs/model.md "Vocabularies") and again by check; a plugin that
# reads a word it did not declare fails lint. The machinery on the test
# plugin 'wordy'; the shipped plugins below.
. tests/e2e/lib.inc

P=$FIX/plugins
W="--plugin-path $P"
GOOD=$FIX/vocab/wordy-case.lua
BAD=$FIX/vocab/wordy-bad.lua

t "rules see declared spellings, whatever the case and separators, and old spellings as the new"
run 0 vr init
run 0 vr import "$GOOD" $W
run 1 vr check C-wordy $W
out_has "wordy.sees: category career_profile"
ok test "$(grep -c 'wordy.sees: category career_profile' "$T/out")" = 2
out_has "wordy.sees: form DVR-18018-E"
out_has "wordy.sees: tagged"
out_has "wordy.sees: region nyc count 3 (integer)"

t "import warns of an open vocabulary's unknown value with a suggestion, and of old spellings"
run 0 vr init
run 0 vr import "$GOOD" $W
err_has "wordy-case.lua:19: plans[1].services[3].category: not a value plugin wordy reads; did you mean 'career_profile'?"
err_has "plans[1].services[2].category: an old spelling; write 'career_profile'"
err_has "case.ext.cnt: an old name; write ext.count"
out_has "1 new plan(s)"

t "an agency number written as text is read as the number, with a warning"
run 0 vr init
sed 's/cnt = "3"/count = "3"/' "$GOOD" >"$T/num.lua"
run 0 vr import "$T/num.lua" $W
err_has "case.ext.count: this field is a whole number written as text; write it without quotes"
run 1 vr check C-wordy $W
out_has "wordy.sees: region nyc count 3 (integer)"

t "check says so again, as a finding of the rule vocabulary, at its path"
run 0 vr init
run 0 vr import "$GOOD" $W
run 1 vr check C-wordy $W --json
json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "vocabulary findings in check --json"
import json, sys
d = json.load(open(sys.argv[1]))
v = [f for f in d["findings"] if f["rule"] == "vocabulary"]
paths = sorted(f["path"] for f in v)
assert paths == ["case.ext.cnt", "plan.services[3].category"], paths
cat = [f for f in v if f["path"] == "plan.services[3].category"][0]
assert cat["severity"] == "warning" and cat["class"] == "content", cat
assert "did you mean 'career_profile'" in cat["message"], cat
PY

t "a rule that reads an agency field its plugin did not declare fails, naming it"
run 0 vr init
run 0 vr import "$GOOD" $W
run 1 vr check C-wordy $W
out_has "wordy.undeclared: the rule failed"
out_has "reads case.ext.secret, which its \`ext\` does not declare"

t "import refuses a closed vocabulary's unknown value and undeclared or mistyped agency fields, field by field, and stores nothing"
run 0 vr init
before=$(db_fingerprint)
run 3 vr import "$BAD" $W
err_has "wordy-bad.lua:12: case.events[2].form: not a value plugin wordy reads; did you mean 'DVR-18018-E'?"
err_has "wordy-bad.lua:13: case.events[2].ext.wage.recieved: not a field of this field (documents, received); did you mean 'received'?"
err_has "case.ext.count: this field must be a whole number"
err_has "case.ext.region: this field is not one of its values (nyc, rest_of_state)"
err_has "plans[1].services[1].ext.ipss: not an agency field plugin wordy declares here; did you mean 'ips'?"
err_has "5 value(s) outside what plugin wordy declares"
err_has "nothing was imported"
ok test "$(db_fingerprint)" = "$before"
# messages name the field, never the value refused
if grep -q "upstate\|three\|DVR-18019-E" "$T/err"; then bad "a refused value was printed"; fi

t "an exported document is checked the same way, with the line of the XML"
run 0 vr init
run 0 vr import "$GOOD" $W
run 0 vr export C-wordy-IPE -o "$T/doc.xml" $W
sed 's|<form>dvr 18018 e</form>|<form>DVR-18019-E</form>|' "$T/doc.xml" >"$T/bad.xml"
line=$(grep -n '<form>DVR-18019-E</form>' "$T/bad.xml" | cut -d: -f1)
ok test -n "$line"
fresh=$(new_db fresh)
run 0 vr_on "$fresh" init
run 3 vr_on "$fresh" import "$T/bad.xml" $W
err_has "bad.xml:$line: case.events[2].form: not a value plugin wordy reads; did you mean 'DVR-18018-E'?"
run 0 vr_on "$fresh" import "$T/doc.xml" $W
err_has "plans[1].services[3].category: not a value plugin wordy reads"

t "plugin vocab lists the vocabularies, agency fields, deadlines and fees; --json as data"
run 0 vr plugin vocab wordy $W
out_has "plans[].services[].category (open: another value is kept, with a warning that no rule reads it)"
out_has "case.events[].form (closed: another value is refused)"
out_has "case.events[].kind (a model enumeration: the values it reads)"
out_has "career_profile               the career profile [test table 1] (was: profile_of_career)"
out_has "count                    whole number a count (was: cnt)"
out_has "wordy.report-30"
run 0 vr plugin vocab wordy $W --json
json_ok "$T/out"
python3 - "$T/out" <<'PY' || bad "plugin vocab --json"
import json, sys
d = json.load(open(sys.argv[1]))
paths = {v["path"]: v for v in d["vocabulary"]}
assert paths["case.events[].form"]["open"] is False
assert [x["value"] for x in paths["plans[].services[].category"]["values"]] == ["career_profile", "job_development_plan"]
places = {e["place"]: e for e in d["ext"]}
assert sorted(places) == ["case", "case.events[]", "plans[].services[]"], places
assert [x["id"] for x in d["deadlines"]] == ["wordy.report-30"]
PY

t "plugin vocab --format luals: a LuaLS meta file of the vocabulary"
run 0 vr plugin vocab wordy $W --format luals
out_has "---@meta"
out_has "---@alias wordy.services.category"
out_has '---| "career_profile" # the career profile'
out_has "---@class wordy.events.ext"
out_has "---@field ips? boolean an IPS service"
run 2 vr plugin vocab wordy $W --format pdf

t "lint fails a plugin that reads words it did not declare, naming file and line"
mkdir -p "$T/p/wordy2/tests"
# a plugin whose source reads words it does not declare (the probe, above
# the plugin's return)
cat >"$T/p/wordy2/plugin.lua" <<'LUA'
local function probe(plan, case)
  local FEES = { career_profile = 1, carer_plan = 2 }
  for _, s in ipairs(plan.services) do
    if s.category == "job_developmnt_plan" then return FEES[s.category] end
  end
  if case.ext.regoin then return 1 end
  for _, n in ipairs(case.notes) do
    if vr.case.tagged(n, "career_exploraton") then return 1 end
  end
  return vr.case.first_event(case, "job_strat")
end
LUA
sed -e 's/id = "wordy"/id = "wordy2"/' "$P/wordy/plugin.lua" >>"$T/p/wordy2/plugin.lua"
secret=$(grep -n 'case.ext.secret' "$T/p/wordy2/plugin.lua" | cut -d: -f1)
run 1 vr plugin lint wordy2 --plugin-path "$T/p"
out_has "plugin.lua:$secret: reads ext.secret, which the plugin's \`ext\` does not declare"
out_has "compares category with 'job_developmnt_plan', which the plugin's vocabulary does not declare for it"
out_has "table FEES is looked up by category, and its key 'carer_plan' is not a value the plugin's vocabulary declares for category"
out_has "reads ext.regoin, which the plugin's \`ext\` does not declare"
out_has "asks for tag 'career_exploraton', which the plugin's vocabulary does not declare"
out_has "asks for event kind 'job_strat', which the plugin's vocabulary does not declare"
out_lacks "'career_profile'"

t "a plugin's vocabulary declaration is checked at load, every mistake with its place"
mkdir -p "$T/p/badvoc"
cat >"$T/p/badvoc/plugin.lua" <<'LUA'
return vr.plugin {
  api = 1, id = "badvoc", name = "Bad vocabulary", version = "0",
  source = { document = "test", date = "2026-01-01" },
  kinds = { IPE = { signers = { "client" } } },
  vocabulary = {
    ["plans[].services[].categroy"] = { values = { { "x", "x" } } },
    ["case.notes[].tags[]"] = { values = { { "a-b", "one" }, { "A_B", "two" } } },
    ["case.events[].kind"] = { values = { { "eligibilty", "typo" } } },
    ["case.events[].form"] = { values = { { "F1" } } },
  },
  ext = {
    ["case"] = { ["end"] = { type = "date", meaning = "x" }, n = { type = "integer", meaning = "n" } },
    ["case.bogus[]"] = {},
  },
  rules = {},
}
LUA
run 1 vr plugin lint badvoc --plugin-path "$T/p"
for want in \
	"vocabulary[\"plans[].services[].categroy\"]: not a text field of the model" \
	"are the same word to the normaliser" \
	"'eligibilty' is not one of the model's values" \
	"value 'F1' needs its meaning" \
	"'end': an ext field name must be a name a case file can write without quotes" \
	"n: type must be one of text, date" \
	"ext[\"case.bogus[]\"]: not a place of an ext table"; do
	grep -qF -- "$want" "$T/err" "$T/out" || bad "lint output lacks: $want"
done

t "an old job 'end' imports as end_date with a warning naming the new name; a misspelt kind or field gets a suggestion"
run 0 vr init
cat >"$T/old.lua" <<'LUA'
return {
  person = { id = "P-old", name = { given = "Test", family = "Person" } },
  case = { id = "C-old", agency = "wordy",
    employment = { { employer = "Bakery", start = "2026-01-05", ["end"] = "2026-03-01" } } },
}
LUA
run 0 vr import "$T/old.lua" $W
err_has "old.lua:4: case.employment[1].end: 'end' is now called 'end_date'"
run 0 vr show C-old --json $W
out_has '"end_date":"2026-03-01"'
out_lacks '"end":'
cat >"$T/typo.lua" <<'LUA'
return {
  person = { id = "P-typo", name = { given = "Test", family = "Person" } },
  case = { id = "C-typo", agency = "wordy", progam = "VR",
    events = { { kind = "elegibility", date = "2026-01-05" } } },
}
LUA
run 3 vr import "$T/typo.lua" $W
err_has "unknown field 'progam'; did you mean 'program'?"
err_has "did you mean 'eligibility'?"

t "a database written before the rename reads a stored job's <end> as end_date (schema migration 5)"
run 0 vr init
cat >"$T/job.lua" <<'LUA'
return {
  person = { id = "P-job", name = { given = "Test", family = "Person" } },
  case = { id = "C-job", agency = "wordy",
    employment = { { employer = "Bakery", start = "2026-01-05", end_date = "2026-03-01" } } },
}
LUA
run 0 vr import "$T/job.lua" $W
# as an older vrtool left it: the XML says <end>, migration 5 not applied
db_sql "UPDATE \"case\" SET xml = replace(replace(xml, '<end_date>', '<end>'), '</end_date>', '</end>'); DELETE FROM schema_migrations WHERE version = 5;"
ok test "$(db_sql "SELECT count(*) FROM \"case\" WHERE val IS NOT NULL")" = 1
run 0 vr show C-job --json $W
out_has '"end_date":"2026-03-01"'
ok test "$(db_sql "SELECT count(*) FROM \"case\" WHERE val IS NULL")" = 1
ok test "$(db_sql "SELECT max(version) FROM schema_migrations")" = 5

t "deadlines give due as a date and due_at for an hour clock; fees carry code; --status filters by the --json words"
run 0 vr init
run 0 vr import "$GOOD" $W
run 0 vr deadlines C-wordy $W --json
python3 - "$T/out" <<'PY' || bad "deadline due is a date"
import json, sys, re
d = json.load(open(sys.argv[1]))
for r in d["deadlines"]:
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["due"]), r
    assert "due_at" not in r, r
PY
run 0 vr import "$FIX/cases/wi-ips-placement.lua"
vr deadlines WI-2026-0001 --json >"$T/wi.json"
python3 - "$T/wi.json" <<'PY' || bad "an hour clock gives due and due_at"
import json, sys, re
d = json.load(open(sys.argv[1]))
hc = [r for r in d["deadlines"] if r["id"] == "wi.deadline.first-contact-48-hours"]
assert hc, d
for r in d["deadlines"]:
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", r["due"]), r
for r in hc:
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?([+-]\d\d:\d\d|Z)", r["due_at"]), r
    assert r["due_at"][:10] == r["due"], r
    if r.get("met"):
        assert r["met_at"][:10] == r["met"], r
PY
run 0 vr deadlines C-wordy $W --status met
out_has "wordy.report-30"
run 0 vr deadlines C-wordy $W --status overdue
out_lacks "wordy.report-30"
run 2 vr deadlines C-wordy $W --status late
err_has "--status is one of open, met, missed, overdue, error"
run 0 vr list --status "in effect" $W
run 0 vr list --status awaiting_signatures $W
run 2 vr list --status lost
err_has "draft, awaiting signatures, in effect, superseded or closed"

t "wi-dvr: a deliverable's fee is earned on its report, not before the run's as-of date"
run 0 vr init
run 0 vr import "$FIX/cases/wi-ips-placement.lua"
run 0 vr fees WI-2026-0001 --as-of 2027-03-01 --json
day=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print([f["date"] for f in d["fees"] if f["id"]=="wi.fee.career-profile"][0])' "$T/out")
ok test -n "$day"
before=$(python3 -c 'import datetime,sys; print(datetime.date.fromisoformat(sys.argv[1]) - datetime.timedelta(days=1))' "$day")
run 0 vr fees WI-2026-0001 --as-of "$before" --json
out_lacks "wi.fee.career-profile"
run 0 vr fees WI-2026-0001 --as-of "$day" --json
out_has '"code":"078"'

# A case of each agency (the newcomer's, tests/e2e/newcomer.sh) with one
# letter dropped from a service category, a note tag, an event kind and an
# agency field's name: each is named, with the word it should be.
misspell() { # FILE OUT OUT2: OUT misspells all four, OUT2 all but the kind;
	# prints the four words as they should be
	python3 - "$1" "$2" "$3" <<'PY'
import re, sys
src = open(sys.argv[1]).read()
found, spans = [], []
for pat in (r'category = "([^"]+)"', r'tags = \{ "([^"]+)"', r'kind = "([a-z_]+)"',
            r'ext = \{\s*([A-Za-z_][A-Za-z0-9_]*) ='):
    m = re.search(pat, src)
    assert m, pat
    found.append(m.group(1))
    spans.append(m.span(1))
def write(path, skip):
    out, last = [], 0
    for i, (a, b) in sorted(enumerate(spans), key=lambda x: x[1]):
        w = src[a:b]
        out.append(src[last:a] + (w if i == skip else w[:-2] + w[-1]))
        last = b
    open(path, "w").write("".join(out) + src[last:])
write(sys.argv[2], None)
write(sys.argv[3], 2)
print(" ".join(found))
PY
}

for id in mo-vr tx-wioa ny-pros wi-dvr; do
t "$id: a misspelt category, tag, event kind and agency field are each named with a suggestion; nothing is stored"
run 0 vr init
set -- $(misspell "$FIX/newcomer/$id.lua" "$T/typo.lua" "$T/typo2.lua")
ok test $# = 4
before=$(db_fingerprint)
run 3 vr import "$T/typo.lua"
err_has "did you mean '$3'?"
ok test "$(db_fingerprint)" = "$before"
# the kind put right, the rest of the file is read: the other three named
run 3 vr import "$T/typo2.lua"
# (the word meant among the nearest ones suggested)
suggests() { grep -F "$1" "$T/err" | grep -qF "'$2'" || bad "no '$1 ... '$2'' in: $(cat "$T/err")"; }
suggests "category: not a value plugin $id reads; did you mean" "$1"
suggests "tags[1]: not a value plugin $id reads; did you mean" "$2"
suggests "not an agency field plugin $id declares here; did you mean" "$4"
ok test "$(db_fingerprint)" = "$before"
done

t "a plugin test varies a shared case with set and unset, rather than copying it"
mkdir -p "$T/p/wordy/tests/cases"
cp "$P/wordy/plugin.lua" "$T/p/wordy/"
cp "$GOOD" "$T/p/wordy/tests/cases/base.lua"
cat >"$T/p/wordy/tests/varied.lua" <<'LUA'
return {
  name = "a category and a tag changed, a note and an ext field taken away",
  case = "cases/base.lua", as_of = "2026-04-01",
  set = { ["plans[1].services[3].category"] = "Job Development Plan",
          ["case.notes[1].tags[1]"] = "no such tag", ["case.ext.region"] = "rest of state" },
  unset = { "case.ext.cnt", "plans[1].services[2]" },
  findings = {
    { rule = "vocabulary", path = "case.notes[1].tags[1]" },
    { rule = "wordy.sees", path = "plan.services[1].category" },
    { rule = "wordy.sees", path = "plan.services[2].category" },
    { rule = "wordy.sees", path = "case.events[2].form" },
    { rule = "wordy.sees", path = "case.ext" },
    { rule = "wordy.undeclared" },
  },
}
LUA
cat >"$T/p/wordy/tests/bad-set.lua" <<'LUA'
return { name = "a path that is not there", case = "cases/base.lua", as_of = "2026-04-01",
  set = { ["plans[9].services[1].category"] = "x" }, findings = {} }
LUA
run 1 vr plugin test wordy --plugin-path "$T/p"
out_has "ok   wordy  a category and a tag changed, a note and an ext field taken away"
out_has "set/unset: 'plans[9].services[1].category': no item 9 of plans"
out_has "1 passed, 1 failed"

t "each shipped plugin's vocab.d.lua is what plugin vocab --format luals prints"
for id in mo-vr tx-wioa ny-pros wi-dvr; do
	run 0 vr plugin vocab "$id" --format luals
	cmp -s "$T/out" "$ROOT/plugins/$id/vocab.d.lua" ||
		bad "plugins/$id/vocab.d.lua differs: vrtool plugin vocab $id --format luals >plugins/$id/vocab.d.lua"
done

done_testing
