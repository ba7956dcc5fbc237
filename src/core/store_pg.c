/*
 * store_pg.c - the PostgreSQL backend's connection (store_pg.h): its name,
 * opening, migrations and grants, transactions, the server's errors in
 * words, and the table of operations.
 *
 * A database is named by a libpq connection string: a URI
 * (postgresql://host/db, postgres://...) or keywords ("host=... dbname=...",
 * "service=vrtool"). Passwords never come from the command line: libpq
 * reads them from ~/.pgpass (PGPASSFILE) or a service file (PGSERVICEFILE),
 * or the server trusts the local user (peer); sslmode and the rest are
 * libpq's own (docs/security.md). Messages name the database by its host
 * and name, never by the string it was opened with, which may hold a
 * password.
 */
#include "core/store_pg.h"
#include "core/error.h"
#include "core/date.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* "the database's message", one line: libpq's messages end in newlines. */
static const char *one_line(const char *m, char *out, size_t n)
{
	size_t k;

	snprintf(out, n, "%s", m && *m ? m : "no message");
	for (k = strlen(out); k && (out[k - 1] == '\n' || out[k - 1] == ' '); k--)
		out[k - 1] = '\0';
	for (char *p = out; *p; p++)
		if (*p == '\n' || *p == '\t')
			*p = ' ';
	return out;
}

/* Whether the last failure was the connection's (and not a statement's). */
static int connection_lost(pg_store *s, const PGresult *r)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	return PQstatus(s->cur->conn) != CONNECTION_OK || !state || !strncmp(state, "08", 2) ||
	       !strncmp(state, "57P", 3);
}

int vr_pg_error(pg_store *s, const PGresult *r, const char *what)
{
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *where = s->where;
	char m[600];

	one_line(r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL, m, sizeof(m));
	if (connection_lost(s, r)) {
		one_line(PQerrorMessage(s->cur->conn), m, sizeof(m));
		return vr_error_set(VR_EIO, "%s: %s: the connection to the database server was "
				    "lost (%s); %s", where, what, m, s->base.tx ?
				    "nothing of this command was kept (the server rolled its "
				    "transaction back); try again" : "try again");
	}
	if (!strcmp(state, "25006"))    /* read_only_sql_transaction */
		return vr_error_set(VR_EINPUT, "%s: %s: this server is a read-only standby; a "
				    "command that writes must name the primary", where, what);
	if (!strcmp(state, "55P03"))    /* lock_not_available: lock_timeout */
		return vr_error_set(VR_EIO, "%s: %s: another writer held the database for 60 s; "
				    "nothing was written; try again", where, what);
	if (!strcmp(state, "40001") || !strcmp(state, "40P01"))
		return vr_error_set(VR_EIO, "%s: %s: the server cancelled the transaction (%s); "
				    "nothing was written; try again", where, what, m);
	if (!strcmp(state, "42501"))    /* insufficient_privilege */
		return vr_error_set(VR_EINPUT, "%s: %s: the database role may not do this (%s); "
				    "vrtool's staff role may add rows, never change the append-only "
				    "ones, and only the owner role migrates the schema "
				    "(docs/security.md)", where, what, m);
	if (!strcmp(state, "53100"))    /* disk_full */
		return vr_error_set(VR_EIO, "%s: %s: the database server's disk is full; nothing "
				    "was written", where, what);
	if (!strcmp(state, "53200"))
		return vr_error_set(VR_ENOMEM, "%s: %s: the server is out of memory", where, what);
	if (!strncmp(state, "23", 2))   /* integrity: a constraint, an append-only trigger */
		return vr_error_set(VR_EINPUT, "%s: %s: %s", where, what, m);
	return vr_error_set(VR_EIO, "%s: %s: %s", where, what, m);
}


static int session_setup(pg_store *s, int *recovery);

/* A connection lost outside a transaction (the server restarted, a
 * proxy dropped an idle connection) is made again, once: nothing was
 * half-done on it. */
static int reconnect(pg_store *s)
{
	PQreset(s->cur->conn);
	memset(s->cur->prepared, 0, sizeof(s->cur->prepared));
	if (PQstatus(s->cur->conn) != CONNECTION_OK)
		return -1;
	return session_setup(s, NULL) < 0 ? -1 : 0;
}

static PGresult *run_once(pg_store *s, int id, int n, const char *const *v, const int *len,
			  const int *fmt)
{
	char name[16];

	snprintf(name, sizeof(name), "vr%d", id);
	if (!s->cur->prepared[id]) {
		PGresult *p = PQprepare(s->cur->conn, name, vr_pg_sql[id], n, NULL);
		if (!p || PQresultStatus(p) != PGRES_COMMAND_OK)
			return p;
		PQclear(p);
		s->cur->prepared[id] = 1;
	}
	return PQexecPrepared(s->cur->conn, name, n, v, len, fmt, 0);
}

int vr_pg_run(pg_store *s, int id, int n, const char *const *v, const int *len,
	      const int *fmt, PGresult **out, const char *what)
{
	PGresult *r = run_once(s, id, n, v, len, fmt);
	ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	int err;

	if ((st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) && s->base.tx == VR_STORE_TX_NONE &&
	    connection_lost(s, r) && reconnect(s) == 0) {
		PQclear(r);
		r = run_once(s, id, n, v, len, fmt);
		st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	}
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) {
		*out = r;
		return 0;
	}
	*out = NULL;
	err = vr_pg_error(s, r, what);
	PQclear(r);
	return err;
}

/* A command with no parameters and no rows (transactions, locks, DDL). */
static int exec(pg_store *s, const char *sql, const char *what)
{
	PGresult *r = PQexec(s->cur->conn, sql);
	ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	int err = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK ? 0 : vr_pg_error(s, r, what);

	PQclear(r);
	return err;
}

char *vr_pg_dup(const PGresult *r, int row, int c, int *oom)
{
	char *d;

	if (PQgetisnull(r, row, c))
		return NULL;
	if (!(d = strdup(PQgetvalue(r, row, c))))
		*oom = 1;
	return d;
}

int vr_pg_blob(const PGresult *r, int row, int c, vr_blob *out)
{
	unsigned char *raw;
	size_t n = 0;

	out->ptr = NULL;
	out->len = 0;
	if (PQgetisnull(r, row, c))
		return 0;
	if (!(raw = PQunescapeBytea((const unsigned char *)PQgetvalue(r, row, c), &n)))
		return -1;
	if (n && !(out->ptr = malloc(n))) {
		PQfreemem(raw);
		return -1;
	}
	if (n)
		memcpy(out->ptr, raw, n);
	out->len = n;
	PQfreemem(raw);
	return 0;
}

/* --- opening ------------------------------------------------------------- */

/* Whether name is a libpq connection string: a URI, or keywords. A path
 * is SQLite's (store_sqlite.c). */
static int pg_accepts(const char *name)
{
	const char *p = name;
	PQconninfoOption *o;

	if (!strncmp(name, "postgresql://", 13) || !strncmp(name, "postgres://", 11))
		return 1;
	/* keywords: "word = ..." first, and libpq reads the whole of it */
	while (isspace((unsigned char)*p))
		p++;
	if (!isalpha((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	while (isspace((unsigned char)*p))
		p++;
	if (*p != '=' || !(o = PQconninfoParse(name, NULL)))
		return 0;
	PQconninfoFree(o);
	return 1;
}

/* "PostgreSQL database NAME on HOST" from the parsed string: never the
 * password (store_backend.h). */
void vr_pg_describe(const char *name, char *out, size_t n)
{
	PQconninfoOption *o = PQconninfoParse(name, NULL);
	const char *db = NULL, *host = NULL, *service = NULL;

	for (PQconninfoOption *i = o; i && i->keyword; i++) {
		if (!strcmp(i->keyword, "dbname") && i->val && *i->val)
			db = i->val;
		else if (!strcmp(i->keyword, "host") && i->val && *i->val)
			host = i->val;
		else if (!strcmp(i->keyword, "service") && i->val && *i->val)
			service = i->val;
	}
	if (service && !db)
		snprintf(out, n, "PostgreSQL service %s", service);
	else
		snprintf(out, n, "PostgreSQL database %s%s%s", db ? db : "(the default)",
			 host ? " on " : "", host ? host : "");
	PQconninfoFree(o);
}

/* The server's notices (a table that exists already, ...) are not the
 * user's business; its errors come back as results. */
static void no_notices(void *ud, const char *message)
{
	(void)ud;
	(void)message;
}

/* Sets up the connection in use; *recovery (when not NULL): whether its
 * server is a read-only hot standby. */
static int session_setup(pg_store *s, int *recovery)
{
	PGresult *r;
	int err;

	PQsetNoticeProcessor(s->cur->conn, no_notices, NULL);
	if (PQsetClientEncoding(s->cur->conn, "UTF8") != 0)
		return vr_error_set(VR_EIO, "%s: the server cannot speak UTF-8", s->where);
	/* a writer waits for another up to 60 s, as SQLite's busy timeout */
	if ((err = exec(s, "SET lock_timeout = '60s'",
			"setting up the connection")) < 0)
		return err;
	r = PQexec(s->cur->conn, "SELECT pg_is_in_recovery()");
	if (!r || PQresultStatus(r) != PGRES_TUPLES_OK) {
		err = vr_pg_error(s, r, "asking the server whether it is a standby");
		PQclear(r);
		return err;
	}
	if (recovery)
		*recovery = !strcmp(PQgetvalue(r, 0, 0), "t");
	PQclear(r);
	return 0;
}

static int pg_schema_version(vr_store *st, int *version)
{
	pg_store *s = PG(st);
	PGresult *r;
	int err;

	*version = 0;
	if ((err = vr_pg_run(s, P_MIGRATIONS_TABLE, 0, NULL, NULL, NULL, &r,
			     "reading the schema version")) < 0)
		return err;
	if (strcmp(PQgetvalue(r, 0, 0), "t")) {
		PQclear(r);
		return vr_error_set(VR_EINPUT, "%s is not a vrtool database (it has no "
				    "schema_migrations table)", s->where);
	}
	PQclear(r);
	if ((err = vr_pg_run(s, P_SCHEMA_VERSION, 0, NULL, NULL, NULL, &r,
			     "reading the schema version")) < 0)
		return err;
	*version = atoi(PQgetvalue(r, 0, 0));
	PQclear(r);
	return 0;
}

static void pg_rollback(vr_store *st)
{
	PGresult *r = PQexec(PG(st)->cur->conn, "ROLLBACK");
	PQclear(r);   /* a lost connection has rolled back already */
	PG(st)->cur = &PG(st)->named;
}

/*
 * Brings the schema up to date, each migration in its own transaction
 * under an advisory lock (two processes opening a new database at once:
 * the second finds the work done), then gives vrtool_writer its rights.
 * Only the database's owner may do it; a staff role that finds the schema
 * old is told so.
 */
static int migrate(pg_store *s)
{
	int have = 0, err, n = VR_STORE_SCHEMA_VERSION;
	char now[32], num[16];

	if ((err = pg_schema_version(&s->base, &have)) < 0 && err != VR_EINPUT)
		return err;
	if (have == n)
		return 0;
	if (have > n)
		return vr_error_set(VR_EIO, "%s: the database has schema version %d, newer than "
				    "this vrtool (%d); upgrade vrtool", s->where, have, n);
	if (s->standby)
		return vr_error_set(VR_EIO, "%s is a read-only standby whose schema (version %d) "
				    "is older than this vrtool's (%d): upgrade the primary first",
				    s->where, have, n);
	if (s->base.mode != VR_STORE_CREATE && err == VR_EINPUT)
		return vr_error_set(VR_ENOTFOUND, "%s has no vrtool schema yet: run `vrtool init` "
				    "first (as the database's owner role)", s->where);
	for (int v = have + 1; v <= n; v++) {
		PGresult *r = NULL;
		const char *p[2];
		if ((err = exec(s, "BEGIN", "starting a migration")) < 0)
			return err;
		s->base.tx = VR_STORE_TX_WRITE;
		if ((err = exec(s, "SELECT pg_advisory_xact_lock(1987212290)",
				"waiting for another process's migration")) < 0 ||
		    (err = exec(s, "CREATE TABLE IF NOT EXISTS schema_migrations ("
				"version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
				"creating the migrations table")) < 0)
			goto fail;
		snprintf(num, sizeof(num), "%d", v);
		p[0] = num;
		if ((err = vr_pg_run(s, P_MIGRATION_HAS, 1, p, NULL, NULL, &r,
				     "reading the schema version")) < 0)
			goto fail;
		if (PQntuples(r) > 0) {   /* another process did it while we waited */
			PQclear(r);
			pg_rollback(&s->base);
			s->base.tx = VR_STORE_TX_NONE;
			continue;
		}
		PQclear(r);
		vr_time_now_iso(now);
		p[1] = now;
		if ((err = exec(s, vr_pg_migrations[v - 1], "applying a schema migration")) < 0 ||
		    (err = vr_pg_run(s, P_MIGRATION_ADD, 2, p, NULL, NULL, &r,
				     "recording a schema migration")) < 0)
			goto fail;
		PQclear(r);
		if ((err = exec(s, "COMMIT", "committing a schema migration")) < 0)
			goto fail;
		s->base.tx = VR_STORE_TX_NONE;
	}
	/* the staff role's rights, over every table the schema now has */
	return exec(s, vr_pg_grants, "granting vrtool_writer its rights");
fail:
	pg_rollback(&s->base);
	s->base.tx = VR_STORE_TX_NONE;
	if (err == VR_EINPUT)
		return vr_error_wrap(err, "the schema (version %d) could not be brought to version "
				     "%d: run `vrtool init` as the database's owner role: ", have, n);
	return err;
}

/* Whether the connection string holds a password: refused, so that none is
 * ever on a command line, in a process listing or in a shell's history. */
static int has_password(const char *name)
{
	PQconninfoOption *o = PQconninfoParse(name, NULL);
	int found = 0;

	for (PQconninfoOption *i = o; i && i->keyword; i++)
		if (!strcmp(i->keyword, "password") && i->val && *i->val)
			found = 1;
	PQconninfoFree(o);
	return found;
}

static int pg_open(vr_store *st)
{
	pg_store *s = PG(st);
	char m[600];

	vr_pg_describe(st->name, s->where, sizeof(s->where));
	if (has_password(st->name))
		return vr_error_set(VR_EINPUT, "%s: the connection string holds a password; vrtool "
				    "takes none there (it would show in process listings and shell "
				    "history): put it in ~/.pgpass (or $PGPASSFILE, mode 0600) or a "
				    "service file, or use peer authentication", s->where);
	st->shown = s->where;
	s->cur = &s->named;
	if (!(s->cur->conn = PQconnectdb(st->name)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (PQstatus(s->cur->conn) != CONNECTION_OK) {
		one_line(PQerrorMessage(s->cur->conn), m, sizeof(m));
		if (strstr(m, "does not exist") && strstr(m, "database"))
			return vr_error_set(VR_ENOTFOUND, "%s: %s: the database's owner creates it "
					    "(createdb), then `vrtool init` makes its schema",
					    s->where, m);
		return vr_error_set(VR_EIO, "%s: cannot connect: %s", s->where, m);
	}
	if (session_setup(s, &s->standby) < 0)
		return VR_EIO;
	if (st->mode == VR_STORE_READONLY)
		return 0;
	return migrate(s);
}

static void pg_close(vr_store *st)
{
	pg_store *s = PG(st);

	if (s->named.conn)
		PQfinish(s->named.conn);
	if (s->primary.conn)
		PQfinish(s->primary.conn);
	s->named.conn = s->primary.conn = NULL;
}

/* --- transactions -------------------------------------------------------- */

/*
 * A write on a standby: through $VRTOOL_DB_PRIMARY, connected on first use
 * (store_pg.h), which must not be a standby itself. From here to commit or
 * rollback every statement runs there.
 */
static int to_primary(pg_store *s)
{
	const char *name = getenv("VRTOOL_DB_PRIMARY");
	char m[600];

	if (!name || !*name)
		return vr_error_set(VR_EINPUT, "%s is a read-only standby: a command that writes "
				    "(import, sign, amend; and export and render, which record "
				    "what they did in the audit log) must name the primary, or "
				    "set $VRTOOL_DB_PRIMARY to it to read here and record there",
				    s->where);
	if (!s->primary.conn) {
		s->cur = &s->primary;
		if (!(s->primary.conn = PQconnectdb(name))) {
			s->cur = &s->named;
			return vr_error_set(VR_ENOMEM, "out of memory");
		}
		if (PQstatus(s->primary.conn) != CONNECTION_OK) {
			one_line(PQerrorMessage(s->primary.conn), m, sizeof(m));
			PQfinish(s->primary.conn);
			s->primary.conn = NULL;
			s->cur = &s->named;
			return vr_error_set(VR_EIO, "%s is a read-only standby, and its primary "
					    "($VRTOOL_DB_PRIMARY) cannot be reached: %s", s->where, m);
		}
		int also = 0, err = session_setup(s, &also);
		if (err == 0 && also)
			err = vr_error_set(VR_EINPUT, "$VRTOOL_DB_PRIMARY names a standby too: "
					   "name the primary");
		if (err < 0) {
			PQfinish(s->primary.conn);
			s->primary.conn = NULL;
			s->cur = &s->named;
			return err;
		}
	}
	s->cur = &s->primary;
	return 0;
}

static int pg_begin(vr_store *st, int write)
{
	pg_store *s = PG(st);
	pg_conn *w;
	int err;

	if (PQstatus(s->cur->conn) != CONNECTION_OK && reconnect(s) < 0)
		return vr_pg_error(s, NULL, "starting a transaction");
	if (write && s->standby && (err = to_primary(s)) < 0)
		return err;
	if (!write)
		return exec(s, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
			    "starting a read transaction");
	/* one writer at a time (store_pg.h); a connection lost before the lock
	 * was held had done nothing: made again, and waited again, once */
	w = s->cur;
	for (int tries = 0; tries < 2; tries++) {
		s->cur = w;
		if ((err = exec(s, "BEGIN ISOLATION LEVEL READ COMMITTED",
				"starting a transaction")) == 0 &&
		    (err = exec(s, "SELECT pg_advisory_xact_lock(1987212289)",
				"waiting for another writer")) == 0)
			return 0;
		pg_rollback(st);
		s->cur = w;
		if (tries == 0 && PQstatus(s->cur->conn) != CONNECTION_OK && reconnect(s) == 0)
			continue;
		break;
	}
	s->cur = &s->named;
	return err;
}

static int pg_commit(vr_store *st)
{
	pg_store *s = PG(st);
	PGresult *r = PQexec(s->cur->conn, "COMMIT");
	ExecStatusType rs = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
	int err = 0;

	if (rs != PGRES_COMMAND_OK) {
		if (connection_lost(s, r))
			err = vr_error_set(VR_EOUTCOME, "%s: the connection to the database "
					   "server was lost while committing: whether this command's "
					   "change was kept is not known; look at `vrtool audit log` "
					   "before trying again", s->where);
		else
			err = vr_pg_error(s, r, "committing");
		pg_rollback(st);
	} else if (strcmp(PQcmdStatus(r), "COMMIT") != 0) {
		/* a transaction that had failed: the server answers ROLLBACK */
		err = vr_error_set(VR_EIO, "%s: the server rolled the transaction back; nothing "
				   "was written", s->where);
	}
	PQclear(r);
	s->cur = &s->named;
	return err;
}

const vr_store_ops vr_store_pg_ops = {
	.name = "postgresql",
	.size = sizeof(pg_store),
	.accepts = pg_accepts,
	.open = pg_open,
	.close = pg_close,
	.schema_version = pg_schema_version,
	.begin = pg_begin,
	.commit = pg_commit,
	.rollback = pg_rollback,
	.put_person = vr_pg_put_person,
	.put_case = vr_pg_put_case,
	.clear_events = vr_pg_clear_events,
	.add_event = vr_pg_add_event,
	.clear_staff = vr_pg_clear_staff,
	.add_staff = vr_pg_add_staff,
	.add_plan = vr_pg_add_plan,
	.add_version = vr_pg_add_version,
	.audit_head = vr_pg_audit_head,
	.audit_append = vr_pg_audit_append,
	.add_signature = vr_pg_add_signature,
	.add_withdrawal = vr_pg_add_withdrawal,
	.add_key = vr_pg_add_key,
	.get_plan = vr_pg_get_plan,
	.get_case = vr_pg_get_case,
	.get_version = vr_pg_get_version,
	.latest = vr_pg_latest,
	.get_key = vr_pg_get_key,
	.next_case = vr_pg_next_case,
	.has_seal = vr_pg_has_seal,
	.case_has_event = vr_pg_case_has_event,
	.count = vr_pg_count,
	.versions = vr_pg_versions,
	.signatures = vr_pg_signatures,
	.plans = vr_pg_plans,
	.caseload = vr_pg_caseload,
	.case_page = vr_pg_case_page,
	.audit_page = vr_pg_audit_page,
	.events = vr_pg_events,
	.staff = vr_pg_staff,
	.keys = vr_pg_keys,
	.updated = vr_pg_updated,
	.copy = NULL,    /* a server's backups are its own: pg_dump, pg_basebackup */
	.check = NULL,
};
