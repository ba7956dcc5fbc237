/*
 * model_rules.c - what a case file must satisfy beyond each field's type
 * (model.h, vr_model_validate_casefile): ids unique, dates in order,
 * references that lead somewhere, a plan's history in order, recorded
 * signatures complete, and the limits on what one case may hold. The
 * field tables and the per-field validation are in model.c.
 */
#include "core/model.h"
#include "core/path.h"
#include "core/sign.h"
#include "core/date.h"
#include "core/error.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- cross-field checks ---------------------------------------------- */

/* "plans[N].field" for the plan at position pos (from 0). */
static void plan_field(char *out, size_t cap, size_t pos, const char *field)
{
	vr_path_field(out, cap, vr_path_child(out, cap, "plans", NULL, pos + 1), field);
}

static int date_of(const vr_val *obj, const char *key, long *days)
{
	const char *s = vr_val_gets(obj, key);
	return s && vr_date_parse(s, days) == 0;
}

static size_t order(const vr_val *obj, const char *path, const char *a,
		    const char *b, vr_diags *d)
{
	long x, y;

	if (date_of(obj, a, &x) && date_of(obj, b, &y) && y < x) {
		char sub[512];
		vr_path_child(sub, sizeof(sub), path, b, 0);
		vr_diags_add(d, sub, vr_val_get(obj, b)->line,
			     "%s %s is before %s %s", b, vr_val_gets(obj, b), a,
			     vr_val_gets(obj, a));
		return 1;
	}
	return 0;
}

/* Reports duplicate values of `key` among the objects of arr. */
typedef struct { const char *id; size_t pos; } id_pos;

static int cmp_id_pos(const void *a, const void *b)
{
	const id_pos *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c ? c : x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Reports each item whose `key` repeats an earlier item's, naming the
 * first. The ids are sorted (a list may be long), the reports come in list
 * order. */
static size_t unique(const vr_val *arr, const char *path, const char *key, vr_diags *d)
{
	size_t bad = 0, i, m = 0, n = vr_val_len(arr);
	id_pos *ids;
	size_t *first;
	char sub[512];

	if (n < 2)
		return 0;
	ids = malloc(n * sizeof(*ids));
	first = malloc(n * sizeof(*first));
	if (!ids || !first) {
		free(ids);
		free(first);
		vr_diags_add(d, path, 0, "out of memory checking that each %s is unique", key);
		return 1;
	}
	for (i = 0; i < n; i++) {
		first[i] = i;
		if ((ids[m].id = vr_val_gets(vr_val_at(arr, i), key)))
			ids[m++].pos = i;
	}
	qsort(ids, m, sizeof(*ids), cmp_id_pos);
	for (i = 1; i < m; i++)
		if (strcmp(ids[i].id, ids[i - 1].id) == 0)
			first[ids[i].pos] = first[ids[i - 1].pos];
	for (i = 0; i < n; i++) {
		if (first[i] == i)
			continue;
		vr_path_field(sub, sizeof(sub), vr_path_child(sub, sizeof(sub), path, NULL, i + 1),
			      key);
		vr_diags_add(d, sub, vr_val_at(arr, i)->line,
			     "%s '%s' is used twice (also %s[%zu]); each must be unique", key,
			     vr_val_gets(vr_val_at(arr, i), key), path, first[i] + 1);
		bad++;
	}
	free(ids);
	free(first);
	return bad;
}

static size_t check_plan(const vr_val *p, const char *path, vr_diags *d)
{
	const vr_val *objs = vr_val_get(p, "objectives");
	const vr_val *svcs = vr_val_get(p, "services");
	char sub[512];
	size_t bad = 0, i, j;

	vr_path_child(sub, sizeof(sub), path, "objectives", 0);
	bad += unique(objs, sub, "id", d);
	vr_path_child(sub, sizeof(sub), path, "services", 0);
	bad += unique(svcs, sub, "id", d);
	for (i = 0; i < vr_val_len(objs); i++) {
		vr_path_item(sub, sizeof(sub), vr_path_child(sub, sizeof(sub), path, "objectives", 0),
			     i + 1);
		bad += order(vr_val_at(objs, i), sub, "start", "target", d);
	}
	for (i = 0; i < vr_val_len(svcs); i++) {
		const vr_val *s = vr_val_at(svcs, i);
		const char *ref = vr_val_gets(s, "objective");
		vr_path_item(sub, sizeof(sub), vr_path_child(sub, sizeof(sub), path, "services", 0),
			     i + 1);
		bad += order(s, sub, "start", "planned_end", d);
		bad += order(s, sub, "start", "actual_end", d);
		if (ref) {
			for (j = 0; j < vr_val_len(objs); j++) {
				const char *id = vr_val_gets(vr_val_at(objs, j), "id");
				if (id && strcmp(id, ref) == 0)
					break;
			}
			if (j == vr_val_len(objs)) {
				char at[600];
				vr_path_child(at, sizeof(at), sub, "objective", 0);
				vr_diags_add(d, at, vr_val_get(s, "objective")->line,
					     "service points at objective '%s', which this plan "
					     "does not have", ref);
				bad++;
			}
		}
	}
	vr_path_child(sub, sizeof(sub), path, "review", 0);
	bad += order(vr_val_get(p, "review"), sub, "last", "next", d);
	return bad;
}

/*
 * Plans with their history (docs/model.md). A plan id may be listed more
 * than once when every entry of it states its version: 1, 2, 3, ... in
 * the order listed, without gaps, all of one kind. Otherwise ids are
 * unique. The plans with an id, sorted by id and then place (a list may
 * be long), so that a plan's entries are found by binary search.
 *
 * A history holds at most HISTORY_MAX versions: each version is stored
 * after the ones before it and its status, who must sign it and what it
 * amends are computed from all of them (host/planstate.c, a plugin call
 * per version), so the cost grows with the square of their number: 50
 * versions import in 0.2 s, 100 in 0.8 s, 1,000 would take minutes. A
 * plan amended every month for eight years has 100.
 */
#define HISTORY_MAX 100
typedef struct {
	id_pos *ids;
	size_t n;
} plan_index;

static int index_plans(const vr_val *plans, plan_index *x, vr_diags *d)
{
	size_t n = vr_val_len(plans);

	x->n = 0;
	if (!(x->ids = malloc((n ? n : 1) * sizeof(*x->ids)))) {
		vr_diags_add(d, "plans", 0, "out of memory checking the plans");
		return -1;
	}
	for (size_t i = 0; i < n; i++)
		if ((x->ids[x->n].id = vr_val_gets(vr_val_at(plans, i), "id")))
			x->ids[x->n++].pos = i;
	qsort(x->ids, x->n, sizeof(*x->ids), cmp_id_pos);
	return 0;
}

/* The entries of plan id: [*first, *first + return) of x->ids. */
static size_t plan_entries(const plan_index *x, const char *id, size_t *first)
{
	size_t lo = 0, hi = x->n, k;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(x->ids[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	for (k = lo; k < x->n && strcmp(x->ids[k].id, id) == 0; k++)
		;
	return k - lo;
}

static const vr_val *stated(const vr_val *obj, const char *key)
{
	const vr_val *v = vr_val_get(obj, key);
	return v && v->type != VR_VNULL ? v : NULL;
}

static size_t check_history(const vr_val *plans, const plan_index *x, vr_diags *d)
{
	char sub[96];
	size_t bad = 0, a, b, k, nstated;

	for (a = 0; a < x->n; a = b) {
		for (b = a + 1; b < x->n && strcmp(x->ids[b].id, x->ids[a].id) == 0; b++)
			;
		if (b - a == 1)
			continue;
		if (b - a > HISTORY_MAX) {
			vr_path_child(sub, sizeof(sub), "plans", NULL, x->ids[a + HISTORY_MAX].pos + 1);
			vr_diags_add(d, sub, vr_val_at(plans, x->ids[a + HISTORY_MAX].pos)->line,
				     "plan '%s' is listed %zu times; a case file brings at most %d "
				     "versions of a plan", x->ids[a].id, b - a, HISTORY_MAX);
			bad++;
			continue;
		}
		for (nstated = 0, k = a; k < b; k++)
			nstated += stated(vr_val_at(plans, x->ids[k].pos), "version") != NULL;
		for (k = a; k < b; k++) {
			const vr_val *e = vr_val_at(plans, x->ids[k].pos), *ver = stated(e, "version");
			const char *kind = vr_val_gets(e, "kind");
			const char *kind1 = vr_val_gets(vr_val_at(plans, x->ids[a].pos), "kind");
			if (nstated == 0) {
				if (k == a)
					continue;
				plan_field(sub, sizeof(sub), x->ids[k].pos, "id");
				vr_diags_add(d, sub, vr_val_get(e, "id")->line,
					     "id '%s' is used twice (also plans[%zu]); each must be "
					     "unique, unless the entries are the plan's history (each "
					     "then states its version: 1, 2, ...)", x->ids[k].id,
					     x->ids[a].pos + 1);
				bad++;
				continue;
			}
			if (!ver) {
				vr_path_child(sub, sizeof(sub), "plans", NULL, x->ids[k].pos + 1);
				vr_diags_add(d, sub, e->line, "plan '%s' is listed %zu times: as the "
					     "plan's history, every entry of it states its version (1, "
					     "2, ...)", x->ids[k].id, b - a);
				bad++;
			} else if (ver->u.i != (long long)(k - a + 1)) {
				plan_field(sub, sizeof(sub), x->ids[k].pos, "version");
				vr_diags_add(d, sub, ver->line, "plan '%s': version %lld is listed "
					     "where version %zu should be; a plan's versions are listed "
					     "1, 2, 3, ... in order, without gaps", x->ids[k].id,
					     ver->u.i, k - a + 1);
				bad++;
			}
			if (kind && kind1 && strcmp(kind, kind1) != 0) {
				plan_field(sub, sizeof(sub), x->ids[k].pos, "kind");
				vr_diags_add(d, sub, vr_val_get(e, "kind")->line, "plan '%s' is a %s in "
					     "its first version; every version of a plan is of one kind",
					     x->ids[k].id, kind1);
				bad++;
			}
		}
	}
	return bad;
}

/* The signatures a case file records, each on a plan (and version) that
 * the file brings, with what a recorded signature must say: when it was
 * given, how the signer's identity was checked, and for a signature on
 * paper who recorded it. The rules of who may sign, and when, are
 * applied on import, against the store and the agency's plugin (ingest.h). */
/* A problem of signatures[i] (field "" for the item itself). */
static size_t sig_diag(vr_diags *d, size_t i, const char *field, const vr_val *at,
		       const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static size_t sig_diag(vr_diags *d, size_t i, const char *field, const vr_val *at,
		       const char *fmt, ...)
{
	char sub[96], msg[512];
	va_list ap;

	vr_path_field(sub, sizeof(sub), vr_path_child(sub, sizeof(sub), "signatures", NULL, i + 1),
		      field);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	vr_diags_add(d, sub, at->line, "%s", msg);
	return 1;
}

static size_t check_recorded_signatures(const vr_val *root_v, const plan_index *x,
					vr_diags *d)
{
	const vr_val *sigs = vr_val_get(root_v, "signatures");
	size_t bad = 0, first, n;

	for (size_t i = 0; i < vr_val_len(sigs); i++) {
		const vr_val *g = vr_val_at(sigs, i), *ver = stated(g, "version");
		const char *pid = vr_val_gets(g, "plan"), *method = vr_val_gets(g, "method");
		const char *scan = vr_val_gets(g, "scan_sha256"), *digest = vr_val_gets(g, "digest");

		n = plan_entries(x, pid, &first);
		if (n == 0)
			bad += sig_diag(d, i, "plan", vr_val_get(g, "plan"), "names no plan of this "
					"file: a recorded signature comes with the plan it is on");
		else if (n > 1 && !ver)
			bad += sig_diag(d, i, "version", g, "plan '%s' has %zu versions in this "
					"file: say which one this signature is on", pid, n);
		else if (ver && n > 1 && (ver->u.i < 1 || ver->u.i > (long long)n))
			bad += sig_diag(d, i, "version", ver, "plan '%s' has versions 1 to %zu in "
					"this file", pid, n);
		else if (ver && ver->u.i < 1)
			bad += sig_diag(d, i, "version", ver, "a version is 1 or more");
		if (!stated(g, "at"))
			bad += sig_diag(d, i, "at", g, "a recorded signature needs the time it was "
					"given (at, a date-time with offset)");
		if (!stated(g, "identity"))
			bad += sig_diag(d, i, "identity", g, "say how the signer's identity was "
					"checked (as `vrtool sign --identity` does)");
		if (method && (!strcmp(method, "wet") || !strcmp(method, "initials")) &&
		    !stated(g, "recorded_by"))
			bad += sig_diag(d, i, "recorded_by", g, "a %s signature given on paper (%s) "
					"needs who recorded it: a staff id or name",
					vr_val_gets(g, "role"), method);
		if (scan && !vr_sign_is_digest_hex(scan))
			bad += sig_diag(d, i, "scan_sha256", vr_val_get(g, "scan_sha256"), "must be "
					"the SHA-256 of the scan in 64 lowercase hex digits "
					"(`sha256sum FILE`)");
		if (digest && !vr_sign_is_digest_hex(digest))
			bad += sig_diag(d, i, "digest", vr_val_get(g, "digest"), "must be a plan "
					"version's digest in 64 lowercase hex digits (or left out: "
					"it is computed)");
		if (!stated(g, "seal") != !stated(g, "key_id"))
			bad += sig_diag(d, i, stated(g, "seal") ? "key_id" : "seal", g, "a seal and "
					"its key_id go together; leave both out to have the import "
					"seal the signature with this installation's key");
	}
	return bad;
}

/* The values of agency fields under v, counted into n up to past the
 * limit; depth as ext_value. */
static size_t count_ext(const vr_val *v, size_t n, int depth)
{
	if (v->type != VR_VARR && v->type != VR_VOBJ)
		return n;
	n += v->u.c.n;
	if (depth >= VR_MODEL_EXT_DEPTH)
		return n;
	for (size_t i = 0; i < v->u.c.n && n <= VR_MODEL_MAX_ITEMS; i++)
		n = count_ext(v->u.c.items[i], n, depth + 1);
	return n;
}

/* The list items and agency values of v (whose model is f, at path)
 * counted into n, until the count passes VR_MODEL_MAX_ITEMS; a list past
 * its own limit is reported (into *bad) and not looked into. A walk with no
 * allocation, made before any value is validated. Values of the wrong type
 * count as nothing here; validation reports them. */
static size_t count_items(const vr_field *f, const vr_val *v, const char *path, size_t n,
			  vr_diags *d, size_t *bad)
{
	char sub[512];
	const vr_field *c;

	if (!v || n > VR_MODEL_MAX_ITEMS)
		return n;
	switch (f->type) {
	case VR_T_ARR:
		if (v->type != VR_VARR)
			return n;
		if (v->u.c.n > vr_model_list_max(f)) {
			vr_diags_add(d, path, v->line, "%zu items; %s holds at most %zu "
				     "(docs/model.md, \"Limits\")", v->u.c.n, f->name,
				     vr_model_list_max(f));
			++*bad;
			return n;
		}
		n += v->u.c.n;
		for (size_t i = 0; i < v->u.c.n && n <= VR_MODEL_MAX_ITEMS; i++) {
			vr_path_child(sub, sizeof(sub), path, NULL, i + 1);
			n = count_items(f->fields, v->u.c.items[i], sub, n, d, bad);
		}
		return n;
	case VR_T_OBJ:
		if (v->type != VR_VOBJ)
			return n;
		for (c = f->fields; c->name && n <= VR_MODEL_MAX_ITEMS; c++) {
			const vr_val *cv = vr_val_get(v, c->name);
			if (!cv || (c->type != VR_T_ARR && c->type != VR_T_OBJ && c->type != VR_T_EXT))
				continue;
			vr_path_child(sub, sizeof(sub), path, c->name, 0);
			n = count_items(c, cv, sub, n, d, bad);
		}
		return n;
	case VR_T_EXT:
		return count_ext(v, n, 0);
	default:
		return n;
	}
}

size_t vr_model_validate_casefile(vr_val *root_v, const char *source, vr_diags *d)
{
	size_t bad, i;
	const vr_val *kase_v, *plans;
	char sub[64];

	(void)source;
	/* the limits first: past them, nothing more is looked at */
	bad = 0;
	if (count_items(vr_model_casefile(), root_v, "", 0, d, &bad) > VR_MODEL_MAX_ITEMS) {
		vr_diags_add(d, "", root_v->line, "more than %d list items and agency fields in "
			     "all; a case holds at most %d (docs/model.md, \"Limits\")",
			     VR_MODEL_MAX_ITEMS, VR_MODEL_MAX_ITEMS);
		bad++;
	}
	if (bad)
		return bad;
	bad = vr_model_validate(vr_model_casefile(), root_v, "", d);
	if (bad)
		return bad;   /* cross-field checks assume well-typed fields */
	kase_v = vr_val_get(root_v, "case");
	plans = vr_val_get(root_v, "plans");
	{
		plan_index x;
		if (index_plans(plans, &x, d) < 0)
			return bad + 1;
		bad += check_history(plans, &x, d);
		bad += check_recorded_signatures(root_v, &x, d);
		free(x.ids);
	}
	for (i = 0; i < vr_val_len(vr_val_get(kase_v, "events")); i++) {
		const vr_val *e = vr_val_at(vr_val_get(kase_v, "events"), i);
		const vr_val *date = vr_val_get(e, "date"), *at = vr_val_get(e, "at");
		if ((!date || date->type == VR_VNULL) && (!at || at->type == VR_VNULL)) {
			vr_path_child(sub, sizeof(sub), "case.events", NULL, i + 1);
			vr_diags_add(d, sub, e->line,
				     "an event needs a date (YYYY-MM-DD) or a time (at)");
			bad++;
		}
	}
	for (i = 0; i < vr_val_len(vr_val_get(kase_v, "employment")); i++) {
		vr_path_child(sub, sizeof(sub), "case.employment", NULL, i + 1);
		bad += order(vr_val_at(vr_val_get(kase_v, "employment"), i), sub,
			     "start", "end_date", d);
	}
	for (i = 0; i < vr_val_len(plans); i++) {
		vr_path_child(sub, sizeof(sub), "plans", NULL, i + 1);
		bad += check_plan(vr_val_at(plans, i), sub, d);
	}
	return bad;
}
