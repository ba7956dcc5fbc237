/*
 * ingest.c - a validated case tree into the store; see ingest.h.
 */
#include "core/ingest.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/model.h"
#include "core/sign.h"

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

int vr_ingest_add_version(vr_store *s, const vr_val *plan, char *digest)
{
	const vr_val *ver = vr_val_get(plan, "version");
	char *xml = NULL;
	size_t len;
	int err;

	if (!ver || ver->type != VR_VINT || ver->u.i < 1)
		return vr_error_set(VR_EINTERNAL, "plan version not set");
	if ((err = vr_ingest_plan_digest(plan, &xml, &len, digest)) < 0)
		return err;
	err = vr_store_add_version(s, vr_val_gets(plan, "id"), (int)ver->u.i,
				   vr_val_gets(plan, "date"), digest, xml);
	free(xml);
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
	vr_store_case c;
	size_t len, i;
	int err;

	if ((err = vr_doc_canonical(vr_model_person(), person, &pxml, &len)) < 0 ||
	    (err = vr_doc_canonical(vr_model_case(), kase, &cxml, &len)) < 0 ||
	    (err = vr_store_put_person(s, vr_val_gets(person, "id"), pxml)) < 0)
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
			vr_val_gets(g, "key_id")
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
					    f.key_id, f.intent, f.identity, f.scan_sha256 };
			if ((err = vr_store_add_signature(s, &st, NULL)) == 0)
				r->signatures++;
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
