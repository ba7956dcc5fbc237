/*
 * ingest.h - putting a validated case into the store.
 *
 * The one place that turns a case tree (model.h) into store rows: the
 * person, the case and its event index, and the plan versions.
 *
 * Plan versions are immutable. From a hand-written case file (the default)
 * a plan's version number is not trusted: a new plan becomes version 1, an
 * identical one is left alone, and a changed one is refused, because a
 * stored plan changes only by amendment (`vrtool amend`). From an XML
 * document (trust_versions) the document's version is kept, since it is the
 * record of that exact version: the same version with the same digest is
 * left alone; the next version is added when its `supersedes` names the
 * digest of a stored version; anything else is refused.
 *
 * Runs inside the caller's transaction and appends the audit entry to it.
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
	int signatures;      /* signatures stored from a document */
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
	 * their seals as they are, each once; verifying them needs the
	 * signing installation's public key (`vrtool key import`). */
	const vr_val *signatures;
} vr_ingest_opts;

int vr_ingest_case(vr_store *s, vr_val *casefile, const vr_ingest_opts *o,
		   vr_ingest_report *report);

/* Stores the person and case parts of a case tree (no plans, no audit). */
int vr_ingest_parts(vr_store *s, const vr_val *person, const vr_val *kase);

/* The canonical XML and digest of a plan version (version set in plan). */
int vr_ingest_plan_digest(const vr_val *plan, char **xml, size_t *len, char *digest);

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
int vr_ingest_read_stored(const vr_field *f, const char *xml, const vr_blob *val,
			  const char *what, vr_val **out, vr_diags *diags);

/* Adds `plan` (its version field already set) as a new version of a stored
 * plan, with its digest; no audit entry (the caller writes one). */
int vr_ingest_add_version(vr_store *s, const vr_val *plan, char *digest_out);

#endif
