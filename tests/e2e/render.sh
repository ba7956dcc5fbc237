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
ok test "$(sqlite3 "$VRTOOL_DB" "select count(*) from audit where action='render'")" = 1

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

done_testing
