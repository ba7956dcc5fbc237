/*
 * store_sqlite.c - the SQLite backend of the store: the connection
 * (store_sqlite.h names the backend's other two files).
 *
 * A database is one file named by its path: every name that is not a URI.
 *
 * Durability: WAL journal with synchronous=FULL, so a commit that returned
 * is on disk, and a process killed at any instruction leaves the database
 * as it was before or after the transaction. busy_timeout makes concurrent
 * vrtool processes wait for each other; BEGIN IMMEDIATE takes the write
 * lock up front so a writer never fails half-way on an upgrade to it. The
 * same write lock is what keeps the audit chain one sequence: the chain's
 * head is read after it is taken and appended to before it is released.
 *
 * A database opened VR_STORE_READONLY is a file being examined (the source
 * of a backup, or a copy being verified): its failures are worded for that
 * (file_error: a file that is not a database is the user's input, a damaged
 * one fails verification), as `vrtool backup` has always reported them.
 */
#include "core/store_sqlite.h"
#include "core/date.h"
#include "core/error.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define COPY_STEP 1024          /* pages per backup step: 4 MiB at 4 KiB a page */
#define COPY_BUSY_SLEEP_MS 25

/* The folder a database file is in (its -wal and -shm are made there). */
static void dir_of(const char *path, char *out, size_t n)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		snprintf(out, n, ".");
	else
		snprintf(out, n, "%.*s", slash == path ? 1 : (int)(slash - path), path);
}

/*
 * SQLite does not always keep the system's error of a failed write (its
 * last errno is read after other calls have run), so for a write error
 * without one the likely causes are looked at: a full file system (less
 * than 1 MB left for this user), or a file-size limit that is set.
 */
static int write_errno(const char *path)
{
	char dir[4096];
	struct statvfs fs;
	struct rlimit rl;

	dir_of(path, dir, sizeof(dir));
	if (statvfs(dir, &fs) == 0 && (unsigned long long)fs.f_bavail * fs.f_frsize < (1u << 20))
		return ENOSPC;
	if (getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
		return EFBIG;
	return 0;
}

/* The words both kinds of error below share: a lock held too long, a full
 * disk (tail ends the sentence), no memory; 0 for another code. */
static int shared_error(int rc, const char *path, const char *what, const char *tail)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return vr_error_set(VR_EIO, "%s: %s: the database stayed locked by another "
				    "process for %d s; try again", path, what,
				    BUSY_TIMEOUT_MS / 1000);
	case SQLITE_FULL:
		return vr_error_set(VR_EIO, "%s: %s: the disk is full (or a file-size limit "
				    "was reached)%s", path, what, tail);
	case SQLITE_NOMEM:
		return vr_error_set(VR_ENOMEM, "%s: %s: out of memory", path, what);
	}
	return 0;
}

/* The words of the store for its own database. */
static int store_error(sq_store *s, int rc, const char *what)
{
	const char *m = s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	const char *path = s->base.name;
	int err;

	if (rc == SQLITE_BUSY_SNAPSHOT)
		return vr_error_set(VR_EIO, "%s: %s: another process changed the database while "
				    "this one was reading it; nothing was written; try again",
				    path, what);
	if (rc == SQLITE_BUSY_RECOVERY)
		return vr_error_set(VR_EIO, "%s: %s: another process is recovering the database "
				    "after a crash; nothing was written; try again", path, what);
	/* An I/O error says more by the system's error behind it. */
	if ((rc & 0xff) == SQLITE_IOERR || (rc & 0xff) == SQLITE_FULL ||
	    (rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY) {
		int e = s->db ? sqlite3_system_errno(s->db) : 0;
		if (e == 0 && (rc & 0xff) != SQLITE_CANTOPEN && (rc & 0xff) != SQLITE_READONLY)
			e = write_errno(path);
		if (e == ENOSPC || e == EDQUOT || ((rc & 0xff) == SQLITE_FULL && e != EFBIG))
			return vr_error_set(VR_EIO, "%s: %s: the disk is full; nothing was written: "
					    "free some space and try again", path, what);
		if (e == EFBIG)
			return vr_error_set(VR_EIO, "%s: %s: the database would grow past the "
					    "file-size limit (ulimit -f); nothing was written: raise "
					    "the limit and try again", path, what);
		if (e == EROFS)
			return vr_error_set(VR_EIO, "%s: %s: the database is on a read-only file "
					    "system; nothing was written", path, what);
	}
	if ((err = shared_error(rc, path, what, "; nothing was written")) != 0)
		return err;
	switch (rc & 0xff) {
	case SQLITE_READONLY:
		return vr_error_set(VR_EIO, "%s: %s: the database is read-only; nothing was "
				    "written", path, what);
	case SQLITE_IOERR:
	case SQLITE_CANTOPEN:
		return vr_error_set(VR_EIO, "%s: %s: input/output error: %s", path, what, m);
	case SQLITE_CORRUPT:
	case SQLITE_NOTADB:
		return vr_error_set(VR_EIO, "%s: %s: not a vrtool database, or damaged: %s",
				    path, what, m);
	case SQLITE_CONSTRAINT:
		return vr_error_set(VR_EINPUT, "%s: %s: %s", path, what, m);
	default:
		return vr_error_set(VR_EINTERNAL, "%s: %s: %s", path, what, m);
	}
}

/* The words of `vrtool backup` for a file it reads or checks: a file that
 * is not a database is the user's input (VR_EINPUT), a damaged one fails
 * verification (VR_EVERIFY). db (may be NULL) has the message. */
static int file_error(sqlite3 *db, int rc, const char *path, const char *what)
{
	const char *m = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);

	int err;

	if ((err = shared_error(rc, path, what, "")) != 0)
		return err;
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return vr_error_set(VR_EINPUT, "%s: %s: it is not a database", path, what);
	case SQLITE_CORRUPT:
		return vr_error_set(VR_EVERIFY, "%s: %s: the database is damaged (%s)", path, what,
				    m);
	default:
		return vr_error_set(VR_EIO, "%s: %s: %s", path, what, m);
	}
}

int vr_sqlite_error(sq_store *s, int rc, const char *what)
{
	if (s->examine)
		return file_error(s->db, rc, s->base.name, what);
	return store_error(s, rc, what);
}

/* The cached statement `id`, run with no parameters and no rows. */
static int run_id(sq_store *s, int id, const char *what)
{
	sqlite3_stmt *q = NULL;
	int err = stmt(s, id, &q);
	return err < 0 ? err : run(s, q, what);
}

/* Connection set-up and DDL only (the file's essay says why). */
static int exec(sq_store *s, const char *sqltext, const char *what)
{
	char *m = NULL;
	int rc = sqlite3_exec(s->db, sqltext, NULL, NULL, &m);

	sqlite3_free(m);
	return rc == SQLITE_OK ? 0 : vr_sqlite_error(s, rc, what);
}

/* --- opening ------------------------------------------------------------- */

static int sq_schema_version(vr_store *st, int *version)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int rc = prepare(s, Q_SCHEMA_VERSION, &q);

	if (rc != SQLITE_OK) {
		if ((rc & 0xff) == SQLITE_ERROR)   /* no such table */
			return vr_error_set(VR_EINPUT, "%s is not a vrtool database (it has no "
					    "schema_migrations table)", st->name);
		return vr_sqlite_error(s, rc, "reading the schema version");
	}
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? 0 : vr_sqlite_error(s, rc, "reading the schema version");
}

static int sq_begin(vr_store *st, int write)
{
	return run_id(SQ(st), write ? Q_BEGIN_WRITE : Q_BEGIN_READ, write ?
		      "starting a transaction" : "starting a read transaction");
}

static int sq_commit(vr_store *st)
{
	return run_id(SQ(st), Q_COMMIT, "committing");
}

static void sq_rollback(vr_store *st)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;

	/* A failed ROLLBACK after an I/O error means SQLite already rolled
	 * back; either way the transaction is gone. Without the cached
	 * statement (out of memory), exec's own is tried. */
	if (prepare(s, Q_ROLLBACK, &q) == SQLITE_OK) {
		(void)sqlite3_step(q);
		sqlite3_reset(q);
	} else {
		(void)sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	}
}

static int migrate(sq_store *s)
{
	int have = 0, err, n = VR_STORE_SCHEMA_VERSION;
	sqlite3_stmt *q = NULL;
	char now[32];
	int rc;

	if ((err = exec(s, "CREATE TABLE IF NOT EXISTS schema_migrations ("
			"version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
			"creating the migrations table")) < 0)
		return err;
	if ((err = sq_schema_version(&s->base, &have)) < 0)
		return err;
	if (have > n)
		return vr_error_set(VR_EIO, "%s: the database has schema version %d, newer "
				    "than this vrtool (%d); upgrade vrtool", s->base.name, have, n);
	for (int v = have + 1; v <= n; v++) {
		if ((err = sq_begin(&s->base, 1)) < 0)
			return err;
		/* Another process may have migrated while we waited for the lock. */
		if ((err = stmt(s, Q_MIGRATION_HAS, &q)) < 0 || (err = bind_int(s, q, 1, v)) < 0) {
			sq_rollback(&s->base);
			return err;
		}
		rc = sqlite3_step(q);
		sqlite3_reset(q);
		if (rc == SQLITE_ROW) {
			sq_rollback(&s->base);
			continue;
		}
		if (rc != SQLITE_DONE) {
			err = vr_sqlite_error(s, rc, "reading the schema version");
			sq_rollback(&s->base);
			return err;
		}
		vr_time_now_iso(now);
		if ((err = exec(s, vr_sqlite_migrations[v - 1], "applying a schema migration")) < 0 ||
		    (err = stmt(s, Q_MIGRATION_ADD, &q)) < 0 || (err = bind_int(s, q, 1, v)) < 0 ||
		    (err = bind_text(s, q, 2, now)) < 0 ||
		    (err = run(s, q, "recording a schema migration")) < 0 ||
		    (err = sq_commit(&s->base)) < 0) {
			sq_rollback(&s->base);
			return err;
		}
	}
	return 0;
}

/* Why SQLite could not put a database into WAL mode: it creates the -wal
 * and -shm files beside the database, and reads need them too. */
static int wal_refused(sq_store *s, int err)
{
	char dir[4096];
	struct statvfs fs;

	dir_of(s->base.name, dir, sizeof(dir));
	if (statvfs(dir, &fs) == 0 && (fs.f_flag & ST_RDONLY))
		return vr_error_set(VR_EIO, "%s: the database is on a read-only file system, and "
				    "SQLite must create its -wal and -shm files beside it, even to "
				    "read it; copy it to a writable place to use it", s->base.name);
	if (access(dir, W_OK) != 0)
		return vr_error_set(VR_EIO, "%s: the folder %s is read-only for this user, and "
				    "SQLite must create the database's -wal and -shm files in it, "
				    "even to read it; make the folder writable, or copy the "
				    "database to a writable folder", s->base.name, dir);
	return err;
}

/* A -wal or -shm file another user's read left without write permission
 * (SQLite gives them the database's mode, which may have been 0400 then)
 * makes every later write fail as "read-only" although the database is
 * writable now: such files of ours are given 0600 again. */
static void repair_side_files(const char *path)
{
	static const char *const ext[] = { "-wal", "-shm" };
	char side[4096];
	struct stat st;

	if (access(path, W_OK) != 0)
		return;
	for (int i = 0; i < 2; i++) {
		snprintf(side, sizeof(side), "%s%s", path, ext[i]);
		if (lstat(side, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
		    !(st.st_mode & S_IWUSR))
			(void)chmod(side, 0600); /* best effort: SQLite reports it if not */
	}
}

/* Every name that is not a URI is a path. */
static int sq_accepts(const char *name)
{
	return !strstr(name, "://");
}

static int sq_open(vr_store *st)
{
	sq_store *s = SQ(st);
	const char *path = st->name;
	int ro = st->mode == VR_STORE_READONLY;
	struct stat sb;
	int rc, err, fd;

	if (stat(path, &sb) != 0) {
		if (errno != ENOENT)
			return vr_error_set(VR_EIO, "%s: %s", path, strerror(errno));
		if (st->mode != VR_STORE_CREATE)
			return vr_error_set(VR_ENOTFOUND, "no database at %s: run `vrtool init` "
					    "first, or name one with --db or $VRTOOL_DB", path);
		/* Create it ourselves so that it is 0600 from the first byte; SQLite
		 * gives the WAL and shared-memory files the same mode. */
		fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return vr_error_set(VR_EIO, "cannot create %s: %s", path, strerror(errno));
		if (fd >= 0 && close(fd) != 0)
			return vr_error_set(VR_EIO, "cannot create %s: %s", path, strerror(errno));
	} else if (!S_ISREG(sb.st_mode)) {
		return vr_error_set(VR_EINPUT, "%s is not a regular file", path);
	}
	s->examine = ro;
	if (!ro)
		repair_side_files(path);
	rc = sqlite3_open_v2(path, &s->db, (ro ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
			     SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK)
		return vr_sqlite_error(s, rc, ro ? "opening it" : "opening");
	if ((rc = sqlite3_extended_result_codes(s->db, 1)) != SQLITE_OK)
		return vr_sqlite_error(s, rc, "setting up the connection");
	if ((rc = sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS)) != SQLITE_OK)
		return vr_sqlite_error(s, rc, "setting the busy timeout");
	if (ro)
		return 0;
	if ((err = exec(s, "PRAGMA journal_mode = WAL", "switching to WAL")) < 0)
		return wal_refused(s, err);
	if ((err = exec(s, "PRAGMA synchronous = FULL", "setting synchronous")) < 0 ||
	    (err = exec(s, "PRAGMA foreign_keys = ON", "enabling foreign keys")) < 0)
		return err;
	return migrate(s);
}

static void sq_close(vr_store *st)
{
	sq_store *s = SQ(st);

	for (int i = 0; i < Q_COUNT_MAX; i++)
		sqlite3_finalize(s->q[i]);   /* returns the statement's last error, not its own */
	/* With every statement finalized close cannot be busy; if it were,
	 * close_v2 lets SQLite release the connection when it can. */
	if (s->db && sqlite3_close(s->db) != SQLITE_OK)
		(void)sqlite3_close_v2(s->db);
	s->db = NULL;
}

/* --- the database as a whole --------------------------------------------- */

/*
 * SQLite's online backup API from this connection into the file dest: a
 * connection of its own with no journal (nothing to roll back into: a
 * failed copy is discarded) and no syncs (the caller syncs the finished
 * file once), COPY_STEP pages per sqlite3_backup_step, BUSY and LOCKED
 * retried after a short sleep for up to the busy timeout, as SQLite's
 * documentation of the backup API says to.
 */
static int sq_copy(vr_store *st, const char *dest, vr_store_progress_fn fn, void *ud,
		   long long *pages)
{
	sq_store *s = SQ(st);
	sqlite3 *dst = NULL;
	sqlite3_backup *b = NULL;
	char *m = NULL;
	int rc, err = 0, busy_ms = 0;

	*pages = 0;
	rc = sqlite3_open_v2(dest, &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL);
	if (rc != SQLITE_OK) {
		err = file_error(dst, rc, dest, "opening the temporary copy");
		goto done;
	}
	if ((rc = sqlite3_extended_result_codes(dst, 1)) != SQLITE_OK ||
	    (rc = sqlite3_exec(dst, "PRAGMA journal_mode = OFF", NULL, NULL, &m)) != SQLITE_OK ||
	    (rc = sqlite3_exec(dst, "PRAGMA synchronous = OFF", NULL, NULL, &m)) != SQLITE_OK) {
		err = file_error(dst, rc, dest, "setting up the copy");
		goto done;
	}
	if (!(b = sqlite3_backup_init(dst, "main", s->db, "main"))) {
		err = file_error(dst, sqlite3_errcode(dst), dest, "starting the copy");
		goto done;
	}
	for (;;) {
		rc = sqlite3_backup_step(b, COPY_STEP);
		if (rc == SQLITE_OK || rc == SQLITE_DONE) {
			long long total = sqlite3_backup_pagecount(b);
			busy_ms = 0;
			if (fn && fn(ud, total - sqlite3_backup_remaining(b), total)) {
				err = vr_error_set(VR_EIO, "interrupted");
				break;
			}
			if (rc == SQLITE_DONE)
				break;
			continue;
		}
		if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED) {
			if (busy_ms >= BUSY_TIMEOUT_MS)
				break;   /* finish reports it */
			(void)sqlite3_sleep(COPY_BUSY_SLEEP_MS);
			busy_ms += COPY_BUSY_SLEEP_MS;
			continue;
		}
		break;
	}
	*pages = sqlite3_backup_pagecount(b);
	/* finish gives the error of the last step, if any */
	if ((rc = sqlite3_backup_finish(b)) != SQLITE_OK && err == 0)
		err = file_error(dst, rc, st->name, "copying it");
done:
	sqlite3_free(m);
	if (dst && (rc = sqlite3_close(dst)) != SQLITE_OK && err == 0)
		err = file_error(NULL, rc, dest, "closing the copy");
	return err;
}

/* PRAGMA integrity_check: "ok", or the first problems SQLite names. */
static int sq_check(vr_store *st, const char *what, const char *copy_of)
{
	sq_store *s = SQ(st);
	const char *path = copy_of ? copy_of : st->name;
	sqlite3_stmt *q = NULL;
	char why[512] = "";
	size_t used = 0;
	int rc, rows = 0, ok = 0;

	if ((rc = prepare(s, Q_INTEGRITY, &q)) != SQLITE_OK)
		return file_error(s->db, rc, path, "checking its integrity");
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		const char *m = (const char *)sqlite3_column_text(q, 0);
		if (!m)
			m = "";
		if (rows++ == 0 && !strcmp(m, "ok"))
			ok = 1;
		else if (used < sizeof(why) - 1)
			used += (size_t)snprintf(why + used, sizeof(why) - used, "%s%s",
						 used ? "; " : "", m);
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return file_error(s->db, rc, path, "checking its integrity");
	if (!ok || rows != 1)
		return vr_error_set(VR_EVERIFY, "%s fails SQLite's integrity check: %s%s", what,
				    *why ? why : "no answer", copy_of ? "; the database itself "
				    "may be damaged: `sqlite3 DB 'PRAGMA integrity_check'` says "
				    "where" : "");
	return 0;
}

const vr_store_ops vr_store_sqlite_ops = {
	.name = "sqlite",
	.size = sizeof(sq_store),
	.accepts = sq_accepts,
	.open = sq_open,
	.close = sq_close,
	.schema_version = sq_schema_version,
	.begin = sq_begin,
	.commit = sq_commit,
	.rollback = sq_rollback,
	.put_person = vr_sqlite_put_person,
	.put_case = vr_sqlite_put_case,
	.clear_events = vr_sqlite_clear_events,
	.add_event = vr_sqlite_add_event,
	.clear_staff = vr_sqlite_clear_staff,
	.add_staff = vr_sqlite_add_staff,
	.add_plan = vr_sqlite_add_plan,
	.add_version = vr_sqlite_add_version,
	.audit_head = vr_sqlite_audit_head,
	.audit_append = vr_sqlite_audit_append,
	.add_signature = vr_sqlite_add_signature,
	.add_withdrawal = vr_sqlite_add_withdrawal,
	.add_key = vr_sqlite_add_key,
	.get_plan = vr_sqlite_get_plan,
	.get_case = vr_sqlite_get_case,
	.get_version = vr_sqlite_get_version,
	.latest = vr_sqlite_latest,
	.get_key = vr_sqlite_get_key,
	.next_case = vr_sqlite_next_case,
	.has_seal = vr_sqlite_has_seal,
	.case_has_event = vr_sqlite_case_has_event,
	.count = vr_sqlite_count,
	.versions = vr_sqlite_versions,
	.signatures = vr_sqlite_signatures,
	.plans = vr_sqlite_plans,
	.caseload = vr_sqlite_caseload,
	.case_page = vr_sqlite_case_page,
	.audit_page = vr_sqlite_audit_page,
	.events = vr_sqlite_events,
	.staff = vr_sqlite_staff,
	.keys = vr_sqlite_keys,
	.updated = vr_sqlite_updated,
	.copy = sq_copy,
	.check = sq_check,
};
