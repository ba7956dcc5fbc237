/*
 * store.h - the store: cases, plans, versions, signatures, audit.
 *
 * The store is the one place that runs SQL. It takes and gives the parts of
 * a case as strings (canonical XML, ids, dates) and the binary value trees
 * beside them, and knows nothing of what they mean. Callers see only the
 * functions below; behind them, store.c dispatches to a backend, a table of
 * operations (vr_store_ops, in store_backend.h) chosen by vr_store_open from
 * the database's name: a file path is SQLite (store_sqlite*.c); a libpq
 * connection string (postgresql://..., host=... dbname=...) is PostgreSQL
 * (store_pg*.c), which provides the same table and changes no caller.
 *
 * What every backend guarantees (store_backend.h says how each operation
 * must behave; these are the promises a caller relies on):
 *
 * - Transactions. Every write happens between vr_store_begin and
 *   vr_store_commit, as one transaction: all of it is kept or none of it
 *   (vr_store_rollback, or a crash, or a lost connection, leaves the
 *   database as it was). A write outside a transaction is refused
 *   (VR_EINTERNAL) by store.c before it reaches a backend. vr_store_begin
 *   takes the write lock up front (SQLite: BEGIN IMMEDIATE, so two writers
 *   queue on the busy timeout instead of one failing midway); a backend
 *   whose transactions can fail at commit (a serialization failure) retries
 *   or reports it, never half-applies.
 * - Append-only tables, enforced in the database itself, not only here:
 *   plan versions, signatures, signature withdrawals, the audit log and the
 *   installation's keys refuse UPDATE and DELETE (SQLite: triggers; a server
 *   backend: triggers, and a role for vrtool without UPDATE/DELETE on them).
 * - The audit chain. Every write also appends to the audit chain
 *   (vr_store_audit) inside the same transaction; entry n+1 carries entry
 *   n's hash, and the hash is computed here, in store.c, so that it is the
 *   same bytes on every backend. Under concurrent writers the chain must stay
 *   one unbroken sequence: between reading the chain's head and committing,
 *   no other transaction may append. SQLite's write lock, taken by
 *   vr_store_begin, gives that; a server backend must take a lock of its
 *   own when it reads the head inside a write transaction (a row lock on the
 *   head, or a transaction-scoped advisory lock) and hold it to commit.
 * - Schema migrations. Opening (VR_STORE_OPEN, VR_STORE_CREATE) brings the
 *   schema up to date: numbered migrations, each in its own transaction,
 *   recorded in the database, safe when two processes open at once. Every
 *   backend numbers its migrations alike, VR_STORE_SCHEMA_VERSION being the
 *   last; a database newer than this binary is refused, not misread.
 *   VR_STORE_READONLY opens a database as it is, without migrating.
 * - Bytes. Strings and value blobs read back are the bytes written, so
 *   digests and seals do not depend on the backend.
 *
 * The iterators (vr_store_each_*, vr_store_caseload): one rule for all.
 * Each reads its rows into memory (the whole list, or a page at a time for
 * the unbounded walks: each_case and each_audit) and holds no statement,
 * cursor or read snapshot while its callback runs. So a callback may call
 * any store function, including writes (begin, write, commit) and the
 * same iterator again. (In SQLite's WAL mode a connection that holds a read
 * snapshot while another process commits cannot start a write: it gets
 * SQLITE_BUSY_SNAPSHOT at once, which no busy timeout waits out.) A row
 * handed to a callback is lent for that call only. A non-zero return from
 * the callback stops the walk and is what the iterator returns. The walks
 * by pages see what was committed when each page was read: each_audit stops
 * at the entry that was newest when it began; each_case may also see cases
 * written during the walk whose ids sort after the page being read.
 *
 * Strings handed out through `char **` and rows filled through `out` are
 * the caller's to free (free(), or the row type's _free/_clear).
 */
#ifndef VR_STORE_H
#define VR_STORE_H

typedef struct vr_store vr_store;

#include <stddef.h>
#include "core/buf.h"

#define VR_STORE_SCHEMA_VERSION 5

enum {
	VR_STORE_OPEN = 0,      /* an existing database, its schema brought up to date */
	VR_STORE_CREATE = 1,    /* the same, creating it (a file: mode 0600) if missing */
	VR_STORE_READONLY = 2   /* an existing database as it is: no migration, no writes;
				 * a file that is not a database is VR_EINPUT, a damaged
				 * one VR_EVERIFY (what backup checks) */
};

/* Opens the database named `name` (a file path, for now the only kind) with
 * the backend that serves such names, in `mode` (above). */
int vr_store_open(vr_store **out, const char *name, int mode);
void vr_store_free(vr_store *s);
/* The database `name` names, as messages name it without opening it: a
 * file's path, or a server database's name and host (vr_store_path). */
void vr_store_describe(const char *name, char *out, size_t n);
/* Whether name is a database on a server (a connection string), not a
 * file: such a database has no folder for the signing key beside it. */
int vr_store_on_server(const char *name);
/* The database as messages name it (lent): a file's path, a server
 * database's name and host (never its connection string, which may hold a
 * password). */
const char *vr_store_path(const vr_store *s);
/* The highest applied migration (0 when none); VR_EINPUT when the database
 * is not a vrtool database. */
int vr_store_schema_version(vr_store *s, int *version);

/* A write transaction (see above); VR_EINTERNAL when one is open already,
 * VR_EINPUT on a store opened VR_STORE_READONLY. */
int vr_store_begin(vr_store *s);
/* A read transaction: one snapshot for every read until vr_store_commit
 * (what a backup copies). Writes are refused in it. */
int vr_store_begin_read(vr_store *s);
/* VR_EOUTCOME when the commit's outcome is not known (a server's
 * connection lost while it committed): say so, never "nothing was written". */
int vr_store_commit(vr_store *s);
/* Undoes the open transaction; nothing when none is open. */
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

/* Creates the plan if new; VR_EINPUT if the id belongs to another case or
 * names a plan of another kind. */
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
	long long id;             /* 0: the next id; else this one (vr_store_transfer) */
} vr_store_sig;
/* *id (when not NULL): the new signature's id. */
int vr_store_add_signature(vr_store *s, const vr_store_sig *sig, long long *id);
/* Whether a signature with this seal is stored already. */
int vr_store_has_seal(vr_store *s, const char *seal, int *found);

/* A withdrawal of signature `signature_id`: append-only and sealed, once
 * per signature (a second is refused by the database). */
typedef struct {
	long long signature_id;
	const char *plan_id, *reason, *by, *at, *record, *seal, *key_id;
	long long id;             /* 0: the next id; else this one (vr_store_transfer) */
} vr_store_withdrawal;
int vr_store_add_withdrawal(vr_store *s, const vr_store_withdrawal *w, long long *id);

/* The installation's public keys, by key id (adding a known id again is
 * not an error and changes nothing). */
int vr_store_add_key(vr_store *s, const char *id, const char *public_hex);
/* VR_ENOTFOUND when there is no such key. */
int vr_store_get_key(vr_store *s, const char *id, char *public_hex, size_t n);

/* --- reads --- */

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

/* Whether the case has an event of this kind (the event index). */
int vr_store_case_has_event(vr_store *s, const char *case_id, const char *kind, int *found);

/* Rows in a table: person, case, event, plan, plan_version, signature,
 * audit, install_key (VR_EINTERNAL for any other name). */
int vr_store_count(vr_store *s, const char *table, long long *n);

/* The first case after `after` (id order; "" for the first), of agency and
 * staff member when given (NULL: any). For lazy walks that hold nothing
 * open between steps. VR_ENOTFOUND at the end. */
int vr_store_next_case(vr_store *s, const char *after, const char *agency, const char *staff,
		       char *id, size_t n);

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

/* --- walks: each reads its rows before calling back (the rule above) --- */

/* Each signature of a plan, in the order they were made. */
typedef int (*vr_store_sig_fn)(const vr_store_sig_row *row, void *ud);
int vr_store_each_signature(vr_store *s, const char *plan_id, vr_store_sig_fn fn, void *ud);

/* Each plan id of a case, in id order (with its kind). */
typedef int (*vr_store_plan_fn)(const char *plan_id, const char *kind, void *ud);
int vr_store_each_plan(vr_store *s, const char *case_id, vr_store_plan_fn fn, void *ud);

/* Each version of each plan of a case, plans in id order, versions
 * ascending. */
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

/* Each case id (of one agency, or all when agency is NULL), in id order,
 * read a page at a time. */
typedef int (*vr_store_id_fn)(const char *id, const char *agency, void *ud);
int vr_store_each_case(vr_store *s, const char *agency, vr_store_id_fn fn, void *ud);

/* For each staff member and role of an agency: how many of its cases
 * that are not closed they are on; with case_id, only the staff that case
 * lists (a lookup, not a scan of the agency). */
typedef int (*vr_store_caseload_fn)(const char *staff_id, const char *role,
				    long long cases, void *ud);
int vr_store_caseload(vr_store *s, const char *agency, const char *case_id,
		      vr_store_caseload_fn fn, void *ud);

/* The audit log in the order it was written (by seq), read a page at a
 * time, up to the entry that was newest when the walk began. */
typedef struct {
	long long seq;
	const char *at, *actor, *action, *object, *detail, *prev_hash, *hash;
} vr_store_audit_row;
typedef int (*vr_store_audit_fn)(const vr_store_audit_row *r, void *ud);
int vr_store_each_audit(vr_store *s, vr_store_audit_fn fn, void *ud);
/* The text an audit row's hash covers: prev_hash || seq \n at \n actor \n
 * action \n object \n detail. */
int vr_store_audit_entry(const vr_store_audit_row *r, vr_buf *b);

/* --- the database as a whole --- */

/* Called after each step of a copy with what is done and the total (SQLite:
 * pages); a non-zero return stops the copy as interrupted. */
typedef int (*vr_store_progress_fn)(void *ud, long long done, long long total);

/*
 * Copies every row of `from` into `to` as it is (the same ids, times,
 * bytes and audit chain), for `vrtool copy` between backends. `from` is
 * read inside a read transaction and `to` written inside a write
 * transaction, both the caller's, which must be open; `to` must hold no
 * case, person, key or audit entry (VR_EINPUT). fn (may be NULL) is told
 * the cases done and their total. The caller checks the copy before it
 * commits (app/copy.h).
 */
int vr_store_transfer(vr_store *from, vr_store *to, vr_store_progress_fn fn, void *ud);


/*
 * Copies the whole database, as this connection reads it, into the file
 * dest, which exists and is empty (the caller made it, with its mode), and
 * closes it; *pages (may be NULL) is the size of the copy in the backend's
 * units. Inside vr_store_begin_read the copy is one snapshot and other
 * processes' writes go on; SQLite copies with its online backup API,
 * waiting out locks for up to its busy timeout. Nothing else is checked:
 * open the copy VR_STORE_READONLY and vr_store_check it. VR_EINPUT for a
 * backend whose databases are not files.
 */
int vr_store_copy(vr_store *s, const char *dest, vr_store_progress_fn fn, void *ud,
		  long long *pages);

/*
 * The backend's own check of its storage (SQLite: PRAGMA integrity_check):
 * 0 when whole, VR_EVERIFY naming the first problems (tables, indexes,
 * pages; never values). `what` names the database in the message; `copy_of`,
 * when the database is a fresh copy, says the original may be the damaged
 * one. 0 for a backend that has no such check.
 */
int vr_store_check(vr_store *s, const char *what, const char *copy_of);

#endif
