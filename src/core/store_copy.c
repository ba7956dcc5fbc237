/*
 * store_copy.c - every row of one store into another, as it is
 * (vr_store_transfer, store.h): `vrtool copy` between backends.
 *
 * The rows go through the backends' own operations with the source's
 * times and ids (the `now` a write takes is the time the row was written;
 * a signature or withdrawal is given its id), so the copy is the same
 * bytes: the same XML and value blobs, so the same digests; the same
 * signature records and seals; the same audit entries, seq, times and
 * hashes, appended as they stand, not chained again. The index rows of
 * events and staff are copied too, not made again from the case.
 */
#include "core/store_backend.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	vr_store *from, *to;
	vr_store_progress_fn fn;
	void *ud;
	long long done, total;
} transfer;

static int copy_plan(transfer *t, const vr_store_plan_ref *p)
{
	vr_store_version_row *v = NULL;
	vr_store_sig_row *g = NULL;
	size_t nv = 0, ng = 0;
	int err;

	if ((err = t->to->ops->add_plan(t->to, p->id, p->case_id, p->kind)) < 0 ||
	    (err = t->from->ops->versions(t->from, VR_STORE_V_PLAN, p->id, &v, &nv)) < 0)
		return err;
	for (size_t i = 0; i < nv && err == 0; i++)
		err = t->to->ops->add_version(t->to, v[i].plan_id, v[i].version, v[i].date,
					      v[i].digest, v[i].xml, &v[i].val, v[i].created_at);
	for (size_t i = 0; i < nv; i++)
		vr_store_version_row_free(&v[i]);
	free(v);
	if (err < 0 || (err = t->from->ops->signatures(t->from, p->id, &g, &ng)) < 0)
		return err;
	for (size_t i = 0; i < ng && err == 0; i++) {
		vr_store_sig s = { g[i].plan_id, g[i].version, g[i].digest, g[i].role,
				   g[i].signer_id, g[i].signer_name, g[i].method, g[i].meaning,
				   g[i].at, g[i].record, g[i].seal, g[i].key_id, g[i].intent,
				   g[i].identity, g[i].scan_sha256, g[i].seen, g[i].recorded_by,
				   g[i].id };
		err = t->to->ops->add_signature(t->to, &s, NULL);
		if (err == 0 && g[i].withdrawal_id) {
			vr_store_withdrawal w = { g[i].id, g[i].plan_id, g[i].w_reason, g[i].w_by,
						  g[i].w_at, g[i].w_record, g[i].w_seal,
						  g[i].w_key_id, g[i].withdrawal_id };
			err = t->to->ops->add_withdrawal(t->to, &w, NULL);
		}
	}
	for (size_t i = 0; i < ng; i++)
		vr_store_sig_row_clear(&g[i]);
	free(g);
	return err;
}

static int copy_case(transfer *t, const char *id)
{
	vr_store_case_row c;
	vr_store_event_row *ev = NULL;
	vr_store_staff_row *st = NULL;
	vr_store_plan_ref *pl = NULL;
	size_t ne = 0, ns = 0, np = 0;
	char person_at[32], case_at[32];
	int err;

	memset(&c, 0, sizeof(c));
	if ((err = t->from->ops->get_case(t->from, id, &c)) < 0 ||
	    (err = t->from->ops->updated(t->from, id, person_at, case_at)) < 0)
		goto done;
	{
		vr_store_case k = { c.id, c.person_id, c.agency, c.program, c.status, c.xml, c.val };
		if ((err = t->to->ops->put_person(t->to, c.person_id, c.person_xml, &c.person_val,
						  person_at)) < 0 ||
		    (err = t->to->ops->put_case(t->to, &k, case_at)) < 0)
			goto done;
	}
	if ((err = t->from->ops->events(t->from, id, &ev, &ne)) < 0)
		goto done;
	for (size_t i = 0; i < ne && err == 0; i++)
		err = t->to->ops->add_event(t->to, id, ev[i].seq, ev[i].kind, ev[i].date);
	if (err < 0 || (err = t->from->ops->staff(t->from, id, &st, &ns)) < 0)
		goto done;
	for (size_t i = 0; i < ns && err == 0; i++)
		err = t->to->ops->add_staff(t->to, id, st[i].staff_id, st[i].role);
	if (err < 0 || (err = t->from->ops->plans(t->from, id, &pl, &np)) < 0)
		goto done;
	for (size_t i = 0; i < np && err == 0; i++)
		err = copy_plan(t, &pl[i]);
done:
	if (err == VR_ENOTFOUND)
		err = vr_error_set(VR_EIO, "case %s went missing while it was copied", id);
	for (size_t i = 0; i < ne; i++) {
		free(ev[i].kind);
		free(ev[i].date);
	}
	for (size_t i = 0; i < ns; i++) {
		free(st[i].staff_id);
		free(st[i].role);
	}
	for (size_t i = 0; i < np; i++)
		vr_store_plan_ref_clear(&pl[i]);
	free(ev);
	free(st);
	free(pl);
	vr_store_case_row_free(&c);
	return err;
}

#define PAGE 256

static int copy_cases(transfer *t)
{
	vr_store_case_ref rows[PAGE];
	char after[512] = "";
	size_t n;
	int err;

	do {
		if ((err = t->from->ops->case_page(t->from, after, NULL, rows, PAGE, &n)) < 0)
			return err;
		for (size_t i = 0; i < n; i++) {
			if (err == 0 && (err = copy_case(t, rows[i].id)) == 0) {
				t->done++;
				if (t->fn && t->fn(t->ud, t->done, t->total))
					err = vr_error_set(VR_EIO, "interrupted");
			}
			if (i == n - 1)
				snprintf(after, sizeof(after), "%s", rows[i].id);
		}
		for (size_t i = 0; i < n; i++)
			vr_store_case_ref_clear(&rows[i]);
	} while (err == 0 && n == PAGE);
	return err;
}

static int copy_keys(transfer *t)
{
	vr_store_key_row *k = NULL;
	size_t n = 0;
	int err = t->from->ops->keys(t->from, &k, &n);

	for (size_t i = 0; i < n; i++) {
		if (err == 0)
			err = t->to->ops->add_key(t->to, k[i].id, k[i].public_hex, k[i].created_at);
		free(k[i].id);
		free(k[i].public_hex);
		free(k[i].created_at);
	}
	free(k);
	return err;
}

/* The audit entries as they stand: seq, times and hashes (the caller's
 * check walks the copied chain). */
static int copy_audit(transfer *t)
{
	vr_store_audit_item rows[PAGE];
	long long after = 0, upto = 0;
	char head[VR_DIGEST_HEX];
	size_t n;
	int err;

	if ((err = t->from->ops->audit_head(t->from, &upto, head)) < 0)
		return err;
	do {
		if ((err = t->from->ops->audit_page(t->from, after, upto, rows, PAGE, &n)) < 0)
			return err;
		for (size_t i = 0; i < n; i++) {
			if (err == 0)
				err = t->to->ops->audit_append(t->to, &rows[i].row);
			after = rows[i].row.seq;
			vr_store_audit_item_clear(&rows[i]);
		}
	} while (err == 0 && n == PAGE);
	return err;
}

int vr_store_transfer(vr_store *from, vr_store *to, vr_store_progress_fn fn, void *ud)
{
	static const int tables[] = { VR_STORE_T_PERSON, VR_STORE_T_CASE, VR_STORE_T_AUDIT,
				      VR_STORE_T_KEY };
	transfer t = { from, to, fn, ud, 0, 0 };
	int err;

	if (from->tx != VR_STORE_TX_READ || to->tx != VR_STORE_TX_WRITE)
		return vr_error_set(VR_EINTERNAL, "a copy reads inside a read transaction and "
				    "writes inside a write transaction");
	for (size_t i = 0; i < sizeof(tables) / sizeof(*tables); i++) {
		long long n = 0;
		if ((err = to->ops->count(to, tables[i], &n)) < 0)
			return err;
		if (n)
			return vr_error_set(VR_EINPUT, "%s is not empty (it has cases, people, "
					    "a signing key or an audit log already): vrtool copies "
					    "only into a new, empty database", vr_store_path(to));
	}
	if ((err = from->ops->count(from, VR_STORE_T_CASE, &t.total)) < 0)
		return err;
	if ((err = copy_cases(&t)) < 0 || (err = copy_keys(&t)) < 0)
		return err;
	return copy_audit(&t);
}
