#!/bin/sh
# What vrtool leaves on disk and what it says:
#  - every file it creates is mode 0600 and every folder 0700, even when the
#    caller's umask is 022 (database, -wal, -shm, key, exports, renders,
#    PDFs, backups);
#  - nothing personal reaches standard error or the audit log: a case whose
#    personal fields hold marker strings (tests/fixtures/security/markers.lua)
#    goes through many commands, good and failing, and no marker may appear
#    on stderr, in `audit log` or in the audit table. Standard output of the
#    commands that are there to show the record (show, export) may.
# See docs/security.md.
. tests/e2e/lib.inc

MO=$FIX/cases/mo-student-ssa.lua
MK=$FIX/security/markers.lua
PLAN=MO-2026-0001-IPE
MPLAN=MO-2026-7001-IPE
AS="--as-of 2026-11-23"
HAVE_PDF=0
command -v weasyprint >/dev/null 2>&1 && HAVE_PDF=1

# modes_ok DIR: every file under DIR is 0600, every folder 0700.
modes_ok() {
	find "$1" -mindepth 1 -type f ! -perm 600 -exec stat -c 'file %a %n' {} + >"$T/modes"
	find "$1" -mindepth 1 -type d ! -perm 700 -exec stat -c 'folder %a %n' {} + >>"$T/modes"
	if [ -s "$T/modes" ]; then
		bad "files or folders with a wider mode:"
		sed 's/^/       /' "$T/modes" | head -n 20
	fi
}

t "every file vrtool creates is 0600, every folder 0700, under umask 022"
umask 022
W=$T/w; mkdir "$W"; chmod 755 "$W"
# the database file and its key in W; on a server, the key (and the folder
# vrtool makes for it) in W
if on_sqlite; then export VRTOOL_DB=$W/v.db; else export XDG_CONFIG_HOME=$W/config; fi
run 0 vr init
run 0 vr import "$MO" "$FIX"/cases/*.lua
run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity photo-ID $AS
run 0 vr amend $PLAN --set goal.hours_week=31 --reason "more hours"
run 0 vr export $PLAN -o "$W/p.xml"
run 0 vr export --all -o "$W/exported"
run 0 vr render $PLAN -o "$W/p.html"
run 0 vr render --all --out "$W/printed"
if [ "$HAVE_PDF" = 1 ]; then
	run 0 vr render $PLAN --format pdf -o "$W/p.pdf"
	ok test -s "$W/p.pdf"
fi
run 0 vr key export -o "$W/pub.txt"
# (vrtool backup copies a database file; a server's backups are its own tools')
if on_sqlite; then
	run 0 vr backup "$W/b.db"
	run 0 vr backup "$W/bk.db" --with-key
	ok test -s "$W/bk.db.key"
else
	ok test -s "$W/config/vrtool/signing.key"
fi
ok test -s "$W/exported/$PLAN-v2.xml"
modes_ok "$W"
umask 077

if on_pg; then
	skip "the -wal and -shm SQLite makes while a vrtool holds the database are 0600 (umask 022)" \
		"-wal and -shm are files beside a SQLite database; a server database has none"
else
	t "the -wal and -shm SQLite makes while a vrtool holds the database are 0600 (umask 022)"
	umask 022
	W=$T/w; mkdir "$W"; chmod 755 "$W"
	export VRTOOL_DB=$W/v.db
	run 0 vr init; run 0 vr import "$MO"
	# a shell keeps the database open while it waits on its input
	mkfifo "$T/in"
	vr shell <"$T/in" >/dev/null 2>&1 &
	pid=$!
	exec 3>"$T/in"
	echo 'db = assert(vr.open()); for c in db:cases() do end' >&3
	i=0
	while [ ! -e "$W/v.db-shm" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
	ok test -e "$W/v.db-wal"
	ok test -e "$W/v.db-shm"
	modes_ok "$W"
	exec 3>&-
	wait $pid
	umask 077
fi

# --- nothing personal in messages or the audit log ------------------------

MARKERS="Zyxqwe Markername 1953-03-17 Qwmarker Repname MARKERCOMM MARKERDIAG MARKERNOTE
MARKERADDR 987-65-4329 MARKEREVENT MARKERGOAL MARKERSVC MARKERRESP"

# no_markers FILE WHAT: no marker in FILE.
no_markers() {
	for m in $MARKERS; do
		if grep -qF -- "$m" "$1"; then
			bad "$2 holds personal data ($m):"
			grep -F -- "$m" "$1" | head -n 3 | cut -c1-300 | sed 's/^/       /'
		fi
	done
}

# r CODE cmd...: run, and keep its stderr with everything else's.
r() {
	run "$@"
	cat "$T/err" >>"$T/stderr.all"
}

# audit_clean: neither `audit log` (text and JSON) nor the audit table
# holds a marker.
audit_clean() {
	vr audit log >"$T/audit.txt" 2>>"$T/stderr.all" || bad "audit log failed"
	vr audit log --json >"$T/audit.json" 2>>"$T/stderr.all" || bad "audit log --json failed"
	db_sql "SELECT * FROM audit" >"$T/audit.sql"
	no_markers "$T/audit.txt" "audit log"
	no_markers "$T/audit.json" "audit log --json"
	no_markers "$T/audit.sql" "the audit table"
}

# no_leak FILE TEXT WHAT: the value must not be quoted back
no_leak() {
	if grep -qF -- "$2" "$1"; then
		bad "$3 quotes the value '$2' back: $(grep -F -- "$2" "$1" | head -n 1)"
	fi
}

t "markers never reach stderr or the audit log: commands that work"
run 0 vr init
VRTOOL_NOW=2026-04-01T09:00:00Z r 0 vr import "$MK"
r 0 vr import "$MK"                          # unchanged
# signed in time (so that check is clean) by the people on record: the
# guardian by name, the staff by the name on record
NOW1=2026-04-01T12:00:00Z
VRTOOL_NOW=$NOW1 r 0 vr sign $MPLAN --role representative --name "Qwmarker Repname" --identity "MARKERDIAG card"
VRTOOL_NOW=$NOW1 r 0 vr sign $MPLAN --role counselor --name "Jordan Example" --identity badge
VRTOOL_NOW=$NOW1 r 0 vr sign $MPLAN --role supervisor --identity badge
out_has "version 1 is now in effect"
r 0 vr list
r 0 vr show MO-2026-7001
out_has "Zyxqwe"                             # show is there to show it
r 0 vr show MO-2026-7001 --json
r 0 vr check MO-2026-7001 $AS
r 0 vr check --all $AS
r 1 vr deadlines MO-2026-7001 $AS          # one is overdue
r 0 vr fees MO-2026-7001 $AS
r 0 vr export $MPLAN -o "$T/m.xml"
r 0 vr export $MPLAN
out_has "Markername"                         # export is there to show it
r 0 vr export --all -o "$T/exp"
r 0 vr render $MPLAN -o "$T/m.html"
[ "$HAVE_PDF" = 1 ] && r 0 vr render $MPLAN --format pdf -o "$T/m.pdf"
# a mistaken signature withdrawn (its reason is free text) and given again
r 0 vr sign $MPLAN --withdraw 2 --reason "MARKERNOTE signed for Zyxqwe Markername by mistake"
r 0 vr sign $MPLAN --role counselor --name "Jordan Example" --identity badge --at $NOW1
r 0 vr show MO-2026-7001; out_has "WITHDRAWN"
r 0 vr verify $MPLAN
r 0 vr diff $MPLAN 1 1
r 0 vr audit verify
# (vrtool backup copies a database file; a server's backups are its own tools')
if on_sqlite; then
	r 0 vr backup "$T/b.db"
	r 0 vr backup --verify "$T/b.db"
	r 0 vr --db "$T/b.db" list
fi
no_markers "$T/stderr.all" "stderr"
audit_clean

t "markers never reach stderr or the audit log: commands that fail"
run 0 vr init
r 0 vr import "$MK"
# a plan changed outside an amendment, an unknown field beside a personal
# one, a wrong type in a personal field, a broken document
sed 's/MARKERGOAL retail pharmacy/MARKERGOAL hospital pharmacy/' "$MK" >"$T/changed.lua"
r 3 vr import "$T/changed.lua"
sed 's/relation = "guardian"/relation = "guardian", nickname = "Qwmarker Repname"/' "$MK" >"$T/unknown.lua"
r 3 vr import "$T/unknown.lua"
sed 's/given = "Zyxqwe"/given = 42, nick = "Zyxqwe"/' "$MK" >"$T/type.lua"
r 3 vr import "$T/type.lua"
r 0 vr export $MPLAN -o "$T/m.xml"
sed 's|<given>Zyxqwe</given>|<given>Zyxqwe</given><given>Zyxqwe</given>|' "$T/m.xml" >"$T/twice.xml"
other=$(new_db other)
r 3 vr_on "$other" import "$T/twice.xml"
sed 's|<setting>|<setting><b>MARKERGOAL</b>|' "$T/m.xml" >"$T/elem.xml"
r 3 vr_on "$other" import "$T/elem.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x "Zyxqwe">]>\n<document>&x;</document>\n' \
	>"$T/doctype.xml"
r 3 vr_on "$other" import "$T/doctype.xml"
# amendments that are refused
r 3 vr amend $MPLAN --set goal.nope=MARKERGOAL --reason x
r 3 vr amend $MPLAN --set goal.setting=Zyxqwe     # no --reason
r 3 vr amend $MPLAN --set goal=Zyxqwe --reason x
# signatures that are refused
r 3 vr sign $MPLAN --role bogus --name "Zyxqwe Markername" --identity photo $AS
r 2 vr sign $MPLAN --role client --name "Zyxqwe Markername" --identity photo --method MARKERDIAG
r 3 vr sign $MPLAN --version 9 --role client --name "Zyxqwe Markername" --identity photo $AS
r 3 vr sign $MPLAN --role representative --name "Zyxqwe Markername" --identity photo $AS  # not the one on record
r 3 vr sign $MPLAN --role client --name "Qwmarker Repname" --identity photo $AS
r 3 vr sign $MPLAN --role client --identity photo --at 2031-01-01T00:00:00Z     # in the future
r 3 vr sign $MPLAN --withdraw 99 --reason "MARKERNOTE Zyxqwe"                   # no such signature
# other refusals
r 3 vr show MO-2026-7999
r 3 vr export $MPLAN --version 7
r 3 vr backup "$T/m.xml"
r 3 vr backup --verify "$T/m.xml"
no_markers "$T/stderr.all" "stderr"
audit_clean

t "wrong values are not quoted back; signatures and amendments enter the audit log by id and hash"
run 0 vr init
run 0 vr import "$MK"
# a wrong value in a personal field is quoted back (model.c, date.c, doc.c)
sed 's/birth_date = "1953-03-17"/birth_date = "1953-02-30"/' "$MK" >"$T/dob.lua"
run 3 vr import "$T/dob.lua"
no_leak "$T/err" "1953-02-30" "a wrong date in a case file"
err_has "person.birth_date: is not a real calendar date"
sed 's/kind = "application"/kind = "MARKERDIAG"/' "$MK" >"$T/enum.lua"
run 3 vr import "$T/enum.lua"
no_leak "$T/err" "MARKERDIAG" "a wrong choice (enum) in a case file"
err_has "kind: is not one of"
run 3 vr amend $MPLAN --set goal.hours_week=MARKERDIAG --reason x
no_leak "$T/err" "MARKERDIAG" "amend --set with a wrong value"
err_has "goal.hours_week: the value is not"
run 0 vr export $MPLAN -o "$T/m.xml"
sed 's|<birth_date>1953-03-17</birth_date>|<birth_date>1953-02-30</birth_date>|' "$T/m.xml" >"$T/dob.xml"
other=$(new_db other)
run 3 vr_on "$other" import "$T/dob.xml"
no_leak "$T/err" "1953-02-30" "the XSD validator"
err_has "the value is not a valid value"
sed 's|<hours_week>30</hours_week>|<hours_week>MARKERDIAG</hours_week>|' "$T/m.xml" >"$T/hours.xml"
run 3 vr_on "$other" import "$T/hours.xml"
no_leak "$T/err" "MARKERDIAG" "a wrong number in a document"
# a refused signature lists the findings on stderr, and the plugin's
# messages quote service descriptions
sed 's/provider = "Ozark Community College", //' "$MK" >"$T/noprov.lua"
third=$(new_db third)
run 0 vr_on "$third" init
run 0 vr_on "$third" import "$T/noprov.lua"
run 1 vr_on "$third" sign $MPLAN --role client --identity photo $AS
err_has "content error(s)"
out_has "MARKERSVC"                          # the findings, on standard output
no_leak "$T/err" "MARKERSVC" "a refused signature (findings belong on standard output)"
# the audit record of a signature is the whole signature record (the
# signer's name and how identity was checked); of an amendment, its reason
run 0 vr sign $MPLAN --role client --name "Zyxqwe Markername" --identity "MARKERDIAG card" $AS
run 0 vr amend $MPLAN --set goal.hours_week=31 --reason "MARKERNOTE moved"
db_sql "SELECT * FROM audit" >"$T/audit.sql"
no_leak "$T/audit.sql" "Zyxqwe Markername" "the audit entry of a signature"
no_leak "$T/audit.sql" "MARKERDIAG card" "the audit entry of a signature (identity)"
no_leak "$T/audit.sql" "MARKERNOTE moved" "the audit entry of an amendment (its reason)"

done_testing
