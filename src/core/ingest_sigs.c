/*
 * ingest_sigs.c - the signatures a file brings in, and their withdrawals:
 * checked (who, when, how, sealed by a key this installation trusts) and
 * stored on the version they were given on (ingest.h). The plans and the
 * rest of an import are in ingest.c.
 */
#include "core/ingest.h"
#include "core/ingest_run.h"
#include "core/digest.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/path.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/signer.h"
#include "core/date.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * The value a stored document reads back as, in vr_val_encode's form, kept
 * beside its XML so that reads need no XML parse (store.c migration 3). It
 * is taken from the canonical XML itself, not from the value the XML was
 * made from, so a read gets exactly what parsing the stored XML would give
 * (the same key order, the same text), and `vrtool verify` can compare the
 * two byte for byte. The encoding is the machine's own (native byte order),
 * so it starts with a header: "vrv1" and the number 0x01020304 as this
 * machine writes it. A database moved to a machine that reads the header
 * otherwise is read from its XML, as before migration 3.
 */
const vr_val *vr_ig_stated(const vr_val *obj, const char *key)
{
	const vr_val *v = vr_val_get(obj, key);
	return v && v->type != VR_VNULL ? v : NULL;
}

/*
 * signer.c speaks to the person at `vrtool sign` (--name, --signer-id,
 * --at); on import the same refusal is about the file's fields. Rewrites
 * the current message in those terms.
 */
static int reworded(int err)
{
	static const char *const swap[][2] = {
		{ "given with --name; sign with the name on record (leave --name out to use "
		  "it), or correct", "given in signer.name; record the signature under the "
		  "name on record, or correct" },
		{ ", or leave --at out for now", "" },
		{ "--signer-id", "signer.id" },
		{ "--name", "signer.name" },
	};
	char msg[1024], out[1200];

	snprintf(msg, sizeof(msg), "%s", vr_error_last());
	for (size_t k = 0; k < sizeof(swap) / sizeof(swap[0]); k++) {
		const char *p = msg, *hit;
		size_t used = 0, from = strlen(swap[k][0]);
		out[0] = '\0';
		while ((hit = strstr(p, swap[k][0])) && used < sizeof(out)) {
			used += (size_t)snprintf(out + used, sizeof(out) - used, "%.*s%s",
						 (int)(hit - p), p, swap[k][1]);
			p = hit + from;
		}
		if (used < sizeof(out))
			snprintf(out + used, sizeof(out) - used, "%s", p);
		snprintf(msg, sizeof(msg), "%s", out);
	}
	return vr_error_set(err, "%s", msg);
}

/* Names the item a refusal concerns, in the report and at the start of
 * the message: "signatures[2] (supervisor): ..." */
static int refuse_at(ingest *g, int err, const char *where, const char *role, int line)
{
	snprintf(g->r->where, sizeof(g->r->where), "%s", where);
	g->r->line = line;
	return role ? vr_error_wrap(err, "%s (%s): ", where, role)
		    : vr_error_wrap(err, "%s: ", where);
}

int vr_ig_refuse_sig(ingest *g, int err, size_t i)
{
	const vr_val *sg = vr_val_at(g->sigs, i);
	char where[64];

	vr_path_child(where, sizeof(where), "signatures", NULL, i + 1);
	return refuse_at(g, err, where, vr_val_gets(sg, "role"), sg ? sg->line : 0);
}

int vr_ig_refuse_plan(ingest *g, int err, size_t pos)
{
	char where[64];

	vr_path_child(where, sizeof(where), "plans", NULL, pos + 1);
	return refuse_at(g, err, where, NULL, vr_val_at(vr_val_get(g->root, "plans"), pos)->line);
}

/* A withdrawal is given after the signature and not in the future (the
 * clock skew allowed either way, as signer.h allows it). */
static int withdrawal_time(const vr_val *w, const char *sig_at, long long now)
{
	const char *at = vr_val_gets(w, "at");
	long day;
	long long t, s;

	if (vr_datetime_seconds(at, &day, &t) < 0 || vr_datetime_seconds(sig_at, &day, &s) < 0)
		return VR_EINPUT;
	if (t > now + VR_SIGNER_SKEW)
		return vr_error_set(VR_EINPUT, "its withdrawal's time %s is in the future", at);
	if (t + VR_SIGNER_SKEW < s)
		return vr_error_set(VR_EINPUT, "its withdrawal's time %s is before the signature "
				    "was given (%s)", at, sig_at);
	return 0;
}

/* A signature's withdrawal, stored with the seal it came with (a
 * document's, sign.h's vr_withdrawal_fields), or sealed here with key (a
 * case file's, which has none). */
static int put_withdrawal(vr_store *s, const vr_val *w, long long sid, const char *plan_id,
			  const vr_buf *sig_rec, const struct vr_key *key)
{
	vr_buf rec = VR_BUF_INIT;
	char sig_sha[VR_DIGEST_HEX], seal[VR_SEAL_HEX];
	const char *given = vr_val_gets(w, "seal"), *key_id = vr_val_gets(w, "key_id");
	int err;

	if (!given || !key_id) {
		if (!key || given || key_id)
			return vr_error_set(VR_EINPUT, "its withdrawal has no seal or key_id, so it "
					    "cannot be verified; export it again from the "
					    "installation that withdrew it");
		key_id = vr_key_id(key);
	}
	if ((err = vr_sign_sha256_hex(sig_rec->ptr, sig_rec->len, sig_sha)) < 0)
		return err;
	{
		vr_withdrawal_fields f = { sig_sha, plan_id, vr_val_gets(w, "reason"),
					   vr_val_gets(w, "by"), vr_val_gets(w, "at"), key_id };
		vr_sign_withdrawal_record(&rec, &f);
	}
	if (!vr_buf_ok(&rec)) {
		vr_buf_free(&rec);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	/* a seal it came with counts once it verifies; a case file's is made
	 * here */
	if ((err = given ? vr_ig_unverified(vr_ingest_check_seal(s, key_id, rec.ptr, rec.len, given))
			 : vr_key_seal(key, rec.ptr, rec.len, seal)) < 0) {
		vr_buf_free(&rec);
		return given ? vr_error_wrap(err, "its withdrawal: ") : err;
	}
	{
		vr_store_withdrawal st = { sid, plan_id, vr_val_gets(w, "reason"), vr_val_gets(w, "by"),
					   vr_val_gets(w, "at"), vr_buf_cstr(&rec),
					   given ? given : seal, key_id, 0 };
		err = vr_store_add_withdrawal(s, &st, NULL);
	}
	vr_buf_free(&rec);
	return err;
}

/*
 * One signature of the file on stored version v: checked (what it says,
 * who signed, when), sealed when it comes unsealed from a case file, and
 * stored with its withdrawal. One whose seal is stored already is left
 * alone (importing a file again adds nothing; a seal is deterministic, so
 * this holds for the case file's too). out->id is its number, 0 when it
 * was stored already.
 */
static int put_signature(ingest *g, const vr_val *sg, size_t i, const vr_store_version_row *v,
			 vr_ingest_sig *out)
{
	const vr_val *signer = vr_val_get(sg, "signer"), *w = vr_ig_stated(sg, "withdrawal");
	const vr_val *person = vr_val_get(g->root, "person"), *kase = vr_val_get(g->root, "case");
	const char *given_seal = vr_val_gets(sg, "seal"), *digest = vr_val_gets(sg, "digest");
	const char *method = vr_val_gets(sg, "method"), *meaning = vr_val_gets(sg, "meaning");
	const char *scan = vr_val_gets(sg, "scan_sha256"), *at = vr_val_gets(sg, "at");
	const char *role = vr_val_gets(sg, "role");
	const struct vr_key *key = g->rules ? g->rules->key : NULL;
	vr_buf rec = VR_BUF_INIT;
	vr_signer who;
	char seal[VR_SEAL_HEX];
	long long sid = 0;
	int err, found = 0;

	out->id = 0;
	out->index = i;
	out->val = sg;
	if (digest && strcmp(digest, v->digest))
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "it is over digest %.12s, not plan %s "
						  "version %d's %.12s", digest, v->plan_id,
						  v->version, v->digest), i);
	if (given_seal) {
		if ((err = vr_store_has_seal(g->s, given_seal, &found)) < 0 || found)
			return err;
	} else if (!key) {
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "a case file's signatures are sealed "
						  "on import with the installation's key: import the "
						  "file with `vrtool import`"), i);
	}
	if (!vr_sign_method_ok(method))
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "method '%s' is not one vrtool "
						  "records: electronic, wet or initials", method), i);
	if (!vr_sign_meaning_ok(meaning))
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "meaning '%s' is not agree, approve, "
						  "review or assign_ticket", meaning), i);
	if (scan && !vr_sign_is_digest_hex(scan))
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "scan_sha256 is not a SHA-256 in 64 "
						  "lowercase hex digits"), i);
	if (!at)
		return vr_ig_refuse_sig(g, vr_error_set(VR_EINPUT, "it has no time (at): a signature is "
						  "recorded with the time it was given"), i);
	/* The signer is the person on record in that role, the time neither in
	 * the future nor before the plan's date (signer.h). */
	if (vr_signer_resolve(person, kase, role, vr_val_gets(signer, "id"),
			      vr_val_gets(signer, "name"), &who) < 0 ||
	    vr_signer_check_time(at, g->now, NULL, v->date) < 0 ||
	    (w && withdrawal_time(w, at, g->now) < 0))
		return vr_ig_refuse_sig(g, reworded(VR_EINPUT), i);
	{
		/* a document's record as sealed; a case file's as `vrtool sign`
		 * makes it: the signer as on record, the version's digest, this
		 * installation's key */
		vr_sig_fields f = {
			v->plan_id, v->version, v->digest, role,
			given_seal ? vr_val_gets(signer, "id") : who.id[0] ? who.id : NULL,
			given_seal ? vr_val_gets(signer, "name") : who.name,
			method, meaning, vr_val_gets(sg, "intent"), vr_val_gets(sg, "identity"), at,
			scan, given_seal ? vr_val_gets(sg, "key_id") : vr_key_id(key),
			vr_val_gets(sg, "seen"), vr_val_gets(sg, "recorded_by")
		};
		vr_sign_record(&rec, &f);
		if (!vr_buf_ok(&rec)) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
			goto done;
		}
		/* a seal it came with counts once it verifies against a key
		 * trusted here; one made here is this installation's own */
		if (given_seal &&
		    (err = vr_ig_unverified(vr_ingest_check_seal(g->s, f.key_id, rec.ptr, rec.len,
							   given_seal))) < 0) {
			err = err == VR_EINPUT ? vr_ig_refuse_sig(g, err, i) : err;
			goto done;
		}
		if (!given_seal) {
			if ((err = vr_key_seal(key, rec.ptr, rec.len, seal)) < 0 ||
			    (err = vr_store_has_seal(g->s, seal, &found)) < 0 || found)
				goto done;
			if (!g->key_stored &&
			    (err = vr_store_add_key(g->s, vr_key_id(key), vr_key_public_hex(key))) < 0)
				goto done;
			g->key_stored = 1;
		}
		vr_store_sig st = { f.plan, f.version, f.digest, f.role, f.signer_id, f.signer_name,
				    f.method, f.meaning, f.at, vr_buf_cstr(&rec),
				    given_seal ? given_seal : seal, f.key_id, f.intent, f.identity,
				    f.scan_sha256, f.seen, f.recorded_by, 0 };
		if ((err = vr_store_add_signature(g->s, &st, &sid)) < 0)
			goto done;
	}
	g->r->signatures++;
	out->id = sid;
	if (w && (err = put_withdrawal(g->s, w, sid, v->plan_id, &rec,
				       given_seal ? NULL : key)) < 0)
		err = vr_ig_refuse_sig(g, err, i);
done:
	vr_buf_free(&rec);
	return err;
}

/*
 * Stores the file's signatures on plan version (id, version), in the order
 * listed: first the rules see whether each role is one the agency asks for
 * on this version (as `vrtool sign` asks first), then each is checked and
 * stored, then the rules see those that are new. A signature names its
 * plan and version; a case file's on a plan listed once may leave the
 * version out (listed_once). One whose seal is stored already is passed by.
 */
int vr_ig_put_signatures(ingest *g, const char *id, int version, int listed_once)
{
	vr_store_version_row v;
	vr_ingest_sig *fresh;
	size_t a = vr_ig_first_of(g->sig_plans, g->nsig_plans, id), b, nfresh = 0, nstored = 0, bad;
	int err, found;

	for (b = a; b < g->nsig_plans && strcmp(g->sig_plans[b].id, id) == 0; b++)
		;
	if (a == b)
		return 0;
	if ((err = vr_store_get_version(g->s, id, version, &v)) < 0)
		return err;
	if (!(fresh = calloc(b - a, sizeof(*fresh)))) {
		vr_store_version_row_free(&v);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	for (size_t k = a; k < b && err == 0; k++) {
		size_t i = g->sig_plans[k].pos;
		const vr_val *sg = vr_val_at(g->sigs, i), *gv = vr_ig_stated(sg, "version");
		const char *seal = vr_val_gets(sg, "seal");
		if (gv ? gv->type != VR_VINT || gv->u.i != version : g->document || !listed_once)
			continue;
		if (g->matched)
			g->matched[i] = 1;
		found = 0;
		if (seal && (err = vr_store_has_seal(g->s, seal, &found)) < 0)
			break;
		if (!found) {
			fresh[nfresh].index = i;
			fresh[nfresh++].val = sg;
		}
	}
	if (err == 0 && nfresh && g->rules && g->rules->roles) {
		bad = nfresh;
		if ((err = g->rules->roles(g->s, g->root, id, version, fresh, nfresh, &bad,
					   g->rules->ud)) < 0 && bad < nfresh)
			err = vr_ig_refuse_sig(g, err, fresh[bad].index);
	}
	for (size_t k = 0; k < nfresh && err == 0; k++) {
		size_t i = fresh[k].index;
		if ((err = put_signature(g, fresh[k].val, i, &v, &fresh[nstored])) == 0 &&
		    fresh[nstored].id)
			nstored++;
	}
	if (err == 0 && nstored && g->rules && g->rules->check) {
		bad = nstored;
		if ((err = g->rules->check(g->s, g->root, id, version, g->document, fresh, nstored,
					   &bad, g->rules->ud)) < 0 && bad < nstored)
			err = vr_ig_refuse_sig(g, err, fresh[bad].index);
	}
	free(fresh);
	vr_store_version_row_free(&v);
	return err;
}
