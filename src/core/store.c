/*
 * store.c - the store's functions (store.h) over a backend (store_backend.h).
 *
 * This file holds what must be the same whatever the database: which
 * backend serves a name, the transaction state that lets a write through,
 * the audit chain's hash, the wording of "not found", and the walks. Each
 * walk asks its backend for a list (or a page of one), which the backend
 * reads whole and returns; only then are the caller's callbacks run, one
 * row at a time, each row freed after its call. So no iterator holds
 * anything open while a callback runs, whatever the backend: the rule of
 * store.h is kept here once instead of in each backend's loops. Reading a
 * list first costs a copy of each row, which the walks made anyway: a case
 * has a handful of plans, a plan a handful of versions and signatures;
 * cases and the audit log, which grow without bound, come in pages.
 */
#include "core/store.h"
#include "core/store_backend.h"
#include "core/date.h"
#include "core/error.h"
#include "core/sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Pages of the unbounded walks: enough that the per-page query is noise,
 * few enough that a page of audit entries stays small (a few hundred KB). */
#define CASE_PAGE 512
#define AUDIT_PAGE 512

/* The first that accepts a name serves it: a connection string is
 * PostgreSQL's, any other name a SQLite file's path. */
static const vr_store_ops *const backends[] = { &vr_store_pg_ops, &vr_store_sqlite_ops };

/* --- opening and transactions ------------------------------------------- */

int vr_store_open(vr_store **out, const char *name, int mode)
{
	const vr_store_ops *ops = NULL;
	vr_store *s;
	int err;

	*out = NULL;
	for (size_t i = 0; i < sizeof(backends) / sizeof(*backends) && !ops; i++)
		if (backends[i]->accepts(name))
			ops = backends[i];
	if (!ops)
		return vr_error_set(VR_EINPUT, "%s: this vrtool has no store for such a name "
				    "(a database file's path, or a PostgreSQL connection string "
				    "such as postgresql://host/db)", name);
	if (!(s = calloc(1, ops->size)) || !(s->name = strdup(name))) {
		free(s);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	s->ops = ops;
	s->mode = mode;
	if ((err = ops->open(s)) < 0) {
		ops->close(s);
		free(s->name);
		free(s);
		return err;
	}
	*out = s;
	return 0;
}

void vr_store_describe(const char *name, char *out, size_t n)
{
	if (vr_store_on_server(name))
		vr_pg_describe(name, out, n);
	else
		snprintf(out, n, "%s", name);
}

int vr_store_on_server(const char *name)
{
	return vr_store_pg_ops.accepts(name);
}

void vr_store_free(vr_store *s)
{
	if (!s)
		return;
	vr_store_rollback(s);
	s->ops->close(s);
	free(s->name);
	free(s);
}

const char *vr_store_path(const vr_store *s)
{
	return s->shown ? s->shown : s->name;
}

int vr_store_schema_version(vr_store *s, int *version)
{
	*version = 0;
	return s->ops->schema_version(s, version);
}

static int begin(vr_store *s, int tx)
{
	int err;

	if (s->tx)
		return vr_error_set(VR_EINTERNAL, "transaction already open");
	if (tx == VR_STORE_TX_WRITE && s->mode == VR_STORE_READONLY)
		return vr_error_set(VR_EINPUT, "%s was opened read-only; nothing was written",
				    vr_store_path(s));
	if ((err = s->ops->begin(s, tx == VR_STORE_TX_WRITE)) < 0)
		return err;
	s->tx = tx;
	return 0;
}

int vr_store_begin(vr_store *s)
{
	return begin(s, VR_STORE_TX_WRITE);
}

int vr_store_begin_read(vr_store *s)
{
	return begin(s, VR_STORE_TX_READ);
}

int vr_store_commit(vr_store *s)
{
	int err;

	if (!s->tx)
		return vr_error_set(VR_EINTERNAL, "commit without a transaction");
	if ((err = s->ops->commit(s)) == 0)
		s->tx = VR_STORE_TX_NONE;
	return err;
}

void vr_store_rollback(vr_store *s)
{
	if (!s->tx)
		return;
	s->ops->rollback(s);
	s->tx = VR_STORE_TX_NONE;
}

static int need_tx(vr_store *s)
{
	return s->tx == VR_STORE_TX_WRITE ? 0
		: vr_error_set(VR_EINTERNAL, "write outside a transaction");
}

/* --- writes -------------------------------------------------------------- */

int vr_store_put_person(vr_store *s, const char *id, const char *xml, const vr_blob *val)
{
	char now[32];
	int err;

	if ((err = need_tx(s)) < 0)
		return err;
	vr_time_now_iso(now);
	return s->ops->put_person(s, id, xml, val, now);
}

int vr_store_put_case(vr_store *s, const vr_store_case *c)
{
	char now[32];
	int err;

	if ((err = need_tx(s)) < 0)
		return err;
	vr_time_now_iso(now);
	return s->ops->put_case(s, c, now);
}

int vr_store_clear_events(vr_store *s, const char *case_id)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->clear_events(s, case_id);
}

int vr_store_add_event(vr_store *s, const char *case_id, int seq,
		       const char *kind, const char *date)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->add_event(s, case_id, seq, kind, date);
}

int vr_store_clear_staff(vr_store *s, const char *case_id)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->clear_staff(s, case_id);
}

int vr_store_add_staff(vr_store *s, const char *case_id, const char *staff_id, const char *role)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->add_staff(s, case_id, staff_id, role);
}

int vr_store_put_plan(vr_store *s, const char *id, const char *case_id, const char *kind)
{
	vr_store_plan_ref have = { NULL, NULL, NULL };
	int err;

	if ((err = need_tx(s)) < 0)
		return err;
	err = s->ops->get_plan(s, id, &have);
	if (err == VR_ENOTFOUND)
		return s->ops->add_plan(s, id, case_id, kind);
	if (err < 0)
		return err;
	if (strcmp(have.case_id, case_id) != 0)
		err = vr_error_set(VR_EINPUT, "plan %s belongs to case %s, not %s; "
				   "give the plan another id", id, have.case_id, case_id);
	else if (strcmp(have.kind, kind) != 0)
		err = vr_error_set(VR_EINPUT, "plan %s is a %s, not a %s; a plan "
				   "keeps its kind", id, have.kind, kind);
	vr_store_plan_ref_clear(&have);
	return err;
}

int vr_store_add_version(vr_store *s, const char *plan_id, int version,
			 const char *date, const char *digest, const char *xml,
			 const vr_blob *val)
{
	char now[32];
	int err;

	if ((err = need_tx(s)) < 0)
		return err;
	vr_time_now_iso(now);
	return s->ops->add_version(s, plan_id, version, date, digest, xml, val, now);
}

/* hash = SHA-256(prev_hash || seq \n at \n actor \n action \n object \n
 * detail), computed here so that the chain is the same bytes on every
 * backend; audit_head holds the head from here to commit. */
int vr_store_audit(vr_store *s, const char *actor, const char *action,
		   const char *object, const char *detail)
{
	char now[32], prev[VR_DIGEST_HEX], hash[VR_DIGEST_HEX];
	vr_store_audit_row row;
	vr_buf entry = VR_BUF_INIT;
	long long seq = 0;
	int err;

	if ((err = need_tx(s)) < 0 || (err = s->ops->audit_head(s, &seq, prev)) < 0)
		return err;
	if (seq == 0) {
		memset(prev, '0', 64);
		prev[64] = '\0';
	}
	vr_time_now_iso(now);
	row = (vr_store_audit_row){ seq + 1, now, actor, action, object, detail, prev, NULL };
	err = vr_store_audit_entry(&row, &entry);
	if (err == 0)
		err = vr_sign_sha256_hex(entry.ptr, entry.len, hash);
	vr_buf_free(&entry);
	if (err < 0)
		return err;
	row.hash = hash;
	return s->ops->audit_append(s, &row);
}

int vr_store_audit_entry(const vr_store_audit_row *r, vr_buf *b)
{
	vr_buf_printf(b, "%s%lld\n%s\n%s\n%s\n%s\n%s", r->prev_hash ? r->prev_hash : "",
		      r->seq, r->at ? r->at : "", r->actor ? r->actor : "",
		      r->action ? r->action : "", r->object ? r->object : "",
		      r->detail ? r->detail : "");
	return vr_buf_ok(b) ? 0 : vr_error_set(VR_ENOMEM, "out of memory");
}

int vr_store_add_signature(vr_store *s, const vr_store_sig *g, long long *id)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->add_signature(s, g, id);
}

int vr_store_add_withdrawal(vr_store *s, const vr_store_withdrawal *w, long long *id)
{
	int err = need_tx(s);
	return err < 0 ? err : s->ops->add_withdrawal(s, w, id);
}

int vr_store_add_key(vr_store *s, const char *id, const char *public_hex)
{
	char now[32];
	int err;

	if ((err = need_tx(s)) < 0)
		return err;
	vr_time_now_iso(now);
	return s->ops->add_key(s, id, public_hex, now);
}

/* --- reads of one row ---------------------------------------------------- */

int vr_store_get_key(vr_store *s, const char *id, char *public_hex, size_t n)
{
	int err = s->ops->get_key(s, id, public_hex, n);

	if (err == VR_ENOTFOUND)
		return vr_error_set(VR_ENOTFOUND, "no key '%s' in %s", id, vr_store_path(s));
	return err;
}

int vr_store_has_seal(vr_store *s, const char *seal, int *found)
{
	*found = 0;
	return s->ops->has_seal(s, seal, found);
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
	int err;

	memset(out, 0, sizeof(*out));
	if ((err = s->ops->get_case(s, id, out)) == VR_ENOTFOUND)
		return vr_error_set(VR_ENOTFOUND, "no case '%s' in %s (see `vrtool list`)",
				    id, vr_store_path(s));
	return err;
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

int vr_store_get_version(vr_store *s, const char *plan_id, int version,
			 vr_store_version_row *out)
{
	int err;

	memset(out, 0, sizeof(*out));
	if ((err = s->ops->get_version(s, plan_id, version, out)) != VR_ENOTFOUND)
		return err;
	if (version)
		return vr_error_set(VR_ENOTFOUND, "plan %s has no version %d "
				    "(`vrtool show` lists its versions)", plan_id, version);
	return vr_error_set(VR_ENOTFOUND, "no plan '%s' in %s (`vrtool show CASE` lists "
			    "a case's plans)", plan_id, vr_store_path(s));
}

int vr_store_latest(vr_store *s, const char *plan_id, int *version, char *digest)
{
	*version = 0;
	digest[0] = '\0';
	return s->ops->latest(s, plan_id, version, digest);
}

int vr_store_case_has_event(vr_store *s, const char *case_id, const char *kind, int *found)
{
	*found = 0;
	return s->ops->case_has_event(s, case_id, kind, found);
}

int vr_store_count(vr_store *s, const char *table, long long *n)
{
	static const char *const names[VR_STORE_T_COUNT] = {
		[VR_STORE_T_PERSON] = "person", [VR_STORE_T_CASE] = "case",
		[VR_STORE_T_EVENT] = "event", [VR_STORE_T_PLAN] = "plan",
		[VR_STORE_T_VERSION] = "plan_version", [VR_STORE_T_SIGNATURE] = "signature",
		[VR_STORE_T_AUDIT] = "audit", [VR_STORE_T_KEY] = "install_key",
	};

	for (int i = 0; i < VR_STORE_T_COUNT; i++)
		if (!strcmp(names[i], table))
			return s->ops->count(s, i, n);
	return vr_error_set(VR_EINTERNAL, "no table %s", table);
}

int vr_store_next_case(vr_store *s, const char *after, const char *agency, const char *staff,
		       char *id, size_t n)
{
	return s->ops->next_case(s, after, agency, staff, id, n);
}

/* --- rows of lists ------------------------------------------------------- */

void vr_store_plan_ref_clear(vr_store_plan_ref *r)
{
	free(r->id);
	free(r->case_id);
	free(r->kind);
	memset(r, 0, sizeof(*r));
}

void vr_store_case_ref_clear(vr_store_case_ref *r)
{
	free(r->id);
	free(r->agency);
	memset(r, 0, sizeof(*r));
}

void vr_store_load_row_clear(vr_store_load_row *r)
{
	free(r->staff_id);
	free(r->role);
	memset(r, 0, sizeof(*r));
}

void vr_store_audit_item_clear(vr_store_audit_item *r)
{
	free(r->mem);
	memset(r, 0, sizeof(*r));
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

int vr_store_grow(void *rows, size_t *cap, size_t n, size_t size)
{
	void **p = rows, *grown;
	size_t want;

	if (n < *cap)
		return 0;
	want = *cap ? *cap * 2 : 8;
	if (want > (size_t)-1 / size || !(grown = realloc(*p, want * size)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	*p = grown;
	*cap = want;
	return 0;
}

/* --- walks: the list first, then the callbacks --------------------------- */

int vr_store_signatures(vr_store *s, const char *plan_id, vr_store_sig_row **rows, size_t *n)
{
	*rows = NULL;
	*n = 0;
	return s->ops->signatures(s, plan_id, rows, n);
}

int vr_store_each_signature(vr_store *s, const char *plan_id, vr_store_sig_fn fn, void *ud)
{
	vr_store_sig_row *rows;
	size_t n;
	int err = vr_store_signatures(s, plan_id, &rows, &n);

	for (size_t i = 0; i < n; i++) {
		if (!err)
			err = fn(&rows[i], ud);
		vr_store_sig_row_clear(&rows[i]);
	}
	free(rows);
	return err;
}

int vr_store_each_plan(vr_store *s, const char *case_id, vr_store_plan_fn fn, void *ud)
{
	vr_store_plan_ref *rows = NULL;
	size_t n = 0;
	int err = s->ops->plans(s, case_id, &rows, &n);

	for (size_t i = 0; i < n; i++) {
		if (!err)
			err = fn(rows[i].id, rows[i].kind, ud);
		vr_store_plan_ref_clear(&rows[i]);
	}
	free(rows);
	return err;
}

static int each_version(vr_store *s, int which, const char *key, vr_store_version_fn fn,
			void *ud)
{
	vr_store_version_row *rows = NULL;
	size_t n = 0;
	int err = s->ops->versions(s, which, key, &rows, &n);

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
	return each_version(s, VR_STORE_V_CASE, case_id, fn, ud);
}

int vr_store_each_plan_version(vr_store *s, const char *plan_id, vr_store_version_fn fn,
			       void *ud)
{
	return each_version(s, VR_STORE_V_PLAN, plan_id, fn, ud);
}

int vr_store_each_plan_version_meta(vr_store *s, const char *plan_id, vr_store_version_fn fn,
				    void *ud)
{
	return each_version(s, VR_STORE_V_PLAN_META, plan_id, fn, ud);
}

int vr_store_each_latest(vr_store *s, const char *case_id, vr_store_version_fn fn,
			 void *ud)
{
	return each_version(s, VR_STORE_V_CASE_LATEST, case_id, fn, ud);
}

int vr_store_caseload(vr_store *s, const char *agency, const char *case_id,
		      vr_store_caseload_fn fn, void *ud)
{
	vr_store_load_row *rows = NULL;
	size_t n = 0;
	int err = s->ops->caseload(s, agency, case_id, &rows, &n);

	for (size_t i = 0; i < n; i++) {
		if (!err)
			err = fn(rows[i].staff_id, rows[i].role, rows[i].cases, ud);
		vr_store_load_row_clear(&rows[i]);
	}
	free(rows);
	return err;
}

/* A page of ids, the callbacks, then the next page from the last id. */
int vr_store_each_case(vr_store *s, const char *agency, vr_store_id_fn fn, void *ud)
{
	vr_store_case_ref *page;
	char *last = NULL;
	size_t n;
	int err = 0;

	if (!(page = calloc(CASE_PAGE, sizeof(*page))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	do {
		n = 0;
		if ((err = s->ops->case_page(s, last ? last : "", agency, page, CASE_PAGE, &n)) < 0)
			break;
		for (size_t i = 0; i < n; i++)
			if (!err)
				err = fn(page[i].id, page[i].agency, ud);
		free(last);
		last = n ? page[n - 1].id : NULL;   /* the next page starts after it */
		if (n)
			page[n - 1].id = NULL;
		for (size_t i = 0; i < n; i++)
			vr_store_case_ref_clear(&page[i]);
	} while (!err && n == CASE_PAGE);
	free(last);
	free(page);
	return err;
}

/* Pages by seq, up to the head as it was when the walk began: an entry
 * appended by a callback (or another process) meanwhile is after it. */
int vr_store_each_audit(vr_store *s, vr_store_audit_fn fn, void *ud)
{
	vr_store_audit_item *page;
	char head_hash[VR_DIGEST_HEX];
	long long head = 0, after = 0;
	size_t n;
	int err;

	if ((err = s->ops->audit_head(s, &head, head_hash)) < 0)
		return err;
	if (head == 0)
		return 0;
	if (!(page = calloc(AUDIT_PAGE, sizeof(*page))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	do {
		n = 0;
		if ((err = s->ops->audit_page(s, after, head, page, AUDIT_PAGE, &n)) < 0)
			break;
		for (size_t i = 0; i < n; i++) {
			if (!err)
				err = fn(&page[i].row, ud);
			after = page[i].row.seq;
			vr_store_audit_item_clear(&page[i]);
		}
	} while (!err && n == AUDIT_PAGE);
	free(page);
	return err;
}

/* --- the database as a whole --------------------------------------------- */

int vr_store_copy(vr_store *s, const char *dest, vr_store_progress_fn fn, void *ud,
		  long long *pages)
{
	long long ignored;

	if (!s->ops->copy)
		return vr_error_set(VR_EINPUT, "%s is not a database file: back it up with the "
				    "server's own tools (pg_dump, pg_basebackup), or make a checked "
				    "SQLite copy of it with `vrtool copy`", vr_store_path(s));
	return s->ops->copy(s, dest, fn, ud, pages ? pages : &ignored);
}

int vr_store_check(vr_store *s, const char *what, const char *copy_of)
{
	return s->ops->check ? s->ops->check(s, what, copy_of) : 0;
}
