/*
 * store_sqlite_rows.c - the SQLite backend's operations on rows: writes,
 * reads of one row, and lists (store_backend.h says what each must do).
 *
 * Each operation takes its cached statement, binds, steps, copies what it
 * read out of SQLite's memory and resets the statement before it returns:
 * a list is read whole (or a page of it) and handed back, and store.c
 * runs the caller's callbacks only then. No row here outlives its step.
 */
#include "core/store_sqlite.h"
#include "core/error.h"

#include <stdio.h>

/* --- writes -------------------------------------------------------------- */

int vr_sqlite_put_person(vr_store *st, const char *id, const char *xml, const vr_blob *val,
			 const char *now)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_PUT_PERSON, &q)) < 0 ||
	    (err = bind_text(s, q, 1, id)) < 0 || (err = bind_text(s, q, 2, xml)) < 0 ||
	    (err = bind_text(s, q, 3, now)) < 0 || (err = bind_blob(s, q, 4, val)) < 0)
		return err;
	return run(s, q, "storing a person");
}

int vr_sqlite_put_case(vr_store *st, const vr_store_case *c, const char *now)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_PUT_CASE, &q)) < 0 ||
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

int vr_sqlite_clear_events(vr_store *st, const char *case_id)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_CLEAR_EVENTS, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	return run(s, q, "clearing events");
}

int vr_sqlite_add_event(vr_store *st, const char *case_id, int seq, const char *kind,
			const char *date)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_EVENT, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0 ||
	    (err = bind_int(s, q, 2, seq)) < 0 || (err = bind_text(s, q, 3, kind)) < 0 ||
	    (err = bind_text(s, q, 4, date)) < 0)
		return err;
	return run(s, q, "storing an event");
}

int vr_sqlite_clear_staff(vr_store *st, const char *case_id)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_CLEAR_STAFF, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	return run(s, q, "clearing case staff");
}

int vr_sqlite_add_staff(vr_store *st, const char *case_id, const char *staff_id,
			const char *role)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_STAFF, &q)) < 0 ||
	    (err = bind_text(s, q, 1, case_id)) < 0 || (err = bind_text(s, q, 2, staff_id)) < 0 ||
	    (err = bind_text(s, q, 3, role)) < 0)
		return err;
	return run(s, q, "storing case staff");
}

int vr_sqlite_add_plan(vr_store *st, const char *id, const char *case_id, const char *kind)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_PUT_PLAN, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0 ||
	    (err = bind_text(s, q, 2, case_id)) < 0 || (err = bind_text(s, q, 3, kind)) < 0)
		return err;
	return run(s, q, "storing a plan");
}

int vr_sqlite_add_version(vr_store *st, const char *plan_id, int version, const char *date,
			  const char *digest, const char *xml, const vr_blob *val,
			  const char *now)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_VERSION, &q)) < 0 || (err = bind_text(s, q, 1, plan_id)) < 0 ||
	    (err = bind_int(s, q, 2, version)) < 0 || (err = bind_text(s, q, 3, date)) < 0 ||
	    (err = bind_text(s, q, 4, digest)) < 0 || (err = bind_text(s, q, 5, xml)) < 0 ||
	    (err = bind_text(s, q, 6, now)) < 0 || (err = bind_blob(s, q, 7, val)) < 0)
		return err;
	return run(s, q, "storing a plan version");
}

/* Inside a write transaction the head is already ours: BEGIN IMMEDIATE
 * took the write lock, which no other connection can take until commit. */
int vr_sqlite_audit_head(vr_store *st, long long *seq, char prev[VR_DIGEST_HEX])
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	*seq = 0;
	prev[0] = '\0';
	if ((err = stmt(s, Q_AUDIT_LAST, &q)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const unsigned char *h = sqlite3_column_text(q, 1);
		*seq = sqlite3_column_int64(q, 0);
		snprintf(prev, VR_DIGEST_HEX, "%s", h ? (const char *)h : "");
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : vr_sqlite_error(s, rc, "reading the audit log");
}

int vr_sqlite_audit_append(vr_store *st, const vr_store_audit_row *r)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_AUDIT_ADD, &q)) < 0 || (err = bind_int(s, q, 1, r->seq)) < 0 ||
	    (err = bind_text(s, q, 2, r->at)) < 0 || (err = bind_text(s, q, 3, r->actor)) < 0 ||
	    (err = bind_text(s, q, 4, r->action)) < 0 || (err = bind_text(s, q, 5, r->object)) < 0 ||
	    (err = bind_text(s, q, 6, r->detail)) < 0 ||
	    (err = bind_text(s, q, 7, r->prev_hash)) < 0 || (err = bind_text(s, q, 8, r->hash)) < 0)
		return err;
	return run(s, q, "appending to the audit log");
}

int vr_sqlite_add_signature(vr_store *st, const vr_store_sig *g, long long *id)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_SIG, &q)) < 0 ||
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
	    (err = bind_text(s, q, 17, g->recorded_by)) < 0 ||
	    (err = g->id ? bind_int(s, q, 18, g->id) : bind_text(s, q, 18, NULL)) < 0)
		return err;
	if ((err = run(s, q, "storing a signature")) < 0)
		return err;
	if (id)
		*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int vr_sqlite_add_withdrawal(vr_store *st, const vr_store_withdrawal *w, long long *id)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_WITHDRAWAL, &q)) < 0 ||
	    (err = bind_int(s, q, 1, w->signature_id)) < 0 ||
	    (err = bind_text(s, q, 2, w->plan_id)) < 0 || (err = bind_text(s, q, 3, w->reason)) < 0 ||
	    (err = bind_text(s, q, 4, w->by)) < 0 || (err = bind_text(s, q, 5, w->at)) < 0 ||
	    (err = bind_text(s, q, 6, w->record)) < 0 || (err = bind_text(s, q, 7, w->seal)) < 0 ||
	    (err = bind_text(s, q, 8, w->key_id)) < 0 ||
	    (err = w->id ? bind_int(s, q, 9, w->id) : bind_text(s, q, 9, NULL)) < 0)
		return err;
	if ((err = run(s, q, "storing a signature's withdrawal")) < 0)
		return err;
	if (id)
		*id = sqlite3_last_insert_rowid(s->db);
	return 0;
}

int vr_sqlite_add_key(vr_store *st, const char *id, const char *public_hex, const char *now)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err;

	if ((err = stmt(s, Q_ADD_KEY, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0 ||
	    (err = bind_text(s, q, 2, public_hex)) < 0 || (err = bind_text(s, q, 3, now)) < 0)
		return err;
	return run(s, q, "storing a key");
}

/* --- reads of one row ---------------------------------------------------- */

int vr_sqlite_get_plan(vr_store *st, const char *id, vr_store_plan_ref *out)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	if ((err = stmt(s, Q_GET_PLAN, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		out->id = dup_col(q, 0);
		out->case_id = dup_col(q, 1);
		out->kind = dup_col(q, 2);
		if (!out->id || !out->case_id || !out->kind) {
			vr_store_plan_ref_clear(out);
			err = vr_error_set(VR_ENOMEM, "out of memory");
		}
	}
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return err;
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "looking up a plan");
}

int vr_sqlite_get_case(vr_store *st, const char *id, vr_store_case_row *out)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

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
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "reading a case");
}

/* A row of the version queries (they all have these columns). */
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

int vr_sqlite_get_version(vr_store *st, const char *plan_id, int version,
			  vr_store_version_row *out)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	if ((err = stmt(s, version ? Q_GET_VERSION : Q_GET_LATEST, &q)) < 0 ||
	    (err = bind_text(s, q, 1, plan_id)) < 0 ||
	    (version && (err = bind_int(s, q, 2, version)) < 0))
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		err = read_version(q, out);
		sqlite3_reset(q);
		return err;
	}
	sqlite3_reset(q);
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "reading a plan version");
}

int vr_sqlite_latest(vr_store *st, const char *plan_id, int *version, char digest[VR_DIGEST_HEX])
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	if ((err = stmt(s, Q_LATEST, &q)) < 0 || (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const unsigned char *d = sqlite3_column_text(q, 1);
		*version = sqlite3_column_int(q, 0);
		snprintf(digest, VR_DIGEST_HEX, "%s", d ? (const char *)d : "");
	}
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : vr_sqlite_error(s, rc, "reading a plan");
}

int vr_sqlite_get_key(vr_store *st, const char *id, char *public_hex, size_t n)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	if ((err = stmt(s, Q_GET_KEY, &q)) < 0 || (err = bind_text(s, q, 1, id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const unsigned char *k = sqlite3_column_text(q, 0);
		snprintf(public_hex, n, "%s", k ? (const char *)k : "");
	}
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "reading a key");
}

int vr_sqlite_next_case(vr_store *st, const char *after, const char *agency, const char *staff,
			char *id, size_t n)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
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
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "listing cases");
}

/* Whether the query `id` with text parameters a and b (b may be NULL: not
 * bound) has a row. */
static int exists_row(sq_store *s, int id, const char *a, const char *b, int *found,
		      const char *what)
{
	sqlite3_stmt *q = NULL;
	int rc, err;

	if ((err = stmt(s, id, &q)) < 0 || (err = bind_text(s, q, 1, a)) < 0 ||
	    (b && (err = bind_text(s, q, 2, b)) < 0))
		return err;
	rc = sqlite3_step(q);
	*found = rc == SQLITE_ROW;
	sqlite3_reset(q);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : vr_sqlite_error(s, rc, what);
}

int vr_sqlite_has_seal(vr_store *st, const char *seal, int *found)
{
	return exists_row(SQ(st), Q_HAS_SEAL, seal, NULL, found, "reading signatures");
}

int vr_sqlite_case_has_event(vr_store *st, const char *case_id, const char *kind, int *found)
{
	return exists_row(SQ(st), Q_HAS_EVENT, case_id, kind, found, "reading events");
}

int vr_sqlite_count(vr_store *st, int table, long long *n)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int rc, err;

	if ((err = stmt(s, Q_COUNT + table, &q)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		*n = sqlite3_column_int64(q, 0);
	sqlite3_reset(q);
	return rc == SQLITE_ROW ? 0 : vr_sqlite_error(s, rc, "counting");
}

/* --- lists: read whole, the statement reset, before returning ------------ */

int vr_sqlite_versions(vr_store *st, int which, const char *key, vr_store_version_row **out,
		       size_t *nout)
{
	static const int query[] = {
		[VR_STORE_V_CASE] = Q_EACH_VERSION, [VR_STORE_V_CASE_LATEST] = Q_EACH_LATEST,
		[VR_STORE_V_PLAN] = Q_PLAN_VERSIONS, [VR_STORE_V_PLAN_META] = Q_PLAN_VERSIONS_META,
	};
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	vr_store_version_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, query[which], &q)) < 0 || (err = bind_text(s, q, 1, key)) < 0)
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = vr_store_grow(&rows, &cap, n, sizeof(*rows))) < 0)
			break;
		memset(&rows[n], 0, sizeof(*rows));
		if ((err = read_version(q, &rows[n])) < 0)
			break;
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "listing plan versions");
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_version_row_free(&rows[i]);
		free(rows);
		return err;
	}
	*out = rows;
	*nout = n;
	return 0;
}

static int read_sig(sqlite3_stmt *q, vr_store_sig_row *r)
{
	memset(r, 0, sizeof(*r));
	r->id = sqlite3_column_int64(q, 0);
	r->plan_id = dup_col(q, 1);
	r->version = sqlite3_column_int(q, 2);
	r->digest = dup_col(q, 3);
	r->role = dup_col(q, 4);
	r->signer_id = dup_col(q, 5);
	r->signer_name = dup_col(q, 6);
	r->method = dup_col(q, 7);
	r->meaning = dup_col(q, 8);
	r->at = dup_col(q, 9);
	r->record = dup_col(q, 10);
	r->seal = dup_col(q, 11);
	r->key_id = dup_col(q, 12);
	r->intent = dup_col(q, 13);
	r->identity = dup_col(q, 14);
	r->scan_sha256 = dup_col(q, 15);
	r->seen = dup_col(q, 16);
	r->recorded_by = dup_col(q, 17);
	r->withdrawal_id = sqlite3_column_int64(q, 18);
	r->w_reason = dup_col(q, 19);
	r->w_by = dup_col(q, 20);
	r->w_at = dup_col(q, 21);
	r->w_record = dup_col(q, 22);
	r->w_seal = dup_col(q, 23);
	r->w_key_id = dup_col(q, 24);
	if (!r->plan_id || !r->digest || !r->role || !r->signer_name || !r->method ||
	    !r->meaning || !r->at || !r->record ||
	    (r->withdrawal_id && (!r->w_reason || !r->w_by || !r->w_at || !r->w_record ||
				  !r->w_seal || !r->w_key_id))) {
		vr_store_sig_row_clear(r);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	return 0;
}

int vr_sqlite_signatures(vr_store *st, const char *plan_id, vr_store_sig_row **out,
			 size_t *nout)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	vr_store_sig_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, Q_EACH_SIG, &q)) < 0 || (err = bind_text(s, q, 1, plan_id)) < 0)
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = vr_store_grow(&rows, &cap, n, sizeof(*rows))) < 0 ||
		    (err = read_sig(q, &rows[n])) < 0)
			break;
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "reading signatures");
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_sig_row_clear(&rows[i]);
		free(rows);
		return err;
	}
	*out = rows;
	*nout = n;
	return 0;
}

int vr_sqlite_plans(vr_store *st, const char *case_id, vr_store_plan_ref **out, size_t *nout)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	vr_store_plan_ref *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, Q_EACH_PLAN, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = vr_store_grow(&rows, &cap, n, sizeof(*rows))) < 0)
			break;
		rows[n].id = dup_col(q, 0);
		rows[n].case_id = dup_col(q, 1);
		rows[n].kind = dup_col(q, 2);
		if (!rows[n].id || !rows[n].case_id || !rows[n].kind) {
			vr_store_plan_ref_clear(&rows[n]);
			err = vr_error_set(VR_ENOMEM, "out of memory");
			break;
		}
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "listing plans");
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_plan_ref_clear(&rows[i]);
		free(rows);
		return err;
	}
	*out = rows;
	*nout = n;
	return 0;
}

int vr_sqlite_caseload(vr_store *st, const char *agency, const char *case_id,
		       vr_store_load_row **out, size_t *nout)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	vr_store_load_row *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, case_id ? Q_CASELOAD_OF : Q_CASELOAD, &q)) < 0 ||
	    (err = bind_text(s, q, 1, agency)) < 0 ||
	    (case_id && (err = bind_text(s, q, 2, case_id)) < 0))
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = vr_store_grow(&rows, &cap, n, sizeof(*rows))) < 0)
			break;
		rows[n].staff_id = dup_col(q, 0);
		rows[n].role = dup_col(q, 1);
		rows[n].cases = sqlite3_column_int64(q, 2);
		if (!rows[n].staff_id || !rows[n].role) {
			vr_store_load_row_clear(&rows[n]);
			err = vr_error_set(VR_ENOMEM, "out of memory");
			break;
		}
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "counting caseloads");
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_load_row_clear(&rows[i]);
		free(rows);
		return err;
	}
	*out = rows;
	*nout = n;
	return 0;
}

int vr_sqlite_case_page(vr_store *st, const char *after, const char *agency,
			vr_store_case_ref *rows, size_t cap, size_t *nout)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	size_t n = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, agency ? Q_EACH_CASE_AGENCY : Q_EACH_CASE, &q)) < 0 ||
	    (err = bind_text(s, q, 1, after)) < 0 ||
	    (agency && (err = bind_text(s, q, 2, agency)) < 0) ||
	    (err = bind_int(s, q, 3, (long long)cap)) < 0)
		return err;
	while (n < cap && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		rows[n].id = dup_col(q, 0);
		rows[n].agency = dup_col(q, 1);
		if (!rows[n].id || !rows[n].agency) {
			vr_store_case_ref_clear(&rows[n]);
			err = vr_error_set(VR_ENOMEM, "out of memory");
			break;
		}
		n++;
	}
	if (!err && n < cap && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "listing cases");
	sqlite3_reset(q);   /* the read snapshot ends here, before any callback */
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_case_ref_clear(&rows[i]);
		return err;
	}
	*nout = n;
	return 0;
}

/* An audit row into one allocation: its seven strings, each ended by a
 * NUL, in column order. A NULL (the schema refuses them; a changed one
 * might not) stays NULL, which audit.c reports as a break. */
static int read_audit(sqlite3_stmt *q, vr_store_audit_item *r)
{
	const char **field[7] = { &r->row.at, &r->row.actor, &r->row.action, &r->row.object,
				  &r->row.detail, &r->row.prev_hash, &r->row.hash };
	const unsigned char *text[7];
	size_t len[7], total = 0;
	char *p;

	for (int i = 0; i < 7; i++) {
		text[i] = sqlite3_column_text(q, i + 1);   /* the text, then its length */
		len[i] = (size_t)sqlite3_column_bytes(q, i + 1);
		if (!text[i] && sqlite3_column_type(q, i + 1) != SQLITE_NULL)
			return vr_error_set(VR_ENOMEM, "out of memory");
		total += len[i] + 1;
	}
	if (!(r->mem = p = malloc(total)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (int i = 0; i < 7; i++) {
		*field[i] = text[i] ? p : NULL;
		if (len[i])
			memcpy(p, text[i], len[i]);
		p[len[i]] = '\0';
		p += len[i] + 1;
	}
	r->row.seq = sqlite3_column_int64(q, 0);
	return 0;
}

int vr_sqlite_audit_page(vr_store *st, long long after, long long upto,
			 vr_store_audit_item *rows, size_t cap, size_t *nout)
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	size_t n = 0;
	int rc = SQLITE_OK, err;

	if ((err = stmt(s, Q_AUDIT_PAGE, &q)) < 0 || (err = bind_int(s, q, 1, after)) < 0 ||
	    (err = bind_int(s, q, 2, upto)) < 0 || (err = bind_int(s, q, 3, (long long)cap)) < 0)
		return err;
	while (n < cap && (rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = read_audit(q, &rows[n])) < 0)
			break;
		n++;
	}
	if (!err && n < cap && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, "reading the audit log");
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			vr_store_audit_item_clear(&rows[i]);
		return err;
	}
	*nout = n;
	return 0;
}

/* --- what vr_store_transfer reads besides the above ---------------------- */

/* Runs the list query id with the text parameter key (NULL: none) and
 * reads each row with `row` into a grown array of elements of size bytes;
 * `clear` frees one. */
static int list_rows(sq_store *s, int id, const char *key, size_t size,
		     int (*row)(sqlite3_stmt *q, void *r), void (*clear)(void *r),
		     void **out, size_t *nout, const char *what)
{
	sqlite3_stmt *q = NULL;
	char *rows = NULL;
	size_t n = 0, cap = 0;
	int rc = SQLITE_OK, err;

	*out = NULL;
	*nout = 0;
	if ((err = stmt(s, id, &q)) < 0 || (key && (err = bind_text(s, q, 1, key)) < 0))
		return err;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if ((err = vr_store_grow(&rows, &cap, n, size)) < 0)
			break;
		memset(rows + n * size, 0, size);
		if (row(q, rows + n * size) < 0) {
			clear(rows + n * size);
			err = vr_error_set(VR_ENOMEM, "out of memory");
			break;
		}
		n++;
	}
	if (!err && rc != SQLITE_DONE)
		err = vr_sqlite_error(s, rc, what);
	sqlite3_reset(q);
	if (err < 0) {
		for (size_t i = 0; i < n; i++)
			clear(rows + i * size);
		free(rows);
		return err;
	}
	*out = rows;
	*nout = n;
	return 0;
}

static int event_row(sqlite3_stmt *q, void *p)
{
	vr_store_event_row *r = p;
	r->seq = sqlite3_column_int(q, 0);
	r->kind = dup_col(q, 1);
	r->date = dup_col(q, 2);
	return r->kind && (r->date || sqlite3_column_type(q, 2) == SQLITE_NULL) ? 0 : -1;
}

static void event_clear(void *p)
{
	vr_store_event_row *r = p;
	free(r->kind);
	free(r->date);
}

int vr_sqlite_events(vr_store *st, const char *case_id, vr_store_event_row **out,
		     size_t *nout)
{
	return list_rows(SQ(st), Q_EVENTS, case_id, sizeof(**out), event_row, event_clear,
			 (void **)out, nout, "reading events");
}

static int staff_row(sqlite3_stmt *q, void *p)
{
	vr_store_staff_row *r = p;
	r->staff_id = dup_col(q, 0);
	r->role = dup_col(q, 1);
	return r->staff_id && r->role ? 0 : -1;
}

static void staff_clear(void *p)
{
	vr_store_staff_row *r = p;
	free(r->staff_id);
	free(r->role);
}

int vr_sqlite_staff(vr_store *st, const char *case_id, vr_store_staff_row **out, size_t *nout)
{
	return list_rows(SQ(st), Q_STAFF, case_id, sizeof(**out), staff_row, staff_clear,
			 (void **)out, nout, "reading case staff");
}

static int key_row(sqlite3_stmt *q, void *p)
{
	vr_store_key_row *r = p;
	r->id = dup_col(q, 0);
	r->public_hex = dup_col(q, 1);
	r->created_at = dup_col(q, 2);
	return r->id && r->public_hex && r->created_at ? 0 : -1;
}

static void key_clear(void *p)
{
	vr_store_key_row *r = p;
	free(r->id);
	free(r->public_hex);
	free(r->created_at);
}

int vr_sqlite_keys(vr_store *st, vr_store_key_row **out, size_t *nout)
{
	return list_rows(SQ(st), Q_KEYS, NULL, sizeof(**out), key_row, key_clear,
			 (void **)out, nout, "reading keys");
}

int vr_sqlite_updated(vr_store *st, const char *case_id, char person_at[32], char case_at[32])
{
	sq_store *s = SQ(st);
	sqlite3_stmt *q = NULL;
	int err, rc;

	if ((err = stmt(s, Q_UPDATED, &q)) < 0 || (err = bind_text(s, q, 1, case_id)) < 0)
		return err;
	rc = sqlite3_step(q);
	if (rc == SQLITE_ROW) {
		const unsigned char *a = sqlite3_column_text(q, 0), *b = sqlite3_column_text(q, 1);
		snprintf(person_at, 32, "%s", a ? (const char *)a : "");
		snprintf(case_at, 32, "%s", b ? (const char *)b : "");
	}
	sqlite3_reset(q);
	if (rc == SQLITE_ROW)
		return 0;
	return rc == SQLITE_DONE ? VR_ENOTFOUND : vr_sqlite_error(s, rc, "reading a case");
}
