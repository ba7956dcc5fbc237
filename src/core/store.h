/*
 * store.h - the SQLite store: cases, plans, versions, signatures, audit.
 *
 * The store is the one place that runs SQL. It takes and gives the parts of
 * a case as strings (canonical XML, ids, dates) and knows nothing of what
 * they mean, so that another backend (PostgreSQL) can sit beside it behind
 * the same functions.
 *
 * Writes happen only between vr_store_begin (BEGIN IMMEDIATE, so two
 * writers queue on the busy timeout instead of failing midway) and
 * vr_store_commit; a failure in between is undone by vr_store_rollback.
 * Every write also appends to the audit chain (vr_store_audit) inside the
 * same transaction. Plan versions and audit entries are immutable: the
 * schema's triggers refuse UPDATE and DELETE on them.
 *
 * Strings handed out through `char **` are the caller's to free().
 */
#ifndef VR_STORE_H
#define VR_STORE_H

typedef struct vr_store vr_store;

#include <stddef.h>
#include "core/buf.h"

#define VR_STORE_SCHEMA_VERSION 5

enum { VR_STORE_OPEN = 0, VR_STORE_CREATE = 1 };

/* Opens (or with VR_STORE_CREATE creates, mode 0600) the database at path
 * and brings its schema up to date. */
int vr_store_open(vr_store **out, const char *path, int mode);
void vr_store_free(vr_store *s);
const char *vr_store_path(const vr_store *s);
int vr_store_schema_version(vr_store *s, int *version);

int vr_store_begin(vr_store *s);
int vr_store_commit(vr_store *s);
void vr_store_rollback(vr_store *s);

/* A stored document's value tree in vr_val_encode's binary form, beside
 * its XML (migration 3): { NULL, 0 } when the row has none. */
typedef struct {
	void *ptr;
	size_t len;
} vr_blob;

/* --- writes (inside a transaction) --- */

int vr_store_put_person(vr_store *s, const char *id, const char *xml, const vr_blob *val);

typedef struct {
	const char *id, *person_id, *agency, *program, *status, *xml;
	vr_blob val;
} vr_store_case;
int vr_store_put_case(vr_store *s, const vr_store_case *c);

/* Replaces the event index rows of a case (the events themselves live in
 * the case XML; these rows let queries find cases by event and date). */
int vr_store_clear_events(vr_store *s, const char *case_id);
int vr_store_add_event(vr_store *s, const char *case_id, int seq,
		       const char *kind, const char *date);

/* Replaces the staff index rows of a case (who works it, in which role). */
int vr_store_clear_staff(vr_store *s, const char *case_id);
int vr_store_add_staff(vr_store *s, const char *case_id, const char *staff_id, const char *role);

/* Creates the plan if new; VR_EINPUT if the id belongs to another case. */
int vr_store_put_plan(vr_store *s, const char *id, const char *case_id,
		      const char *kind);
int vr_store_add_version(vr_store *s, const char *plan_id, int version,
			 const char *date, const char *digest, const char *xml,
			 const vr_blob *val);

/* Appends an audit entry chained to the previous one. */
int vr_store_audit(vr_store *s, const char *actor, const char *action,
		   const char *object, const char *detail);

/* A signature record; `record` is its canonical text (what a seal covers). */
typedef struct {
	const char *plan_id;
	int version;
	const char *digest, *role, *signer_id, *signer_name, *method, *meaning, *at;
	const char *record, *seal, *key_id;
	const char *intent, *identity, *scan_sha256;
	const char *seen;         /* conduct findings shown at signing: rule ids, or NULL */
	const char *recorded_by;  /* who recorded a wet-ink signature, or NULL */
} vr_store_sig;
int vr_store_add_signature(vr_store *s, const vr_store_sig *sig, long long *id);
/* Whether a signature with this seal is stored already. */
int vr_store_has_seal(vr_store *s, const char *seal, int *found);

/* --- reads --- */

typedef struct {
	long long id;
	int version;
	char *plan_id, *digest, *role, *signer_id, *signer_name, *method, *meaning, *at;
	char *record, *seal, *key_id;
	char *intent, *identity, *scan_sha256;
	char *seen, *recorded_by;
	/* its withdrawal, when withdrawal_id is not 0 */
	long long withdrawal_id;
	char *w_reason, *w_by, *w_at, *w_record, *w_seal, *w_key_id;
} vr_store_sig_row;
/* Each signature of a plan, in the order made, as an array the caller
 * owns: vr_store_sig_row_clear each row, then free the array. */
int vr_store_signatures(vr_store *s, const char *plan_id, vr_store_sig_row **rows, size_t *n);
/* Frees what a row holds (for rows copied out of a walk). */
void vr_store_sig_row_clear(vr_store_sig_row *r);

/* A withdrawal of signature `signature_id`: append-only and sealed, once
 * per signature (a second is refused by the database). */
typedef struct {
	long long signature_id;
	const char *plan_id, *reason, *by, *at, *record, *seal, *key_id;
} vr_store_withdrawal;
int vr_store_add_withdrawal(vr_store *s, const vr_store_withdrawal *w, long long *id);
typedef int (*vr_store_sig_fn)(const vr_store_sig_row *row, void *ud);
/* Each signature of a plan, in the order they were made. */
int vr_store_each_signature(vr_store *s, const char *plan_id, vr_store_sig_fn fn, void *ud);

/* Whether the case has an event of this kind (the event index). */
int vr_store_case_has_event(vr_store *s, const char *case_id, const char *kind, int *found);

/* Calls fn for each plan id of a case, in id order (with its kind). */
typedef int (*vr_store_plan_fn)(const char *plan_id, const char *kind, void *ud);
int vr_store_each_plan(vr_store *s, const char *case_id, vr_store_plan_fn fn, void *ud);

typedef struct {
	char *id, *person_id, *agency, *program, *status, *xml, *person_xml;
	vr_blob val, person_val;        /* { NULL, 0 }: read the XML */
} vr_store_case_row;
void vr_store_case_row_free(vr_store_case_row *r);
/* VR_ENOTFOUND when no such case. */
int vr_store_get_case(vr_store *s, const char *id, vr_store_case_row *out);

typedef struct {
	char *plan_id, *case_id, *kind, *date, *digest, *xml, *created_at;
	int version;
	vr_blob val;                    /* { NULL, 0 }: read the XML */
} vr_store_version_row;
void vr_store_version_row_free(vr_store_version_row *r);
/* version 0: the newest. VR_ENOTFOUND when none. */
int vr_store_get_version(vr_store *s, const char *plan_id, int version,
			 vr_store_version_row *out);
/* The newest version number of a plan (0 when the plan has none) and its
 * digest (65 bytes, "" when none). */
int vr_store_latest(vr_store *s, const char *plan_id, int *version, char *digest);

/* Calls fn for each version of each plan of a case, plans in id order,
 * versions ascending. The row is lent for the call. A non-zero return
 * from fn stops the walk and is returned. */
typedef int (*vr_store_version_fn)(const vr_store_version_row *row, void *ud);
int vr_store_each_version(vr_store *s, const char *case_id,
			  vr_store_version_fn fn, void *ud);

/* Each version of one plan, ascending. */
int vr_store_each_plan_version(vr_store *s, const char *plan_id, vr_store_version_fn fn,
			       void *ud);
/* The same without the documents: xml is "" and val empty (what a plan's
 * lifecycle needs: numbers, dates, digests). */
int vr_store_each_plan_version_meta(vr_store *s, const char *plan_id, vr_store_version_fn fn,
				    void *ud);

/* The same as each_version, for the newest version of each plan only. */
int vr_store_each_latest(vr_store *s, const char *case_id, vr_store_version_fn fn,
			 void *ud);

/* Calls fn for each case id (of one agency, or all when agency is NULL). */
typedef int (*vr_store_id_fn)(const char *id, const char *agency, void *ud);
int vr_store_each_case(vr_store *s, const char *agency, vr_store_id_fn fn, void *ud);

/* For each staff member and role of an agency: how many of its cases
 * that are not closed they are on; with case_id, only the staff that case
 * lists (a lookup, not a scan of the agency). fn's non-zero return stops
 * the walk. */
typedef int (*vr_store_caseload_fn)(const char *staff_id, const char *role,
				    long long cases, void *ud);
int vr_store_caseload(vr_store *s, const char *agency, const char *case_id,
		      vr_store_caseload_fn fn, void *ud);

int vr_store_count(vr_store *s, const char *table, long long *n);

/* The first case after `after` (id order; "" for the first), of agency and
 * staff member when given (NULL: any). For lazy walks that hold no
 * statement open between steps. VR_ENOTFOUND at the end. */
int vr_store_next_case(vr_store *s, const char *after, const char *agency, const char *staff,
		       char *id, size_t n);

/* The installation's public keys, by key id. */
int vr_store_add_key(vr_store *s, const char *id, const char *public_hex);
int vr_store_get_key(vr_store *s, const char *id, char *public_hex, size_t n);

/* The audit log in the order it was written (rowid), each row lent. */
typedef struct {
	long long seq;
	const char *at, *actor, *action, *object, *detail, *prev_hash, *hash;
} vr_store_audit_row;
typedef int (*vr_store_audit_fn)(const vr_store_audit_row *r, void *ud);
int vr_store_each_audit(vr_store *s, vr_store_audit_fn fn, void *ud);
/* The text an audit row's hash covers: prev_hash || seq \n at \n actor \n
 * action \n object \n detail. */
int vr_store_audit_entry(const vr_store_audit_row *r, vr_buf *b);

#endif
