/*
 * store_pg.h - inside the PostgreSQL backend: what its three files share.
 *
 * The backend (store_backend.h's table, vr_store_pg_ops) is:
 *   store_pg.c       the connection: its name, opening, the schema's
 *                    migrations and grants, transactions, the server's
 *                    errors in words, the table;
 *   store_pg_rows.c  the operations on rows: writes, reads, lists;
 *   store_pg_sql.c   the SQL, as data: the migrations and every statement,
 *                    by number (P_*).
 * They, and this header, are the only files in src/ that include libpq-fe.h.
 *
 * Every statement is prepared once per connection on first use (PQprepare,
 * named "vrN") and run with PQexecPrepared: parameters as text, value blobs
 * as binary; results as text, bytea columns unescaped. A result is read
 * whole and cleared before an operation returns, so nothing is held while
 * store.c calls back (store.h's iterator rule).
 *
 * Concurrency: a write transaction takes one transaction-scoped advisory
 * lock (VR_PG_WRITE_LOCK) right after BEGIN, so writers run one at a time,
 * as SQLite's BEGIN IMMEDIATE makes them: the audit chain's head read inside
 * it stays the head until commit, and no write fails half-way for another's
 * sake (READ COMMITTED, no serialization failures). Reads take a
 * REPEATABLE READ READ ONLY snapshot and never wait for the lock.
 */
#ifndef VR_STORE_PG_H
#define VR_STORE_PG_H

#include "core/store_backend.h"

#include <libpq-fe.h>

/* The advisory lock of the write transaction, and of migrations ("vrt" 1, 2). */
#define VR_PG_WRITE_LOCK 0x76727401LL
#define VR_PG_MIGRATE_LOCK 0x76727402LL

enum {
	P_SCHEMA_VERSION, P_MIGRATIONS_TABLE, P_MIGRATION_HAS, P_MIGRATION_ADD,
	P_PUT_PERSON, P_PUT_CASE, P_CLEAR_EVENTS, P_ADD_EVENT, P_GET_PLAN, P_EACH_PLAN,
	P_PUT_PLAN, P_ADD_VERSION, P_AUDIT_LAST, P_AUDIT_ADD, P_AUDIT_PAGE, P_GET_CASE,
	P_GET_VERSION, P_GET_LATEST, P_LATEST, P_EACH_VERSION, P_EACH_CASE,
	P_EACH_CASE_AGENCY, P_EACH_LATEST, P_ADD_SIG, P_PLAN_VERSIONS, P_CLEAR_STAFF,
	P_ADD_STAFF, P_CASELOAD, P_CASELOAD_OF, P_NEXT_CASE, P_EACH_SIG, P_ADD_WITHDRAWAL,
	P_HAS_EVENT, P_PLAN_VERSIONS_META, P_ADD_KEY, P_GET_KEY, P_HAS_SEAL,
	P_ADD_SIG_ID, P_ADD_WITHDRAWAL_ID, P_EVENTS, P_STAFF, P_KEYS, P_UPDATED,
	P_COUNT, /* one per table: P_COUNT + VR_STORE_T_* */
	P_COUNT_MAX = P_COUNT + VR_STORE_T_COUNT
};

/* store_pg_sql.c */
extern const char *const vr_pg_migrations[VR_STORE_SCHEMA_VERSION];
extern const char vr_pg_grants[];
extern const char *const vr_pg_sql[P_COUNT_MAX];

/* A connection and the statements prepared on it. */
typedef struct {
	PGconn *conn;
	unsigned char prepared[P_COUNT_MAX];
} pg_conn;

/*
 * On a read-only hot standby (a replica streaming from the primary) every
 * read runs there; a write transaction, which a standby refuses, runs on the
 * primary named by $VRTOOL_DB_PRIMARY when it is set (so that export and
 * render, which only read plans but record what they did, can work beside
 * a standby), else it is refused with a message that says so. `cur` is the
 * connection in use: the primary's from begin to commit, else the one named.
 */
typedef struct {
	vr_store base;          /* first: store.c's pointer is this struct's */
	pg_conn named, primary;
	pg_conn *cur;
	int standby;            /* the named server is a read-only hot standby */
	char where[256];        /* the database as messages name it (no password) */
} pg_store;

#define PG(s) ((pg_store *)(s))

/* The server's error (or the connection's) in words: what was being done,
 * and what to do. */
int vr_pg_error(pg_store *s, const PGresult *r, const char *what);

/*
 * Runs statement id with n parameters (v[i] NULL: SQL NULL; len and fmt
 * NULL: all text; else fmt[i] 1 for a binary blob of len[i] bytes) and
 * gives its result in *out (the caller PQclear()s it), or an error.
 */
int vr_pg_run(pg_store *s, int id, int n, const char *const *v, const int *len,
	      const int *fmt, PGresult **out, const char *what);

/* A copy of text column c of row r (NULL for SQL NULL); *oom set when a
 * copy failed. */
char *vr_pg_dup(const PGresult *r, int row, int c, int *oom);
/* A copy of bytea column c into out ({ NULL, 0 } for NULL); -1 out of memory. */
int vr_pg_blob(const PGresult *r, int row, int c, vr_blob *out);

/* --- the operations on rows (store_pg_rows.c) --- */
int vr_pg_put_person(vr_store *st, const char *id, const char *xml, const vr_blob *val,
		     const char *now);
int vr_pg_put_case(vr_store *st, const vr_store_case *c, const char *now);
int vr_pg_clear_events(vr_store *st, const char *case_id);
int vr_pg_add_event(vr_store *st, const char *case_id, int seq, const char *kind,
		    const char *date);
int vr_pg_clear_staff(vr_store *st, const char *case_id);
int vr_pg_add_staff(vr_store *st, const char *case_id, const char *staff_id,
		    const char *role);
int vr_pg_add_plan(vr_store *st, const char *id, const char *case_id, const char *kind);
int vr_pg_add_version(vr_store *st, const char *plan_id, int version, const char *date,
		      const char *digest, const char *xml, const vr_blob *val, const char *now);
int vr_pg_audit_head(vr_store *st, long long *seq, char prev[VR_DIGEST_HEX]);
int vr_pg_audit_append(vr_store *st, const vr_store_audit_row *r);
int vr_pg_add_signature(vr_store *st, const vr_store_sig *g, long long *id);
int vr_pg_add_withdrawal(vr_store *st, const vr_store_withdrawal *w, long long *id);
int vr_pg_add_key(vr_store *st, const char *id, const char *public_hex, const char *now);
int vr_pg_get_plan(vr_store *st, const char *id, vr_store_plan_ref *out);
int vr_pg_get_case(vr_store *st, const char *id, vr_store_case_row *out);
int vr_pg_get_version(vr_store *st, const char *plan_id, int version,
		      vr_store_version_row *out);
int vr_pg_latest(vr_store *st, const char *plan_id, int *version, char digest[VR_DIGEST_HEX]);
int vr_pg_get_key(vr_store *st, const char *id, char *public_hex, size_t n);
int vr_pg_next_case(vr_store *st, const char *after, const char *agency, const char *staff,
		    char *id, size_t n);
int vr_pg_has_seal(vr_store *st, const char *seal, int *found);
int vr_pg_case_has_event(vr_store *st, const char *case_id, const char *kind, int *found);
int vr_pg_count(vr_store *st, int table, long long *n);
int vr_pg_versions(vr_store *st, int which, const char *key, vr_store_version_row **out,
		   size_t *nout);
int vr_pg_signatures(vr_store *st, const char *plan_id, vr_store_sig_row **out, size_t *nout);
int vr_pg_plans(vr_store *st, const char *case_id, vr_store_plan_ref **out, size_t *nout);
int vr_pg_caseload(vr_store *st, const char *agency, const char *case_id,
		   vr_store_load_row **out, size_t *nout);
int vr_pg_case_page(vr_store *st, const char *after, const char *agency,
		    vr_store_case_ref *rows, size_t cap, size_t *nout);
int vr_pg_audit_page(vr_store *st, long long after, long long upto, vr_store_audit_item *rows,
		     size_t cap, size_t *nout);
int vr_pg_events(vr_store *st, const char *case_id, vr_store_event_row **out, size_t *nout);
int vr_pg_staff(vr_store *st, const char *case_id, vr_store_staff_row **out, size_t *nout);
int vr_pg_keys(vr_store *st, vr_store_key_row **out, size_t *nout);
int vr_pg_updated(vr_store *st, const char *case_id, char person_at[32], char case_at[32]);

#endif
