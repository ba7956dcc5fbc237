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

typedef struct vr_planstate {
	char *plan_id, *kind;
	vr_version_state *v;      /* ascending by version */
	char **dates;             /* the plan date of each version, same order */
	size_t nv;
	vr_store_sig_row *sigs;   /* in the order made */
	size_t ns;
	vr_sig_ref *refs;         /* the same, as lifecycle sees them */
	vr_requirements req;      /* lent from the plugin */
	vr_role_req **own;        /* per-version requirements a plugin computed:
				   * [2i] as the initial plan, [2i+1] as an amendment */
	size_t *nown;
	size_t *nsig;             /* of own[k], how many are signers (then approvals) */
	size_t nappr[2];          /* of req.reqs[w], how many (the last) are approvals */
} vr_planstate;

/* The case (person and case parts) is what the plugin sees when its
 * requirements depend on the plan; a closed case closes its plans. */
int vr_planstate_load(vr_store *s, vr_plugin *p, const char *plan_id, const vr_val *person,
		      const vr_val *kase, vr_planstate *out);
/* The same with the person and case as plugin documents (pc[0], pc[1]:
 * stored values handed on undecoded) and whether the case is closed. With
 * statuses_only (a walk: statuses, dates and signatures, not what is still
 * to sign), a kind whose requirements depend on the plan is not asked about
 * versions no one signed (they cannot be complete); vr_planstate_missing
 * then falls back to the kind's declared roles for them. */
int vr_planstate_load_docs(vr_store *s, vr_plugin *p, const char *plan_id,
			   const vr_plugin_doc pc[2], int case_closed, int statuses_only,
			   vr_planstate *ps);
void vr_planstate_free(vr_planstate *ps);

/* The version in effect (or closed), 0 when none. */
int vr_planstate_effective(const vr_planstate *ps);
/* The state of one version, or NULL. */
const vr_version_state *vr_planstate_version(const vr_planstate *ps, int version);
/* What version `version` needs signed, as it stands (initial plan or
 * amendment, the plugin's or the version's own): n requirements, the
 * first nsigners of them signatures, the rest approvals. Lent. */
const vr_role_req *vr_planstate_reqs(const vr_planstate *ps, int version, size_t *n,
				     size_t *nsigners);
/* Whether role is one the plugin asks for on version `version` (initial
 * plan or amendment as it stands: the kind's declared roles, or the
 * version's own), and whether it is an approval there. */
int vr_planstate_role(const vr_planstate *ps, int version, const char *role,
		      int *is_approval);
/*
 * The approval-order rule (lifecycle.h): an approval comes after every
 * signature it approves, one meeting each of the signers' requirements of
 * its version (vr_planstate_reqs), on the same digest. For an approval
 * already stored (a: `vrtool import` of a plan's history) such a signature
 * is one other than a, made before it (by time; in a document, which lists
 * signatures in the order they were made, also by that order: a time
 * given with --at may be earlier than the moment of signing) and standing
 * then (not withdrawn, or withdrawn after it, with signer.h's clock skew).
 * For a new approval (a NULL: `vrtool sign`), one standing now. Returns the
 * first requirement not met, NULL when each is; callers say which.
 */
const vr_role_req *vr_planstate_approval_unmet(const vr_planstate *ps, int version,
					       const char *digest, const vr_store_sig_row *a,
					       int document);
/* The kind's roles for that version, "client, representative, counselor". */
void vr_planstate_roles(const vr_planstate *ps, int version, char *out, size_t n);
/* Which required roles have not signed version `version`. */
void vr_planstate_missing(const vr_planstate *ps, int version, char *out, size_t n);

/* The plan's lifecycle as a rule sees it (ctx.lifecycle, vr.Lifecycle in
 * lua/vr/plugin.lua), for version `version`: { version, versions = { {
 * version, date, status, amendment, effective, effective_at, signatures =
 * { { id, role, signer_id, method, meaning, at, day, withdrawn } } } } }.
 * The caller frees it; NULL when out of memory. */
vr_val *vr_planstate_lifecycle(const vr_planstate *ps, int version);

/* Whether a case (tree) is closed: a closure event, or status "closed". */
int vr_case_is_closed(const void *kase_val);

#endif
