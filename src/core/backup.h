/*
 * backup.h - a verified copy of a live database, and checking a copy.
 *
 * A backup is of a database that is a file (the SQLite store). The copy
 * itself is the store's (vr_store_copy, SQLite's online backup API), made
 * while other vrtool processes may be writing to it: the copy is one
 * consistent snapshot (a read transaction held on the source for the whole
 * copy; in WAL mode it does not hold up writers). The copy goes to a
 * temporary file (mode 0600) in the destination's folder and is checked
 * before it is put in place: the store's check of its storage
 * (vr_store_check, SQLite's integrity_check), the schema version, and a
 * replay of its audit hash chain (core/audit.c) through the store, as
 * `vrtool audit verify` would do on it. Only then is it synced, renamed to
 * the destination and the folder synced. On any failure nothing is left
 * behind: no destination, no temporary file, no -wal or -shm beside them.
 *
 * The installation's signing key (DB.key) is a secret and is not part of
 * the database: it is copied only when asked (key != NULL), to DEST.key,
 * mode 0600, after checking that it is the key whose public half the
 * database holds. docs/security.md says why the default is not to.
 */
#ifndef VR_BACKUP_H
#define VR_BACKUP_H

#include "core/sign.h"

/* What a copy holds, from the copy itself (after it verified). */
typedef struct {
	long long persons, cases, plans, versions, signatures, audit_entries;
	long long bytes, pages;
	int schema_version;
	char audit_last[VR_DIGEST_HEX];   /* hash of the last audit entry */
	int key;                          /* a key file was copied / checked */
} vr_backup_info;

enum {
	VR_BACKUP_FORCE = 1     /* replace an existing destination (and DEST.key) */
};

/* Called after each step of the copy with pages copied and the total, and
 * once more when the copy has verified, before it is put in place. A
 * non-zero return stops the backup as interrupted (nothing is left). */
typedef int (*vr_backup_progress_fn)(void *ud, long long done, long long total);

/*
 * Copies the database at db to dest (see above); with key, also the key
 * file at key to dest + ".key". Refuses (VR_EEXISTS) an existing dest or
 * dest.key without VR_BACKUP_FORCE, and (VR_EINPUT) a dest that is the
 * database or one of its files (-wal, -shm, -journal, .key) even with it,
 * or that has a -wal or -journal beside it (SQLite would read it with the
 * copy). A copy that does not verify is VR_EVERIFY. *out is filled on
 * success.
 */
int vr_backup_create(const char *db, const char *dest, const char *key, int flags,
		     vr_backup_progress_fn fn, void *ud, vr_backup_info *out);

/*
 * Checks an existing copy (or any vrtool database) the same way: integrity,
 * schema version, audit chain; with key, that the key file is the
 * database's signing key. The file is opened as a database (its folder
 * must be writable for SQLite's -wal and -shm, which are gone afterwards);
 * its content is not changed. VR_EVERIFY when it does not verify.
 */
int vr_backup_verify(const char *path, const char *key, vr_backup_info *out);

#endif
