/*
 * cases.h - a stored case and its plans as the operations use them, and the
 * walk over the plans of one case or of every case (app.h).
 */
#ifndef VR_APP_CASES_H
#define VR_APP_CASES_H

#include "app/app.h"
#include "core/lifecycle.h"
#include "core/store.h"
#include "core/val.h"

/* A stored value's encoding, handed on undecoded (vr_app_walk_docs). */
typedef struct {
	const void *enc;
	size_t len;
} vr_app_enc;

/* A case as the operations use it: the row and its parsed parts. Under
 * vr_app_walk_docs, a part whose stored value is sent as it is has only
 * its encoding here (enc[0] the person, enc[1] the case, enc[2] the plan
 * being walked) and no parsed value. */
typedef struct {
	vr_store_case_row row;
	vr_val *person, *kase;
	vr_app_enc enc[3];
	/* under a walk: the lifecycle of the plan being visited (what rules see
	 * as ctx.lifecycle) and the state of the version visited; lent */
	vr_val *life;
	const vr_version_state *state;
	int earlier;    /* visiting the version in effect, older than the newest */
} vr_app_case;
int vr_app_load_case(vr_store *s, const char *id, vr_app_case *out);
void vr_app_case_free(vr_app_case *c);

/* Parses a stored plan version's XML (what signing and verifying read). */
int vr_app_parse_plan(const char *xml, const char *plan_id, vr_val **out);
/* A stored plan version as a value: its stored value when it has one,
 * else its parsed XML (what check, deadlines, fees, export and render read). */
int vr_app_read_plan(const vr_store_version_row *r, vr_val **out);

/* The computed state of plan plan_id of loaded case k (host/planstate.h:
 * each version's status, what it still needs signed), with its agency's
 * plugin, whose ctx.summary holds the caseloads of the whole agency
 * (whole_agency) or of the case's staff only (app.h). The plugin is lent
 * in *p when p is not NULL. VR_EPLUGIN when the plugin fails (it does not
 * load, or a kind's `requirements` loops or raises); free *out with
 * vr_planstate_free. */
struct vr_planstate;
struct vr_plugin;
int vr_app_plan_state(vr_store *s, const vr_app_case *k, const char *plan_id,
		      int whole_agency, struct vr_planstate *out, struct vr_plugin **p);

/* Which cases a walk visits: one (case_id), or every case (case_id NULL),
 * of one agency when agency is not NULL. */
typedef struct {
	const char *case_id;
	const char *agency;
} vr_app_scope;

/*
 * The walks (below) visit the newest version of every plan of the cases in scope, with each
 * case's plugin loaded. fn gets the case, the plugin and the plan; a case
 * whose plugin does not load, or a plan whose status its plugin fails to
 * give (a kind's `requirements` that loops or raises), goes to nofn
 * instead, with the message in vr_error_last(): a finding, never a stop,
 * and the walk goes on with the next. Counts cases and plans seen. When the
 * cases are shared among processes (batch.h), each takes its own.
 */
struct vr_plugin;
struct vr_plugin_doc;
typedef int (*vr_app_plan_fn)(void *ud, const vr_app_case *k, struct vr_plugin *p,
			      const vr_store_version_row *row, const vr_val *plan);
typedef int (*vr_app_noplugin_fn)(void *ud, const char *case_id, const char *agency);
/* The walk for callers that only pass the documents on to the plugin: a
 * stored value is not decoded, so k->person, k->kase and plan are NULL
 * where the row holds one; vr_app_docs gives the three documents for
 * vr_plugin_call_docs either way. */
int vr_app_walk_docs(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn,
		     vr_app_noplugin_fn nofn, void *ud, long long *cases, long long *plans);
/* The same, visiting for each plan the version in effect too, first, when
 * it is older than the newest (k->state says which is which): clocks
 * about the plan in effect run from it, a draft's beside them. */
int vr_app_walk_in_effect(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn,
			  vr_app_noplugin_fn nofn, void *ud, long long *cases, long long *plans);
/* The same, visiting for each plan the version in effect when there is one,
 * else the newest: what the agency acts on (fees: a provider is paid under
 * the plan in effect, not a draft amendment of it). */
int vr_app_walk_effective(const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn,
			  vr_app_noplugin_fn nofn, void *ud, long long *cases, long long *plans);
/* The walk a plugin operation visits plans by, the same for every front
 * end: "check" and "deadlines" the version in effect and a newer one beside
 * it (vr_app_walk_in_effect), "fees" what the agency acts on
 * (vr_app_walk_effective), any other ("measures") the newest
 * (vr_app_walk_docs). */
int vr_app_walk_op(const char *op, const vr_app_scope *sc, vr_store *s, vr_app_plan_fn fn,
		   vr_app_noplugin_fn nofn, void *ud, long long *cases, long long *plans);
/* The four documents of a plugin call (plugin.h): person, case, plan and
 * the plan's lifecycle when walking (k->life). */
void vr_app_docs(const vr_app_case *k, const vr_val *plan, struct vr_plugin_doc *docs);

#endif
