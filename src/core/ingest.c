/*
 * ingest.c - a validated case tree into the store; see ingest.h.
 */
#include "core/ingest.h"
#include "core/digest.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/error.h"
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
static const uint32_t byte_order = 0x01020304u;

int vr_ingest_stored_enc(const vr_blob *val, const void **enc, size_t *len)
{
	const unsigned char *p = val ? val->ptr : NULL;

	if (!p || val->len <= VR_STORED_HEADER || memcmp(p, "vrv1", 4) != 0 ||
	    memcmp(p + 4, &byte_order, 4) != 0)
		return 0;
	*enc = p + VR_STORED_HEADER;
	*len = val->len - VR_STORED_HEADER;
	/* checked, not built: a stored value handed to a plugin's worker
	 * undecoded is checked here, so a damaged one is reported by the store
	 * (vr_val_walk with no visitor refuses exactly what vr_val_decode and
	 * the worker would) */
	return vr_val_walk(*enc, *len, NULL, NULL) == 0 ? 1 : -1;
}

int vr_ingest_stored_val(const vr_field *f, const char *xml, size_t len, vr_blob *out)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *v = NULL;
	vr_buf b = VR_BUF_INIT;
	int err = vr_doc_parse(xml, len, "stored document", f, &v, &d);

	out->ptr = NULL;
	out->len = 0;
	if (err < 0) {
		err = vr_error_set(VR_EINTERNAL, "a canonical document does not read back (%s: "
				   "%s)", d.n ? d.items[0].path : "", d.n ? d.items[0].msg : "");
	} else {
		vr_buf_put(&b, "vrv1", 4);
		vr_buf_put(&b, (const char *)&byte_order, 4);
		vr_val_encode(&b, v);
		if (!vr_buf_ok(&b)) {
			vr_buf_free(&b);
			err = vr_error_set(VR_ENOMEM, "out of memory");
		} else {
			out->ptr = b.ptr;
			out->len = b.len;
		}
	}
	vr_diags_free(&d);
	vr_val_free(v);
	return err;
}

int vr_ingest_read_stored(const vr_field *f, const char *xml, const vr_blob *val,
			  const char *what, vr_val **out, vr_diags *diags)
{
	const void *enc;
	size_t len;
	int stored = vr_ingest_stored_enc(val, &enc, &len);

	*out = NULL;
	if (stored) {
		if (stored > 0 && vr_val_decode(enc, len, out) == 0 && *out)
			return 0;
		vr_val_free(*out);
		*out = NULL;
		vr_diags_add(diags, what, 0, "its stored value does not decode");
		return VR_EINPUT;
	}
	return vr_doc_parse(xml, strlen(xml), what, f, out, diags);
}

int vr_ingest_add_version(vr_store *s, const vr_val *plan, char *digest)
{
	const vr_val *ver = vr_val_get(plan, "version");
	char *xml = NULL;
	vr_blob val = { NULL, 0 };
	size_t len;
	int err;

	if (!ver || ver->type != VR_VINT || ver->u.i < 1)
		return vr_error_set(VR_EINTERNAL, "plan version not set");
	if ((err = vr_plan_digest(plan, &xml, &len, digest)) < 0)
		return err;
	if ((err = vr_ingest_stored_val(vr_model_plan(), xml, len, &val)) == 0)
		err = vr_store_add_version(s, vr_val_gets(plan, "id"), (int)ver->u.i,
					   vr_val_gets(plan, "date"), digest, xml, &val);
	free(xml);
	free(val.ptr);
	return err;
}

int vr_ingest_check_seal(vr_store *s, const char *key_id, const char *text, size_t len,
			 const char *seal)
{
	char pub[VR_PUBKEY_HEX + 8];
	int err;

	if (!key_id || !*key_id)
		return vr_error_set(VR_EVERIFY, "it names no key (key_id), so its seal cannot "
				    "be verified");
	if ((err = vr_store_get_key(s, key_id, pub, sizeof(pub))) == VR_ENOTFOUND)
		return vr_error_set(VR_EVERIFY, "it is sealed with key %s, which this "
				    "installation does not trust: if the installation that "
				    "sealed it is to be trusted, take its public key (`vrtool key "
				    "export` there) and `vrtool key import FILE` here", key_id);
	if (err < 0)
		return err;
	return vr_sign_check_seal(pub, key_id, text, len, seal);
}

/* A seal that does not verify, at import: the file is bad input. */
static int unverified(int err)
{
	return err == VR_EVERIFY ? vr_error_wrap(VR_EINPUT, "%s", "") : err;
}

/* Is `digest` the digest of some stored version of plan id? */
static int stored_digest(vr_store *s, const char *id, int upto, const char *digest,
			 int *found)
{
	vr_store_version_row v;
	int err;

	*found = 0;
	for (int i = 1; i <= upto && !*found; i++) {
		if ((err = vr_store_get_version(s, id, i, &v)) == VR_ENOTFOUND)
			continue;
		if (err < 0)
			return err;
		*found = strcmp(v.digest, digest) == 0;
		vr_store_version_row_free(&v);
	}
	return 0;
}

static int put_document_plan(vr_store *s, const char *case_id, vr_val *plan, int ver,
			     vr_buf *detail, vr_ingest_report *r)
{
	const char *id = vr_val_gets(plan, "id"), *kind = vr_val_gets(plan, "kind");
	const char *supersedes = vr_val_gets(plan, "supersedes");
	const vr_val *gv = vr_val_get(plan, "version");
	char digest[VR_DIGEST_HEX], *xml = NULL;
	int given = gv && gv->type == VR_VINT ? (int)gv->u.i : 1, err, found;
	size_t len;

	if (given < 1)
		return vr_error_set(VR_EINPUT, "plan %s: version must be 1 or more", id);
	if (!gv && (err = vr_val_obj_set(plan, "version", vr_val_int(1))) < 0)
		return err;
	if (given <= ver) {
		vr_store_version_row v;
		if ((err = vr_plan_digest(plan, &xml, &len, digest)) < 0)
			return err;
		free(xml);
		if ((err = vr_store_get_version(s, id, given, &v)) == VR_ENOTFOUND)
			return vr_error_set(VR_EINPUT, "plan %s: the store holds it only from a "
					    "later version on; version %d cannot be put before them",
					    id, given);
		if (err < 0)
			return err;
		found = strcmp(v.digest, digest) == 0;
		vr_store_version_row_free(&v);
		if (!found)
			return vr_error_set(VR_EEXISTS, "plan %s version %d in the store differs "
					    "from the document's (digest %.12s); a stored version "
					    "is never replaced", id, given, digest);
		r->plans_same++;
		vr_buf_printf(detail, " %s@%d=unchanged", id, given);
		return 0;
	}
	if (ver == 0) {
		if ((err = vr_store_put_plan(s, id, case_id, kind)) < 0)
			return err;
		r->plans_new++;
	} else {
		if (given != ver + 1)
			return vr_error_set(VR_EINPUT, "plan %s: the document is version %d but the "
					    "store has versions up to %d; import the versions in "
					    "between first", id, given, ver);
		if (!supersedes || (err = stored_digest(s, id, ver, supersedes, &found)) < 0 ||
		    !found)
			return supersedes && err < 0 ? err :
				vr_error_set(VR_EINPUT, "plan %s version %d: its supersedes (%s) "
					     "is not the digest of a stored version of the plan",
					     id, given, supersedes ? supersedes : "missing");
		if ((err = vr_store_put_plan(s, id, case_id, kind)) < 0)
			return err;
		r->plans_added++;
	}
	if ((err = vr_ingest_add_version(s, plan, digest)) < 0)
		return err;
	vr_buf_printf(detail, " %s@%d=%.12s", id, given, digest);
	return 0;
}

static int put_casefile_plan(vr_store *s, const char *case_id, vr_val *plan, int ver,
			     const char *have, vr_buf *detail, vr_ingest_report *r)
{
	const char *id = vr_val_gets(plan, "id"), *kind = vr_val_gets(plan, "kind");
	char digest[VR_DIGEST_HEX], *xml = NULL;
	size_t len;
	int err;

	/* The store numbers versions; a number in the file is not trusted. */
	if ((err = vr_val_obj_set(plan, "version", vr_val_int(ver ? ver : 1))) < 0)
		return vr_error_set(err, "out of memory");
	if (ver) {
		if ((err = vr_plan_digest(plan, &xml, &len, digest)) < 0)
			return err;
		free(xml);
		if (strcmp(have, digest) != 0)
			return vr_error_set(VR_EEXISTS, "plan %s is already stored (version %d) "
					    "with different content; a stored plan is never "
					    "overwritten: change it by amendment (`vrtool amend %s "
					    "--from FILE`)", id, ver, id);
		r->plans_same++;
		vr_buf_printf(detail, " %s@%d=unchanged", id, ver);
		return 0;
	}
	if ((err = vr_store_put_plan(s, id, case_id, kind)) < 0 ||
	    (err = vr_ingest_add_version(s, plan, digest)) < 0)
		return err;
	r->plans_new++;
	vr_buf_printf(detail, " %s@1=%.12s", id, digest);
	return 0;
}

int vr_ingest_parts(vr_store *s, const vr_val *person, const vr_val *kase)
{
	const char *case_id = vr_val_gets(kase, "id");
	const vr_val *events = vr_val_get(kase, "events");
	char *pxml = NULL, *cxml = NULL;
	vr_blob pval = { NULL, 0 };
	vr_store_case c;
	size_t plen, len, i;
	int err;

	memset(&c, 0, sizeof(c));
	if ((err = vr_doc_canonical(vr_model_person(), person, &pxml, &plen)) < 0 ||
	    (err = vr_doc_canonical(vr_model_case(), kase, &cxml, &len)) < 0 ||
	    (err = vr_ingest_stored_val(vr_model_person(), pxml, plen, &pval)) < 0 ||
	    (err = vr_ingest_stored_val(vr_model_case(), cxml, len, &c.val)) < 0 ||
	    (err = vr_store_put_person(s, vr_val_gets(person, "id"), pxml, &pval)) < 0)
		goto done;
	c.id = case_id;
	c.person_id = vr_val_gets(person, "id");
	c.agency = vr_val_gets(kase, "agency");
	c.program = vr_val_gets(kase, "program");
	c.status = vr_val_gets(kase, "status");
	c.xml = cxml;
	if ((err = vr_store_put_case(s, &c)) < 0 ||
	    (err = vr_store_clear_events(s, case_id)) < 0 ||
	    (err = vr_store_clear_staff(s, case_id)) < 0)
		goto done;
	for (i = 0; i < vr_val_len(vr_val_get(kase, "staff")); i++) {
		const vr_val *m = vr_val_at(vr_val_get(kase, "staff"), i);
		if ((err = vr_store_add_staff(s, case_id, vr_val_gets(m, "id"),
					      vr_val_gets(m, "role"))) < 0)
			goto done;
	}
	for (i = 0; i < vr_val_len(events); i++) {
		const vr_val *e = vr_val_at(events, i);
		const char *date = vr_val_gets(e, "date");
		char day[11] = "";
		if (!date && vr_val_gets(e, "at")) {
			memcpy(day, vr_val_gets(e, "at"), 10);
			date = day;
		}
		if ((err = vr_store_add_event(s, case_id, (int)i + 1,
					      vr_val_gets(e, "kind"), date)) < 0)
			goto done;
	}
done:
	free(pxml);
	free(cxml);
	free(pval.ptr);
	free(c.val.ptr);
	return err;
}

/* --- signatures ------------------------------------------------------ */

/* Items of a list by id (a plan's, the plan a signature is on), sorted by
 * id, then place in the file: a file's plans and signatures may be many,
 * so those of one plan are found by binary search, not by a pass over all. */
typedef struct { const char *id; size_t pos; } plan_pos;

static int cmp_plan_pos(const void *a, const void *b)
{
	const plan_pos *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c ? c : x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Sorts the items of list that have `key` into *out (caller frees). */
static int by_id(const vr_val *list, const char *key, plan_pos **out, size_t *n)
{
	size_t len = vr_val_len(list);

	*n = 0;
	if (!(*out = malloc((len ? len : 1) * sizeof(**out))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (size_t i = 0; i < len; i++)
		if (((*out)[*n].id = vr_val_gets(vr_val_at(list, i), key)))
			(*out)[(*n)++].pos = i;
	qsort(*out, *n, sizeof(**out), cmp_plan_pos);
	return 0;
}

/* The first of the n sorted items with id, or n. */
static size_t first_of(const plan_pos *a, size_t n, const char *id)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(a[mid].id, id) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* One file's import under way. */
typedef struct {
	vr_store *s;
	vr_val *root;
	const vr_ingest_opts *o;
	const vr_ingest_rules *rules;
	vr_ingest_report *r;
	const vr_val *sigs;       /* the file's signatures (a document's, a case file's) */
	plan_pos *sig_plans;      /* the same by the plan they are on */
	size_t nsig_plans;
	unsigned char *matched;   /* a case file's: which went with a stored version */
	int document;
	int key_stored;           /* the key's public half is in the store */
	long long now;
} ingest;


static const vr_val *stated(const vr_val *obj, const char *key)
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

static int refuse_sig(ingest *g, int err, size_t i)
{
	const vr_val *sg = vr_val_at(g->sigs, i);
	char where[64];

	snprintf(where, sizeof(where), "signatures[%zu]", i + 1);
	return refuse_at(g, err, where, vr_val_gets(sg, "role"), sg ? sg->line : 0);
}

static int refuse_plan(ingest *g, int err, size_t pos)
{
	char where[64];

	snprintf(where, sizeof(where), "plans[%zu]", pos + 1);
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
	if ((err = given ? unverified(vr_ingest_check_seal(s, key_id, rec.ptr, rec.len, given))
			 : vr_key_seal(key, rec.ptr, rec.len, seal)) < 0) {
		vr_buf_free(&rec);
		return given ? vr_error_wrap(err, "its withdrawal: ") : err;
	}
	{
		vr_store_withdrawal st = { sid, plan_id, vr_val_gets(w, "reason"), vr_val_gets(w, "by"),
					   vr_val_gets(w, "at"), vr_buf_cstr(&rec),
					   given ? given : seal, key_id };
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
	const vr_val *signer = vr_val_get(sg, "signer"), *w = stated(sg, "withdrawal");
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
		return refuse_sig(g, vr_error_set(VR_EINPUT, "it is over digest %.12s, not plan %s "
						  "version %d's %.12s", digest, v->plan_id,
						  v->version, v->digest), i);
	if (given_seal) {
		if ((err = vr_store_has_seal(g->s, given_seal, &found)) < 0 || found)
			return err;
	} else if (!key) {
		return refuse_sig(g, vr_error_set(VR_EINPUT, "a case file's signatures are sealed "
						  "on import with the installation's key: import the "
						  "file with `vrtool import`"), i);
	}
	if (!vr_sign_method_ok(method))
		return refuse_sig(g, vr_error_set(VR_EINPUT, "method '%s' is not one vrtool "
						  "records: electronic, wet or initials", method), i);
	if (!vr_sign_meaning_ok(meaning))
		return refuse_sig(g, vr_error_set(VR_EINPUT, "meaning '%s' is not agree, approve, "
						  "review or assign_ticket", meaning), i);
	if (scan && !vr_sign_is_digest_hex(scan))
		return refuse_sig(g, vr_error_set(VR_EINPUT, "scan_sha256 is not a SHA-256 in 64 "
						  "lowercase hex digits"), i);
	if (!at)
		return refuse_sig(g, vr_error_set(VR_EINPUT, "it has no time (at): a signature is "
						  "recorded with the time it was given"), i);
	/* The signer is the person on record in that role, the time neither in
	 * the future nor before the plan's date (signer.h). */
	if (vr_signer_resolve(person, kase, role, vr_val_gets(signer, "id"),
			      vr_val_gets(signer, "name"), &who) < 0 ||
	    vr_signer_check_time(at, g->now, NULL, v->date) < 0 ||
	    (w && withdrawal_time(w, at, g->now) < 0))
		return refuse_sig(g, reworded(VR_EINPUT), i);
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
		    (err = unverified(vr_ingest_check_seal(g->s, f.key_id, rec.ptr, rec.len,
							   given_seal))) < 0) {
			err = err == VR_EINPUT ? refuse_sig(g, err, i) : err;
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
				    f.scan_sha256, f.seen, f.recorded_by };
		if ((err = vr_store_add_signature(g->s, &st, &sid)) < 0)
			goto done;
	}
	g->r->signatures++;
	out->id = sid;
	if (w && (err = put_withdrawal(g->s, w, sid, v->plan_id, &rec,
				       given_seal ? NULL : key)) < 0)
		err = refuse_sig(g, err, i);
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
static int put_signatures(ingest *g, const char *id, int version, int listed_once)
{
	vr_store_version_row v;
	vr_ingest_sig *fresh;
	size_t a = first_of(g->sig_plans, g->nsig_plans, id), b, nfresh = 0, nstored = 0, bad;
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
		const vr_val *sg = vr_val_at(g->sigs, i), *gv = stated(sg, "version");
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
			err = refuse_sig(g, err, fresh[bad].index);
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
			err = refuse_sig(g, err, fresh[bad].index);
	}
	free(fresh);
	vr_store_version_row_free(&v);
	return err;
}

/* --- plans ----------------------------------------------------------- */

static int base_digest(ingest *g, const char *id, int version, char *digest)
{
	vr_store_version_row v;
	int err;

	if (g->rules && g->rules->base)
		return g->rules->base(g->s, g->root, id, version, digest, g->rules->ud);
	if ((err = vr_store_get_version(g->s, id, version - 1, &v)) < 0)
		return err;
	snprintf(digest, VR_DIGEST_HEX, "%s", v.digest);
	vr_store_version_row_free(&v);
	return 0;
}

/*
 * A plan's history from a case file: the n entries e (versions 1..n, in
 * order, of one kind: model.c checked). A new plan is stored as those
 * versions, each with its signatures before the next is made, so that
 * which version the next amends, and whether it is an amendment at all,
 * come out as they did when the plan was signed. A stored plan must hold
 * exactly these versions.
 */
static int put_history(ingest *g, const char *case_id, const plan_pos *e, size_t n,
		       vr_buf *detail)
{
	vr_val *plans = vr_val_get(g->root, "plans");
	const char *id = e[0].id;
	char have[VR_DIGEST_HEX], digest[VR_DIGEST_HEX], *xml;
	size_t len;
	int ver, err, found;

	if ((err = vr_store_latest(g->s, id, &ver, have)) < 0)
		return err;
	if (ver && ver != (int)n)
		return refuse_plan(g, vr_error_set(VR_EEXISTS, "plan %s is stored with versions 1 "
						   "to %d; this file gives its history as versions 1 "
						   "to %zu. A stored plan is never overwritten: change "
						   "it by amendment (`vrtool amend %s --from FILE`)",
						   id, ver, n, id), e[0].pos);
	if (!ver && (err = vr_store_put_plan(g->s, id, case_id,
					     vr_val_gets(vr_val_at(plans, e[0].pos), "kind"))) < 0)
		return err;
	for (size_t k = 0; k < n; k++) {
		vr_val *plan = vr_val_at(plans, e[k].pos);
		const char *sup = vr_val_gets(plan, "supersedes");
		int version = (int)k + 1;

		if (k == 0 && sup)
			return refuse_plan(g, vr_error_set(VR_EINPUT, "version 1 of plan %s "
							   "supersedes nothing; leave supersedes out",
							   id), e[k].pos);
		if (k > 0 && sup) {
			if ((err = stored_digest(g->s, id, version - 1, sup, &found)) < 0)
				return err;
			if (!found)
				return refuse_plan(g, vr_error_set(VR_EINPUT, "its supersedes is not "
								   "the digest of an earlier version "
								   "of plan %s in this file (leave it "
								   "out to have it filled in)", id),
						   e[k].pos);
		} else if (k > 0) {
			if ((err = base_digest(g, id, version, digest)) < 0 ||
			    (err = vr_val_obj_set(plan, "supersedes", vr_val_str(digest))) < 0)
				return err;
		}
		if (ver) {
			vr_store_version_row v;
			if ((err = vr_plan_digest(plan, &xml, &len, digest)) < 0)
				return err;
			free(xml);
			if ((err = vr_store_get_version(g->s, id, version, &v)) < 0)
				return err;
			found = strcmp(v.digest, digest) == 0;
			vr_store_version_row_free(&v);
			if (!found)
				return refuse_plan(g, vr_error_set(VR_EEXISTS, "plan %s version %d is "
								   "stored with different content; a "
								   "stored version is never replaced "
								   "(change a plan by amendment: `vrtool "
								   "amend %s --from FILE`)", id, version,
								   id), e[k].pos);
		} else {
			if ((err = vr_ingest_add_version(g->s, plan, digest)) < 0)
				return err;
			vr_buf_printf(detail, " %s@%d=%.12s", id, version, digest);
		}
		if ((err = put_signatures(g, id, version, 0)) < 0)
			return err;
	}
	if (ver) {
		g->r->plans_same++;
		vr_buf_printf(detail, " %s@1-%zu=unchanged", id, n);
	} else {
		g->r->plans_new++;
	}
	return 0;
}

int vr_ingest_case(vr_store *s, vr_val *root, const vr_ingest_opts *o,
		   vr_ingest_report *r)
{
	return vr_ingest_case_checked(s, root, o, NULL, r);
}

int vr_ingest_case_checked(vr_store *s, vr_val *root, const vr_ingest_opts *o,
			   const vr_ingest_rules *rules, vr_ingest_report *r)
{
	vr_val *person = vr_val_get(root, "person"), *kase = vr_val_get(root, "case");
	vr_val *plans = vr_val_get(root, "plans");
	const char *case_id = vr_val_gets(kase, "id"), *agency = vr_val_gets(kase, "agency");
	vr_buf detail = VR_BUF_INIT;
	char have[VR_DIGEST_HEX], object[256];
	plan_pos *ids = NULL;
	size_t *rank = NULL, i, n = vr_val_len(plans), nids = 0;
	ingest g;
	int err, ver;

	memset(r, 0, sizeof(*r));
	memset(&g, 0, sizeof(g));
	g.s = s;
	g.root = root;
	g.o = o;
	g.rules = rules;
	g.r = r;
	g.document = o->trust_versions;
	g.sigs = g.document ? o->signatures : vr_val_get(root, "signatures");
	g.now = vr_time_now();
	if (o->known_agency && !o->known_agency(agency, o->ud))
		return vr_error_set(VR_EINPUT, "case.agency '%s' names no installed plugin "
				    "(see `vrtool plugin list`)", agency);
	/* a case file's plans by id, so that a plan's history is found at its
	 * first entry; the signatures by plan */
	if ((err = by_id(plans, "id", &ids, &nids)) < 0 ||
	    (err = by_id(g.sigs, "plan", &g.sig_plans, &g.nsig_plans)) < 0)
		goto done;
	if (!(rank = malloc((n ? n : 1) * sizeof(*rank))) ||
	    (!g.document && vr_val_len(g.sigs) && !(g.matched = calloc(vr_val_len(g.sigs), 1)))) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	for (i = 0; i < nids; i++)
		rank[ids[i].pos] = i;
	if ((err = vr_ingest_parts(s, person, kase)) < 0)
		goto done;
	vr_buf_printf(&detail, "source=%s plans:", o->source);
	for (i = 0; i < n; i++) {
		vr_val *plan = vr_val_at(plans, i);
		const char *id = vr_val_gets(plan, "id");
		size_t a = rank[i], b = a + 1;
		const vr_val *pv;
		if (!g.document) {
			while (a > 0 && strcmp(ids[a - 1].id, id) == 0)
				a--;
			while (b < nids && strcmp(ids[b].id, id) == 0)
				b++;
		}
		if (b - a > 1) {
			/* a plan's history: stored at its first entry */
			if (ids[a].pos == i && (err = put_history(&g, case_id, ids + a, b - a,
								  &detail)) < 0)
				goto done;
			continue;
		}
		if ((err = vr_store_latest(s, id, &ver, have)) < 0)
			goto done;
		err = g.document ? put_document_plan(s, case_id, plan, ver, &detail, r)
				 : put_casefile_plan(s, case_id, plan, ver, have, &detail, r);
		if (!g.document && (err == VR_EINPUT || err == VR_EEXISTS))
			err = refuse_plan(&g, err, i);
		pv = vr_val_get(plan, "version");
		if (err == 0)
			err = put_signatures(&g, id, pv ? (int)pv->u.i : 1, 1);
		if (err < 0)
			goto done;
	}
	/* a case file's signature on no version it brings */
	for (i = 0; g.matched && i < vr_val_len(g.sigs); i++) {
		const vr_val *sg = vr_val_at(g.sigs, i), *gv = stated(sg, "version");
		if (g.matched[i])
			continue;
		err = refuse_sig(&g, vr_error_set(VR_EINPUT, "it names version %lld of plan %s, "
						  "which this file does not bring (a plan listed "
						  "once is stored as version 1, or is the newest "
						  "stored version when unchanged: leave version "
						  "out)", gv ? gv->u.i : 0, vr_val_gets(sg, "plan")), i);
		goto done;
	}
	if (r->signatures)
		vr_buf_printf(&detail, " signatures=%d", r->signatures);
	if (!vr_buf_ok(&detail)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	snprintf(object, sizeof(object), "case:%s", case_id);
	err = vr_store_audit(s, o->actor, "import", object, vr_buf_cstr(&detail));
done:
	free(ids);
	free(rank);
	free(g.matched);
	free(g.sig_plans);
	vr_buf_free(&detail);
	return err;
}

int vr_ingest_read_checked(const vr_field *f, const char *xml, const vr_blob *val,
			   const char *what, vr_val **out)
{
	vr_diags d = VR_DIAGS_INIT;
	int err = vr_ingest_read_stored(f, xml, val, what, out, &d);

	if (err < 0)
		vr_error_set(VR_EIO, "stored %s does not read back (%s: %s); the database "
			     "may be damaged: run `vrtool audit verify`", what,
			     d.n ? d.items[0].path : what, d.n ? d.items[0].msg : "it does not decode");
	vr_diags_free(&d);
	return err < 0 ? VR_EIO : 0;
}
