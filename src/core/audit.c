/*
 * audit.c - replaying the audit hash chain; see audit.h.
 *
 * The replay holds one entry's worth of state (the sequence number it
 * expects next and the hash the next prev_hash must equal) and stops at the
 * first entry that breaks the chain: after a break, every later entry fails
 * too, and the first one is the one to look at.
 */
#include "core/audit.h"
#include "core/buf.h"
#include "core/error.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_audit_result *r;
	long long expect_seq;
} replay_state;

/* A break is not an error of the walk: it ends it (non-zero, positive) with
 * the reason kept; an error hashing is returned as it is. */
static int replay(const vr_store_audit_row *row, void *ud)
{
	replay_state *st = ud;
	vr_audit_result *r = st->r;
	char hash[VR_DIGEST_HEX];
	vr_buf b = VR_BUF_INIT;
	int err;

	if (row->seq != st->expect_seq) {
		snprintf(r->why, sizeof(r->why), "entry %lld comes where entry %lld should: %s",
			 row->seq, st->expect_seq, row->seq > st->expect_seq ?
			 "entries are missing (deleted)" : "entries are out of order");
		r->broken = 1;
		return 1;
	}
	if (!row->prev_hash || strcmp(row->prev_hash, r->last)) {
		snprintf(r->why, sizeof(r->why), "entry %lld (%s %s by %s at %s) does not follow "
			 "the entry before it: its prev_hash is not that entry's hash", row->seq,
			 row->action, row->object, row->actor, row->at);
		r->broken = 1;
		return 1;
	}
	if ((err = vr_store_audit_entry(row, &b)) < 0)
		return err;
	err = vr_sign_sha256_hex(b.ptr, b.len, hash);
	vr_buf_free(&b);
	if (err < 0)
		return err;
	if (!row->hash || strcmp(row->hash, hash)) {
		snprintf(r->why, sizeof(r->why), "entry %lld (%s %s by %s at %s) was changed: its "
			 "hash does not match its contents", row->seq, row->action, row->object,
			 row->actor, row->at);
		r->broken = 1;
		return 1;
	}
	snprintf(r->last, sizeof(r->last), "%s", hash);
	r->entries++;
	st->expect_seq++;
	return 0;
}

int vr_audit_verify(vr_store *s, vr_audit_result *out)
{
	replay_state st = { out, 1 };
	int err;

	memset(out, 0, sizeof(*out));
	memset(out->last, '0', 64);
	err = vr_store_each_audit(s, replay, &st);
	return err < 0 ? err : 0;
}
