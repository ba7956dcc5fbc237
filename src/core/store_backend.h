/*
 * store_backend.h - what a store backend provides: the table of operations
 * store.c dispatches through. Only store.c and the backends (store_*.c)
 * include it; everything else sees store.h.
 *
 * A backend is a `const vr_store_ops` and a struct of its own whose first
 * member is `vr_store base` (as SQLite sizes a VFS file object, szOsFile):
 * store.c allocates ops->size bytes zeroed, fills the base, and calls
 * ops->open; every later call gets the same pointer, which the backend
 * casts to its own struct. ops->close releases what open acquired (also
 * after a failed open, from whatever state it reached); store.c frees the
 * memory and the name.
 *
 * What store.c does, so that no backend repeats it: the choice of backend
 * (the first in its list whose accepts() says yes), the transaction state
 * (base.tx: a write outside a write transaction is refused before it gets
 * here; begin is never called inside a transaction, commit and rollback
 * only inside one; close is called outside one), the current time of a
 * row ("now", ISO 8601 UTC, passed in), the audit chain's hash, the
 * messages for what was not found (a backend returns VR_ENOTFOUND with no
 * message), and every callback: the list operations below fill arrays
 * and return, and store.c calls back afterwards. That is the iterator rule
 * of store.h, made by construction: no backend operation is running while
 * a caller's code runs, so a backend never hands out one statement (or
 * cursor, or result) twice and never holds a snapshot across a callback.
 *
 * What a backend does: its SQL, its connection and cache of statements,
 * its schema and migrations (the numbers of VR_STORE_SCHEMA_VERSION), its
 * append-only enforcement (store.h), the locking of the audit chain's
 * head (audit_head below), and its messages for its own failures (say
 * what was being done and, where the user can act, what to do).
 *
 * Every operation returns 0 or a negative vr_err with the message set,
 * unless it says otherwise. Arrays handed out (rows, n) are malloc'd, every
 * string in them malloc'd, and NULL/0 on failure: the backend frees what
 * it had read before it returns an error.
 */
#ifndef VR_STORE_BACKEND_H
#define VR_STORE_BACKEND_H

#include "core/sign.h"
#include "core/store.h"

typedef struct vr_store_ops vr_store_ops;

enum { VR_STORE_TX_NONE = 0, VR_STORE_TX_WRITE = 1, VR_STORE_TX_READ = 2 };

struct vr_store {
	const vr_store_ops *ops;
	char *name;      /* as given to vr_store_open: a path, or a connection string */
	const char *shown; /* the backend's name for it in messages (a connection
			    * string may hold a password); NULL: name */
	int mode;        /* VR_STORE_OPEN, VR_STORE_CREATE, VR_STORE_READONLY */
	int tx;          /* VR_STORE_TX_*: kept by store.c */
};

/* The tables vr_store_count counts, by index (store.c maps the names). */
enum {
	VR_STORE_T_PERSON, VR_STORE_T_CASE, VR_STORE_T_EVENT, VR_STORE_T_PLAN,
	VR_STORE_T_VERSION, VR_STORE_T_SIGNATURE, VR_STORE_T_AUDIT, VR_STORE_T_KEY,
	VR_STORE_T_COUNT
};

/* Which versions a `versions` call lists (store.h's four walks). */
enum {
	VR_STORE_V_CASE,         /* each version of each plan of a case (key: case id) */
	VR_STORE_V_CASE_LATEST,  /* the newest version of each plan of a case */
	VR_STORE_V_PLAN,         /* each version of a plan (key: plan id) */
	VR_STORE_V_PLAN_META     /* the same, xml "" and val empty */
};

typedef struct {
	char *id, *case_id, *kind;
} vr_store_plan_ref;

typedef struct {
	char *id, *agency;
} vr_store_case_ref;

typedef struct {
	char *staff_id, *role;
	long long cases;
} vr_store_load_row;

/* The index rows, keys and times vr_store_transfer copies. */
typedef struct {
	int seq;
	char *kind, *date;
} vr_store_event_row;

typedef struct {
	char *staff_id, *role;
} vr_store_staff_row;

typedef struct {
	char *id, *public_hex, *created_at;
} vr_store_key_row;

/* An audit entry owned by whoever holds it: row's strings point into mem,
 * one allocation (the audit log is the longest walk). */
typedef struct {
	vr_store_audit_row row;
	char *mem;
} vr_store_audit_item;

struct vr_store_ops {
	const char *name;        /* "sqlite" */
	size_t size;             /* of the backend's struct, vr_store first */

	/* Whether this backend serves databases named like `name`. */
	int (*accepts)(const char *name);
	/* Connects to s->name in s->mode (store.h), and for VR_STORE_OPEN and
	 * VR_STORE_CREATE migrates the schema. */
	int (*open)(vr_store *s);
	void (*close)(vr_store *s);
	int (*schema_version)(vr_store *s, int *version);

	/* write: take the write lock now (a writer never fails half-way for
	 * another's sake); !write: a read-only snapshot. */
	int (*begin)(vr_store *s, int write);
	int (*commit)(vr_store *s);
	/* Must leave no transaction open, whatever it reports. */
	void (*rollback)(vr_store *s);

	/* --- writes: called only inside a write transaction --- */
	int (*put_person)(vr_store *s, const char *id, const char *xml, const vr_blob *val,
			  const char *now);
	/* An unchanged row (same xml, same person) is left as it is. */
	int (*put_case)(vr_store *s, const vr_store_case *c, const char *now);
	int (*clear_events)(vr_store *s, const char *case_id);
	int (*add_event)(vr_store *s, const char *case_id, int seq, const char *kind,
			 const char *date);
	int (*clear_staff)(vr_store *s, const char *case_id);
	/* A (case, staff, role) stored already is not an error. */
	int (*add_staff)(vr_store *s, const char *case_id, const char *staff_id,
			 const char *role);
	int (*add_plan)(vr_store *s, const char *id, const char *case_id, const char *kind);
	int (*add_version)(vr_store *s, const char *plan_id, int version, const char *date,
			   const char *digest, const char *xml, const vr_blob *val,
			   const char *now);
	/* The newest audit entry's seq and hash (0 and "" when the log is
	 * empty). Inside a write transaction it also holds the chain's head:
	 * no other transaction may append until this one ends (SQLite: the
	 * write lock begin took does; a server: a row or advisory lock taken
	 * here). Also called outside transactions, to bound a walk. */
	int (*audit_head)(vr_store *s, long long *seq, char prev[VR_DIGEST_HEX]);
	int (*audit_append)(vr_store *s, const vr_store_audit_row *r);
	int (*add_signature)(vr_store *s, const vr_store_sig *g, long long *id);
	int (*add_withdrawal)(vr_store *s, const vr_store_withdrawal *w, long long *id);
	/* A key id stored already is left as it is. */
	int (*add_key)(vr_store *s, const char *id, const char *public_hex, const char *now);

	/* --- reads of one row: VR_ENOTFOUND, without a message, when none --- */
	int (*get_plan)(vr_store *s, const char *id, vr_store_plan_ref *out);
	int (*get_case)(vr_store *s, const char *id, vr_store_case_row *out);
	/* version 0: the newest */
	int (*get_version)(vr_store *s, const char *plan_id, int version,
			   vr_store_version_row *out);
	/* 0 and "" when the plan has no version (not VR_ENOTFOUND) */
	int (*latest)(vr_store *s, const char *plan_id, int *version, char digest[VR_DIGEST_HEX]);
	int (*get_key)(vr_store *s, const char *id, char *public_hex, size_t n);
	int (*next_case)(vr_store *s, const char *after, const char *agency, const char *staff,
			 char *id, size_t n);
	int (*has_seal)(vr_store *s, const char *seal, int *found);
	int (*case_has_event)(vr_store *s, const char *case_id, const char *kind, int *found);
	int (*count)(vr_store *s, int table, long long *n);

	/* --- lists, read whole before store.c calls back --- */
	int (*versions)(vr_store *s, int which, const char *key, vr_store_version_row **rows,
			size_t *n);
	int (*signatures)(vr_store *s, const char *plan_id, vr_store_sig_row **rows, size_t *n);
	int (*plans)(vr_store *s, const char *case_id, vr_store_plan_ref **rows, size_t *n);
	int (*caseload)(vr_store *s, const char *agency, const char *case_id,
			vr_store_load_row **rows, size_t *n);
	/* One page: at most cap rows into the caller's array, in the order of
	 * their walk, after `after` ("" first; case ids / seq 0 first). */
	int (*case_page)(vr_store *s, const char *after, const char *agency,
			 vr_store_case_ref *rows, size_t cap, size_t *n);
	/* entries with after < seq <= upto */
	int (*audit_page)(vr_store *s, long long after, long long upto,
			  vr_store_audit_item *rows, size_t cap, size_t *n);

	/* --- what vr_store_transfer reads besides the above --- */
	int (*events)(vr_store *s, const char *case_id, vr_store_event_row **rows, size_t *n);
	int (*staff)(vr_store *s, const char *case_id, vr_store_staff_row **rows, size_t *n);
	int (*keys)(vr_store *s, vr_store_key_row **rows, size_t *n);
	/* when the case's person and the case were last written (updated_at) */
	int (*updated)(vr_store *s, const char *case_id, char person_at[32], char case_at[32]);

	/* --- the database as a whole (store.h); NULL when the backend has
	 * no such thing: copy is then refused, check passes --- */
	int (*copy)(vr_store *s, const char *dest, vr_store_progress_fn fn, void *ud,
		    long long *pages);
	int (*check)(vr_store *s, const char *what, const char *copy_of);
};

/* The backends store.c chooses from. */
extern const vr_store_ops vr_store_sqlite_ops, vr_store_pg_ops;
/* A PostgreSQL connection string as messages name it (vr_store_describe). */
void vr_pg_describe(const char *name, char *out, size_t n);

/* For backends: frees the strings of rows read by plans, caseload,
 * case_page and audit_page (store.c uses them too). */
void vr_store_plan_ref_clear(vr_store_plan_ref *r);
void vr_store_case_ref_clear(vr_store_case_ref *r);
void vr_store_load_row_clear(vr_store_load_row *r);
void vr_store_audit_item_clear(vr_store_audit_item *r);
/* Makes room in *rows (elements of size bytes) for one more than n: 0, or
 * VR_ENOMEM with the message set (*rows is kept as it was). */
int vr_store_grow(void *rows, size_t *cap, size_t n, size_t size);

#endif
