/*
 * planstate.h - a plan's versions, their signatures and their statuses.
 *
 * Brings together what the store keeps (versions, signatures) and what the
 * agency's plugin requires (roles per plan kind) to compute, with
 * lifecycle.h, each version's status. Commands that show, list, sign or
 * amend plans all go through here, so status means the same everywhere.
 */
#ifndef VR_PLANSTATE_H
#define VR_PLANSTATE_H

#include "core/lifecycle.h"
#include "core/store.h"
#include "core/val.h"
#include "host/plugin.h"

typedef struct {
	char *plan_id, *kind;
	vr_version_state *v;      /* ascending by version */
	char **dates;             /* the plan date of each version, same order */
	size_t nv;
	vr_store_sig_row *sigs;   /* in the order made */
	size_t ns;
	vr_sig_ref *refs;         /* the same, as lifecycle sees them */
	vr_requirements req;      /* lent from the plugin */
	vr_role_req **own;        /* per-version requirements a plugin computed */
	size_t *nown;
} vr_planstate;

/* The case (person and case parts) is what the plugin sees when its
 * requirements depend on the plan; a closed case closes its plans. */
int vr_planstate_load(vr_store *s, vr_plugin *p, const char *plan_id, const vr_val *person,
		      const vr_val *kase, vr_planstate *out);
void vr_planstate_free(vr_planstate *ps);

/* The version in effect (or closed), 0 when none. */
int vr_planstate_effective(const vr_planstate *ps);
/* The state of one version, or NULL. */
const vr_version_state *vr_planstate_version(const vr_planstate *ps, int version);
/* Which required roles have not signed version `version`. */
void vr_planstate_missing(const vr_planstate *ps, int version, char *out, size_t n);

/* Whether a case (tree) is closed: a closure event, or status "closed". */
int vr_case_is_closed(const void *kase_val);

#endif
