/*
 * ingest.h - putting a validated case into the store.
 *
 * The one place that turns a case tree (model.h) into store rows: the
 * person, the case and its event index, the plan versions, and the
 * signatures a file records.
 *
 * Plan versions are immutable. From a hand-written case file (the default)
 * a plan listed once has a version number that is not trusted: a new plan
 * becomes version 1, an identical one is left alone, and a changed one is
 * refused, because a stored plan changes only by amendment (`vrtool
 * amend`). A plan listed more than once in a case file is its history:
 * every entry states its version (1, 2, ... in order; model.c checks it),
 * a new plan is stored as those versions, each later one superseding the
 * version `vrtool amend` would have amended (the version in effect before
 * it, else the one before it; rules->base says which), and a stored plan
 * is left alone only when it holds exactly those versions. From an XML
 * document (trust_versions) the document's version is kept, since it is
 * the record of that exact version: the same version with the same digest
 * is left alone; the next version is added when its `supersedes` names
 * the digest of a stored version; anything else is refused.
 *
 * Signatures (a document's, or a case file's top-level `signatures`) are
 * stored with the version they are on, each once, under the rules of
 * `vrtool sign`: the signer is the person on record in that role, the time
 * is neither in the future nor before the plan's date (signer.h), and
 * what needs the agency's plugin (the role asked for, one signature per
 * role, approvals after what they approve) is the caller's rules->check.
 * A case file's signatures are sealed here with the installation's key; a
 * document's keep the seals they came with, and count only once verified:
 * a signature or withdrawal that comes with a seal is refused unless its
 * key is one this installation trusts (install_key: its own, and those
 * `vrtool key import` added) and the seal verifies over the record rebuilt
 * from its fields (vr_ingest_check_seal, the same check as `vrtool
 * verify`). A refusal names the item (signatures[2] (supervisor),
 * plans[3]) and its line in the report.
 *
 * Runs inside the caller's transaction and appends the audit entry to it;
 * on failure the caller rolls back, so a refused file changes nothing.
 */
#ifndef VR_INGEST_H
#define VR_INGEST_H

#include "core/model.h"
#include "core/store.h"
#include "core/val.h"

typedef struct {
	int plans_new;       /* plans stored for the first time */
	int plans_added;     /* new versions of stored plans (documents only) */
	int plans_same;      /* plans identical to what the store had */
	int signatures;      /* signatures stored from the file */
	/* on a refusal: the item it concerns (signatures[2], plans[3]) and
	 * its line when the reader knew it (0: look it up by `where`) */
	char where[64];
	int line;
} vr_ingest_report;

/* Whether an agency id has a plugin. */
typedef int (*vr_agency_fn)(const char *agency, void *ud);

typedef struct {
	const char *actor;        /* for the audit log */
	const char *source;       /* file name, for messages and the audit log */
	int trust_versions;       /* an XML document: keep its version numbers */
	vr_agency_fn known_agency; /* NULL: accept any agency */
	void *ud;
	/* A document's signatures (model: document.signatures), stored with
	 * their seals as they are, each once, after each seal is verified
	 * with the signing installation's public key (`vrtool key import`). */
	const vr_val *signatures;
} vr_ingest_opts;

/* A signature the import has just stored: its number in the store, its
 * place in the file's signatures list (from 0) and the item itself. */
typedef struct {
	long long id;
	size_t index;
	const vr_val *val;
} vr_ingest_sig;

struct vr_key;

/*
 * What importing signatures and a plan's history needs from above the core
 * (the agency's plugin, the installation's key). Every hook runs inside
 * the transaction, on the store as it stands so far; root is the file's
 * tree (its person and case are the ones on record for the checks).
 */
typedef struct {
	/* Seals the signatures a case file records; NULL refuses them. */
	const struct vr_key *key;
	/* The digest of the version that version `version` of plan_id amends
	 * when the file does not say (`supersedes`): what `vrtool amend`
	 * would take, the newest earlier version that is complete, else
	 * version - 1. NULL: version - 1. */
	int (*base)(vr_store *s, const vr_val *root, const char *plan_id, int version,
		    char digest[65], void *ud);
	/* Checks, before they are stored, that each signature's role is one
	 * the agency asks for on version `version` (their ids are 0); on a
	 * refusal sets *bad to the index in sigs of the signature refused (n:
	 * none in particular) and returns the error with its message. NULL:
	 * no such check. */
	int (*roles)(vr_store *s, const vr_val *root, const char *plan_id, int version,
		     const vr_ingest_sig *sigs, size_t n, size_t *bad, void *ud);
	/* Checks the signatures just stored on one version (n of them, in
	 * the order stored) against the others on it (one per role, approvals
	 * after what they approve); refuses as roles does. `document`: they
	 * came from a document (which records the order they were made in).
	 * NULL: no such checks. */
	int (*check)(vr_store *s, const vr_val *root, const char *plan_id, int version,
		     int document, const vr_ingest_sig *sigs, size_t n, size_t *bad, void *ud);
	void *ud;
} vr_ingest_rules;

/* Stores one file (a case file or a document) with the rules (NULL: no
 * key and no plugin checks, so a case file's signatures are refused). */
int vr_ingest_case_checked(vr_store *s, vr_val *casefile, const vr_ingest_opts *o,
			   const vr_ingest_rules *rules, vr_ingest_report *report);
/* The same without rules. */
int vr_ingest_case(vr_store *s, vr_val *casefile, const vr_ingest_opts *o,
		   vr_ingest_report *report);

/* Stores the person and case parts of a case tree (no plans, no audit). */
int vr_ingest_parts(vr_store *s, const vr_val *person, const vr_val *kase);

/* The value stored beside a canonical document (f: its model): what
 * parsing xml gives, encoded by vr_val_encode; out->ptr is the caller's. */
int vr_ingest_stored_val(const vr_field *f, const char *xml, size_t len, vr_blob *out);

/* The encoding inside a stored value (after its VR_STORED_HEADER bytes):
 * 1 with *enc and *len set when val holds one this machine can read, 0
 * when the document must be read from its XML (none, or another machine's
 * byte order), -1 when it is damaged (not a well-formed encoding). */
#define VR_STORED_HEADER 8
int vr_ingest_stored_enc(const vr_blob *val, const void **enc, size_t *len);

/* Reads a stored document back: decodes the value stored beside it when
 * there is one (val->ptr), else parses its XML; problems go to diags.
 * What every read of a case or plan goes through. */
/* The same, saying what went wrong as the error message ("stored WHAT does
 * not read back ...; run `vrtool audit verify`"): VR_EIO, or 0. */
int vr_ingest_read_checked(const vr_field *f, const char *xml, const vr_blob *val,
			   const char *what, vr_val **out);
int vr_ingest_read_stored(const vr_field *f, const char *xml, const vr_blob *val,
			  const char *what, vr_val **out, vr_diags *diags);

/* Whether seal is the seal of key key_id over text (a record of sign.h),
 * with that key as this installation trusts it: its own, and those
 * `vrtool key import` added (install_key). 0 when it holds; VR_EVERIFY
 * naming the key when the key is not trusted here or the seal does not
 * verify (sign.h, vr_sign_check_seal); a store error otherwise. */
int vr_ingest_check_seal(vr_store *s, const char *key_id, const char *text, size_t len,
			 const char *seal);

/* Adds `plan` (its version field already set) as a new version of a stored
 * plan, with its digest; no audit entry (the caller writes one). */
int vr_ingest_add_version(vr_store *s, const vr_val *plan, char *digest_out);

#endif
