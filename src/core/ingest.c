/*
 * ingest.c - a validated case tree into the store; see ingest.h.
 */
#include "core/ingest.h"
#include "core/ingest_run.h"
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
int vr_ig_unverified(int err)
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

static int cmp_plan_pos(const void *a, const void *b)
{
	const plan_pos *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c ? c : x->pos < y->pos ? -1 : x->pos > y->pos;
}

/* Sorts the items of list that have `key` into *out (caller frees). */
int vr_ig_by_id(const vr_val *list, const char *key, plan_pos **out, size_t *n)
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
size_t vr_ig_first_of(const plan_pos *a, size_t n, const char *id)
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
		return vr_ig_refuse_plan(g, vr_error_set(VR_EEXISTS, "plan %s is stored with versions 1 "
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
			return vr_ig_refuse_plan(g, vr_error_set(VR_EINPUT, "version 1 of plan %s "
							   "supersedes nothing; leave supersedes out",
							   id), e[k].pos);
		if (k > 0 && sup) {
			if ((err = stored_digest(g->s, id, version - 1, sup, &found)) < 0)
				return err;
			if (!found)
				return vr_ig_refuse_plan(g, vr_error_set(VR_EINPUT, "its supersedes is not "
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
				return vr_ig_refuse_plan(g, vr_error_set(VR_EEXISTS, "plan %s version %d is "
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
		if ((err = vr_ig_put_signatures(g, id, version, 0)) < 0)
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
	if ((err = vr_ig_by_id(plans, "id", &ids, &nids)) < 0 ||
	    (err = vr_ig_by_id(g.sigs, "plan", &g.sig_plans, &g.nsig_plans)) < 0)
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
			err = vr_ig_refuse_plan(&g, err, i);
		pv = vr_val_get(plan, "version");
		if (err == 0)
			err = vr_ig_put_signatures(&g, id, pv ? (int)pv->u.i : 1, 1);
		if (err < 0)
			goto done;
	}
	/* a case file's signature on no version it brings */
	for (i = 0; g.matched && i < vr_val_len(g.sigs); i++) {
		const vr_val *sg = vr_val_at(g.sigs, i), *gv = vr_ig_stated(sg, "version");
		if (g.matched[i])
			continue;
		err = vr_ig_refuse_sig(&g, vr_error_set(VR_EINPUT, "it names version %lld of plan %s, "
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
