/*
 * cases.c - a stored case and its plans as the operations use them, and the
 * walk over the plans of one case or of every case, each with its plugin
 * and lifecycle. See cases.h.
 */
#include "app/cases.h"
#include "app/batch.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/model.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vr_app_case_free(vr_app_case *c)
{
	vr_store_case_row_free(&c->row);
	vr_val_free(c->person);
	vr_val_free(c->kase);
	c->person = c->kase = NULL;
	memset(c->enc, 0, sizeof(c->enc)); /* they pointed into the row */
}

/* A stored document as a value (vr_ingest_read_stored: the value stored
 * beside its XML, or the parsed XML for rows older than migration 3). */
static int parse_part(const char *xml, const vr_blob *val, const char *what,
		      const vr_field *f, vr_val **out)
{
	return vr_ingest_read_checked(f, xml, val, what, out);
}

/* With docs, a part whose stored value can be sent as it is is not
 * decoded: its encoding goes in out->enc (checked well formed once, here). */
static int load_case(vr_store *s, const char *id, vr_app_case *out, int docs)
{
	int err;

	memset(out, 0, sizeof(*out));
	if ((err = vr_store_get_case(s, id, &out->row)) < 0)
		return err;
	if ((!docs || vr_ingest_stored_enc(&out->row.person_val, &out->enc[0].enc,
					   &out->enc[0].len) <= 0) &&
	    (err = parse_part(out->row.person_xml, &out->row.person_val, "person",
			      vr_model_person(), &out->person)) < 0)
		goto bad;
	if ((!docs || vr_ingest_stored_enc(&out->row.val, &out->enc[1].enc,
					   &out->enc[1].len) <= 0) &&
	    (err = parse_part(out->row.xml, &out->row.val, "case", vr_model_case(),
			      &out->kase)) < 0)
		goto bad;
	return 0;
bad:
	vr_app_case_free(out);
	return err;
}

int vr_app_load_case(vr_store *s, const char *id, vr_app_case *out)
{
	return load_case(s, id, out, 0);
}

int vr_app_parse_plan(const char *xml, const char *plan_id, vr_val **out)
{
	char what[160];
	snprintf(what, sizeof(what), "plan %s", plan_id);
	return parse_part(xml, NULL, what, vr_model_plan(), out);
}

int vr_app_read_plan(const vr_store_version_row *r, vr_val **out)
{
	char what[160];
	snprintf(what, sizeof(what), "plan %s", r->plan_id);
	return parse_part(r->xml, &r->val, what, vr_model_plan(), out);
}

int vr_app_plan_state(vr_store *s, const vr_app_case *k, const char *plan_id,
		      int whole_agency, vr_planstate *out, vr_plugin **p)
{
	vr_plugin *plugin = NULL;
	int err;

	memset(out, 0, sizeof(*out));
	if (p)
		*p = NULL;
	if ((err = whole_agency ? vr_app_plugin_for(s, k->row.agency, &plugin)
				: vr_app_plugin_for_case(s, k->row.agency, k->row.id, &plugin)) < 0 ||
	    (err = vr_planstate_load(s, plugin, plan_id, k->person, k->kase, out)) < 0)
		return err;
	if (p)
		*p = plugin;
	return 0;
}

typedef struct {
	const vr_app_scope *scope;
	vr_store *s;
	vr_app_plan_fn fn;
	vr_app_noplugin_fn nofn;
	void *ud;
	vr_app_case k;
	vr_plugin *p;
	long long cases, plans;
	int docs;               /* vr_app_walk_docs: no decoding of stored values */
	int in_effect_too;      /* also the version in effect, when not the newest */
	int in_effect_only;     /* the version in effect instead of the newest */
	int closed;             /* the case being walked is closed */
} walker;

static int visit(walker *w, const vr_store_version_row *r, const vr_planstate *ps)
{
	vr_val *plan = NULL;
	vr_app_enc *pe = &w->k.enc[2];
	int err;

	pe->enc = NULL;
	pe->len = 0;
	if ((!w->docs || vr_ingest_stored_enc(&r->val, &pe->enc, &pe->len) <= 0) &&
	    (err = vr_app_read_plan(r, &plan)) < 0)
		return err;
	if (!(w->k.life = vr_planstate_lifecycle(ps, r->version))) {
		vr_val_free(plan);
		return VR_ENOMEM;
	}
	w->k.state = vr_planstate_version(ps, r->version);
	err = w->fn(w->ud, &w->k, w->p, r, plan);
	vr_val_free(w->k.life);
	w->k.life = NULL;
	w->k.state = NULL;
	vr_val_free(plan);
	return err;
}

/* The newest version of a plan, with the plan's lifecycle (what rules see
 * as ctx.lifecycle); first the version in effect when it is an older one
 * and the walk asks for it (deadlines: clocks follow the plan in effect). */
static int walk_version(const vr_store_version_row *r, void *ud)
{
	walker *w = ud;
	vr_planstate ps;
	vr_plugin_doc pc[2];
	int err = 0, eff;

	for (int i = 0; i < 2; i++) {
		pc[i].v = i ? w->k.kase : w->k.person;
		pc[i].enc = pc[i].v ? NULL : w->k.enc[i].enc;
		pc[i].len = pc[i].v ? 0 : w->k.enc[i].len;
	}
	if ((err = vr_planstate_load_docs(w->s, w->p, r->plan_id, pc, w->closed, 1, &ps)) < 0) {
		/* the plugin failed on this plan (a `requirements` function that
		 * loops, say): a finding on the case, and on to the next plan */
		if (err != VR_EPLUGIN)
			return err;
		w->plans++;
		vr_error_wrap(err, "plan %s: its status could not be computed, so it was not "
			      "checked: ", r->plan_id);
		return w->nofn(w->ud, w->k.row.id, w->k.row.agency);
	}
	w->plans++;
	eff = vr_planstate_effective(&ps);
	if ((w->in_effect_too || w->in_effect_only) && eff && eff != r->version) {
		vr_store_version_row e;
		if ((err = vr_store_get_version(w->s, r->plan_id, eff, &e)) == 0) {
			w->k.earlier = !w->in_effect_only;
			err = visit(w, &e, &ps);
			w->k.earlier = 0;
			vr_store_version_row_free(&e);
		}
		if (w->in_effect_only) {
			vr_planstate_free(&ps);
			return err;
		}
	}
	if (err == 0)
		err = visit(w, r, &ps);
	vr_planstate_free(&ps);
	return err;
}

static int walk_one(const char *id, const char *agency, walker *w)
{
	int err;

	w->cases++;
	if ((!w->scope->case_id ? vr_app_plugin_for(w->s, agency, &w->p)
		       : vr_app_plugin_for_case(w->s, agency, id, &w->p)) < 0)
		return w->nofn(w->ud, id, agency);
	if ((err = load_case(w->s, id, &w->k, w->docs)) < 0)
		return err;
	w->closed = w->k.kase ? vr_case_is_closed(w->k.kase)
			      : w->k.row.status && !strcmp(w->k.row.status, "closed");
	if (!w->k.kase && !w->closed &&
	    (err = vr_store_case_has_event(w->s, id, "closure", &w->closed)) < 0) {
		vr_app_case_free(&w->k);
		return err;
	}
	err = vr_store_each_latest(w->s, id, walk_version, w);
	vr_app_case_free(&w->k);
	return err;
}

/* With the cases shared among processes (vr_app_shards_ordered), each
 * takes its own and marks where each ends in its output. */
static int walk_case(const char *id, const char *agency, void *ud)
{
	int err;

	if (!vr_app_sharded())
		return walk_one(id, agency, ud);
	if (!vr_app_shard_mine())
		return 0;
	err = walk_one(id, agency, ud);
	vr_app_shard_case_end();
	return err;
}

static int walk(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn, vr_app_noplugin_fn nofn, void *ud,
		long long *cases, long long *plans, int docs)
{
	walker w;
	int err;

	memset(&w, 0, sizeof(w));
	w.docs = docs & 1;
	w.in_effect_too = (docs & 2) != 0;
	w.in_effect_only = (docs & 4) != 0;
	w.scope = sc;
	w.s = s;
	w.fn = fn;
	w.nofn = nofn;
	w.ud = ud;
	if (!sc->case_id) {
		err = vr_store_each_case(s, sc->agency, walk_case, &w);
	} else {
		vr_store_case_row row;
		if ((err = vr_store_get_case(s, sc->case_id, &row)) == 0) {
			err = walk_case(row.id, row.agency, &w);
			vr_store_case_row_free(&row);
		}
	}
	*cases = w.cases;
	*plans = w.plans;
	return err;
}

int vr_app_walk_docs(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn, vr_app_noplugin_fn nofn,
		     void *ud, long long *cases, long long *plans)
{
	return walk(sc, s, fn, nofn, ud, cases, plans, 1);
}

int vr_app_walk_in_effect(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn, vr_app_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans)
{
	return walk(sc, s, fn, nofn, ud, cases, plans, 1 | 2);
}

int vr_app_walk_effective(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn, vr_app_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans)
{
	return walk(sc, s, fn, nofn, ud, cases, plans, 1 | 4);
}

void vr_app_docs(const vr_app_case *k, const vr_val *plan, vr_plugin_doc *docs)
{
	const vr_val *v[3] = { k->person, k->kase, plan };

	for (int i = 0; i < 3; i++) {
		docs[i].v = v[i];
		docs[i].enc = v[i] ? NULL : k->enc[i].enc;
		docs[i].len = v[i] ? 0 : k->enc[i].len;
	}
	docs[3].v = k->life;
	docs[3].enc = NULL;
	docs[3].len = 0;
}

int vr_app_walk_op(const char *op, const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn,
		   vr_app_noplugin_fn nofn, void *ud, long long *cases, long long *plans)
{
	if (!strcmp(op, "check") || !strcmp(op, "deadlines"))
		return vr_app_walk_in_effect(sc, s, fn, nofn, ud, cases, plans);
	if (!strcmp(op, "fees"))
		return vr_app_walk_effective(sc, s, fn, nofn, ud, cases, plans);
	return vr_app_walk_docs(sc, s, fn, nofn, ud, cases, plans);
}
