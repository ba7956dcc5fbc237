/*
 * store_sqlite.h - inside the SQLite backend: what its three files share.
 *
 * The backend (store_backend.h's table, vr_store_sqlite_ops) is:
 *   store_sqlite.c       the connection: opening, the schema's migrations,
 *                        transactions, SQLite's errors in words, the copy
 *                        and check of the database as a whole, the table;
 *   store_sqlite_rows.c  the operations on rows: writes, reads, lists;
 *   store_sqlite_sql.c   the SQL, as data: the migrations and every
 *                        statement, by number (Q_*).
 * They, and this header, are the only files in src/ that include sqlite3.h.
 *
 * Every statement is prepared once per connection and kept (stmt()): a
 * caseload run issues the same few statements tens of thousands of times.
 * A cached statement is reset before each use and after it, and no
 * operation returns with one stepping; since store.c calls back only after
 * an operation returned, one statement is never wanted twice at a time.
 * sqlite3_exec is kept for what runs once per connection or is not a
 * query: the PRAGMAs that set a connection up and the migrations' DDL.
 */
#ifndef VR_STORE_SQLITE_H
#define VR_STORE_SQLITE_H

#include "core/store_backend.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define BUSY_TIMEOUT_MS 60000

enum {
	Q_BEGIN_WRITE, Q_BEGIN_READ, Q_COMMIT, Q_ROLLBACK, Q_SCHEMA_VERSION, Q_MIGRATION_HAS,
	Q_MIGRATION_ADD,
	Q_PUT_PERSON, Q_PUT_CASE, Q_CLEAR_EVENTS, Q_ADD_EVENT, Q_GET_PLAN, Q_EACH_PLAN,
	Q_PUT_PLAN, Q_ADD_VERSION, Q_AUDIT_LAST, Q_AUDIT_ADD, Q_AUDIT_PAGE, Q_GET_CASE,
	Q_GET_VERSION, Q_GET_LATEST, Q_LATEST, Q_EACH_VERSION, Q_EACH_CASE,
	Q_EACH_CASE_AGENCY, Q_EACH_LATEST, Q_ADD_SIG, Q_PLAN_VERSIONS, Q_CLEAR_STAFF,
	Q_ADD_STAFF, Q_CASELOAD, Q_CASELOAD_OF, Q_NEXT_CASE, Q_EACH_SIG, Q_ADD_WITHDRAWAL,
	Q_HAS_EVENT, Q_PLAN_VERSIONS_META, Q_ADD_KEY, Q_GET_KEY, Q_HAS_SEAL,
	Q_EVENTS, Q_STAFF, Q_KEYS, Q_UPDATED,
	Q_COUNT, /* one per table: Q_COUNT + VR_STORE_T_* */
	Q_INTEGRITY = Q_COUNT + VR_STORE_T_COUNT,
	Q_COUNT_MAX
};

/* store_sqlite_sql.c */
extern const char *const vr_sqlite_migrations[VR_STORE_SCHEMA_VERSION];
extern const char *const vr_sqlite_sql[Q_COUNT_MAX];

typedef struct {
	vr_store base;          /* first: store.c's pointer is this struct's */
	sqlite3 *db;
	sqlite3_stmt *q[Q_COUNT_MAX];
	int examine;            /* opened VR_STORE_READONLY: a file being checked */
} sq_store;

#define SQ(s) ((sq_store *)(s))

/* Turns an SQLite result code into a vr_err with a message saying what was
 * being done and, for the codes a user can act on, what to do. */
int vr_sqlite_error(sq_store *s, int rc, const char *what);

/* The cached statement `id`, prepared on first use: SQLite's result code. */
static inline int prepare(sq_store *s, int id, sqlite3_stmt **out)
{
	int rc;

	if (!s->q[id]) {
		rc = sqlite3_prepare_v2(s->db, vr_sqlite_sql[id], -1, &s->q[id], NULL);
		if (rc != SQLITE_OK)
			return rc;
	} else {
		sqlite3_reset(s->q[id]);   /* its last step's code, reported then */
		sqlite3_clear_bindings(s->q[id]);
	}
	*out = s->q[id];
	return SQLITE_OK;
}

static inline int stmt(sq_store *s, int id, sqlite3_stmt **out)
{
	int rc = prepare(s, id, out);
	return rc == SQLITE_OK ? 0 : vr_sqlite_error(s, rc, "preparing a query");
}

static inline int bind_int(sq_store *s, sqlite3_stmt *q, int i, long long v)
{
	int rc = sqlite3_bind_int64(q, i, v);
	return rc == SQLITE_OK ? 0 : vr_sqlite_error(s, rc, "binding a value");
}

static inline int bind_text(sq_store *s, sqlite3_stmt *q, int i, const char *v)
{
	int rc = v ? sqlite3_bind_text(q, i, v, -1, SQLITE_TRANSIENT)
		   : sqlite3_bind_null(q, i);
	return rc == SQLITE_OK ? 0 : vr_sqlite_error(s, rc, "binding a value");
}

static inline int bind_blob(sq_store *s, sqlite3_stmt *q, int i, const vr_blob *b)
{
	int rc = b && b->ptr ? sqlite3_bind_blob(q, i, b->ptr, (int)b->len, SQLITE_TRANSIENT)
			     : sqlite3_bind_null(q, i);
	return rc == SQLITE_OK ? 0 : vr_sqlite_error(s, rc, "binding a value");
}

/* Steps a statement that returns no rows. */
static inline int run(sq_store *s, sqlite3_stmt *q, const char *what)
{
	int rc = sqlite3_step(q);
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? 0 : vr_sqlite_error(s, rc, what);
}

static inline char *dup_col(sqlite3_stmt *q, int i)
{
	const unsigned char *t = sqlite3_column_text(q, i);
	return t ? strdup((const char *)t) : NULL;
}

/* A copy of a BLOB column; { NULL, 0 } when it is NULL. -1 out of memory. */
static inline int dup_blob(sqlite3_stmt *q, int i, vr_blob *out)
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

/* --- the operations on rows (store_sqlite_rows.c) --- */
int vr_sqlite_put_person(vr_store *st, const char *id, const char *xml, const vr_blob *val,
			 const char *now);
int vr_sqlite_put_case(vr_store *st, const vr_store_case *c, const char *now);
int vr_sqlite_clear_events(vr_store *st, const char *case_id);
int vr_sqlite_add_event(vr_store *st, const char *case_id, int seq, const char *kind,
			const char *date);
int vr_sqlite_clear_staff(vr_store *st, const char *case_id);
int vr_sqlite_add_staff(vr_store *st, const char *case_id, const char *staff_id,
			const char *role);
int vr_sqlite_add_plan(vr_store *st, const char *id, const char *case_id, const char *kind);
int vr_sqlite_add_version(vr_store *st, const char *plan_id, int version, const char *date,
			  const char *digest, const char *xml, const vr_blob *val,
			  const char *now);
int vr_sqlite_audit_head(vr_store *st, long long *seq, char prev[VR_DIGEST_HEX]);
int vr_sqlite_audit_append(vr_store *st, const vr_store_audit_row *r);
int vr_sqlite_add_signature(vr_store *st, const vr_store_sig *g, long long *id);
int vr_sqlite_add_withdrawal(vr_store *st, const vr_store_withdrawal *w, long long *id);
int vr_sqlite_add_key(vr_store *st, const char *id, const char *public_hex, const char *now);
int vr_sqlite_get_plan(vr_store *st, const char *id, vr_store_plan_ref *out);
int vr_sqlite_get_case(vr_store *st, const char *id, vr_store_case_row *out);
int vr_sqlite_get_version(vr_store *st, const char *plan_id, int version,
			  vr_store_version_row *out);
int vr_sqlite_latest(vr_store *st, const char *plan_id, int *version,
		     char digest[VR_DIGEST_HEX]);
int vr_sqlite_get_key(vr_store *st, const char *id, char *public_hex, size_t n);
int vr_sqlite_next_case(vr_store *st, const char *after, const char *agency,
			const char *staff, char *id, size_t n);
int vr_sqlite_has_seal(vr_store *st, const char *seal, int *found);
int vr_sqlite_case_has_event(vr_store *st, const char *case_id, const char *kind, int *found);
int vr_sqlite_count(vr_store *st, int table, long long *n);
int vr_sqlite_versions(vr_store *st, int which, const char *key, vr_store_version_row **out,
		       size_t *nout);
int vr_sqlite_signatures(vr_store *st, const char *plan_id, vr_store_sig_row **out,
			 size_t *nout);
int vr_sqlite_plans(vr_store *st, const char *case_id, vr_store_plan_ref **out, size_t *nout);
int vr_sqlite_caseload(vr_store *st, const char *agency, const char *case_id,
		       vr_store_load_row **out, size_t *nout);
int vr_sqlite_case_page(vr_store *st, const char *after, const char *agency,
			vr_store_case_ref *rows, size_t cap, size_t *nout);
int vr_sqlite_audit_page(vr_store *st, long long after, long long upto,
			 vr_store_audit_item *rows, size_t cap, size_t *nout);
int vr_sqlite_events(vr_store *st, const char *case_id, vr_store_event_row **out,
		     size_t *nout);
int vr_sqlite_staff(vr_store *st, const char *case_id, vr_store_staff_row **out, size_t *nout);
int vr_sqlite_keys(vr_store *st, vr_store_key_row **out, size_t *nout);
int vr_sqlite_updated(vr_store *st, const char *case_id, char person_at[32], char case_at[32]);

#endif
