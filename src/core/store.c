/*
 * store.c - SQLite implementation of store.h.
 *
 * Schema changes are migrations: numbered SQL scripts applied in order, each
 * in its own transaction, recorded in schema_migrations. A database newer
 * than this binary is refused rather than misread.
 *
 * Durability: WAL journal with synchronous=FULL, so a commit that returned
 * is on disk, and a process killed at any instruction leaves the database
 * as it was before or after the transaction. busy_timeout makes concurrent
 * vrtool processes wait for each other; BEGIN IMMEDIATE takes the write
 * lock up front so a writer never fails half-way on an upgrade to it.
 *
 * Prepared statements are cached per store (stmt()), since a caseload run
 * issues the same few statements tens of thousands of times.
 */
#include "core/store.h"
#include "core/date.h"
#include "core/error.h"
#include "core/buf.h"
#include "core/sign.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 60000

enum {
	Q_PUT_PERSON, Q_PUT_CASE, Q_CLEAR_EVENTS, Q_ADD_EVENT, Q_GET_PLAN,
	Q_PUT_PLAN, Q_ADD_VERSION, Q_AUDIT_LAST, Q_AUDIT_ADD, Q_GET_CASE,
	Q_GET_VERSION, Q_GET_LATEST, Q_LATEST, Q_EACH_VERSION, Q_EACH_CASE,
	Q_EACH_CASE_AGENCY, Q_EACH_LATEST, Q_ADD_SIG, Q_PLAN_VERSIONS, Q_CLEAR_STAFF,
	Q_ADD_STAFF, Q_CASELOAD, Q_CASELOAD_OF, Q_NEXT_CASE, Q_EACH_SIG, Q_ADD_WITHDRAWAL,
	Q_HAS_EVENT, Q_PLAN_VERSIONS_META, Q_COUNT_MAX
};

struct vr_store {
	sqlite3 *db;
	char *path;
	sqlite3_stmt *q[Q_COUNT_MAX];
	int in_tx;
};

static const char *const migrations[] = {
	/* 1: the foundation schema */
	"CREATE TABLE person ("
	"  id TEXT PRIMARY KEY,"
	"  xml TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE TABLE \"case\" ("
	"  id TEXT PRIMARY KEY,"
	"  person_id TEXT NOT NULL REFERENCES person(id),"
	"  agency TEXT NOT NULL,"
	"  program TEXT,"
	"  status TEXT,"
	"  xml TEXT NOT NULL,"
	"  updated_at TEXT NOT NULL);"
	"CREATE INDEX case_agency ON \"case\"(agency, id);"
	"CREATE TABLE event ("
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  seq INTEGER NOT NULL,"
	"  kind TEXT NOT NULL,"
	"  date TEXT,"
	"  PRIMARY KEY (case_id, seq));"
	"CREATE INDEX event_kind_date ON event(kind, date);"
	"CREATE TABLE case_staff ("
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  staff_id TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  PRIMARY KEY (case_id, staff_id, role));"
	"CREATE INDEX case_staff_staff ON case_staff(staff_id);"
	"CREATE TABLE plan ("
	"  id TEXT PRIMARY KEY,"
	"  case_id TEXT NOT NULL REFERENCES \"case\"(id),"
	"  kind TEXT NOT NULL);"
	"CREATE INDEX plan_case ON plan(case_id);"
	"CREATE TABLE plan_version ("
	"  plan_id TEXT NOT NULL REFERENCES plan(id),"
	"  version INTEGER NOT NULL CHECK (version >= 1),"
	"  date TEXT NOT NULL,"
	"  digest TEXT NOT NULL CHECK (length(digest) = 64),"
	"  xml TEXT NOT NULL,"
	"  created_at TEXT NOT NULL,"
	"  PRIMARY KEY (plan_id, version));"
	"CREATE TABLE signature ("
	"  id INTEGER PRIMARY KEY,"
	"  plan_id TEXT NOT NULL,"
	"  version INTEGER NOT NULL,"
	"  digest TEXT NOT NULL,"
	"  role TEXT NOT NULL,"
	"  signer_id TEXT,"
	"  signer_name TEXT NOT NULL,"
	"  method TEXT NOT NULL,"
	"  meaning TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  record TEXT NOT NULL,"
	"  seal TEXT,"
	"  key_id TEXT,"
	"  FOREIGN KEY (plan_id, version) REFERENCES plan_version(plan_id, version));"
	"CREATE TABLE audit ("
	"  seq INTEGER PRIMARY KEY,"
	"  at TEXT NOT NULL,"
	"  actor TEXT NOT NULL,"
	"  action TEXT NOT NULL,"
	"  object TEXT NOT NULL,"
	"  detail TEXT NOT NULL,"
	"  prev_hash TEXT NOT NULL,"
	"  hash TEXT NOT NULL);"
	"CREATE TRIGGER audit_append_only_u BEFORE UPDATE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER audit_append_only_d BEFORE DELETE ON audit"
	"  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
	"CREATE TRIGGER plan_version_immutable_u BEFORE UPDATE ON plan_version"
	"  BEGIN SELECT RAISE(ABORT, 'plan versions are immutable: amend instead'); END;"
	"CREATE TRIGGER plan_version_immutable_d BEFORE DELETE ON plan_version"
	"  BEGIN SELECT RAISE(ABORT, 'plan versions are immutable: amend instead'); END;"
	"CREATE TRIGGER signature_immutable_u BEFORE UPDATE ON signature"
	"  BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;"
	"CREATE TRIGGER signature_immutable_d BEFORE DELETE ON signature"
	"  BEGIN SELECT RAISE(ABORT, 'signatures are immutable'); END;",
	/* 2: the installation's sealing keys; what a signature records */
	"CREATE TABLE install_key ("
	"  id TEXT PRIMARY KEY,"
	"  public_key TEXT NOT NULL,"
	"  created_at TEXT NOT NULL);"
	"ALTER TABLE signature ADD COLUMN intent TEXT;"
	"ALTER TABLE signature ADD COLUMN identity TEXT;"
	"ALTER TABLE signature ADD COLUMN scan_sha256 TEXT;"
	"CREATE TRIGGER install_key_immutable_u BEFORE UPDATE ON install_key"
	"  BEGIN SELECT RAISE(ABORT, 'keys are immutable'); END;"
	"CREATE TRIGGER install_key_immutable_d BEFORE DELETE ON install_key"
	"  BEGIN SELECT RAISE(ABORT, 'keys are immutable'); END;",
	/* 3: the value tree of each stored document in the binary encoding of
	 * vr_val_encode, beside its XML, so that reading a case does not parse
	 * XML again (docs/architecture.md, "Stored values"). NULL in rows
	 * written before this migration: those are read from their XML. */
	"ALTER TABLE person ADD COLUMN val BLOB;"
	"ALTER TABLE \"case\" ADD COLUMN val BLOB;"
	"ALTER TABLE plan_version ADD COLUMN val BLOB;",
	/* 4: a plan's life (docs/architecture.md, "A plan's life"): what a
	 * signer was shown (the conduct findings, by rule id), who recorded a
	 * wet-ink signature, and withdrawals: a mistaken signature is never
	 * changed or deleted; a sealed withdrawal record says it counts for
	 * nothing, once, with a reason */
	"ALTER TABLE signature ADD COLUMN seen TEXT;"
	"ALTER TABLE signature ADD COLUMN recorded_by TEXT;"
	"CREATE TABLE signature_withdrawal ("
	"  id INTEGER PRIMARY KEY,"
	"  signature_id INTEGER NOT NULL UNIQUE REFERENCES signature(id),"
	"  plan_id TEXT NOT NULL,"
	"  reason TEXT NOT NULL CHECK (length(reason) > 0),"
	"  by TEXT NOT NULL,"
	"  at TEXT NOT NULL,"
	"  record TEXT NOT NULL,"
	"  seal TEXT NOT NULL,"
	"  key_id TEXT NOT NULL);"
	"CREATE INDEX signature_withdrawal_plan ON signature_withdrawal(plan_id);"
	"CREATE TRIGGER signature_withdrawal_immutable_u BEFORE UPDATE ON signature_withdrawal"
	"  BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END;"
	"CREATE TRIGGER signature_withdrawal_immutable_d BEFORE DELETE ON signature_withdrawal"
	"  BEGIN SELECT RAISE(ABORT, 'withdrawals are immutable'); END;",
	/* 5: a job's `end` is `end_date` (model.h, vr_model_renamed). A case
	 * stored with the old name is read again from its XML, whose reader
	 * reads <end> as end_date, until it is next written: its stored value
	 * tree, which a plugin would see with the old name, is dropped. */
	"UPDATE \"case\" SET val = NULL WHERE val IS NOT NULL AND xml LIKE '%<end>%';",
};
/* backup.c and `vrtool backup` compare with VR_STORE_SCHEMA_VERSION: one
 * number, kept with the list */
_Static_assert(sizeof(migrations) / sizeof(*migrations) == VR_STORE_SCHEMA_VERSION,
	       "VR_STORE_SCHEMA_VERSION must be the number of migrations");

static const char *const sql[Q_COUNT_MAX] = {
	[Q_PUT_PERSON] = "INSERT INTO person(id, xml, updated_at, val) VALUES (?1, ?2, ?3, ?4)"
		" ON CONFLICT(id) DO UPDATE SET xml = excluded.xml, val = excluded.val,"
		" updated_at = excluded.updated_at WHERE xml <> excluded.xml",
	[Q_PUT_CASE] = "INSERT INTO \"case\"(id, person_id, agency, program, status, xml,"
		" updated_at, val) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
		" ON CONFLICT(id) DO UPDATE SET person_id = excluded.person_id,"
		" agency = excluded.agency, program = excluded.program,"
		" status = excluded.status, xml = excluded.xml, val = excluded.val,"
		" updated_at = excluded.updated_at WHERE xml <> excluded.xml"
		" OR person_id <> excluded.person_id",
	[Q_CLEAR_EVENTS] = "DELETE FROM event WHERE case_id = ?1",
	[Q_ADD_EVENT] = "INSERT INTO event(case_id, seq, kind, date) VALUES (?1, ?2, ?3, ?4)",
	[Q_GET_PLAN] = "SELECT case_id, kind FROM plan WHERE id = ?1",
	[Q_PUT_PLAN] = "INSERT INTO plan(id, case_id, kind) VALUES (?1, ?2, ?3)",
	[Q_ADD_VERSION] = "INSERT INTO plan_version(plan_id, version, date, digest, xml,"
		" created_at, val) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
	[Q_AUDIT_LAST] = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1",
	[Q_AUDIT_ADD] = "INSERT INTO audit(seq, at, actor, action, object, detail,"
		" prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_GET_CASE] = "SELECT c.id, c.person_id, c.agency, c.program, c.status, c.xml,"
		" p.xml, c.val, p.val FROM \"case\" c JOIN person p ON p.id = c.person_id WHERE c.id = ?1",
	[Q_GET_VERSION] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan_version v"
		" JOIN plan p ON p.id = v.plan_id WHERE v.plan_id = ?1 AND v.version = ?2",
	[Q_GET_LATEST] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan_version v"
		" JOIN plan p ON p.id = v.plan_id WHERE v.plan_id = ?1"
		" ORDER BY v.version DESC LIMIT 1",
	[Q_LATEST] = "SELECT version, digest FROM plan_version WHERE plan_id = ?1"
		" ORDER BY version DESC LIMIT 1",
	[Q_EACH_VERSION] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.case_id = ?1"
		" ORDER BY p.id, v.version",
	[Q_EACH_LATEST] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.case_id = ?1"
		" AND v.version = (SELECT max(version) FROM plan_version WHERE plan_id = p.id)"
		" ORDER BY p.id",
	[Q_PLAN_VERSIONS] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, v.xml, v.created_at, v.val FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.id = ?1"
		" ORDER BY v.version",
	[Q_CLEAR_STAFF] = "DELETE FROM case_staff WHERE case_id = ?1",
	[Q_ADD_STAFF] = "INSERT OR IGNORE INTO case_staff(case_id, staff_id, role) VALUES (?1, ?2, ?3)",
	[Q_CASELOAD] = "SELECT s.staff_id, s.role, count(*) FROM case_staff s"
		" JOIN \"case\" c ON c.id = s.case_id"
		" WHERE c.agency = ?1 AND coalesce(c.status, 'open') <> 'closed'"
		" GROUP BY s.staff_id, s.role ORDER BY s.staff_id, s.role",
	/* the same for the staff of one case only: CROSS JOIN keeps the order
	 * (that case's staff, then their rows through case_staff_staff), so
	 * the cost is their caseloads, not the agency's cases */
	[Q_CASELOAD_OF] = "SELECT s.staff_id, s.role, count(*)"
		" FROM (SELECT DISTINCT staff_id FROM case_staff WHERE case_id = ?2) me"
		" CROSS JOIN case_staff s ON s.staff_id = me.staff_id"
		" CROSS JOIN \"case\" c ON c.id = s.case_id"
		" WHERE c.agency = ?1 AND coalesce(c.status, 'open') <> 'closed'"
		" GROUP BY s.staff_id, s.role ORDER BY s.staff_id, s.role",
	[Q_EACH_SIG] = "SELECT g.id, g.plan_id, g.version, g.digest, g.role, g.signer_id,"
		" g.signer_name, g.method, g.meaning, g.at, g.record, g.seal, g.key_id, g.intent,"
		" g.identity, g.scan_sha256, g.seen, g.recorded_by, w.id, w.reason, w.by, w.at,"
		" w.record, w.seal, w.key_id FROM signature g"
		" LEFT JOIN signature_withdrawal w ON w.signature_id = g.id"
		" WHERE g.plan_id = ?1 ORDER BY g.id",
	/* as Q_PLAN_VERSIONS without the documents (a plan's lifecycle) */
	[Q_PLAN_VERSIONS_META] = "SELECT v.plan_id, p.case_id, p.kind, v.version, v.date,"
		" v.digest, '', v.created_at, NULL FROM plan p"
		" JOIN plan_version v ON v.plan_id = p.id WHERE p.id = ?1"
		" ORDER BY v.version",
	[Q_HAS_EVENT] = "SELECT 1 FROM event WHERE case_id = ?1 AND kind = ?2 LIMIT 1",
	[Q_ADD_WITHDRAWAL] = "INSERT INTO signature_withdrawal(signature_id, plan_id, reason,"
		" by, at, record, seal, key_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
	[Q_NEXT_CASE] = "SELECT c.id FROM \"case\" c WHERE c.id > ?1"
		" AND (?2 IS NULL OR c.agency = ?2)"
		" AND (?3 IS NULL OR EXISTS (SELECT 1 FROM case_staff s WHERE s.case_id = c.id"
		" AND s.staff_id = ?3)) ORDER BY c.id LIMIT 1",
	[Q_EACH_CASE] = "SELECT id, agency FROM \"case\" WHERE id > ?1 ORDER BY id LIMIT 512",
	[Q_ADD_SIG] = "INSERT INTO signature(plan_id, version, digest, role, signer_id,"
		" signer_name, method, meaning, at, record, seal, key_id, intent, identity,"
		" scan_sha256, seen, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,"
		" ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
	[Q_EACH_CASE_AGENCY] = "SELECT id, agency FROM \"case\" WHERE id > ?1 AND agency = ?2"
		" ORDER BY id LIMIT 512",
};

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

/* Turns an SQLite result code into a vr_err with a message saying what
 * was being done and, for the codes a user can act on, what to do. */
static int sqlerr(vr_store *s, int rc, const char *what)
{
	const char *m = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc);
	const char *path = s && s->path ? s->path : "database";

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
		int e = s && s->db ? sqlite3_system_errno(s->db) : 0;
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
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return vr_error_set(VR_EIO, "%s: %s: the database stayed locked by another "
				    "process for %d s; try again", path, what,
				    BUSY_TIMEOUT_MS / 1000);
	case SQLITE_FULL:
		return vr_error_set(VR_EIO, "%s: %s: the disk is full (or a file-size limit "
				    "was reached); nothing was written", path, what);
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
	case SQLITE_NOMEM:
		return vr_error_set(VR_ENOMEM, "%s: %s: out of memory", path, what);
	case SQLITE_CONSTRAINT:
		return vr_error_set(VR_EINPUT, "%s: %s: %s", path, what, m);
	default:
		return vr_error_set(VR_EINTERNAL, "%s: %s: %s", path, what, m);
	}
}

static int stmt(vr_store *s, int id, sqlite3_stmt **out)
{
	int rc;

	if (!s->q[id]) {
		rc = sqlite3_prepare_v2(s->db, sql[id], -1, &s->q[id], NULL);
		if (rc != SQLITE_OK)
			return sqlerr(s, rc, "preparing a query");
	} else {
		sqlite3_reset(s->q[id]);
		sqlite3_clear_bindings(s->q[id]);
	}
	*out = s->q[id];
	return 0;
}

static int bind_int(vr_store *s, sqlite3_stmt *q, int i, long long v)
{
	int rc = sqlite3_bind_int64(q, i, v);
	return rc == SQLITE_OK ? 0 : sqlerr(s, rc, "binding a value");
}

static int bind_text(vr_store *s, sqlite3_stmt *q, int i, const char *v)
{
	int rc = v ? sqlite3_bind_text(q, i, v, -1, SQLITE_TRANSIENT)
		   : sqlite3_bind_null(q, i);
	return rc == SQLITE_OK ? 0 : sqlerr(s, rc, "binding a value");
}

/* Steps a statement that returns no rows. */
static int run(vr_store *s, sqlite3_stmt *q, const char *what)
{
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : sqlerr(s, rc, what);
}

static int exec(vr_store *s, const char *sqltext, const char *what)
{
	char *m = NULL;
	int rc = sqlite3_exec(s->db, sqltext, NULL, NULL, &m);

	sqlite3_free(m);
	return rc == SQLITE_OK ? 0 : sqlerr(s, rc, what);
}

static char *dup_col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? strdup((const char *)t) : NULL;
}

static int bind_blob(vr_store *s, sqlite3_stmt *q, int i, const vr_blob *b)
{
	int rc = b && b->ptr ? sqlite3_bind_blob(q, i, b->ptr, (int)b->len, SQLITE_TRANSIENT)
			     : sqlite3_bind_null(q, i);
	return rc == SQLITE_OK ? 0 : sqlerr(s, rc, "binding a value");
}

/* A copy of a BLOB column; { NULL, 0 } when it is NULL. -1 out of memory. */
static int dup_blob(sqlite3_stmt *q, int i, vr_blob *out)
{
	const void *p = sqlite3_column_blob(q, i);
	size_t n = (size_t)sqlite3_column_bytes(q, i);

	out->ptr = NULL;
	out->len = 0;
	if (!p)
		return sqlite3_column_type(q, i) == SQLITE_NULL || n == 0 ? 0 : -1;
	if (!(out->ptr = malloc(n)))
		return -1;
	memcpy(out->ptr, p, n);
	out->len = n;
	return 0;
}

static int migrate(vr_store *s)
{
	int have = 0, err, n = (int)(sizeof(migrations) / sizeof(*migrations));
	sqlite3_stmt *q = NULL;
	char now[32], ins[160];
	int rc;

	if ((err = exec(s, "CREATE TABLE IF NOT EXISTS schema_migrations ("
			"version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
			"creating the migrations table")) < 0)
		return err;
	if ((err = vr_store_schema_version(s, &have)) < 0)
		return err;
	if (have > n)
		return vr_error_set(VR_EIO, "%s: the database has schema version %d, newer "
				    "than this vrtool (%d); upgrade vrtool", s->path, have, n);
	for (int v = have + 1; v <= n; v++) {
		if ((err = vr_store_begin(s)) < 0)
			return err;
		/* Another process may have migrated while we waited for the lock. */
		rc = sqlite3_prepare_v2(s->db, "SELECT 1 FROM schema_migrations WHERE "
					"version = ?1", -1, &q, NULL);
		if (rc != SQLITE_OK) {
			vr_store_rollback(s);
			return sqlerr(s, rc, "reading the schema version");
		}
		rc = sqlite3_bind_int(q, 1, v);
		if (rc == SQLITE_OK)
			rc = sqlite3_step(q);
		sqlite3_finalize(q);
		if (rc == SQLITE_ROW) {
			vr_store_rollback(s);
			continue;
		}
		if (rc != SQLITE_DONE) {
			vr_store_rollback(s);
			return sqlerr(s, rc, "reading the schema version");
		}
		vr_time_now_iso(now);
		snprintf(ins, sizeof(ins), "INSERT INTO schema_migrations VALUES (%d, '%s')",
			 v, now);
		if ((err = exec(s, migrations[v - 1], "applying a schema migration")) < 0 ||
		    (err = exec(s, ins, "recording a schema migration")) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			return err;
		}
	}
	return 0;
}

/* Why SQLite could not put a database into WAL mode: it creates the -wal
 * and -shm files beside the database, and reads need them too. */
static int wal_refused(vr_store *s, int err)
{
	char dir[4096];
	struct statvfs fs;

	dir_of(s->path, dir, sizeof(dir));
	if (statvfs(dir, &fs) == 0 && (fs.f_flag & ST_RDONLY))
		return vr_error_set(VR_EIO, "%s: the database is on a read-only file system, and "
				    "SQLite must create its -wal and -shm files beside it, even to "
				    "read it; copy it to a writable place to use it", s->path);
	if (access(dir, W_OK) != 0)
		return vr_error_set(VR_EIO, "%s: the folder %s is read-only for this user, and "
				    "SQLite must create the database's -wal and -shm files in it, "
				    "even to read it; make the folder writable, or copy the "
				    "database to a writable folder", s->path, dir);
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

int vr_store_open(vr_store **out, const char *path, int mode)
{
	vr_store *s;
	struct stat st;
	int rc, err, fd;

	*out = NULL;
	if (stat(path, &st) != 0) {
		if (errno != ENOENT)
			return vr_error_set(VR_EIO, "%s: %s", path, strerror(errno));
		if (mode != VR_STORE_CREATE)
			return vr_error_set(VR_ENOTFOUND, "no database at %s: run `vrtool init` "
					    "first, or name one with --db or $VRTOOL_DB", path);
		/* Create it ourselves so that it is 0600 from the first byte; SQLite
		 * gives the WAL and shared-memory files the same mode. */
		fd = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			return vr_error_set(VR_EIO, "cannot create %s: %s", path, strerror(errno));
		if (fd >= 0 && close(fd) != 0)
			return vr_error_set(VR_EIO, "cannot create %s: %s", path, strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		return vr_error_set(VR_EINPUT, "%s is not a regular file", path);
	}
	if (!(s = calloc(1, sizeof(*s))) || !(s->path = strdup(path))) {
		free(s);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	repair_side_files(path);
	rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
			     NULL);
	if (rc != SQLITE_OK) {
		err = sqlerr(s, rc, "opening");
		vr_store_free(s);
		return err;
	}
	sqlite3_extended_result_codes(s->db, 1);
	if ((rc = sqlite3_busy_timeout(s->db, BUSY_TIMEOUT_MS)) != SQLITE_OK) {
		err = sqlerr(s, rc, "setting the busy timeout");
		vr_store_free(s);
		return err;
	}
	if ((err = exec(s, "PRAGMA journal_mode = WAL", "switching to WAL")) < 0)
		err = wal_refused(s, err);
	if (err < 0 ||
	    (err = exec(s, "PRAGMA synchronous = FULL", "setting synchronous")) < 0 ||
	    (err = exec(s, "PRAGMA foreign_keys = ON", "enabling foreign keys")) < 0 ||
	    (err = migrate(s)) < 0) {
		vr_store_free(s);
		return err;
	}
	*out = s;
	return 0;
}

void vr_store_free(vr_store *s)
{
	if (!s)
		return;
	for (int i = 0; i < Q_COUNT_MAX; i++)
		sqlite3_finalize(s->q[i]);
	if (s->in_tx)
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(s->db);
	free(s->path);
	free(s);
}

const char *vr_store_path(const vr_store *s)
{
	return s->path;
}

int vr_store_schema_version(vr_store *s, int *version)
{
	sqlite3_stmt *q = NULL;
	int rc = sqlite3_prepare_v2(s->db, "SELECT coalesce(max(version), 0) FROM "
				    "schema_migrations", -1, &q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "reading the schema version");
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : sqlerr(s, rc, "reading the schema version");
}

int vr_store_begin(vr_store *s)
{
	int err;

	if (s->in_tx)
		return vr_error_set(VR_EINTERNAL, "transaction already open");
	if ((err = exec(s, "BEGIN IMMEDIATE", "starting a transaction")) < 0)
		return err;
	s->in_tx = 1;
	return 0;
}

int vr_store_commit(vr_store *s)
{
	int err = exec(s, "COMMIT", "committing");
	if (err == 0)
		s->in_tx = 0;
	return err;
}

void vr_store_rollback(vr_store *s)
{
	if (!s->in_tx)
		return;
	/* A failed ROLLBACK after an I/O error means SQLite already rolled
	 * back; either way the transaction is gone. */
	sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
	s->in_tx = 0;
}

static int need_tx(vr_store *s)
{
	return s->in_tx ? 0 : vr_error_set(VR_EINTERNAL, "write outside a transaction");
}

int vr_store_put_person(vr_store *s, const char *id, const char *xml, const vr_blob *val)
{
	sqlite3_stmt *q;
	char now[32];
	int err;

	vr_time_now_iso(now);
	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_PUT_PERSON, &q)) < 0 ||
	    (err = bind_text(s, q, 1, id)) < 0 || (err = bind_text(s, q, 2, xml)) < 0 ||
	    (err = bind_text(s, q, 3, now)) < 0 || (err = bind_blob(s, q, 4, val)) < 0)
		return err;
	return run(s, q, "storing a person");
}

int vr_store_put_case(vr_store *s, const vr_store_case *c)
{
	sqlite3_stmt *q;
	char now[32];
	int err;

	vr_time_now_iso(now);
	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_PUT_CASE, &q)) < 0 ||
	    (err = bind_text(s, q, 1, c->id)) < 0 ||
	    (err = bind_text(s, q, 2, c->person_id)) < 0 ||
	    (err = bind_text(s, q, 3, c->agency)) < 0 ||
	    (err = bind_text(s, q, 4, c->program)) < 0 ||
	    (err = bind_text(s, q, 5, c->status)) < 0 ||
	    (err = bind_text(s, q, 6, c->xml)) < 0 ||
	    (err = bind_text(s, q, 7, now)) < 0 || (err = bind_blob(s, q, 8, &c->val)) < 0)
		return err;
	return run(s, q, "storing a case");
}

int vr_store_clear_events(vr_store *s, const char *case_id)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_CLEAR_EVENTS, &q)) < 0 ||
	    (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	return run(s, q, "clearing events");
}

int vr_store_add_event(vr_store *s, const char *case_id, int seq,
		       const char *kind, const char *date)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_ADD_EVENT, &q)) < 0 ||
	    (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	if ((err = bind_int(s, q, 2, seq)) < 0 || (err = bind_text(s, q, 3, kind)) < 0 || (err = bind_text(s, q, 4, date)) < 0)
		return err;
	return run(s, q, "storing an event");
}

int vr_store_put_plan(vr_store *s, const char *id, const char *case_id, const char *kind)
{
	sqlite3_stmt *q;
	int err, rc;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_GET_PLAN, &q)) < 0 ||
	    (err = bind_text(s, q, 1, id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const char *have_case = (const char *)sqlite3_column_text(q, 0);
		const char *have_kind = (const char *)sqlite3_column_text(q, 1);
		if (strcmp(have_case, case_id) != 0)
			err = vr_error_set(VR_EINPUT, "plan %s belongs to case %s, not %s; "
					   "give the plan another id", id, have_case, case_id);
		else if (strcmp(have_kind, kind) != 0)
			err = vr_error_set(VR_EINPUT, "plan %s is a %s, not a %s; a plan "
					   "keeps its kind", id, have_kind, kind);
		sqlite3_reset(q);
		return err;
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return sqlerr(s, rc, "looking up a plan");
	if ((err = stmt(s, Q_PUT_PLAN, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0 ||
	    (err = bind_text(s, q, 2, case_id)) < 0 || (err = bind_text(s, q, 3, kind)) < 0)
		return err;
	return run(s, q, "storing a plan");
}

int vr_store_add_version(vr_store *s, const char *plan_id, int version,
			 const char *date, const char *digest, const char *xml,
			 const vr_blob *val)
{
	sqlite3_stmt *q;
	char now[32];
	int err;

	vr_time_now_iso(now);
	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_ADD_VERSION, &q)) < 0 ||
	    (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	if ((err = bind_int(s, q, 2, version)) < 0 || (err = bind_text(s, q, 3, date)) < 0 || (err = bind_text(s, q, 4, digest)) < 0 ||
	    (err = bind_text(s, q, 5, xml)) < 0 || (err = bind_text(s, q, 6, now)) < 0 ||
	    (err = bind_blob(s, q, 7, val)) < 0)
		return err;
	return run(s, q, "storing a plan version");
}

int vr_store_audit(vr_store *s, const char *actor, const char *action,
		   const char *object, const char *detail)
{
	sqlite3_stmt *q;
	char now[32], prev[VR_DIGEST_HEX], hash[VR_DIGEST_HEX];
	long long seq = 1;
	int err, rc;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_AUDIT_LAST, &q)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		seq = sqlite3_column_int64(q, 0) + 1;
		snprintf(prev, sizeof(prev), "%s", (const char *)sqlite3_column_text(q, 1));
	} else if (rc == SQLITE_DONE) {
		memset(prev, '0', 64);
		prev[64] = '\0';
	} else {
		sqlite3_reset(q);
		return sqlerr(s, rc, "reading the audit log");
	}
	sqlite3_reset(q);
	vr_time_now_iso(now);
	/* hash = SHA-256(prev_hash || seq \n at \n actor \n action \n object \n detail) */
	{
		vr_store_audit_row row = { seq, now, actor, action, object, detail, prev, NULL };
		vr_buf entry = VR_BUF_INIT;
		err = vr_store_audit_entry(&row, &entry);
		if (err == 0)
			err = vr_sign_sha256_hex(entry.ptr, entry.len, hash);
		vr_buf_free(&entry);
	}
	if (err < 0 || (err = stmt(s, Q_AUDIT_ADD, &q)) < 0)
		return err;
	if ((err = bind_int(s, q, 1, seq)) < 0 || (err = bind_text(s, q, 2, now)) < 0 || (err = bind_text(s, q, 3, actor)) < 0 ||
	    (err = bind_text(s, q, 4, action)) < 0 || (err = bind_text(s, q, 5, object)) < 0 ||
	    (err = bind_text(s, q, 6, detail)) < 0 || (err = bind_text(s, q, 7, prev)) < 0 ||
	    (err = bind_text(s, q, 8, hash)) < 0)
		return err;
	return run(s, q, "appending to the audit log");
}

void vr_store_case_row_free(vr_store_case_row *r)
{
	free(r->id);
	free(r->person_id);
	free(r->agency);
	free(r->program);
	free(r->status);
	free(r->xml);
	free(r->person_xml);
	free(r->val.ptr);
	free(r->person_val.ptr);
	memset(r, 0, sizeof(*r));
}

int vr_store_get_case(vr_store *s, const char *id, vr_store_case_row *out)
{
	sqlite3_stmt *q;
	int err, rc;

	memset(out, 0, sizeof(*out));
	if ((err = stmt(s, Q_GET_CASE, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->id = dup_col(q, 0);
		out->person_id = dup_col(q, 1);
		out->agency = dup_col(q, 2);
		out->program = dup_col(q, 3);
		out->status = dup_col(q, 4);
		out->xml = dup_col(q, 5);
		out->person_xml = dup_col(q, 6);
		err = dup_blob(q, 7, &out->val) | dup_blob(q, 8, &out->person_val);
		sqlite3_reset(q);
		if (err || !out->id || !out->agency || !out->xml || !out->person_xml) {
			vr_store_case_row_free(out);
			return vr_error_set(VR_ENOMEM, "out of memory");
		}
		return 0;
	}
	sqlite3_reset(q);
	if (rc == SQLITE_DONE)
		return vr_error_set(VR_ENOTFOUND, "no case '%s' in %s (see `vrtool list`)",
				    id, s->path);
	return sqlerr(s, rc, "reading a case");
}

void vr_store_version_row_free(vr_store_version_row *r)
{
	free(r->plan_id);
	free(r->case_id);
	free(r->kind);
	free(r->date);
	free(r->digest);
	free(r->xml);
	free(r->created_at);
	free(r->val.ptr);
	memset(r, 0, sizeof(*r));
}

static int read_version(sqlite3_stmt *q, vr_store_version_row *r)
{
	r->plan_id = dup_col(q, 0);
	r->case_id = dup_col(q, 1);
	r->kind = dup_col(q, 2);
	r->version = sqlite3_column_int(q, 3);
	r->date = dup_col(q, 4);
	r->digest = dup_col(q, 5);
	r->xml = dup_col(q, 6);
	r->created_at = dup_col(q, 7);
	if (dup_blob(q, 8, &r->val) < 0 || !r->plan_id || !r->case_id || !r->kind ||
	    !r->date || !r->digest || !r->xml || !r->created_at) {
		vr_store_version_row_free(r);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	return 0;
}

int vr_store_get_version(vr_store *s, const char *plan_id, int version,
			 vr_store_version_row *out)
{
	sqlite3_stmt *q;
	int err, rc;

	memset(out, 0, sizeof(*out));
	if ((err = stmt(s, version ? Q_GET_VERSION : Q_GET_LATEST, &q)) < 0 ||
	    (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	if (version && (err = bind_int(s, q, 2, version)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		err = read_version(q, out);
		sqlite3_reset(q);
		return err;
	}
	sqlite3_reset(q);
	if (rc != SQLITE_DONE)
		return sqlerr(s, rc, "reading a plan version");
	if (version)
		return vr_error_set(VR_ENOTFOUND, "plan %s has no version %d "
				    "(`vrtool show` lists its versions)", plan_id, version);
	return vr_error_set(VR_ENOTFOUND, "no plan '%s' in %s (`vrtool show CASE` lists "
			    "a case's plans)", plan_id, s->path);
}

int vr_store_latest(vr_store *s, const char *plan_id, int *version, char *digest)
{
	sqlite3_stmt *q;
	int err, rc;

	*version = 0;
	digest[0] = '\0';
	if ((err = stmt(s, Q_LATEST, &q)) < 0 || (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		*version = sqlite3_column_int(q, 0);
		snprintf(digest, VR_DIGEST_HEX, "%s", (const char *)sqlite3_column_text(q, 1));
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sqlerr(s, rc, "reading a plan");
}

/*
 * The rows are read whole and the statement reset before fn runs: fn may
 * write, and a statement left stepping would hold a read snapshot that
 * keeps this connection from writing once another process has committed
 * (SQLITE_BUSY_SNAPSHOT). A case has a handful of plans, a plan a handful
 * of versions.
 */
static int each_version(vr_store *s, int query, const char *key,
			vr_store_version_fn fn, void *ud)
{
	sqlite3_stmt *q = NULL;
	vr_store_version_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc, err;

	if ((err = stmt(s, query, &q)) < 0)
		return err;
	if ((rc = sqlite3_bind_text(q, 1, key, -1, SQLITE_TRANSIENT)) != SQLITE_OK) {
		sqlite3_reset(q);
		return sqlerr(s, rc, "listing plan versions");
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (n == cap) {
			vr_store_version_row *grown;
			cap = cap ? cap * 2 : 8;
			if (!(grown = realloc(rows, cap * sizeof(*rows)))) {
				err = vr_error_set(VR_ENOMEM, "out of memory");
				break;
			}
			rows = grown;
		}
		if ((err = read_version(q, &rows[n])) < 0)
			break;
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = sqlerr(s, rc, "listing plan versions");
	sqlite3_reset(q);
	for (size_t i = 0; i < n; i++) {
		if (!err)
			err = fn(&rows[i], ud);
		vr_store_version_row_free(&rows[i]);
	}
	free(rows);
	return err;
}

int vr_store_each_version(vr_store *s, const char *case_id, vr_store_version_fn fn,
			  void *ud)
{
	return each_version(s, Q_EACH_VERSION, case_id, fn, ud);
}

int vr_store_each_plan_version(vr_store *s, const char *plan_id, vr_store_version_fn fn,
			       void *ud)
{
	return each_version(s, Q_PLAN_VERSIONS, plan_id, fn, ud);
}

int vr_store_each_plan_version_meta(vr_store *s, const char *plan_id, vr_store_version_fn fn,
				    void *ud)
{
	return each_version(s, Q_PLAN_VERSIONS_META, plan_id, fn, ud);
}

int vr_store_each_latest(vr_store *s, const char *case_id, vr_store_version_fn fn,
			 void *ud)
{
	return each_version(s, Q_EACH_LATEST, case_id, fn, ud);
}

/*
 * Cases are read a page at a time and the statement is reset before fn
 * runs: fn may write (export and render --all append audit records), and
 * in WAL mode a connection that holds a read snapshot while another
 * process commits cannot start a write (SQLITE_BUSY_SNAPSHOT, which no busy
 * timeout waits out). Between pages the walk goes on from the last id.
 */
#define CASE_PAGE 512

int vr_store_each_case(vr_store *s, const char *agency, vr_store_id_fn fn, void *ud)
{
	char *ids[CASE_PAGE], *agencies[CASE_PAGE], *last = NULL;
	sqlite3_stmt *q = NULL;
	int rc, err = 0, n;

	rc = sqlite3_prepare_v2(s->db, sql[agency ? Q_EACH_CASE_AGENCY : Q_EACH_CASE], -1,
				&q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "listing cases");
	do {
		n = 0;
		if ((rc = sqlite3_bind_text(q, 1, last ? last : "", -1, SQLITE_TRANSIENT)) !=
			    SQLITE_OK ||
		    (agency && (rc = sqlite3_bind_text(q, 2, agency, -1, SQLITE_TRANSIENT)) !=
			    SQLITE_OK)) {
			err = sqlerr(s, rc, "listing cases");
			break;
		}
		while (n < CASE_PAGE && (rc = sqlite3_step(q)) == SQLITE_ROW) {
			ids[n] = strdup((const char *)sqlite3_column_text(q, 0));
			agencies[n] = strdup((const char *)sqlite3_column_text(q, 1));
			if (!ids[n] || !agencies[n]) {
				free(ids[n]);
				free(agencies[n]);
				err = vr_error_set(VR_ENOMEM, "out of memory");
				break;
			}
			n++;
		}
		if (!err && n < CASE_PAGE && rc != SQLITE_DONE)
			err = sqlerr(s, rc, "listing cases");
		sqlite3_reset(q); /* the read snapshot ends here, before fn writes */
		for (int i = 0; i < n; i++) {
			if (!err)
				err = fn(ids[i], agencies[i], ud);
			free(agencies[i]);
			if (i < n - 1)
				free(ids[i]);
		}
		free(last);
		last = n ? ids[n - 1] : NULL;
	} while (!err && n == CASE_PAGE);
	free(last);
	sqlite3_finalize(q);
	return err;
}

int vr_store_count(vr_store *s, const char *table, long long *n)
{
	static const char *const allowed[] = {
		"person", "case", "event", "plan", "plan_version", "signature", "audit", NULL
	};
	sqlite3_stmt *q = NULL;
	char text[96];
	int rc, i;

	for (i = 0; allowed[i] && strcmp(allowed[i], table); i++)
		;
	if (!allowed[i])
		return vr_error_set(VR_EINTERNAL, "no table %s", table);
	snprintf(text, sizeof(text), "SELECT count(*) FROM \"%s\"", table);
	if ((rc = sqlite3_prepare_v2(s->db, text, -1, &q, NULL)) != SQLITE_OK)
		return sqlerr(s, rc, "counting");
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return rc == SQLITE_ROW ? 0 : sqlerr(s, rc, "counting");
}

int vr_store_add_signature(vr_store *s, const vr_store_sig *g, long long *id)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_ADD_SIG, &q)) < 0 ||
	    (err = bind_text(s, q, 1, g->plan_id)) < 0 || (err = bind_int(s, q, 2, g->version)) < 0 ||
	    (err = bind_text(s, q, 3, g->digest)) < 0 || (err = bind_text(s, q, 4, g->role)) < 0 ||
	    (err = bind_text(s, q, 5, g->signer_id)) < 0 ||
	    (err = bind_text(s, q, 6, g->signer_name)) < 0 ||
	    (err = bind_text(s, q, 7, g->method)) < 0 || (err = bind_text(s, q, 8, g->meaning)) < 0 ||
	    (err = bind_text(s, q, 9, g->at)) < 0 || (err = bind_text(s, q, 10, g->record)) < 0 ||
	    (err = bind_text(s, q, 11, g->seal)) < 0 || (err = bind_text(s, q, 12, g->key_id)) < 0 ||
	    (err = bind_text(s, q, 13, g->intent)) < 0 || (err = bind_text(s, q, 14, g->identity)) < 0 ||
	    (err = bind_text(s, q, 15, g->scan_sha256)) < 0 ||
	    (err = bind_text(s, q, 16, g->seen)) < 0 ||
	    (err = bind_text(s, q, 17, g->recorded_by)) < 0)
		return err;
	if ((err = run(s, q, "storing a signature")) < 0)
		return err;
	if (id)
		*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

void vr_store_sig_row_clear(vr_store_sig_row *r)
{
	free(r->plan_id); free(r->digest); free(r->role); free(r->signer_id);
	free(r->signer_name); free(r->method); free(r->meaning); free(r->at);
	free(r->record); free(r->seal); free(r->key_id);
	free(r->intent); free(r->identity); free(r->scan_sha256);
	free(r->seen); free(r->recorded_by);
	free(r->w_reason); free(r->w_by); free(r->w_at); free(r->w_record);
	free(r->w_seal); free(r->w_key_id);
	memset(r, 0, sizeof(*r));
}

int vr_store_add_withdrawal(vr_store *s, const vr_store_withdrawal *w, long long *id)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_ADD_WITHDRAWAL, &q)) < 0 ||
	    (err = bind_int(s, q, 1, w->signature_id)) < 0 ||
	    (err = bind_text(s, q, 2, w->plan_id)) < 0 || (err = bind_text(s, q, 3, w->reason)) < 0 ||
	    (err = bind_text(s, q, 4, w->by)) < 0 || (err = bind_text(s, q, 5, w->at)) < 0 ||
	    (err = bind_text(s, q, 6, w->record)) < 0 || (err = bind_text(s, q, 7, w->seal)) < 0 ||
	    (err = bind_text(s, q, 8, w->key_id)) < 0)
		return err;
	if ((err = run(s, q, "storing a signature's withdrawal")) < 0)
		return err;
	if (id)
		*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

/* The walk of each_signature; with `keep`, fn takes the row's strings (it
 * copies the struct), so they are not freed after it. */
static int each_sig(vr_store *s, const char *plan_id, vr_store_sig_fn fn, void *ud, int keep)
{
	sqlite3_stmt *q = NULL;
	vr_store_sig_row r;
	int rc, err = 0;

	/* a cached statement (prepared once per run: preparing it for every
	 * plan was half of what export spent in SQLite); no callback walks
	 * signatures again while this walk runs */
	if ((err = stmt(s, Q_EACH_SIG, &q)) < 0 || (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		memset(&r, 0, sizeof(r));
		r.id = sqlite3_column_int64(q, 0);
		r.plan_id = dup_col(q, 1);
		r.version = sqlite3_column_int(q, 2);
		r.digest = dup_col(q, 3);
		r.role = dup_col(q, 4);
		r.signer_id = dup_col(q, 5);
		r.signer_name = dup_col(q, 6);
		r.method = dup_col(q, 7);
		r.meaning = dup_col(q, 8);
		r.at = dup_col(q, 9);
		r.record = dup_col(q, 10);
		r.seal = dup_col(q, 11);
		r.key_id = dup_col(q, 12);
		r.intent = dup_col(q, 13);
		r.identity = dup_col(q, 14);
		r.scan_sha256 = dup_col(q, 15);
		r.seen = dup_col(q, 16);
		r.recorded_by = dup_col(q, 17);
		r.withdrawal_id = sqlite3_column_int64(q, 18);
		r.w_reason = dup_col(q, 19);
		r.w_by = dup_col(q, 20);
		r.w_at = dup_col(q, 21);
		r.w_record = dup_col(q, 22);
		r.w_seal = dup_col(q, 23);
		r.w_key_id = dup_col(q, 24);
		if (!r.plan_id || !r.digest || !r.role || !r.signer_name || !r.method ||
		    !r.meaning || !r.at || !r.record ||
		    (r.withdrawal_id && (!r.w_reason || !r.w_by || !r.w_at || !r.w_record ||
					 !r.w_seal || !r.w_key_id)))
			err = vr_error_set(VR_ENOMEM, "out of memory");
		else
			err = fn(&r, ud);
		if (!keep || err)
			vr_store_sig_row_clear(&r);
		if (err)
			break;
	}
	if (!err && rc != SQLITE_DONE)
		err = sqlerr(s, rc, "reading signatures");
	sqlite3_reset(q);
	return err;
}

int vr_store_each_signature(vr_store *s, const char *plan_id, vr_store_sig_fn fn, void *ud)
{
	return each_sig(s, plan_id, fn, ud, 0);
}

typedef struct {
	vr_store_sig_row *rows;
	size_t n;
} sig_list;

static int append_sig(const vr_store_sig_row *r, void *ud)
{
	sig_list *l = ud;
	vr_store_sig_row *grown = realloc(l->rows, (l->n + 1) * sizeof(*grown));

	if (!grown)
		return vr_error_set(VR_ENOMEM, "out of memory");
	l->rows = grown;
	l->rows[l->n++] = *r;   /* takes its strings (each_sig with keep) */
	return 0;
}

int vr_store_signatures(vr_store *s, const char *plan_id, vr_store_sig_row **rows, size_t *n)
{
	sig_list l = { NULL, 0 };
	int err = each_sig(s, plan_id, append_sig, &l, 1);

	if (err < 0) {
		for (size_t i = 0; i < l.n; i++)
			vr_store_sig_row_clear(&l.rows[i]);
		free(l.rows);
		l.rows = NULL;
		l.n = 0;
	}
	*rows = l.rows;
	*n = l.n;
	return err;
}

int vr_store_case_has_event(vr_store *s, const char *case_id, const char *kind, int *found)
{
	sqlite3_stmt *q = NULL;
	int rc, err;

	*found = 0;
	if ((err = stmt(s, Q_HAS_EVENT, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0 ||
	    (err = bind_text(s, q, 2, kind)) < 0)
		return err;
	rc = sqlite3_step(q);
	*found = rc == SQLITE_ROW;
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sqlerr(s, rc, "reading events");
}

int vr_store_each_plan(vr_store *s, const char *case_id, vr_store_plan_fn fn, void *ud)
{
	sqlite3_stmt *q = NULL;
	int rc, err = 0;

	rc = sqlite3_prepare_v2(s->db, "SELECT id, kind FROM plan WHERE case_id = ?1 ORDER BY id",
				-1, &q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "listing plans");
	if ((rc = sqlite3_bind_text(q, 1, case_id, -1, SQLITE_TRANSIENT)) != SQLITE_OK) {
		sqlite3_finalize(q);
		return sqlerr(s, rc, "listing plans");
	}
	while ((rc = sqlite3_step(q)) == SQLITE_ROW)
		if ((err = fn((const char *)sqlite3_column_text(q, 0),
			      (const char *)sqlite3_column_text(q, 1), ud)))
			break;
	if (!err && rc != SQLITE_DONE)
		err = sqlerr(s, rc, "listing plans");
	sqlite3_finalize(q);
	return err;
}

int vr_store_clear_staff(vr_store *s, const char *case_id)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_CLEAR_STAFF, &q)) < 0 ||
	    (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	return run(s, q, "clearing case staff");
}

int vr_store_add_staff(vr_store *s, const char *case_id, const char *staff_id, const char *role)
{
	sqlite3_stmt *q;
	int err;

	if ((err = need_tx(s)) < 0 || (err = stmt(s, Q_ADD_STAFF, &q)) < 0 ||
	    (err = bind_text(s, q, 1, case_id)) < 0 || (err = bind_text(s, q, 2, staff_id)) < 0 ||
	    (err = bind_text(s, q, 3, role)) < 0)
		return err;
	return run(s, q, "storing case staff");
}

int vr_store_caseload(vr_store *s, const char *agency, const char *case_id,
		      vr_store_caseload_fn fn, void *ud)
{
	sqlite3_stmt *q;
	int rc, err;

	if ((err = stmt(s, case_id ? Q_CASELOAD_OF : Q_CASELOAD, &q)) < 0 ||
	    (err = bind_text(s, q, 1, agency)) < 0 ||
	    (case_id && (err = bind_text(s, q, 2, case_id)) < 0))
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = fn((const char *)sqlite3_column_text(q, 0),
			      (const char *)sqlite3_column_text(q, 1), sqlite3_column_int64(q, 2),
			      ud)) != 0) {
			sqlite3_reset(q);
			return err;
		}
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : sqlerr(s, rc, "counting caseloads");
}

int vr_store_add_key(vr_store *s, const char *id, const char *public_hex)
{
	sqlite3_stmt *q = NULL;
	char now[32];
	int rc, err;

	if ((err = need_tx(s)) < 0)
		return err;
	vr_time_now_iso(now);
	rc = sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO install_key(id, public_key, "
				"created_at) VALUES (?1, ?2, ?3)", -1, &q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "storing a key");
	if ((err = bind_text(s, q, 1, id)) < 0 || (err = bind_text(s, q, 2, public_hex)) < 0 ||
	    (err = bind_text(s, q, 3, now)) < 0) {
		sqlite3_finalize(q);
		return err;
	}
	rc = sqlite3_step(q);
	sqlite3_finalize(q);
	return rc == SQLITE_DONE ? 0 : sqlerr(s, rc, "storing a key");
}

int vr_store_get_key(vr_store *s, const char *id, char *public_hex, size_t n)
{
	sqlite3_stmt *q = NULL;
	int rc, err;

	rc = sqlite3_prepare_v2(s->db, "SELECT public_key FROM install_key WHERE id = ?1", -1,
				&q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "reading a key");
	if ((err = bind_text(s, q, 1, id)) < 0) {
		sqlite3_finalize(q);
		return err;
	}
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		snprintf(public_hex, n, "%s", (const char *)sqlite3_column_text(q, 0));
	sqlite3_finalize(q);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return vr_error_set(VR_ENOTFOUND, "no key '%s' in %s", id, s->path);
	return sqlerr(s, rc, "reading a key");
}

int vr_store_each_audit(vr_store *s, vr_store_audit_fn fn, void *ud)
{
	sqlite3_stmt *q = NULL;
	vr_store_audit_row r;
	int rc, err = 0;

	rc = sqlite3_prepare_v2(s->db, "SELECT seq, at, actor, action, object, detail, prev_hash,"
				" hash FROM audit ORDER BY rowid", -1, &q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "reading the audit log");
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		r.seq = sqlite3_column_int64(q, 0);
		r.at = (const char *)sqlite3_column_text(q, 1);
		r.actor = (const char *)sqlite3_column_text(q, 2);
		r.action = (const char *)sqlite3_column_text(q, 3);
		r.object = (const char *)sqlite3_column_text(q, 4);
		r.detail = (const char *)sqlite3_column_text(q, 5);
		r.prev_hash = (const char *)sqlite3_column_text(q, 6);
		r.hash = (const char *)sqlite3_column_text(q, 7);
		if ((err = fn(&r, ud)) != 0)
			break;
	}
	if (!err && rc != SQLITE_DONE)
		err = sqlerr(s, rc, "reading the audit log");
	sqlite3_finalize(q);
	return err;
}

int vr_store_audit_entry(const vr_store_audit_row *r, vr_buf *b)
{
	vr_buf_printf(b, "%s%lld\n%s\n%s\n%s\n%s\n%s", r->prev_hash ? r->prev_hash : "",
		      r->seq, r->at ? r->at : "", r->actor ? r->actor : "",
		      r->action ? r->action : "", r->object ? r->object : "",
		      r->detail ? r->detail : "");
	return vr_buf_ok(b) ? 0 : vr_error_set(VR_ENOMEM, "out of memory");
}

int vr_store_has_seal(vr_store *s, const char *seal, int *found)
{
	sqlite3_stmt *q = NULL;
	int rc, err;

	*found = 0;
	rc = sqlite3_prepare_v2(s->db, "SELECT 1 FROM signature WHERE seal = ?1", -1, &q, NULL);
	if (rc != SQLITE_OK)
		return sqlerr(s, rc, "reading signatures");
	if ((err = bind_text(s, q, 1, seal)) < 0) {
		sqlite3_finalize(q);
		return err;
	}
	rc = sqlite3_step(q);
	*found = rc == SQLITE_ROW;
	sqlite3_finalize(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : sqlerr(s, rc, "reading signatures");
}

int vr_store_next_case(vr_store *s, const char *after, const char *agency, const char *staff,
		       char *id, size_t n)
{
	sqlite3_stmt *q;
	int rc, err;

	if ((err = stmt(s, Q_NEXT_CASE, &q)) < 0 || (err = bind_text(s, q, 1, after)) < 0 ||
	    (err = bind_text(s, q, 2, agency)) < 0 || (err = bind_text(s, q, 3, staff)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		snprintf(id, n, "%s", (const char *)sqlite3_column_text(q, 0));
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? VR_ENOTFOUND : sqlerr(s, rc, "listing cases");
}
