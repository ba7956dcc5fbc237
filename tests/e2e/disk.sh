#!/bin/sh
# Full disk, file-size limit, read-only database (issue 11, point 3).
#
# A write that cannot be made fails with a message that names the database
# (or file) and says what happened, exits non-zero (not by a signal: vrtool
# ignores SIGXFSZ), leaves no partial or temporary export file behind and
# leaves the database as it was. Reads go on working where SQLite can read;
# where it cannot, the message says why.
#
# A full file system is a small tmpfs (mount -t tmpfs -o size=1m), filled
# with a filler file; read-only files are tested as user nobody (root
# ignores file modes), a read-only file system as a tmpfs remounted ro.
# Where mounting or changing user is not possible, those tests are skipped
# (a "skip" line, counted neither passed nor failed).
. tests/e2e/lib.inc
needs_sqlite "file-size limits, a full tmpfs and read-only files under SQLite files given by --db, checked with sqlite3"
. tests/e2e/cases.inc

MO=$FIX/cases/mo-student-ssa.lua
TX=$FIX/cases/tx-career-cluster.lua
PLAN=MO-2026-0001-IPE
AS="--as-of 2026-11-23"
: >"$TOP/mounts"
cleanup() {
	while read -r m; do umount -l "$m" 2>/dev/null; done <"$TOP/mounts"
	chmod -R u+w "$TOP" 2>/dev/null
	rm -rf "$TOP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

skip() { echo "skip - $*"; }

# the database's content, whatever its files look like (WAL or not)
dbdump() { sqlite3 "$1" .dump | sha256sum | cut -c1-64; }

# a command's exit: non-zero, and not death by a signal
failed_cleanly() {
	[ "$1" -ne 0 ] && [ "$1" -lt 128 ] || bad "exit $1: expected a non-zero exit, not a signal"
}

err_matches() { # extended regexp
	grep -qE -- "$1" "$T/err" || { bad "stderr does not match /$1/"; sed 's/^/       err: /' "$T/err" | head -n 10; }
}

no_export_left() { # FILE-or-DIR: nothing named like an export or its temp file
	left=$(find "$1" -name '*.xml*' 2>/dev/null | head -n 3)
	[ -z "$left" ] || bad "files left behind: $left"
}

# mount a tmpfs of SIZE at DIR; fails if mounting is not permitted here
tmpfs_at() {
	mkdir -p "$1"
	mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null || return 1
	echo "$1" >>"$TOP/mounts"
}

# fills the file system holding DIR, then frees KB kilobytes
fill_leaving() {
	dd if=/dev/zero of="$1/filler" bs=4096 2>/dev/null
	truncate -s "-$2K" "$1/filler"
	sync
}

# ulimit -f counts blocks of 512 bytes in dash, 1024 in bash: find out
probe=$TOP/ulimit-probe
( ulimit -f 2; head -c 1500 /dev/zero >"$probe"; true ) 2>/dev/null
if [ "$(stat -c %s "$probe")" = 1024 ]; then UNIT=512; else UNIT=1024; fi

# A case whose exported document is about 90 KB: larger than the SQLite
# shared-memory file (32 KB), so a file-size limit between the two lets the
# database open and stops the export file.
big_case() { # FILE TAG
	awk 'BEGIN { s = ""; for (i = 0; i < 3000; i++) s = s "Progress is reviewed each term. "; big = s }
	     { if ($0 ~ /progress_criteria =/) print "      progress_criteria = \"" big "\","; else print }' \
		"$MO" | sed -e "s/MO-2026-0001/MO-2026-$2/g" -e "s/P-MO-0001/P-MO-$2/" >"$1"
}

# --- (a) a file-size limit ---------------------------------------------------

t "file-size limit: an import that does not fit fails with a clear message, exits non-zero, changes nothing; once lifted it imports"
DB=$T/vrtool.db
run 0 vr --db "$DB" init
gen_cases "$T/c" L 0 85
run 0 vr --db "$DB" import "$T"/c/L0000[0-4].lua
before=$(dbdump "$DB")
lim=$(( ($(stat -c %s "$DB") + 64 * 1024) / UNIT ))
( ulimit -f "$lim"; exec "$VR_BIN" --db "$DB" import "$T"/c/L*.lua ) >"$T/out" 2>"$T/err"
rc=$?
failed_cleanly $rc
err_has "$DB"
err_matches "full|size limit|too large"   # (before 3135999: "disk I/O error")
err_matches "free|raise|space"          # what to do
err_has "nothing was imported"
out_lacks "imported "
ok test "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok
ok test "$before" = "$(dbdump "$DB")"
run 0 vr --db "$DB" audit verify
run 0 vr --db "$DB" import "$T"/c/L*.lua; out_has "85 file(s) imported"
ok test "$(sqlite3 "$DB" 'select count(*) from "case"')" = 85

t "file-size limit: export PLAN -o FILE and export --all fail cleanly: no file, no temp file, database unchanged"
DB=$T/vrtool.db
run 0 vr --db "$DB" init
big_case "$T/big1.lua" BIG1; big_case "$T/big2.lua" BIG2
run 0 vr --db "$DB" import "$T/big1.lua" "$T/big2.lua"
run 0 vr --db "$DB" export MO-2026-BIG1-IPE -o "$T/probe.xml"
ok test "$(stat -c %s "$T/probe.xml")" -gt 80000
rm -f "$T/probe.xml"
before=$(dbdump "$DB")
lim=$(( 48 * 1024 / UNIT ))
mkdir -p "$T/out1"
( ulimit -f "$lim"; exec "$VR_BIN" --db "$DB" export MO-2026-BIG1-IPE -o "$T/out1/plan.xml" ) >"$T/out" 2>"$T/err"
failed_cleanly $?
err_has "$T/out1/plan.xml"; err_matches "too large|size limit|full"
no_export_left "$T/out1"
( ulimit -f "$lim"; exec "$VR_BIN" --db "$DB" export --all -o "$T/all" ) >"$T/out" 2>"$T/err"
failed_cleanly $?
err_matches "too large|size limit|full"
no_export_left "$T/all"
ok test "$before" = "$(dbdump "$DB")"
ok test "$(sqlite3 "$DB" "select count(*) from audit where action = 'export'")" = 1
run 0 vr --db "$DB" audit verify

# --- (b) a full file system --------------------------------------------------

M=$TOP/full
if ! tmpfs_at "$M" 1m; then
	skip "full file system: mount -t tmpfs is not permitted here"
else
	t "full disk under the database: the import that fills it fails clearly, changes nothing; after space is freed it imports"
	DB=$M/vrtool.db
	run 0 vr --db "$DB" init
	gen_cases "$T/c" F 0 60
	run 0 vr --db "$DB" import "$T"/c/F0000[0-2].lua
	before=$(dbdump "$DB")
	fill_leaving "$M" 200
	run 0 vr --db "$DB" list   # (reads still work with a little room)
	vr --db "$DB" import "$T"/c/F*.lua >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_has "$DB"; err_matches "full"; err_has "nothing was imported"
	out_lacks "imported "
	ok test "$(sqlite3 "$DB" "PRAGMA integrity_check")" = ok
	ok test "$before" = "$(dbdump "$DB")"
	run 0 vr --db "$DB" audit verify
	rm -f "$M/filler"
	run 0 vr --db "$DB" import "$T"/c/F0000[3-9].lua; out_has "7 file(s) imported"

	t "full disk under the database: sign and amend fail clearly and change nothing"
	rm -f "$M/filler" "$M"/vrtool.db*
	run 0 vr --db "$DB" init
	run 0 vr --db "$DB" import "$MO"
	run 0 vr --db "$DB" sign $PLAN --role client --name "Avery Testcase" --identity photo-ID $AS
	before=$(dbdump "$DB")
	fill_leaving "$M" 36   # room for SQLite's 32 KB shared memory, not for a transaction
	vr --db "$DB" sign $PLAN --role counselor --name "Jordan Example" --identity photo-ID $AS >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_has "$DB"; err_matches "full"
	out_lacks "signed plan"
	vr --db "$DB" amend $PLAN --set goal.occupation=Baker --reason "disk test" $AS >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_has "$DB"; err_matches "full"; err_has "nothing was changed"
	rm -f "$M/filler"
	ok test "$before" = "$(dbdump "$DB")"
	run 0 vr --db "$DB" audit verify
	run 0 vr --db "$DB" sign $PLAN --role counselor --name "Jordan Example" --identity photo-ID $AS
	rm -f "$M"/vrtool.db*

	t "export onto a full file system: non-zero exit, clear message, no file and no temp file, database unchanged"
	DB=$T/vrtool.db
	run 0 vr --db "$DB" init
	gen_cases "$T/c" E 0 12
	run 0 vr --db "$DB" import "$T"/c/E*.lua
	before=$(dbdump "$DB")
	fill_leaving "$M" 0
	vr --db "$DB" export MO-2026-E00000-IPE -o "$M/plan.xml" >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_has "$M/plan.xml"; err_matches "No space left|full"
	no_export_left "$M"
	vr --db "$DB" export --all -o "$M/all" >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_matches "No space left|full"
	no_export_left "$M/all"
	ok test "$before" = "$(dbdump "$DB")"
	run 0 vr --db "$DB" audit verify

	t "export --all onto a file system with room for a few files: one process or several, the run leaves nothing"
	rm -f "$M/filler"; rm -rf "$M/all"
	fill_leaving "$M" 40
	VRTOOL_JOBS=1 vr --db "$DB" export --all -o "$M/all" >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_matches "No space left|full"
	err_has "nothing was written to $M/all and nothing recorded in the audit log"
	no_export_left "$M/all"
	ok test "$before" = "$(dbdump "$DB")"
	# (before issue 16, each of several processes kept the files it had
	# written: a failed run left some files, and their audit records)
	VRTOOL_JOBS=3 vr --db "$DB" export --all -o "$M/all" >"$T/out" 2>"$T/err"
	failed_cleanly $?
	err_matches "No space left|full"
	err_has "nothing was written to $M/all and nothing recorded in the audit log"
	no_export_left "$M/all"
	ok test -z "$(ls -A "$M/all")"
	ok test "$before" = "$(dbdump "$DB")"
	run 0 vr --db "$DB" audit verify
fi

# --- (c) read-only -----------------------------------------------------------

NB=""
if [ "$(id -u)" = 0 ]; then
	command -v setpriv >/dev/null && NB="setpriv --reuid=65534 --regid=65534 --clear-groups"
fi
if [ "$(id -u)" = 0 ] && [ -z "$NB" ]; then
	skip "read-only file: running as root without setpriv (root ignores file modes)"
else
	chmod 755 "$TOP"
	# nobody may not be able to read the checkout (a clone in a 0700
	# folder): a copy of vrtool, its data and the case files it imports,
	# all readable, found through $VRTOOL_DATADIR
	NBT=$TOP/nobody
	mkdir -p "$NBT/bin" "$NBT/share" "$NBT/cases"
	cp "$VR_BIN" "$NBT/bin/vrtool"
	cp -R "$ROOT/lua" "$ROOT/plugins" "$ROOT/templates" "$NBT/share/"
	cp "$FIX"/cases/*.lua "$NBT/cases/"
	chmod -R a+rX "$NBT"
	as() { $NB env VRTOOL_DATADIR="$NBT/share" "$NBT/bin/vrtool" "$@"; }
	NBMO=$NBT/cases/mo-student-ssa.lua
	NBTX=$NBT/cases/tx-career-cluster.lua

	t "a read-only database file (0400): writes fail with a clear 'read-only' message; reads work"
	R=$T/ro; mkdir -p "$R"; chmod 755 "$T"; chown 65534:65534 "$R" 2>/dev/null
	DB=$R/vrtool.db
	run 0 as --db "$DB" init
	run 0 as --db "$DB" import "$NBTX"
	# the Missouri plan imported and signed in time (so that check is clean)
	VRTOOL_NOW=2026-04-01T09:00:00Z run 0 as --db "$DB" import "$NBMO"
	for role in client counselor supervisor; do
		VRTOOL_NOW=2026-04-01T12:00:00Z run 0 as --db "$DB" sign $PLAN --role $role --identity photo-ID
	done
	chmod 0400 "$DB"
	# (as nobody: sqlite3 run by root would write, and tidy, the -wal and -shm)
	before=$($NB sqlite3 "$DB" .dump | sha256sum | cut -c1-64)
	run_nz() { "$@" >"$T/out" 2>"$T/err"; failed_cleanly $?; }
	run_nz as --db "$DB" import "$NBT/cases/ny-pros-working.lua"
	err_has "$DB"; err_has "read-only"; err_has "nothing was imported"
	run_nz as --db "$DB" sign TX-2026-0001-IEP --role client --identity photo-ID $AS
	err_has "read-only"
	run_nz as --db "$DB" sign $PLAN --withdraw 1 --reason "signed the wrong version" $AS
	err_has "read-only"
	run_nz as --db "$DB" amend $PLAN --set goal.occupation=Baker --reason x $AS
	err_has "read-only"; err_has "nothing was changed"
	# an export is recorded in the audit log, so it is a write too
	run_nz as --db "$DB" export $PLAN -o "$R/p.xml"
	err_has "read-only"; ok test ! -e "$R/p.xml"
	run 0 as --db "$DB" list; out_has "$PLAN"
	run 0 as --db "$DB" show MO-2026-0001; out_has "Avery Testcase"
	# (the Texas plan is not signed and its actions began: conduct errors, exit 1)
	run 1 as --db "$DB" check --all $AS
	out_has "tx.svc.iep-before-services [conduct]"; out_has "2 case(s), 2 plan(s) checked"
	run 0 as --db "$DB" verify $PLAN
	run 0 as --db "$DB" audit verify
	ok test "$before" = "$($NB sqlite3 "$DB" .dump | sha256sum | cut -c1-64)"

	t "the database made writable again (0600) takes writes again, though a reader left its -wal and -shm read-only"
	# (SQLite keeps the 0400 -shm a reader created while the file was
	# read-only; before 3135999 every write then said "read-only")
	chmod 0600 "$DB"
	run 0 as --db "$DB" import "$NBT/cases/ny-pros-working.lua"

	t "a read-only folder (the -wal and -shm cannot be created): writes fail clearly; reads work or say why not"
	rm -f "$DB-wal" "$DB-shm"
	chmod 0600 "$DB"
	chmod 0555 "$R"
	before=$(dbdump "$DB")  # (sqlite3 runs as root: it may create and remove -wal/-shm)
	rm -f "$DB-wal" "$DB-shm"
	run_nz as --db "$DB" import "$NBT/cases/tx-occupation.lua"
	err_has "$DB"; err_has "read-only"; err_matches "folder|directory|-wal|-shm"
	for cmd in "list" "show MO-2026-0001" "audit verify"; do
		as --db "$DB" $cmd >"$T/out" 2>"$T/err"
		rc=$?
		if [ $rc != 0 ]; then # SQLite needs the -shm to read a WAL database
			err_has "$DB"; err_matches "folder|directory|-wal|-shm"
		fi
	done
	# (before 3135999: "switching to WAL: the database is read-only; nothing was written")
	chmod 0755 "$R"
	ok test "$before" = "$(dbdump "$DB")"
fi

M=$TOP/romount
if ! tmpfs_at "$M" 4m; then
	skip "read-only file system: mount -t tmpfs is not permitted here"
else
	t "--db on a read-only file system: writes fail with a clear 'read-only' message; reads work or say why not"
	DB=$M/vrtool.db
	run 0 vr --db "$DB" init
	run 0 vr --db "$DB" import "$MO"
	before=$(dbdump "$DB")
	rm -f "$DB-wal" "$DB-shm"
	if mount -o remount,ro "$M" 2>/dev/null; then
		vr --db "$DB" import "$TX" >"$T/out" 2>"$T/err"
		failed_cleanly $?
		err_has "$DB"; err_has "read-only"
		for cmd in "list" "show MO-2026-0001" "audit verify"; do
			vr --db "$DB" $cmd >"$T/out" 2>"$T/err"
			if [ $? != 0 ]; then
				err_has "$DB"; err_matches "read-only"
			fi
		done
		# (before 3135999: "switching to WAL: input/output error: unable to open database file")
		ok test "$before" = "$(sqlite3 "file:$DB?immutable=1" .dump | sha256sum | cut -c1-64)"
	else
		skip "read-only file system: remount,ro is not permitted here"
	fi
fi

done_testing
