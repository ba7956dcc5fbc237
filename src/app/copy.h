/*
 * copy.h - a caseload moved between databases, SQLite and PostgreSQL either
 * way: `vrtool copy FROM TO` (app.h).
 */
#ifndef VR_APP_COPY_H
#define VR_APP_COPY_H

#include "core/sign.h"
#include "core/store.h"

typedef struct {
	/* rows copied, by table: person, case, event, plan, plan_version,
	 * signature, audit, install_key (vr_store_count's names, in that order) */
	long long rows[8];
	long long plans_verified;   /* plans whose every digest, value and seal checked */
	long long seals;            /* signatures and withdrawals among those checks */
	char last_hash[VR_DIGEST_HEX];   /* the copied audit chain's head */
} vr_app_copied;

extern const char *const vr_app_copy_tables[8];

/*
 * Copies every row of database `from` into `to` (vr_store_transfer), a new
 * or empty database (a file is made, 0600; a server's database must exist
 * and hold nothing), in one transaction on `to`, and checks the copy
 * before committing it: the rows of every table counted on both sides,
 * every plan verified as `vrtool verify` does (digests, stored values,
 * signature seals with the keys copied), the audit chain replayed whole
 * and ending at the source's last hash. On any failure nothing is
 * committed, and a file the copy made is removed: `to` is left as it was.
 * `from` is read in one snapshot while others go on writing to it.
 */
int vr_app_copy(const char *from, const char *to, vr_store_progress_fn fn, void *ud,
		vr_app_copied *out);

#endif
