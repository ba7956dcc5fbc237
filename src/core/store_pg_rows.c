/*
 * store_pg_rows.c - the PostgreSQL backend's operations on rows: writes,
 * reads of one row, and lists (store_backend.h says what each must do).
 *
 * Each runs its prepared statement (vr_pg_run), copies what it needs out
 * of the result and clears it before it returns: store.c's callbacks run
 * with nothing of the server's held.
 */
#include "core/store_pg.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Parameters: text, with blobs as binary. */
typedef struct {
	const char *v[18];
	int len[18], fmt[18];
	char num[18][24];
	int n;
} params;

static void text(params *p, const char *v)
{
	p->v[p->n] = v;
	p->len[p->n] = 0;
	p->fmt[p->n++] = 0;
}

static void num(params *p, long long v)
{
	snprintf(p->num[p->n], sizeof(p->num[p->n]), "%lld", v);
	text(p, p->num[p->n]);
}

static void blob(params *p, const vr_blob *b)
{
	p->v[p->n] = b && b->ptr ? b->ptr : NULL;
	p->len[p->n] = b && b->ptr ? (int)b->len : 0;
	p->fmt[p->n++] = 1;
}

static int run(vr_store *st, int id, params *p, PGresult **out, const char *what)
{
	return vr_pg_run(PG(st), id, p->n, p->v, p->len, p->fmt, out, what);
}

/* A statement whose rows, if any, are not wanted. */
static int run_only(vr_store *st, int id, params *p, const char *what)
{
	PGresult *r = NULL;
	int err = run(st, id, p, &r, what);
	PQclear(r);
	return err;
}

static int oom(void)
{
	return vr_error_set(VR_ENOMEM, "out of memory");
}

/* --- writes -------------------------------------------------------------- */

int vr_pg_put_person(vr_store *st, const char *id, const char *xml, const vr_blob *val,
		     const char *now)
{
	params p = { .n = 0 };
	text(&p, id), text(&p, xml), text(&p, now), blob(&p, val);
	return run_only(st, P_PUT_PERSON, &p, "storing a person");
}

int vr_pg_put_case(vr_store *st, const vr_store_case *c, const char *now)
{
	params p = { .n = 0 };
	text(&p, c->id), text(&p, c->person_id), text(&p, c->agency), text(&p, c->program);
	text(&p, c->status), text(&p, c->xml), text(&p, now), blob(&p, &c->val);
	return run_only(st, P_PUT_CASE, &p, "storing a case");
}

int vr_pg_clear_events(vr_store *st, const char *case_id)
{
	params p = { .n = 0 };
	text(&p, case_id);
	return run_only(st, P_CLEAR_EVENTS, &p, "clearing events");
}

int vr_pg_add_event(vr_store *st, const char *case_id, int seq, const char *kind,
		    const char *date)
{
	params p = { .n = 0 };
	text(&p, case_id), num(&p, seq), text(&p, kind), text(&p, date);
	return run_only(st, P_ADD_EVENT, &p, "storing an event");
}

int vr_pg_clear_staff(vr_store *st, const char *case_id)
{
	params p = { .n = 0 };
	text(&p, case_id);
	return run_only(st, P_CLEAR_STAFF, &p, "clearing case staff");
}

int vr_pg_add_staff(vr_store *st, const char *case_id, const char *staff_id, const char *role)
{
	params p = { .n = 0 };
	text(&p, case_id), text(&p, staff_id), text(&p, role);
	return run_only(st, P_ADD_STAFF, &p, "storing case staff");
}

int vr_pg_add_plan(vr_store *st, const char *id, const char *case_id, const char *kind)
{
	params p = { .n = 0 };
	text(&p, id), text(&p, case_id), text(&p, kind);
	return run_only(st, P_PUT_PLAN, &p, "storing a plan");
}

int vr_pg_add_version(vr_store *st, const char *plan_id, int version, const char *date,
		      const char *digest, const char *xml, const vr_blob *val, const char *now)
{
	params p = { .n = 0 };
	text(&p, plan_id), num(&p, version), text(&p, date), text(&p, digest);
	text(&p, xml), text(&p, now), blob(&p, val);
	return run_only(st, P_ADD_VERSION, &p, "storing a plan version");
}

/* Inside a write transaction the head is already ours: begin took the
 * writers' advisory lock (store_pg.h), held until commit. */
int vr_pg_audit_head(vr_store *st, long long *seq, char prev[VR_DIGEST_HEX])
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	*seq = 0;
	prev[0] = '\0';
	if ((err = run(st, P_AUDIT_LAST, &p, &r, "reading the audit log")) < 0)
		return err;
	if (PQntuples(r) > 0) {
		*seq = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
		snprintf(prev, VR_DIGEST_HEX, "%s", PQgetvalue(r, 0, 1));
	}
	PQclear(r);
	return 0;
}

int vr_pg_audit_append(vr_store *st, const vr_store_audit_row *a)
{
	params p = { .n = 0 };
	num(&p, a->seq), text(&p, a->at), text(&p, a->actor), text(&p, a->action);
	text(&p, a->object), text(&p, a->detail), text(&p, a->prev_hash), text(&p, a->hash);
	return run_only(st, P_AUDIT_ADD, &p, "appending to the audit log");
}

/* An INSERT ... RETURNING id. */
static int insert_id(vr_store *st, int q, params *p, long long *id, const char *what)
{
	PGresult *r;
	int err;

	if ((err = run(st, q, p, &r, what)) < 0)
		return err;
	if (id)
		*id = PQntuples(r) ? strtoll(PQgetvalue(r, 0, 0), NULL, 10) : 0;
	PQclear(r);
	return 0;
}

int vr_pg_add_signature(vr_store *st, const vr_store_sig *g, long long *id)
{
	params p = { .n = 0 };
	text(&p, g->plan_id), num(&p, g->version), text(&p, g->digest), text(&p, g->role);
	text(&p, g->signer_id), text(&p, g->signer_name), text(&p, g->method);
	text(&p, g->meaning), text(&p, g->at), text(&p, g->record), text(&p, g->seal);
	text(&p, g->key_id), text(&p, g->intent), text(&p, g->identity);
	text(&p, g->scan_sha256), text(&p, g->seen), text(&p, g->recorded_by);
	if (g->id)
		num(&p, g->id);
	return insert_id(st, g->id ? P_ADD_SIG_ID : P_ADD_SIG, &p, id, "storing a signature");
}

int vr_pg_add_withdrawal(vr_store *st, const vr_store_withdrawal *w, long long *id)
{
	params p = { .n = 0 };
	num(&p, w->signature_id), text(&p, w->plan_id), text(&p, w->reason), text(&p, w->by);
	text(&p, w->at), text(&p, w->record), text(&p, w->seal), text(&p, w->key_id);
	if (w->id)
		num(&p, w->id);
	return insert_id(st, w->id ? P_ADD_WITHDRAWAL_ID : P_ADD_WITHDRAWAL, &p, id,
			 "storing a signature's withdrawal");
}

int vr_pg_add_key(vr_store *st, const char *id, const char *public_hex, const char *now)
{
	params p = { .n = 0 };
	text(&p, id), text(&p, public_hex), text(&p, now);
	return run_only(st, P_ADD_KEY, &p, "storing a key");
}

/* --- reads of one row ---------------------------------------------------- */

/* Runs a one-key query: its result with at least one row, else
 * VR_ENOTFOUND (no message) or the error. */
static int one_row(vr_store *st, int q, params *p, PGresult **r, const char *what)
{
	int err = run(st, q, p, r, what);

	if (err < 0)
		return err;
	if (PQntuples(*r) == 0) {
		PQclear(*r);
		*r = NULL;
		return VR_ENOTFOUND;
	}
	return 0;
}

static int read_plan_ref(const PGresult *r, int i, vr_store_plan_ref *out)
{
	int bad = 0;
	out->id = vr_pg_dup(r, i, 0, &bad);
	out->case_id = vr_pg_dup(r, i, 1, &bad);
	out->kind = vr_pg_dup(r, i, 2, &bad);
	if (bad || !out->id || !out->case_id || !out->kind) {
		vr_store_plan_ref_clear(out);
		return oom();
	}
	return 0;
}

int vr_pg_get_plan(vr_store *st, const char *id, vr_store_plan_ref *out)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, id);
	if ((err = one_row(st, P_GET_PLAN, &p, &r, "looking up a plan")) < 0)
		return err;
	err = read_plan_ref(r, 0, out);
	PQclear(r);
	return err;
}

int vr_pg_get_case(vr_store *st, const char *id, vr_store_case_row *out)
{
	params p = { .n = 0 };
	PGresult *r;
	int err, bad = 0;

	text(&p, id);
	if ((err = one_row(st, P_GET_CASE, &p, &r, "reading a case")) < 0)
		return err;
	out->id = vr_pg_dup(r, 0, 0, &bad);
	out->person_id = vr_pg_dup(r, 0, 1, &bad);
	out->agency = vr_pg_dup(r, 0, 2, &bad);
	out->program = vr_pg_dup(r, 0, 3, &bad);
	out->status = vr_pg_dup(r, 0, 4, &bad);
	out->xml = vr_pg_dup(r, 0, 5, &bad);
	out->person_xml = vr_pg_dup(r, 0, 6, &bad);
	bad |= vr_pg_blob(r, 0, 7, &out->val) < 0;
	bad |= vr_pg_blob(r, 0, 8, &out->person_val) < 0;
	PQclear(r);
	if (bad || !out->id || !out->agency || !out->xml || !out->person_xml) {
		vr_store_case_row_free(out);
		return oom();
	}
	return 0;
}

/* A row of the version queries (they all have these columns). */
static int read_version(const PGresult *r, int i, vr_store_version_row *v)
{
	int bad = 0;

	v->plan_id = vr_pg_dup(r, i, 0, &bad);
	v->case_id = vr_pg_dup(r, i, 1, &bad);
	v->kind = vr_pg_dup(r, i, 2, &bad);
	v->version = atoi(PQgetvalue(r, i, 3));
	v->date = vr_pg_dup(r, i, 4, &bad);
	v->digest = vr_pg_dup(r, i, 5, &bad);
	v->xml = vr_pg_dup(r, i, 6, &bad);
	v->created_at = vr_pg_dup(r, i, 7, &bad);
	bad |= vr_pg_blob(r, i, 8, &v->val) < 0;
	if (bad || !v->plan_id || !v->case_id || !v->kind || !v->date || !v->digest ||
	    !v->xml || !v->created_at) {
		vr_store_version_row_free(v);
		return oom();
	}
	return 0;
}

int vr_pg_get_version(vr_store *st, const char *plan_id, int version,
		      vr_store_version_row *out)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, plan_id);
	if (version)
		num(&p, version);
	if ((err = one_row(st, version ? P_GET_VERSION : P_GET_LATEST, &p, &r,
			   "reading a plan version")) < 0)
		return err;
	err = read_version(r, 0, out);
	PQclear(r);
	return err;
}

int vr_pg_latest(vr_store *st, const char *plan_id, int *version, char digest[VR_DIGEST_HEX])
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	*version = 0;
	digest[0] = '\0';
	text(&p, plan_id);
	if ((err = run(st, P_LATEST, &p, &r, "reading a plan")) < 0)
		return err;
	if (PQntuples(r) > 0) {
		*version = atoi(PQgetvalue(r, 0, 0));
		snprintf(digest, VR_DIGEST_HEX, "%s", PQgetvalue(r, 0, 1));
	}
	PQclear(r);
	return 0;
}

int vr_pg_get_key(vr_store *st, const char *id, char *public_hex, size_t n)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, id);
	if ((err = one_row(st, P_GET_KEY, &p, &r, "reading a key")) < 0)
		return err;
	snprintf(public_hex, n, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return 0;
}

int vr_pg_next_case(vr_store *st, const char *after, const char *agency, const char *staff,
		    char *id, size_t n)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, after), text(&p, agency), text(&p, staff);
	if ((err = one_row(st, P_NEXT_CASE, &p, &r, "listing cases")) < 0)
		return err;
	snprintf(id, n, "%s", PQgetvalue(r, 0, 0));
	PQclear(r);
	return 0;
}

static int exists_row(vr_store *st, int q, const char *a, const char *b, int *found,
		      const char *what)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, a);
	if (b)
		text(&p, b);
	if ((err = run(st, q, &p, &r, what)) < 0)
		return err;
	*found = PQntuples(r) > 0;
	PQclear(r);
	return 0;
}

int vr_pg_has_seal(vr_store *st, const char *seal, int *found)
{
	return exists_row(st, P_HAS_SEAL, seal, NULL, found, "reading signatures");
}

int vr_pg_case_has_event(vr_store *st, const char *case_id, const char *kind, int *found)
{
	return exists_row(st, P_HAS_EVENT, case_id, kind, found, "reading events");
}

int vr_pg_count(vr_store *st, int table, long long *n)
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	if ((err = run(st, P_COUNT + table, &p, &r, "counting")) < 0)
		return err;
	*n = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return 0;
}

/* --- lists: read whole, the result cleared, before returning ------------- */

/* Runs a list query and gives its result (the caller reads its rows). */
static int list(vr_store *st, int q, params *p, PGresult **r, size_t *n, const char *what)
{
	int err = run(st, q, p, r, what);
	*n = err < 0 ? 0 : (size_t)PQntuples(*r);
	return err;
}

/* The array for n rows of size bytes, zeroed; NULL for none. */
static int rows_for(size_t n, size_t size, void **out)
{
	*out = NULL;
	if (n && !(*out = calloc(n, size)))
		return oom();
	return 0;
}

/* Runs list query q and reads each of its rows with `row` into a new array
 * of elements of size bytes (`clear` frees one; row returns -1 out of
 * memory, having set what it read). */
static int list_rows(vr_store *st, int q, params *p, size_t size,
		     int (*row)(const PGresult *r, int i, void *out), void (*clear)(void *),
		     void **out, size_t *nout, const char *what)
{
	PGresult *r;
	char *rows;
	size_t n, i;
	int err;

	*out = NULL;
	*nout = 0;
	if ((err = list(st, q, p, &r, &n, what)) < 0)
		return err;
	if ((err = rows_for(n, size, (void **)&rows)) == 0)
		for (i = 0; i < n; i++)
			if (row(r, (int)i, rows + i * size) < 0) {
				for (size_t k = 0; k <= i; k++)
					clear(rows + k * size);
				free(rows);
				err = oom();
				break;
			}
	PQclear(r);
	if (err < 0)
		return err;
	*out = rows;
	*nout = n;
	return 0;
}

static int version_row(const PGresult *r, int i, void *out)
{
	return read_version(r, i, out) < 0 ? -1 : 0;
}

static void version_clear(void *out)
{
	vr_store_version_row_free(out);
}

int vr_pg_versions(vr_store *st, int which, const char *key, vr_store_version_row **out,
		   size_t *nout)
{
	static const int query[] = {
		[VR_STORE_V_CASE] = P_EACH_VERSION, [VR_STORE_V_CASE_LATEST] = P_EACH_LATEST,
		[VR_STORE_V_PLAN] = P_PLAN_VERSIONS, [VR_STORE_V_PLAN_META] = P_PLAN_VERSIONS_META,
	};
	params p = { .n = 0 };
	text(&p, key);
	return list_rows(st, query[which], &p, sizeof(**out), version_row, version_clear,
			 (void **)out, nout, "listing plan versions");
}

static int read_sig(const PGresult *r, int i, vr_store_sig_row *g)
{
	int bad = 0;

	memset(g, 0, sizeof(*g));
	g->id = strtoll(PQgetvalue(r, i, 0), NULL, 10);
	g->plan_id = vr_pg_dup(r, i, 1, &bad);
	g->version = atoi(PQgetvalue(r, i, 2));
	g->digest = vr_pg_dup(r, i, 3, &bad);
	g->role = vr_pg_dup(r, i, 4, &bad);
	g->signer_id = vr_pg_dup(r, i, 5, &bad);
	g->signer_name = vr_pg_dup(r, i, 6, &bad);
	g->method = vr_pg_dup(r, i, 7, &bad);
	g->meaning = vr_pg_dup(r, i, 8, &bad);
	g->at = vr_pg_dup(r, i, 9, &bad);
	g->record = vr_pg_dup(r, i, 10, &bad);
	g->seal = vr_pg_dup(r, i, 11, &bad);
	g->key_id = vr_pg_dup(r, i, 12, &bad);
	g->intent = vr_pg_dup(r, i, 13, &bad);
	g->identity = vr_pg_dup(r, i, 14, &bad);
	g->scan_sha256 = vr_pg_dup(r, i, 15, &bad);
	g->seen = vr_pg_dup(r, i, 16, &bad);
	g->recorded_by = vr_pg_dup(r, i, 17, &bad);
	g->withdrawal_id = PQgetisnull(r, i, 18) ? 0 : strtoll(PQgetvalue(r, i, 18), NULL, 10);
	g->w_reason = vr_pg_dup(r, i, 19, &bad);
	g->w_by = vr_pg_dup(r, i, 20, &bad);
	g->w_at = vr_pg_dup(r, i, 21, &bad);
	g->w_record = vr_pg_dup(r, i, 22, &bad);
	g->w_seal = vr_pg_dup(r, i, 23, &bad);
	g->w_key_id = vr_pg_dup(r, i, 24, &bad);
	if (bad || !g->plan_id || !g->digest || !g->role || !g->signer_name || !g->method ||
	    !g->meaning || !g->at || !g->record ||
	    (g->withdrawal_id && (!g->w_reason || !g->w_by || !g->w_at || !g->w_record ||
				  !g->w_seal || !g->w_key_id))) {
		vr_store_sig_row_clear(g);
		return oom();
	}
	return 0;
}

static int sig_row(const PGresult *r, int i, void *out)
{
	return read_sig(r, i, out) < 0 ? -1 : 0;
}

static void sig_clear(void *out)
{
	vr_store_sig_row_clear(out);
}

int vr_pg_signatures(vr_store *st, const char *plan_id, vr_store_sig_row **out, size_t *nout)
{
	params p = { .n = 0 };
	text(&p, plan_id);
	return list_rows(st, P_EACH_SIG, &p, sizeof(**out), sig_row, sig_clear, (void **)out,
			 nout, "reading signatures");
}

static int plan_row(const PGresult *r, int i, void *out)
{
	return read_plan_ref(r, i, out) < 0 ? -1 : 0;
}

static void plan_clear(void *out)
{
	vr_store_plan_ref_clear(out);
}

int vr_pg_plans(vr_store *st, const char *case_id, vr_store_plan_ref **out, size_t *nout)
{
	params p = { .n = 0 };
	text(&p, case_id);
	return list_rows(st, P_EACH_PLAN, &p, sizeof(**out), plan_row, plan_clear, (void **)out,
			 nout, "listing plans");
}

static int load_row(const PGresult *r, int i, void *out)
{
	vr_store_load_row *l = out;
	int bad = 0;
	l->staff_id = vr_pg_dup(r, i, 0, &bad);
	l->role = vr_pg_dup(r, i, 1, &bad);
	l->cases = strtoll(PQgetvalue(r, i, 2), NULL, 10);
	return bad || !l->staff_id || !l->role ? -1 : 0;
}

static void load_clear(void *out)
{
	vr_store_load_row_clear(out);
}

int vr_pg_caseload(vr_store *st, const char *agency, const char *case_id,
		   vr_store_load_row **out, size_t *nout)
{
	params p = { .n = 0 };
	text(&p, agency);
	if (case_id)
		text(&p, case_id);
	return list_rows(st, case_id ? P_CASELOAD_OF : P_CASELOAD, &p, sizeof(**out), load_row,
			 load_clear, (void **)out, nout, "counting caseloads");
}

int vr_pg_case_page(vr_store *st, const char *after, const char *agency,
		    vr_store_case_ref *rows, size_t cap, size_t *nout)
{
	params p = { .n = 0 };
	PGresult *r;
	size_t n, i;
	int err, bad = 0;

	text(&p, after);
	if (agency)
		text(&p, agency);
	num(&p, (long long)cap);
	if ((err = list(st, agency ? P_EACH_CASE_AGENCY : P_EACH_CASE, &p, &r, &n,
			"listing cases")) < 0)
		return err;
	for (i = 0; i < n && i < cap; i++) {
		rows[i].id = vr_pg_dup(r, (int)i, 0, &bad);
		rows[i].agency = vr_pg_dup(r, (int)i, 1, &bad);
	}
	PQclear(r);
	if (bad) {
		while (i-- > 0)
			vr_store_case_ref_clear(&rows[i]);
		return oom();
	}
	*nout = n < cap ? n : cap;
	return 0;
}

/* An audit row into one allocation: its seven strings, each ended by a NUL
 * (store_sqlite_rows.c's read_audit, the same layout). */
static int read_audit(const PGresult *r, int i, vr_store_audit_item *a)
{
	const char **field[7] = { &a->row.at, &a->row.actor, &a->row.action, &a->row.object,
				  &a->row.detail, &a->row.prev_hash, &a->row.hash };
	size_t len[7], total = 0;
	char *p;

	for (int k = 0; k < 7; k++) {
		len[k] = (size_t)PQgetlength(r, i, k + 1);
		total += len[k] + 1;
	}
	if (!(a->mem = p = malloc(total)))
		return oom();
	for (int k = 0; k < 7; k++) {
		*field[k] = PQgetisnull(r, i, k + 1) ? NULL : p;
		memcpy(p, PQgetvalue(r, i, k + 1), len[k]);
		p[len[k]] = '\0';
		p += len[k] + 1;
	}
	a->row.seq = strtoll(PQgetvalue(r, i, 0), NULL, 10);
	return 0;
}

int vr_pg_audit_page(vr_store *st, long long after, long long upto, vr_store_audit_item *rows,
		     size_t cap, size_t *nout)
{
	params p = { .n = 0 };
	PGresult *r;
	size_t n, i;
	int err = 0;

	num(&p, after), num(&p, upto), num(&p, (long long)cap);
	if ((err = list(st, P_AUDIT_PAGE, &p, &r, &n, "reading the audit log")) < 0)
		return err;
	for (i = 0; i < n && i < cap && err == 0; i++)
		if ((err = read_audit(r, (int)i, &rows[i])) < 0)
			while (i-- > 0)
				vr_store_audit_item_clear(&rows[i]);
	PQclear(r);
	if (err < 0)
		return err;
	*nout = n < cap ? n : cap;
	return 0;
}

/* --- what vr_store_transfer reads besides the above ---------------------- */

static int event_row(const PGresult *r, int i, void *out)
{
	vr_store_event_row *e = out;
	int bad = 0;
	e->seq = atoi(PQgetvalue(r, i, 0));
	e->kind = vr_pg_dup(r, i, 1, &bad);
	e->date = vr_pg_dup(r, i, 2, &bad);
	return bad || !e->kind ? -1 : 0;
}

static void event_clear(void *out)
{
	vr_store_event_row *e = out;
	free(e->kind);
	free(e->date);
}

int vr_pg_events(vr_store *st, const char *case_id, vr_store_event_row **out, size_t *nout)
{
	params p = { .n = 0 };
	text(&p, case_id);
	return list_rows(st, P_EVENTS, &p, sizeof(**out), event_row, event_clear, (void **)out,
			 nout, "reading events");
}

static int staff_row(const PGresult *r, int i, void *out)
{
	vr_store_staff_row *m = out;
	int bad = 0;
	m->staff_id = vr_pg_dup(r, i, 0, &bad);
	m->role = vr_pg_dup(r, i, 1, &bad);
	return bad || !m->staff_id || !m->role ? -1 : 0;
}

static void staff_clear(void *out)
{
	vr_store_staff_row *m = out;
	free(m->staff_id);
	free(m->role);
}

int vr_pg_staff(vr_store *st, const char *case_id, vr_store_staff_row **out, size_t *nout)
{
	params p = { .n = 0 };
	text(&p, case_id);
	return list_rows(st, P_STAFF, &p, sizeof(**out), staff_row, staff_clear, (void **)out,
			 nout, "reading case staff");
}

static int key_row(const PGresult *r, int i, void *out)
{
	vr_store_key_row *k = out;
	int bad = 0;
	k->id = vr_pg_dup(r, i, 0, &bad);
	k->public_hex = vr_pg_dup(r, i, 1, &bad);
	k->created_at = vr_pg_dup(r, i, 2, &bad);
	return bad || !k->id || !k->public_hex || !k->created_at ? -1 : 0;
}

static void key_clear(void *out)
{
	vr_store_key_row *k = out;
	free(k->id);
	free(k->public_hex);
	free(k->created_at);
}

int vr_pg_keys(vr_store *st, vr_store_key_row **out, size_t *nout)
{
	params p = { .n = 0 };
	return list_rows(st, P_KEYS, &p, sizeof(**out), key_row, key_clear, (void **)out, nout,
			 "reading keys");
}

int vr_pg_updated(vr_store *st, const char *case_id, char person_at[32], char case_at[32])
{
	params p = { .n = 0 };
	PGresult *r;
	int err;

	text(&p, case_id);
	if ((err = one_row(st, P_UPDATED, &p, &r, "reading a case")) < 0)
		return err;
	snprintf(person_at, 32, "%s", PQgetvalue(r, 0, 0));
	snprintf(case_at, 32, "%s", PQgetvalue(r, 0, 1));
	PQclear(r);
	return 0;
}
