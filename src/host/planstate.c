/*
 * planstate.c - statuses of a plan's versions; see planstate.h.
 */
#include "host/planstate.h"
#include "core/date.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/signer.h"
#include "core/val.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int take_version(const vr_store_version_row *r, void *ud)
{
	vr_planstate *ps = ud;
	vr_version_state *grown = realloc(ps->v, (ps->nv + 1) * sizeof(*grown));
	char **dates;
	char *digest = strdup(r->digest), *date = strdup(r->date);

	if (grown)
		ps->v = grown;
	dates = realloc(ps->dates, (ps->nv + 1) * sizeof(*dates));
	if (dates)
		ps->dates = dates;
	if (!grown || !dates || !digest || !date) {
		free(digest);
		free(date);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	ps->dates[ps->nv] = date;
	memset(&ps->v[ps->nv], 0, sizeof(*ps->v));
	ps->v[ps->nv].version = r->version;
	ps->v[ps->nv].digest = digest;
	ps->nv++;
	if (!ps->kind && !(ps->kind = strdup(r->kind)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

/* Requirements from the plugin's answer { { signers = {{..}}, approvals = {{..}} } }. */
static int own_reqs(const vr_val *ans, vr_role_req **out, size_t *n, size_t *nsigners)
{
	const vr_val *rec = vr_val_at(ans, 0);
	static const char *const parts[] = { "signers", "approvals" };
	vr_role_req *r = NULL;
	size_t k = 0;

	for (int w = 0; w < 2; w++) {
		const vr_val *list = vr_val_get(rec, parts[w]);
		if (w == 1)
			*nsigners = k;
		for (size_t i = 0; i < vr_val_len(list); i++) {
			const vr_val *alts = vr_val_at(list, i);
			vr_role_req *grown = realloc(r, (k + 1) * sizeof(*r));
			const char **roles;
			if (!grown)
				goto oom;
			r = grown;
			if (!(roles = calloc(vr_val_len(alts) + 1, sizeof(*roles))))
				goto oom;
			r[k].roles = roles;
			r[k].n = 0;
			k++;
			for (size_t j = 0; j < vr_val_len(alts); j++) {
				const char *role = vr_val_at(alts, j)->type == VR_VSTR ?
						   vr_val_at(alts, j)->u.s.s : "";
				if (!(roles[j] = strdup(role)))
					goto oom;
				r[k - 1].n++;
			}
		}
	}
	*out = r;
	*n = k;
	return 0;
oom:
	for (size_t i = 0; i < k; i++) {
		for (size_t j = 0; j < r[i].n; j++)
			free((char *)r[i].roles[j]);
		free((void *)r[i].roles);
	}
	free(r);
	return vr_error_set(VR_ENOMEM, "out of memory");
}

/* Asks the plugin what each version needs signed (kinds whose requirements
 * depend on the plan's content), both as the initial plan and as an
 * amendment: which it is depends on whether an earlier version took
 * effect, which the lifecycle works out from these answers. */
static int dynamic_reqs(vr_store *s, vr_plugin *p, vr_planstate *ps, const vr_plugin_doc pc[2],
			int statuses_only)
{
	char what[300];
	char rule[128];
	int err = 0;

	if (!(ps->own = calloc(ps->nv * 2, sizeof(*ps->own))) ||
	    !(ps->nown = calloc(ps->nv * 2, sizeof(*ps->nown))) ||
	    !(ps->nsig = calloc(ps->nv * 2, sizeof(*ps->nsig))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (size_t i = 0; i < ps->nv && err == 0; i++) {
		vr_store_version_row r;
		vr_val *plan = NULL;
		int signed_ = 0;
		for (size_t k = 0; k < ps->ns && !signed_; k++)
			signed_ = ps->refs[k].version == ps->v[i].version && !ps->refs[k].withdrawn &&
				  !strcmp(ps->refs[k].digest, ps->v[i].digest);
		/* status only: a version no one signed is not complete whatever it
		 * requires (a kind requires at least one signature), so it is not
		 * asked; what it still needs is asked when that is shown */
		if (statuses_only && !signed_)
			continue;
		if ((err = vr_store_get_version(s, ps->plan_id, ps->v[i].version, &r)) < 0)
			break;
		snprintf(what, sizeof(what), "plan %s", ps->plan_id);
		err = vr_ingest_read_checked(vr_model_plan(), r.xml, &r.val, what, &plan);
		vr_store_version_row_free(&r);
		for (int w = 0; w < 2 && err == 0; w++) {
			vr_val *ans = NULL, *life = vr_val_obj();
			size_t k = i * 2 + (size_t)w;
			if (!life || vr_val_obj_set(life, "version", vr_val_int(ps->v[i].version)) < 0 ||
			    vr_val_obj_set(life, "amendment", vr_val_bool(w)) < 0)
				err = vr_error_set(VR_ENOMEM, "out of memory");
			vr_plugin_doc docs[VR_PLUGIN_NDOCS] = { pc[0], pc[1], { plan, NULL, 0 },
								{ life, NULL, 0 } };
			if (err == 0 && (err = vr_plugin_call_docs(p, "requirements", docs, "", &ans,
								   rule, sizeof(rule))) == 0 &&
			    (err = own_reqs(ans, &ps->own[k], &ps->nown[k], &ps->nsig[k])) == 0) {
				ps->v[i].reqs[w] = ps->own[k];
				ps->v[i].nreqs[w] = ps->nown[k];
			}
			vr_val_free(life);
			vr_val_free(ans);
		}
		ps->v[i].has_reqs = err == 0;
		vr_val_free(plan);
	}
	return err;
}

int vr_planstate_load(vr_store *s, vr_plugin *p, const char *plan_id, const vr_val *person,
		      const vr_val *kase, vr_planstate *ps)
{
	vr_plugin_doc pc[2] = { { person, NULL, 0 }, { kase, NULL, 0 } };
	return vr_planstate_load_docs(s, p, plan_id, pc, vr_case_is_closed(kase), 0, ps);
}

int vr_planstate_load_docs(vr_store *s, vr_plugin *p, const char *plan_id,
			   const vr_plugin_doc pc[2], int case_closed, int statuses_only,
			   vr_planstate *ps)
{
	int err;

	memset(ps, 0, sizeof(*ps));
	if (!(ps->plan_id = strdup(plan_id)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if ((err = vr_store_each_plan_version_meta(s, plan_id, take_version, ps)) < 0)
		goto fail;
	if (ps->nv == 0) {
		err = vr_error_set(VR_ENOTFOUND, "no plan '%s' in %s", plan_id, vr_store_path(s));
		goto fail;
	}
	if ((err = vr_store_signatures(s, plan_id, &ps->sigs, &ps->ns)) < 0)
		goto fail;
	if (ps->ns && !(ps->refs = calloc(ps->ns, sizeof(*ps->refs)))) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto fail;
	}
	for (size_t i = 0; i < ps->ns; i++) {
		ps->refs[i].version = ps->sigs[i].version;
		ps->refs[i].digest = ps->sigs[i].digest;
		ps->refs[i].role = ps->sigs[i].role;
		ps->refs[i].at = ps->sigs[i].at;
		ps->refs[i].withdrawn = ps->sigs[i].withdrawal_id != 0;
		ps->refs[i].approval = !strcmp(ps->sigs[i].meaning, "approve");
	}
	for (int w = 0; w < 2; w++) {
		const vr_role_req *appr;
		if ((err = vr_plugin_requirements(p, ps->kind, w, &ps->req.reqs[w],
						  &ps->req.n[w])) < 0 ||
		    (err = vr_plugin_approvals(p, ps->kind, w, &appr, &ps->nappr[w])) < 0)
			goto fail;
	}
	if (vr_plugin_kind_dynamic(p, ps->kind) &&
	    (err = dynamic_reqs(s, p, ps, pc, statuses_only)) < 0)
		goto fail;
	vr_lifecycle_compute(ps->v, ps->nv, ps->refs, ps->ns, &ps->req, case_closed);
	return 0;
fail:
	vr_planstate_free(ps);
	return err;
}

void vr_planstate_free(vr_planstate *ps)
{
	for (size_t i = 0; i < ps->nv; i++) {
		free((char *)ps->v[i].digest);
		free(ps->dates[i]);
	}
	for (size_t i = 0; i < ps->ns; i++)
		vr_store_sig_row_clear(&ps->sigs[i]);
	for (size_t i = 0; ps->own && i < ps->nv * 2; i++) {
		for (size_t r = 0; r < ps->nown[i]; r++) {
			for (size_t j = 0; j < ps->own[i][r].n; j++)
				free((char *)ps->own[i][r].roles[j]);
			free((void *)ps->own[i][r].roles);
		}
		free(ps->own[i]);
	}
	free(ps->own);
	free(ps->nown);
	free(ps->nsig);
	free(ps->v);
	free(ps->dates);
	free(ps->sigs);
	free(ps->refs);
	free(ps->plan_id);
	free(ps->kind);
	memset(ps, 0, sizeof(*ps));
}

/* The index of version `version` in ps->v, or -1. */
static long index_of(const vr_planstate *ps, int version)
{
	for (size_t i = 0; i < ps->nv; i++)
		if (ps->v[i].version == version)
			return (long)i;
	return -1;
}

const vr_role_req *vr_planstate_reqs(const vr_planstate *ps, int version, size_t *n,
				     size_t *nsigners)
{
	long i = index_of(ps, version);
	const vr_version_state *v;
	int w;

	*n = *nsigners = 0;
	if (i < 0)
		return NULL;
	v = &ps->v[i];
	w = v->amendment ? 1 : 0;
	if (v->has_reqs) {
		*n = ps->nown[i * 2 + w];
		*nsigners = ps->nsig[i * 2 + w];
		return ps->own[i * 2 + w];
	}
	*n = ps->req.n[w];
	*nsigners = ps->req.n[w] - ps->nappr[w];
	return ps->req.reqs[w];
}

int vr_planstate_role(const vr_planstate *ps, int version, const char *role,
		      int *is_approval)
{
	const vr_version_state *vs = vr_planstate_version(ps, version);
	int w = vs && vs->amendment ? 1 : 0, known = 0;
	size_t n, nsig;
	const vr_role_req *rq = vr_planstate_reqs(ps, version, &n, &nsig);

	*is_approval = 0;
	for (size_t r = 0; r < ps->req.n[w]; r++)
		for (size_t j = 0; j < ps->req.reqs[w][r].n; j++)
			if (!strcmp(ps->req.reqs[w][r].roles[j], role)) {
				known = 1;
				*is_approval |= r >= ps->req.n[w] - ps->nappr[w];
			}
	for (size_t r = 0; r < n; r++)
		for (size_t j = 0; j < rq[r].n; j++)
			if (!strcmp(rq[r].roles[j], role)) {
				known = 1;
				*is_approval |= r >= nsig;
			}
	return known;
}

static long long seconds(const char *at)
{
	long day;
	long long t;

	return at && vr_datetime_seconds(at, &day, &t) == 0 ? t : 0;
}

/* Whether signature o is one approval a approves (a NULL: a new one). */
static int approves(const vr_store_sig_row *o, const vr_store_sig_row *a, int document)
{
	long long ta;

	if (!a)
		return !o->withdrawal_id;
	if (o->id == a->id)
		return 0;
	ta = seconds(a->at);
	if (!(seconds(o->at) <= ta || (document && o->id < a->id)))
		return 0;
	return !o->withdrawal_id || seconds(o->w_at) + VR_SIGNER_SKEW >= ta;
}

const vr_role_req *vr_planstate_approval_unmet(const vr_planstate *ps, int version,
					       const char *digest, const vr_store_sig_row *a,
					       int document)
{
	size_t nrq, nsig;
	const vr_role_req *rq = vr_planstate_reqs(ps, version, &nrq, &nsig);

	for (size_t r = 0; r < nsig; r++) {
		int met = 0;
		for (size_t k = 0; k < ps->ns && !met; k++) {
			const vr_store_sig_row *o = &ps->sigs[k];
			if (o->version != version || strcmp(o->digest, digest) ||
			    !approves(o, a, document))
				continue;
			for (size_t j = 0; j < rq[r].n && !met; j++)
				met = !strcmp(o->role, rq[r].roles[j]);
		}
		if (!met)
			return &rq[r];
	}
	return NULL;
}

void vr_planstate_roles(const vr_planstate *ps, int version, char *out, size_t n)
{
	const vr_version_state *vs = vr_planstate_version(ps, version);
	size_t used = 0, w = vs && vs->amendment;

	out[0] = '\0';
	for (size_t r = 0; r < ps->req.n[w]; r++)
		for (size_t j = 0; j < ps->req.reqs[w][r].n && used < n; j++)
			used += (size_t)snprintf(out + used, n - used, "%s%s", used ? ", " : "",
						 ps->req.reqs[w][r].roles[j]);
}

int vr_planstate_effective(const vr_planstate *ps)
{
	for (size_t i = 0; i < ps->nv; i++)
		if (ps->v[i].status == VR_ST_IN_EFFECT || ps->v[i].status == VR_ST_CLOSED)
			return ps->v[i].version;
	return 0;
}

const vr_version_state *vr_planstate_version(const vr_planstate *ps, int version)
{
	for (size_t i = 0; i < ps->nv; i++)
		if (ps->v[i].version == version)
			return &ps->v[i];
	return NULL;
}

void vr_planstate_missing(const vr_planstate *ps, int version, char *out, size_t n)
{
	const vr_version_state *v = vr_planstate_version(ps, version);

	out[0] = '\0';
	if (v)
		vr_lifecycle_missing(v, ps->refs, ps->ns, &ps->req, out, n);
}

static int set_str(vr_val *o, const char *k, const char *v)
{
	return v ? vr_val_obj_set(o, k, vr_val_str(v)) : 0;
}

/* One version as a rule sees it (vr.VersionState in lua/vr/plugin.lua). */
static vr_val *version_val(const vr_planstate *ps, size_t i)
{
	const vr_version_state *v = &ps->v[i];
	vr_val *o = vr_val_obj(), *sigs = vr_val_arr();
	char day[11];
	int err = !o || !sigs;

	for (size_t k = 0; k < ps->ns && !err; k++) {
		const vr_store_sig_row *g = &ps->sigs[k];
		vr_val *x;
		if (g->version != v->version || strcmp(g->digest, v->digest))
			continue;
		snprintf(day, sizeof(day), "%s", g->at);
		x = vr_val_obj();
		err = !x || vr_val_obj_set(x, "id", vr_val_int(g->id)) < 0 ||
		      set_str(x, "role", g->role) < 0 || set_str(x, "signer_id", g->signer_id) < 0 ||
		      set_str(x, "method", g->method) < 0 || set_str(x, "meaning", g->meaning) < 0 ||
		      set_str(x, "at", g->at) < 0 || set_str(x, "day", day) < 0 ||
		      vr_val_obj_set(x, "withdrawn", vr_val_bool(g->withdrawal_id != 0)) < 0;
		if (err)
			vr_val_free(x);
		else
			err = vr_val_arr_push(sigs, x) < 0;   /* takes x, even when it fails */
	}
	if (!err) {
		err = vr_val_obj_set(o, "version", vr_val_int(v->version)) < 0 ||
		      set_str(o, "date", ps->dates[i]) < 0 ||
		      set_str(o, "status", vr_status_name(v->status)) < 0 ||
		      vr_val_obj_set(o, "amendment", vr_val_bool(v->amendment)) < 0;
		if (!err && v->effective_at) {
			snprintf(day, sizeof(day), "%s", v->effective_at);
			err = set_str(o, "effective", day) < 0 ||
			      set_str(o, "effective_at", v->effective_at) < 0;
		}
		if (!err)
			err = vr_val_obj_set(o, "signatures", sigs) < 0;   /* takes sigs */
		else
			vr_val_free(sigs);
		sigs = NULL;
	}
	vr_val_free(sigs);
	if (err) {
		vr_val_free(o);
		vr_error_set(VR_ENOMEM, "out of memory");
		return NULL;
	}
	return o;
}

vr_val *vr_planstate_lifecycle(const vr_planstate *ps, int version)
{
	vr_val *o = vr_val_obj(), *list = vr_val_arr();
	int err = !o || !list || vr_val_obj_set(o, "version", vr_val_int(version)) < 0;

	for (size_t i = 0; i < ps->nv && !err; i++) {
		vr_val *v = version_val(ps, i);
		err = !v || vr_val_arr_push(list, v) < 0;
	}
	if (!err) {
		err = vr_val_obj_set(o, "versions", list) < 0;
		list = NULL;
	}
	vr_val_free(list);
	if (err) {
		vr_val_free(o);
		vr_error_set(VR_ENOMEM, "out of memory");
		return NULL;
	}
	return o;
}

int vr_case_is_closed(const void *kase_val)
{
	const vr_val *k = kase_val;
	const vr_val *events = vr_val_get(k, "events");
	const char *status = vr_val_gets(k, "status");

	if (status && strcmp(status, "closed") == 0)
		return 1;
	for (size_t i = 0; i < vr_val_len(events); i++) {
		const char *kind = vr_val_gets(vr_val_at(events, i), "kind");
		if (kind && strcmp(kind, "closure") == 0)
			return 1;
	}
	return 0;
}
