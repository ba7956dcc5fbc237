/*
 * ingest.c - a validated case tree into the store; see ingest.h.
 */
#include "core/ingest.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/model.h"
#include "core/sign.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int vr_ingest_plan_digest(const vr_val *plan, char **xml, size_t *len, char *digest)
{
	int err = vr_doc_canonical(vr_model_plan(), plan, xml, len);
	if (err < 0)
		return err;
	if ((err = vr_sign_sha256_hex(*xml, *len, digest)) < 0) {
		free(*xml);
		*xml = NULL;
	}
	return err;
}

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

/* Whether p[0..n) holds one value in vr_val_encode's form, as
 * vr_val_decode would accept it (the same limits: 64 levels, keys under
 * 256 bytes), without building it: a stored value handed to a plugin's
 * worker undecoded is checked first, so a damaged one is reported here. */
static int well_formed(const unsigned char **p, const unsigned char *end, int depth)
{
	uint32_t n, kl;
	unsigned char tag;

	if (*p >= end || depth > 64)
		return 0;
	tag = *(*p)++;
	switch (tag) {
	case 'z': case 't': case 'f':
		return 1;
	case 'i': case 'n':
		if ((size_t)(end - *p) < 8)
			return 0;
		*p += 8;
		return 1;
	case 's':
		if ((size_t)(end - *p) < 4)
			return 0;
		memcpy(&n, *p, 4);
		*p += 4;
		if ((size_t)(end - *p) < n)
			return 0;
		*p += n;
		return 1;
	case 'a': case 'o':
		if ((size_t)(end - *p) < 4)
			return 0;
		memcpy(&n, *p, 4);
		*p += 4;
		if (n > (size_t)(end - *p))
			return 0;
		for (uint32_t i = 0; i < n; i++) {
			if (tag == 'o') {
				if ((size_t)(end - *p) < 4)
					return 0;
				memcpy(&kl, *p, 4);
				*p += 4;
				if (kl >= 256 || (size_t)(end - *p) < kl)
					return 0;
				*p += kl;
			}
			if (!well_formed(p, end, depth + 1))
				return 0;
		}
		return 1;
	default:
		return 0;
	}
}

int vr_ingest_stored_enc(const vr_blob *val, const void **enc, size_t *len)
{
	const unsigned char *p = val ? val->ptr : NULL, *end;

	if (!p || val->len <= VR_STORED_HEADER || memcmp(p, "vrv1", 4) != 0 ||
	    memcmp(p + 4, &byte_order, 4) != 0)
		return 0;
	*enc = p + VR_STORED_HEADER;
	*len = val->len - VR_STORED_HEADER;
	end = p + val->len;
	p += VR_STORED_HEADER;
	return well_formed(&p, end, 0) && p == end ? 1 : -1;
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
	if ((err = vr_ingest_plan_digest(plan, &xml, &len, digest)) < 0)
		return err;
	if ((err = vr_ingest_stored_val(vr_model_plan(), xml, len, &val)) == 0)
		err = vr_store_add_version(s, vr_val_gets(plan, "id"), (int)ver->u.i,
					   vr_val_gets(plan, "date"), digest, xml, &val);
	free(xml);
	free(val.ptr);
	return err;
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
		if ((err = vr_ingest_plan_digest(plan, &xml, &len, digest)) < 0)
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
		if ((err = vr_ingest_plan_digest(plan, &xml, &len, digest)) < 0)
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

/* A signature's withdrawal as the document carries it, stored with the
 * seal it came with (sign.h, vr_withdrawal_fields). */
static int put_withdrawal(vr_store *s, const vr_val *w, long long sid, const char *plan_id,
			  const vr_buf *sig_rec, size_t i)
{
	vr_buf rec = VR_BUF_INIT;
	char sig_sha[VR_DIGEST_HEX];
	int err;

	if (!vr_val_gets(w, "seal") || !vr_val_gets(w, "key_id"))
		return vr_error_set(VR_EINPUT, "signature %zu: its withdrawal has no seal or "
				    "key_id, so it cannot be verified; export it again from the "
				    "installation that withdrew it", i + 1);
	if ((err = vr_sign_sha256_hex(sig_rec->ptr, sig_rec->len, sig_sha)) < 0)
		return err;
	{
		vr_withdrawal_fields f = { sig_sha, plan_id, vr_val_gets(w, "reason"),
					   vr_val_gets(w, "by"), vr_val_gets(w, "at"),
					   vr_val_gets(w, "key_id") };
		vr_sign_withdrawal_record(&rec, &f);
	}
	if (!vr_buf_ok(&rec)) {
		vr_buf_free(&rec);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	{
		vr_store_withdrawal st = { sid, plan_id, vr_val_gets(w, "reason"), vr_val_gets(w, "by"),
					   vr_val_gets(w, "at"), vr_buf_cstr(&rec),
					   vr_val_gets(w, "seal"), vr_val_gets(w, "key_id") };
		err = vr_store_add_withdrawal(s, &st, NULL);
	}
	vr_buf_free(&rec);
	return err;
}

/* Stores the document's signatures of plan version (id, version), each
 * once; a signature over another digest is refused. */
static int put_signatures(vr_store *s, const vr_val *sigs, const char *id, int version,
			  vr_ingest_report *r)
{
	vr_store_version_row v;
	int err;

	if (!vr_val_len(sigs))
		return 0;
	if ((err = vr_store_get_version(s, id, version, &v)) < 0)
		return err;
	for (size_t i = 0; i < vr_val_len(sigs) && err == 0; i++) {
		const vr_val *g = vr_val_at(sigs, i), *gv = vr_val_get(g, "version");
		const vr_val *signer = vr_val_get(g, "signer");
		int found = 0;
		vr_buf rec = VR_BUF_INIT;
		vr_sig_fields f = {
			vr_val_gets(g, "plan"), gv ? (int)gv->u.i : 0, vr_val_gets(g, "digest"),
			vr_val_gets(g, "role"), vr_val_gets(signer, "id"), vr_val_gets(signer, "name"),
			vr_val_gets(g, "method"), vr_val_gets(g, "meaning"), vr_val_gets(g, "intent"),
			vr_val_gets(g, "identity"), vr_val_gets(g, "at"), vr_val_gets(g, "scan_sha256"),
			vr_val_gets(g, "key_id"), vr_val_gets(g, "seen"), vr_val_gets(g, "recorded_by")
		};
		if (strcmp(f.plan, id) || f.version != version)
			continue;
		if (strcmp(f.digest, v.digest)) {
			err = vr_error_set(VR_EINPUT, "signature %zu (%s) is over digest %.12s, not "
					   "plan %s version %d's %.12s", i + 1, f.role, f.digest, id,
					   version, v.digest);
			break;
		}
		if (!vr_val_gets(g, "seal") ||
		    (err = vr_store_has_seal(s, vr_val_gets(g, "seal"), &found)) < 0 || found)
			continue;
		vr_sign_record(&rec, &f);
		if (!vr_buf_ok(&rec)) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
		} else {
			vr_store_sig st = { id, version, f.digest, f.role, f.signer_id, f.signer_name,
					    f.method, f.meaning, f.at, rec.ptr, vr_val_gets(g, "seal"),
					    f.key_id, f.intent, f.identity, f.scan_sha256, f.seen,
					    f.recorded_by };
			long long sid;
			if ((err = vr_store_add_signature(s, &st, &sid)) == 0)
				r->signatures++;
			if (err == 0 && vr_val_get(g, "withdrawal"))
				err = put_withdrawal(s, vr_val_get(g, "withdrawal"), sid, id, &rec, i);
		}
		vr_buf_free(&rec);
	}
	vr_store_version_row_free(&v);
	return err;
}

int vr_ingest_case(vr_store *s, vr_val *root, const vr_ingest_opts *o,
		   vr_ingest_report *r)
{
	vr_val *person = vr_val_get(root, "person"), *kase = vr_val_get(root, "case");
	vr_val *plans = vr_val_get(root, "plans");
	const char *case_id = vr_val_gets(kase, "id"), *agency = vr_val_gets(kase, "agency");
	vr_buf detail = VR_BUF_INIT;
	char have[VR_DIGEST_HEX], object[256];
	size_t i;
	int err, ver;

	memset(r, 0, sizeof(*r));
	if (o->known_agency && !o->known_agency(agency, o->ud))
		return vr_error_set(VR_EINPUT, "case.agency '%s' names no installed plugin "
				    "(see `vrtool plugin list`)", agency);
	if ((err = vr_ingest_parts(s, person, kase)) < 0)
		goto done;
	vr_buf_printf(&detail, "source=%s plans:", o->source);
	for (i = 0; i < vr_val_len(plans); i++) {
		vr_val *plan = vr_val_at(plans, i);
		if ((err = vr_store_latest(s, vr_val_gets(plan, "id"), &ver, have)) < 0)
			goto done;
		err = o->trust_versions
			? put_document_plan(s, case_id, plan, ver, &detail, r)
			: put_casefile_plan(s, case_id, plan, ver, have, &detail, r);
		if (err == 0 && o->trust_versions && o->signatures) {
			const vr_val *pv = vr_val_get(plan, "version");
			err = put_signatures(s, o->signatures, vr_val_gets(plan, "id"),
					     pv ? (int)pv->u.i : 1, r);
		}
		if (err < 0)
			goto done;
	}
	if (!vr_buf_ok(&detail)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	snprintf(object, sizeof(object), "case:%s", case_id);
	err = vr_store_audit(s, o->actor, "import", object, vr_buf_cstr(&detail));
done:
	vr_buf_free(&detail);
	return err;
}
