/*
 * audit.h - replaying the audit hash chain of a store.
 *
 * Every write appends an audit entry whose hash is SHA-256(prev_hash ||
 * entry) (store.h, vr_store_audit_entry). Replaying the chain from the
 * first entry checks that nothing was deleted, reordered or changed: the
 * sequence numbers run 1, 2, 3 ... without a gap, each entry's prev_hash is
 * the hash of the one before it (64 zeros for the first), and each hash is
 * the SHA-256 of its entry. `vrtool audit verify` and `vrtool backup` (on
 * the copy, before it is put in place) share this replay.
 *
 * What a whole chain proves, and what it does not (someone with write access
 * to the file can rebuild a chain that replays): docs/security.md.
 */
#ifndef VR_AUDIT_H
#define VR_AUDIT_H

#include "core/sign.h"
#include "core/store.h"

typedef struct {
	long long entries;        /* entries replayed (up to the break) */
	char last[VR_DIGEST_HEX]; /* the last good hash; 64 zeros for none */
	int broken;               /* 1: the chain breaks; why says where */
	char why[600];            /* ids, actions and times only: no record content */
} vr_audit_result;

/* Replays s's audit chain into *out. Returns 0 when it could be read (whole
 * or broken: see out->broken), else a negative vr_err from the store. */
int vr_audit_verify(vr_store *s, vr_audit_result *out);

#endif
