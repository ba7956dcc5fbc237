/*
 * sign.h - signing a plan version, and withdrawing a mistaken signature
 * (app.h).
 *
 * A signature is on one version's digest. It is refused when the version
 * has content errors (conduct findings are recorded in the signature as
 * seen, never blocking), when the role is not one the agency's plugin asks
 * for on this version (initial plan or amendment, lifecycle.h), when the
 * signer is not the person on record in that role or the time is in the
 * future or before the version existed (signer.h), when that role has
 * already signed the version (and the signature was not withdrawn), when
 * an approval would come before a signature it approves
 * (vr_planstate_approval_unmet), when the stored plan no longer has its
 * digest, or when the version is superseded. The signature and its audit
 * entry are written in one transaction; so is a withdrawal.
 */
#ifndef VR_APP_SIGN_H
#define VR_APP_SIGN_H

#include "app/app.h"
#include "core/finding.h"
#include "core/lifecycle.h"
#include "core/store.h"

struct vr_key;

typedef struct {
	const char *plan_id;
	int version;             /* 0: the newest */
	const char *role;        /* a role the plugin asks for on the version */
	const char *name;        /* the signer's name; NULL: the one on record */
	const char *signer_id;   /* the staff member's id; NULL: the one in the role */
	const char *method;      /* electronic (NULL), wet or initials */
	const char *meaning;     /* NULL: approve for an approving role, else agree */
	const char *intent;      /* the words shown; NULL: those of the meaning */
	const char *identity;    /* how the signer's identity was checked */
	const char *at;          /* ISO 8601; NULL: now */
	const char *scan;        /* with method wet: a scan of the signed page, */
	const char *scan_sha256; /* or its SHA-256 (hex) */
	const char *reason;      /* a withdrawal's: why (must be NULL to sign) */
	const char *as_of;       /* the day the plugin's rules apply as of; NULL: a->as_of */
	struct vr_key *key;      /* lent; NULL: the installation's (vr_app_key) */
} vr_app_sign_opts;

/* What a signature or a withdrawal did (vr_app_sign_result_free). */
typedef struct {
	char *plan_id, *case_id;
	int version;
	long long id;            /* the signature's number */
	char *role, *signer_name, *at;   /* the signature's (a withdrawal: the one withdrawn) */
	const char *method, *meaning;    /* static or lent from the options */
	int committed;           /* written; the steps after it may still fail */
	int have_status;         /* status holds the version's new status */
	vr_status status;
	char missing[512];       /* the requirements still to sign, "" when none */
	/* the plugin's findings on the version: with blocking > 0 nothing was
	 * signed (vr_app_sign failed with VR_EINPUT) and its content errors are
	 * here; after a signature, the conduct findings shown to the signer */
	vr_findings found;
	size_t blocking;
	char *seen;              /* the conduct rules recorded as seen, "" when none */
} vr_app_sign_result;

void vr_app_sign_result_free(vr_app_sign_result *r);

/* Checks the options themselves (the method, the meaning, a scan with wet
 * ink, the signer's id, the time): VR_EINPUT with what is wrong. */
int vr_app_sign_check(const vr_app_sign_opts *o);

/* Signs o->plan_id's version (o->version, else the newest) as o->role.
 * r is filled as far as the signature got (committed says whether it is
 * stored); free it in every case. */
int vr_app_sign(vr_store *s, const vr_app *a, const vr_app_sign_opts *o,
		vr_app_sign_result *r);

/* Withdraws signature `id` of plan o->plan_id for o->reason: a sealed
 * withdrawal record says it counts for nothing; the signature is never
 * changed or deleted. Uses o->plan_id, o->reason and o->key only. */
int vr_app_withdraw(vr_store *s, const vr_app *a, const vr_app_sign_opts *o, long long id,
		    vr_app_sign_result *r);

#endif
