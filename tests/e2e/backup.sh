#!/bin/sh
# vrtool backup: a copy of the live database made with SQLite's online
# backup API, verified (integrity, schema, audit chain) before it is put in
# place; the refusals; nothing left behind when it fails; backup --verify.
. tests/e2e/lib.inc
needs_sqlite "vrtool backup copies an SQLite database file; the tests open, damage and compare such files with sqlite3"

MO=$FIX/cases/mo-student-ssa.lua
PLAN=MO-2026-0001-IPE
AS="--as-of 2026-11-23"

# populated: init, every sample case, a signature, an amendment
populated() {
	run 0 vr init
	run 0 vr import "$FIX"/cases/*.lua
	run 0 vr sign $PLAN --role client --name "Avery Testcase" --identity photo-ID $AS
	run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity badge $AS
	run 0 vr amend $PLAN --set goal.hours_week=31 --reason "more hours"
}

# no_leftovers DIR: no temporary file, -wal, -shm or -journal in DIR.
no_leftovers() {
	left=$(ls -A "$1" | grep -E '^\.|-wal$|-shm$|-journal$')
	[ -z "$left" ] || bad "left behind in $1: $left"
}

t "a backup of a populated database verifies, is 0600, and says what it holds"
populated
cases=$(sqlite3 "$VRTOOL_DB" "SELECT count(*) FROM \"case\"")
entries=$(sqlite3 "$VRTOOL_DB" "SELECT count(*) FROM audit")
versions=$(sqlite3 "$VRTOOL_DB" "SELECT count(*) FROM plan_version")
mkdir "$T/bk"
run 0 vr backup "$T/bk/b.db"
out_has "backed up $VRTOOL_DB to $T/bk/b.db (mode 0600)"
out_has "the copy verified: SQLite integrity check, schema, audit chain"
out_has "$cases case(s), $cases person(s)"
out_has "$versions plan version(s)"
out_has "2 signature(s)"
out_has "$entries audit entries, the chain whole"
out_has "is NOT in the backup"
ok test "$(stat -c %a "$T/bk/b.db")" = 600
ok test ! -e "$T/bk/b.db.key"
no_leftovers "$T/bk"
ok test "$(sqlite3 "$T/bk/b.db" 'PRAGMA integrity_check')" = ok
ok test "$(sqlite3 "$T/bk/b.db" 'SELECT count(*) FROM audit')" = "$entries"
# the backup is in the log of the database it was made from (not the copy's)
run 0 vr audit log; out_has "backup"; out_has "to $T/bk/b.db"
run 0 vr audit verify

t "a backup opens as a database: list, audit verify, verify PLAN; restored in place"
populated
run 0 vr list; cp "$T/out" "$T/list.before"
run 0 vr backup "$T/b.db"
run 0 vr --db "$T/b.db" list
ok cmp -s "$T/out" "$T/list.before"
run 0 vr --db "$T/b.db" audit verify; out_has "the audit chain is whole"
run 0 vr --db "$T/b.db" verify $PLAN; out_lacks "FAIL"
# restore: with no vrtool running, copy the backup over the database
rm -f "$VRTOOL_DB" "$VRTOOL_DB-wal" "$VRTOOL_DB-shm"
cp "$T/b.db" "$VRTOOL_DB"
run 0 vr list
ok cmp -s "$T/out" "$T/list.before"
run 0 vr audit verify
run 0 vr verify $PLAN; out_lacks "FAIL"
# the key stayed beside the database, so it still signs
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity badge $AS

t "--with-key copies the signing key to DEST.key (0600); the restored pair signs"
populated
run 0 vr backup "$T/b.db" --with-key
out_has "is copied to $T/b.db.key (mode 0600)"
ok test "$(stat -c %a "$T/b.db.key")" = 600
ok cmp -s "$VRTOOL_DB.key" "$T/b.db.key"
mkdir "$T/new"
cp "$T/b.db" "$T/new/v.db"; cp "$T/b.db.key" "$T/new/v.db.key"
run 0 vr --db "$T/new/v.db" sign $PLAN --role counselor --name "Jordan Example" --identity badge $AS
run 0 vr --db "$T/new/v.db" verify $PLAN; out_lacks "FAIL"
# DEST.key exists: refused, like DEST
cp "$T/b.db.key" "$T/d.db.key"
run 3 vr backup "$T/d.db" --with-key; err_has "$T/d.db.key exists"
ok test ! -e "$T/d.db"

t "a backup while another vrtool imports in a loop is consistent and verifies"
run 0 vr init
mkdir "$T/c"
for i in $(seq 1 120); do
	id=$(printf 'BK%04d' "$i")
	sed "s/MO-2026-0001/MO-2026-$id/g; s/P-MO-0001/P-MO-$id/g" "$MO" >"$T/c/$id.lua"
done
run 0 vr import "$T"/c/BK000*.lua
( for f in "$T"/c/BK00[1-9]*.lua "$T"/c/BK01*.lua; do
	"$VR_BIN" import "$f" >/dev/null 2>>"$T/import.err" || echo "import $f failed" >>"$T/import.err"
  done ) &
writer=$!
n=0
while kill -0 $writer 2>/dev/null && [ $n -lt 6 ]; do
	n=$((n + 1))
	run 0 vr backup "$T/live$n.db"
	run 0 vr --db "$T/live$n.db" audit verify
	ok test "$(sqlite3 "$T/live$n.db" 'PRAGMA integrity_check')" = ok
	# one snapshot: as many cases as import audit entries (+ init, backups)
	c=$(sqlite3 "$T/live$n.db" "SELECT count(*) FROM \"case\"")
	a=$(sqlite3 "$T/live$n.db" "SELECT count(*) FROM audit WHERE action = 'import'")
	[ "$c" -gt 0 ] && [ "$c" = "$a" ] || bad "live$n.db: $c cases, $a import entries"
done
wait $writer
[ -s "$T/import.err" ] && { bad "the importer failed beside the backups:"; head -n 5 "$T/import.err"; }
[ $n -ge 1 ] || bad "no backup ran while importing"
run 0 vr audit verify
no_leftovers "$T"

t "refused: an existing DEST (unless --force), the database itself, its own files"
populated
run 0 vr backup "$T/b.db"
sum=$(sha256sum <"$T/b.db")
run 3 vr backup "$T/b.db"
err_has "$T/b.db exists: choose another name, or --force to replace it"
err_has "no backup was written"
ok test "$sum" = "$(sha256sum <"$T/b.db")"
run 0 vr sign $PLAN --role counselor --name "Jordan Example" --identity badge $AS
run 0 vr backup "$T/b.db" --force
run 0 vr backup --verify "$T/b.db"
run 3 vr backup "$VRTOOL_DB" --force; err_has "is the database itself"
run 3 vr backup "$T/./vrtool.db" --force; err_has "is the database itself"
ln -s "$VRTOOL_DB" "$T/link.db"
run 3 vr backup "$T/link.db" --force; err_has "is the database itself"
run 3 vr backup "$VRTOOL_DB-wal"; err_has "one of the database's own files"
run 3 vr backup "$VRTOOL_DB.key" --force; err_has "one of the database's own files"
ok test "$(stat -c %a "$VRTOOL_DB.key")" = 600
run 0 vr audit verify
no_leftovers "$T"

t "refused: a folder, a missing folder, an unwritable folder, a -wal beside DEST"
populated
mkdir "$T/dir"
run 3 vr backup "$T/dir"; err_has "$T/dir is a folder"
run 3 vr backup "$T/dir/"; err_has "names a folder"
run 3 vr backup "$T/nowhere/b.db"; err_has "the folder $T/nowhere does not exist"
if [ "$(id -u)" != 0 ]; then
	mkdir "$T/ro"; chmod 500 "$T/ro"
	run 3 vr backup "$T/ro/b.db"; err_has "cannot create a temporary file in $T/ro"
	chmod 700 "$T/ro"
	ok test -z "$(ls -A "$T/ro")"
elif [ -d /sys ]; then
	# root may write anywhere on an ordinary file system; /sys refuses
	run 3 vr backup /sys/vrtool-b.db; err_has "cannot create a temporary file in /sys"
fi
: >"$T/dir/b.db-wal"
run 3 vr backup "$T/dir/b.db"; err_has "$T/dir/b.db-wal exists: SQLite would read it"
ok test ! -e "$T/dir/b.db"
run 2 vr backup; err_has "name the backup file to write"
run 2 vr backup a.db b.db
run 3 vr --db "$T/none.db" backup "$T/x.db"; err_has "no database at $T/none.db"
ok test ! -e "$T/x.db"

t "a source whose audit chain was changed is refused: the failure named, no DEST"
populated
run 0 vr backup "$T/c.db"
# tamper with an entry of the copy (the triggers refuse it through SQL, so
# they are dropped first), then back the copy up
sqlite3 "$T/c.db" "DROP TRIGGER audit_append_only_u;
	UPDATE audit SET detail = 'someone else' WHERE seq = 3;"
run 1 vr --db "$T/c.db" audit verify; out_has "broken at entry 3"
mkdir "$T/out2"
run 1 vr --db "$T/c.db" backup "$T/out2/d.db"
err_has "the audit chain of the copy is broken at entry 3"
err_has "was changed: its hash does not match its contents"
err_has "no backup was written"
ok test ! -e "$T/out2/d.db"
no_leftovers "$T/out2"
# a deleted entry
run 0 vr backup "$T/e.db"
sqlite3 "$T/e.db" "DROP TRIGGER audit_append_only_d; DELETE FROM audit WHERE seq = 2;"
run 1 vr --db "$T/e.db" backup "$T/out2/f.db"
err_has "entries are missing (deleted)"
ok test ! -e "$T/out2/f.db"
no_leftovers "$T/out2"

t "a damaged source file is refused: no DEST"
populated
run 0 vr backup "$T/c.db"
pages=$(sqlite3 "$T/c.db" 'PRAGMA page_count')
# overwrite the pages after the first with garbage (the header stays)
dd if=/dev/urandom of="$T/c.db" bs=4096 seek=2 count=$((pages - 3)) conv=notrunc 2>/dev/null
mkdir "$T/out3"
"$VR_BIN" --db "$T/c.db" backup "$T/out3/d.db" >"$T/out" 2>"$T/err"
rc=$?
[ $rc = 1 ] || [ $rc = 3 ] || [ $rc = 4 ] || bad "a damaged source: exit $rc"
[ $rc != 0 ] || bad "a damaged source was backed up"
err_has "no backup was written"
ok test ! -e "$T/out3/d.db"
no_leftovers "$T/out3"

t "backup --verify: a good backup passes, a changed one fails (exit 1), not a database (exit 3)"
populated
run 0 vr backup "$T/b.db" --with-key
run 0 vr backup --verify "$T/b.db"
out_has "ok   $T/b.db verifies"; out_has "is the database's signing key"
sum=$(sha256sum <"$T/b.db")
no_leftovers "$T"
ok test "$sum" = "$(sha256sum <"$T/b.db")"
sqlite3 "$T/b.db" "DROP TRIGGER audit_append_only_u; UPDATE audit SET actor = 'x' WHERE seq = 2;"
run 1 vr backup --verify "$T/b.db"; err_has "the audit chain of $T/b.db is broken at entry 2"
run 3 vr backup --verify "$MO"; err_has "not a database"
run 3 vr backup --verify "$T/none.db"
run 2 vr backup --verify "$T/b.db" --force
# another installation's key beside it is not this database's
run 0 vr --db "$T/other.db" init
run 0 vr backup "$T/g.db"
cp "$T/other.db.key" "$T/g.db.key"
run 1 vr backup --verify "$T/g.db"; err_has "is not a signing key of $T/g.db"

done_testing
