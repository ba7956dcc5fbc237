/*
 * lifecycle.h - a plan version's status, computed from its signatures.
 *
 * DESIGN.md: status is never stored as a flag that could disagree with the
 * signatures. A version is complete when, for every requirement of its
 * plan kind (each a set of roles any one of which satisfies it: "client or
 * representative"), a signature in one of those roles is on the version's
 * own digest and has not been withdrawn. Then:
 *   - the newest complete version is in effect (closed, when the case is);
 *   - versions older than it are superseded (they were, or could no longer
 *     come, into effect);
 *   - newer ones are awaiting signatures when some signature is on them,
 *     drafts when none is.
 * A signature whose digest is not the version's (a copied or tampered
 * record) counts for nothing, and so does a withdrawn one.
 *
 * Initial or amendment: a version is an amendment only when an earlier
 * version of the plan took effect (34 CFR 361.45; MO CSG 520.3 speaks of
 * amending a plan, and a plan that never took effect has nothing to amend).
 * Until then every version is the initial plan and needs the initial
 * plan's signers and approvals, whatever its number. Versions are taken in
 * ascending order, so whether version n is an amendment is known from the
 * versions before it.
 *
 * A complete version took effect at the time of the signature that
 * completed it: for each requirement, the earliest signature meeting it;
 * of those, the latest.
 *
 * An approval approves the signatures before it: one made before the last
 * of the signatures it approves (a signer's signature withdrawn and given
 * again after the approval) is stale and counts for nothing; the approver
 * approves again.
 */
#ifndef VR_LIFECYCLE_H
#define VR_LIFECYCLE_H

#include <stddef.h>

typedef enum {
	VR_ST_DRAFT, VR_ST_AWAITING, VR_ST_IN_EFFECT, VR_ST_SUPERSEDED, VR_ST_CLOSED
} vr_status;

/* One requirement: any of `roles` satisfies it. */
typedef struct {
	const char *const *roles;
	size_t n;
} vr_role_req;

typedef struct {
	int version;
	const char *digest;
	/* what this version needs signed, when it differs by version (a plugin
	 * that decides by the plan's content): [0] as the initial plan, [1] as
	 * an amendment; has_reqs 0: the plugin's defaults */
	const vr_role_req *reqs[2];
	size_t nreqs[2];
	int has_reqs;
	/* computed: */
	vr_status status;
	int amendment;        /* an earlier version had taken effect */
	int complete;
	size_t nsigned;       /* signatures on this digest, not withdrawn */
	const char *effective_at;  /* lent from the completing signature, or NULL */
} vr_version_state;

typedef struct {
	int version;
	const char *digest;
	const char *role;
	const char *at;       /* ISO date-time */
	int withdrawn;
	int approval;         /* its meaning is "approve" */
} vr_sig_ref;

/* What a version needs signed: [0] applies to the initial plan, [1] to
 * amendments. */
typedef struct {
	const vr_role_req *reqs[2];
	size_t n[2];
} vr_requirements;

/* Fills status/amendment/complete/nsigned/effective_at of versions (any
 * order of input). */
void vr_lifecycle_compute(vr_version_state *v, size_t nv, const vr_sig_ref *sigs,
			  size_t ns, const vr_requirements *req, int case_closed);

/* The requirements that apply to a version once computed (initial or
 * amendment, the plugin's or the version's own). */
const vr_role_req *vr_lifecycle_reqs(const vr_version_state *v, const vr_requirements *req,
				     size_t *n);

/* Whether signature k counts for version v once computed: on its digest,
 * not withdrawn, and not a stale approval. */
int vr_lifecycle_counts(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
			const vr_requirements *req, size_t k);

const char *vr_status_name(vr_status s);
/* VR_EINPUT for an unknown name. */
int vr_status_parse(const char *name, vr_status *out);

/* The requirements not yet met by the signatures on one version, written
 * as "client or representative, supervisor" into out. */
void vr_lifecycle_missing(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
			  const vr_requirements *req, char *out, size_t outlen);

#endif
