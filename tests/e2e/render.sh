#!/bin/sh
# Printed plans: XHTML and PDF through the agency templates, in English and
# Spanish, large print, the signature block, the XML inside the PDF.
. tests/e2e/lib.inc

MO=$FIX/cases/mo-student-ssa.lua
PLAN=MO-2026-0001-IPE
AS="--as-of 2026-11-23 --identity photo-ID"

t "XHTML: well-formed, language, headings, table headers, running footer"
run 0 vr init; run 0 vr import "$MO"
run 0 vr render $PLAN -o "$T/p.html"
ok xmllint --noout "$T/p.html"
python3 - "$T/p.html" <<'PY' || bad "xhtml structure"
import sys, xml.etree.ElementTree as ET
ns = {"h": "http://www.w3.org/1999/xhtml"}
doc = ET.parse(sys.argv[1]).getroot()
assert doc.get("lang") == "en", doc.attrib
assert doc.find("h:head/h:title", ns) is not None
assert len(doc.findall(".//h:h1", ns)) == 1
h2 = [h.text for h in doc.findall(".//h:h2", ns)]
assert "Employment goal" in h2 and "Services" in h2 and "Signatures" in h2, h2
ths = doc.findall(".//h:th", ns)
assert ths and all(th.get("scope") in ("col", "row") for th in ths)
css = doc.find("h:head/h:style", ns).text
assert "size: letter" in css and 'counter(page) " of " counter(pages)' in css, css[:300]
assert "MO-2026-0001-IPE · Version 1 · " in css
PY
ok grep -q "Pharmacy Technician" "$T/p.html"
ok grep -q "August 24, 2026" "$T/p.html"
ok test "$(db_sql "select count(*) from audit where action='render'")" = 1

t "Spanish labels, dates and title; large print"
run 0 vr init; run 0 vr import "$MO"
run 0 vr render $PLAN --lang es -o "$T/es.html"
ok grep -q 'lang="es"' "$T/es.html"
ok grep -q "Meta de empleo" "$T/es.html"
ok grep -q "Plan Individualizado para el Empleo" "$T/es.html"
ok grep -q "24 de agosto de 2026" "$T/es.html"
ok grep -q 'Página " counter(page) " de " counter(pages)' "$T/es.html"
run 0 vr render $PLAN --large-print -o "$T/large.html"
ok grep -q "font-size: 18pt" "$T/large.html"
run 2 vr render $PLAN --lang fr; err_has "--lang is en or es"

t "the signature block: each signature's name, role, time and meaning; blank lines for the rest"
run 0 vr init; run 0 vr import "$MO"
run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --method wet $AS
run 0 vr render $PLAN -o "$T/s.html"
python3 - "$T/s.html" <<'PY' || bad "signature block"
import sys, re
h = re.sub(r"\s+", " ", open(sys.argv[1]).read())
block = h[h.index("<h2>Signatures</h2>"):]
assert "Avery Testcase" in block and "Client: agrees to the plan" in block, block[:800]
assert "Jordan Example" in block and "Method: wet" in block
assert "To be signed" in block and "Signature:" in block and "Supervisor" in block
assert "Client / Representative" not in block   # the client has signed
PY
run 0 vr sign $PLAN --role supervisor --name "Riley Sample" $AS
run 0 vr render $PLAN -o "$T/s2.html"
ok grep -q "approves the plan" "$T/s2.html"
ok sh -c "! grep -q 'To be signed' '$T/s2.html'"
# a withdrawn signature stays on the printout, marked, and its line is blank again
run 0 vr sign $PLAN --withdraw 2 --reason "signed the wrong version"
run 0 vr render $PLAN -o "$T/s3.html"
python3 - "$T/s3.html" <<'PY' || bad "withdrawn signature in the signature block"
import sys, re
h = re.sub(r"\s+", " ", open(sys.argv[1]).read())
block = h[h.index("<h2>Signatures</h2>"):]
w = re.findall(r'<div class="sig withdrawn">(.*?)</div>', block)
assert len(w) == 1 and "Jordan Example" in w[0], w
assert "Signature withdrawn" in w[0] and "signed the wrong version" in w[0], w
assert "To be signed" in block and "Signature: Counselor" in block, block[-800:]
assert "Signature: Supervisor" not in block
PY

t "PDF: Letter pages numbered X of Y, the plan's XML attached, written whole"
run 0 vr init; run 0 vr import "$MO"
run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
run 0 vr render $PLAN --format pdf -o "$T/p.pdf"
ok pdfinfo "$T/p.pdf"
pdfinfo "$T/p.pdf" | grep -q "612 x 792 pts (letter)" || bad "not Letter"
pages=$(pdfinfo "$T/p.pdf" | sed -n 's/^Pages: *//p')
ok test "$pages" -ge 1
pdftotext "$T/p.pdf" "$T/p.txt"
ok grep -q "Page 1 of $pages" "$T/p.txt"
ok grep -q "MO-2026-0001-IPE · Version 1 · " "$T/p.txt"
pdfdetach -list "$T/p.pdf" >"$T/att"
ok grep -q "MO-2026-0001-IPE-v1.xml" "$T/att"
( cd "$T" && pdfdetach -save 1 -o attached.xml p.pdf )
run 0 vr export $PLAN -o "$T/exported.xml"
ok cmp "$T/attached.xml" "$T/exported.xml"
ok test -z "$(ls -a "$T" | grep vrtool-render)"
run 0 vr render $PLAN --format pdf --lang es --large-print -o "$T/es.pdf"
pdftotext "$T/es.pdf" - | grep -q "Página 1 de" || bad "Spanish page numbers"
run 2 vr render $PLAN --format pdf; err_has "a PDF needs -o FILE"

t "a missing PDF converter is named, and nothing is written"
run 0 vr init; run 0 vr import "$MO"
VRTOOL_WEASYPRINT=$T/no-such-weasyprint run 3 vr render $PLAN --format pdf -o "$T/none.pdf"
err_has "WEASYPRINT"
ok test ! -e "$T/none.pdf"
PATH=/nonexistent VRTOOL_WEASYPRINT= run 3 "$VR_BIN" render $PLAN --format pdf -o "$T/none.pdf"
err_has "install the Debian package weasyprint"
ok test ! -e "$T/none.pdf"

t "render --all: every plan of the caseload"
run 0 vr init; run 0 vr import "$MO" "$FIX/cases/mo-supported-employment.lua"
run 0 vr render --all --out "$T/all"
out_has "rendered 2 plan(s)"
ok test -f "$T/all/MO-2026-0001-IPE-v1.html"
ok test -f "$T/all/MO-2026-0002-IPE-v1.html"
for f in "$T"/all/*.html; do ok xmllint --noout "$f"; done

# --- every sample plan, every agency template -------------------------------

# The sections each agency template must print (h2 headings, English labels),
# by agency/KIND; a sample plan of a kind not listed here fails the test.
headings() {
	case $1 in
	mo-vr/IPE)   echo "Employment goal|Services|Responsibilities|Signatures" ;;
	tx-wioa/IEP) echo "Overall employment goal|Interim goals and action steps|Responsibilities|Signatures" ;;
	ny-pros/EP)  echo "Employment goal|Behavioral objectives and time frames|People, services and supports|Signatures" ;;
	wi-dvr/IPE)  echo "Employment goal|IPS services and DVR authorizations|Job supports|Long-term support|Responsibilities|Signatures" ;;
	wi-dvr/JDP)  echo "Job goal|Job development activities|Contact standard|Job supports plan|Responsibilities|Signatures" ;;
	*) return 1 ;;
	esac
}

# One section heading in Spanish of each template, by agency/KIND.
heading_es() {
	case $1 in
	mo-vr/IPE)   echo "Meta de empleo" ;;
	tx-wioa/IEP) echo "Metas intermedias y pasos de acción" ;;
	ny-pros/EP)  echo "Personas, servicios y apoyos" ;;
	wi-dvr/IPE)  echo "Servicios de IPS y autorizaciones de DVR" ;;
	wi-dvr/JDP)  echo "Actividades de desarrollo de empleo" ;;
	*) return 1 ;;
	esac
}

has_headings() { # FILE agency/KIND
	hd_list=$(headings "$2") || { bad "no headings known for $2 (add them to headings())"; return; }
	hd_n=0
	hd_ifs=$IFS; IFS='|'
	for hd_one in $hd_list; do
		hd_n=$((hd_n + 1))
		grep -qF "<h2>$hd_one</h2>" "$1" || bad "$(basename "$1") ($2) lacks the section '$hd_one'"
	done
	IFS=$hd_ifs
	[ "$hd_n" -ge 3 ] || bad "fewer than 3 headings for $2"
}

# A PDF has at least one page and none is blank: each page at 30 dpi in gray
# has pixels darker than near-white above the bottom inch (the running footer
# alone does not count).
pdf_inked() { # FILE
	pi_pages=$(pdfinfo "$1" 2>/dev/null | sed -n 's/^Pages: *//p')
	[ "${pi_pages:-0}" -ge 1 ] || { bad "$(basename "$1"): no pages"; return; }
	pi_dir=$(mktemp -d "$T/pgm.XXXXXX")
	pdftoppm -r 30 -gray "$1" "$pi_dir/p" || { bad "pdftoppm failed on $1"; return; }
	python3 - "$pi_pages" "$pi_dir"/p-*.pgm <<'PY' || bad "$(basename "$1"): blank page(s)"
import sys
want, files = int(sys.argv[1]), sys.argv[2:]
assert len(files) == want, (len(files), want)
blank = []
for f in files:
    b = open(f, "rb").read()
    fields, i = [], 0
    while len(fields) < 4:                  # P5 WIDTH HEIGHT MAXVAL
        while b[i:i + 1].isspace(): i += 1
        j = i
        while not b[j:j + 1].isspace(): j += 1
        fields.append(b[i:j]); i = j
    w, h = int(fields[1]), int(fields[2])
    px = b[i + 1:i + 1 + w * h]
    body = px[:w * (h - h // 11)]           # Letter: 11 in; the footer sits in the bottom inch
    if sum(1 for v in body if v < 200) < 20:
        blank.append(f)
assert not blank, blank
PY
	rm -rf "$pi_dir"
}

t "every sample plan of every agency, XHTML and PDF"
run 0 vr init; run 0 vr import "$FIX"/cases/*.lua
# a second version of one plan: the newest version is the one rendered
run 0 vr sign $PLAN --role client --name "Avery Testcase" $AS
run 0 vr sign $PLAN --role counselor --name "Jordan Example" $AS
run 0 vr sign $PLAN --role supervisor --name "Riley Sample" $AS
run 0 vr amend $PLAN --set goal.occupation="Pharmacy Technician II" --reason "new goal" --as-of 2026-11-23
run 0 vr list --json
python3 - "$T/out" >"$T/plans" <<'PY' || bad "list --json"
import json, sys
for r in json.load(open(sys.argv[1])):
    print(r["plan"], r["agency"], r["kind"], max(v["version"] for v in r["versions"]))
PY
nplans=$(wc -l <"$T/plans")
ok test "$nplans" = "$(ls "$FIX"/cases/*.lua | wc -l)"
ok grep -q "^$PLAN mo-vr IPE 2\$" "$T/plans"
run 0 vr render --all --format pdf --lang en --out "$T/pdf"
out_has "rendered $nplans plan(s)"
ok test "$(ls "$T/pdf" | wc -l)" = "$nplans"
mkdir -p "$T/html"
while read -r id agency kind ver <&3; do
	html=$T/html/$id-v$ver.html
	run 0 vr render "$id" --lang en -o "$html"
	ok xmllint --noout "$html"
	ok grep -q 'lang="en"' "$html"
	has_headings "$html" "$agency/$kind"
	f=$T/pdf/$id-v$ver.pdf
	ok test -s "$f"
	pdf_inked "$f"
	pdftotext "$f" - 2>/dev/null | grep -q "$id · Version $ver · " || bad "$id: the PDF's footer lacks '$id · Version $ver'"
	echo "$agency/$kind" >>"$T/kinds"
done 3<"$T/plans"
ok test "$(sort -u "$T/kinds" | tr '\n' ' ')" = "mo-vr/IPE ny-pros/EP tx-wioa/IEP wi-dvr/IPE wi-dvr/JDP "
ok grep -q "Pharmacy Technician II" "$T/html/$PLAN-v2.html"
# a label that wraps onto two lines ("Services after / employment") keeps
# its value beside it, and the next label stays beside its own value
pdftotext -layout "$T/pdf/$PLAN-v2.pdf" - | grep -Eq '^ *Education goal {2,}Post-secondary credential' ||
	bad "$PLAN: 'Education goal' is not on the line of its value"
ok test ! -e "$T/pdf/$PLAN-v1.pdf"

t "every agency template in Spanish and in large print (XHTML and PDF)"
run 0 vr init; run 0 vr import "$FIX"/cases/*.lua
run 0 vr list --json
python3 - "$T/out" >"$T/plans" <<'PY' || bad "list --json"
import json, sys
seen = set()
for r in json.load(open(sys.argv[1])):          # the first plan of each agency and kind
    if (r["agency"], r["kind"]) not in seen:
        seen.add((r["agency"], r["kind"]))
        print(r["plan"], r["agency"], r["kind"])
PY
ok test "$(wc -l <"$T/plans")" = 5
while read -r id agency kind <&3; do
	es=$(heading_es "$agency/$kind") || { bad "no Spanish heading known for $agency/$kind"; continue; }
	run 0 vr render "$id" --lang es -o "$T/$id.es.html"
	ok xmllint --noout "$T/$id.es.html"
	ok grep -q 'lang="es"' "$T/$id.es.html"
	grep -qF "<h2>$es</h2>" "$T/$id.es.html" || bad "$id: no Spanish heading '$es'"
	ok grep -qF "<h2>Firmas</h2>" "$T/$id.es.html"
	ok sh -c "! grep -qF '<h2>Signatures</h2>' '$T/$id.es.html'"
	run 0 vr render "$id" --lang en --large-print -o "$T/$id.large.html"
	ok xmllint --noout "$T/$id.large.html"
	ok grep -q "font-size: 18pt" "$T/$id.large.html"
	has_headings "$T/$id.large.html" "$agency/$kind"
	run 0 vr render "$id" --lang es --large-print --format pdf -o "$T/$id.large.pdf"
	pdf_inked "$T/$id.large.pdf"
	pdftotext "$T/$id.large.pdf" - 2>/dev/null | grep -q "Página 1 de" || bad "$id: large-print Spanish PDF lacks 'Página 1 de'"
done 3<"$T/plans"

done_testing
