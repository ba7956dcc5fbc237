/*
 * verify.c - is every plan version what was signed, and every signature
 * what was sealed? A stored plan or an exported document, checked into a
 * report (verify.h); `vrtool verify` and db:verify print or return it.
 */
#include "app/verify.h"
#include "core/buf.h"
#include "core/digest.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/file.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/sign.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	vr_store *s;            /* may be NULL (file, no database) */
	const char *key_file;   /* the public key's file, or NULL */
	vr_app_verify_report *r;
	int oom;                /* a check could not be recorded */
} verifier;

/* Records a check: passed when why is NULL. */
static void record(verifier *w, const char *what, const char *why)
{
	vr_app_verify_report *r = w->r;
	vr_app_verify_check *grown = realloc(r->checks, (r->n + 1) * sizeof(*grown));
	char *cwhat = strdup(what), *cwhy = why ? strdup(why) : NULL;

	if (!grown || !cwhat || (why && !cwhy)) {
		if (grown)
			r->checks = grown;
		free(cwhat);
		free(cwhy);
		w->oom = 1;
		return;
	}
	r->checks = grown;
	r->checks[r->n].what = cwhat;
	r->checks[r->n].why = cwhy;
	r->n++;
	if (why)
		r->failed++;
	else
		r->passed++;
}

static void fail(verifier *w, const char *what, const char *why)
{
	record(w, what, why);
}

static void pass(verifier *w, const char *what)
{
	record(w, what, NULL);
}

int vr_app_verify_is_file(const char *arg)
{
	size_t l = strlen(arg);
	return l > 4 && !strcmp(arg + l - 4, ".xml");
}

void vr_app_verify_report_free(vr_app_verify_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->checks[i].what);
		free(r->checks[i].why);
	}
	free(r->checks);
	free(r->file_plan);
	memset(r, 0, sizeof(*r));
}

vr_val *vr_app_verify_report_value(const vr_app_verify_report *r)
{
	vr_val *o = vr_val_obj(), *checks = vr_val_arr(), *plan;
	int bad = vr_val_obj_set(o, "ok", vr_val_bool(r->failed == 0)) < 0 ||
		  vr_val_obj_set(o, "verified", vr_val_int(r->passed)) < 0 ||
		  vr_val_obj_set(o, "failed", vr_val_int(r->failed)) < 0;

	/* vr_val_obj_set and _arr_push take their item, even when they fail */
	for (size_t i = 0; !bad && checks && i < r->n; i++) {
		vr_val *c = vr_val_obj();
		bad = vr_val_obj_set(c, "what", vr_val_str(r->checks[i].what)) < 0 ||
		      vr_val_obj_set(c, "ok", vr_val_bool(!r->checks[i].why)) < 0 ||
		      (r->checks[i].why && vr_val_obj_set(c, "why", vr_val_str(r->checks[i].why)) < 0);
		if (vr_val_arr_push(checks, c) < 0)
			bad = 1;
	}
	if (vr_val_obj_set(o, "checks", checks) < 0)
		bad = 1;
	if (!bad && r->file_read) {
		plan = vr_val_obj();
		bad = (r->file_plan && vr_val_obj_set(plan, "id", vr_val_str(r->file_plan)) < 0) ||
		      vr_val_obj_set(plan, "version", vr_val_int(r->file_version)) < 0 ||
		      vr_val_obj_set(plan, "digest", vr_val_str(r->file_digest)) < 0;
		if (vr_val_obj_set(o, "plan", plan) < 0)
			bad = 1;
	}
	if (bad) {
		vr_val_free(o);
		vr_error_set(VR_ENOMEM, "out of memory");
		return NULL;
	}
	return o;
}

/* Whether seal is the seal of key key_id over text: with the key in the
 * key file given, else with the key as the database trusts it (the same check as
 * at import, ingest.h). 0 when it holds; the reason as the error. */
static int seal_holds(verifier *w, const char *key_id, const char *text, size_t len,
		      const char *seal)
{
	char line[256], tag[64], id[64], hex[130];

	w->r->seals++;
	if (w->key_file) {
		FILE *f = fopen(w->key_file, "r");
		if (!f)
			return vr_error_set(VR_EINPUT, "--key %s: %s", w->key_file, strerror(errno));
		if (!fgets(line, sizeof(line), f) ||
		    sscanf(line, "%63s %63s %129s", tag, id, hex) != 3 ||
		    strcmp(tag, "vrtool-ed25519-public-1")) {
			fclose(f);
			return vr_error_set(VR_EINPUT, "--key %s is not a vrtool public key (`vrtool "
					    "key export` writes one)", w->key_file);
		}
		fclose(f);
		if (key_id && strcmp(id, key_id))
			return vr_error_set(VR_EVERIFY, "sealed with key %s, but --key is key %s",
					    key_id, id);
		return vr_sign_check_seal(hex, id, text, len, seal);
	}
	if (!w->s)
		return vr_error_set(VR_EINPUT, "no public key: give the signer's key with --key FILE");
	return vr_ingest_check_seal(w->s, key_id, text, len, seal);
}

/* Checks one signature's fields against a version's plan id, number and
 * digest, rebuilds its record and checks the seal. what names it. */
static void check_sig(verifier *w, const char *what, const vr_sig_fields *f, const char *seal,
		      const char *stored_record, const char *plan, int version,
		      const char *digest)
{
	vr_buf rec = VR_BUF_INIT;
	char why[600];

	if (strcmp(f->plan, plan) || f->version != version) {
		snprintf(why, sizeof(why), "it names plan %s version %d, not %s version %d (a "
			 "signature cannot be moved)", f->plan, f->version, plan, version);
		fail(w, what, why);
		return;
	}
	if (strcmp(f->digest, digest)) {
		snprintf(why, sizeof(why), "it is over digest %.12s, but the version's digest is "
			 "%.12s: the plan changed after it was signed", f->digest, digest);
		fail(w, what, why);
		return;
	}
	vr_sign_record(&rec, f);
	if (stored_record && strcmp(rec.ptr, stored_record)) {
		fail(w, what, "its stored record no longer matches its fields");
		vr_buf_free(&rec);
		return;
	}
	if (!vr_buf_ok(&rec))
		fail(w, what, "out of memory");
	else if (seal_holds(w, f->key_id, rec.ptr, rec.len, seal) < 0)
		fail(w, what, vr_error_last());
	else
		pass(w, what);
	vr_buf_free(&rec);
}

/* A signature's withdrawal: its record rebuilt from its fields (naming the
 * signature by the hash of sig_record, the signature's own record) and its
 * seal; stored_record, when not NULL, is the record the store keeps. */
static void check_withdrawal(verifier *w, const char *what, const char *sig_record,
			     const vr_withdrawal_fields *wf, const char *seal,
			     const char *stored_record)
{
	vr_buf rec = VR_BUF_INIT;
	char sig_sha[VR_DIGEST_HEX];
	vr_withdrawal_fields f = *wf;

	if (vr_sign_sha256_hex(sig_record, strlen(sig_record), sig_sha) < 0) {
		fail(w, what, vr_error_last());
		return;
	}
	f.signature_record_sha256 = sig_sha;
	vr_sign_withdrawal_record(&rec, &f);
	if (!vr_buf_ok(&rec))
		fail(w, what, "out of memory");
	else if (stored_record && strcmp(rec.ptr, stored_record))
		fail(w, what, "its stored record no longer matches its fields or the signature "
		     "it withdraws");
	else if (seal_holds(w, f.key_id, rec.ptr, rec.len, seal) < 0)
		fail(w, what, vr_error_last());
	else
		pass(w, what);
	vr_buf_free(&rec);
}

/* --- in the store ----------------------------------------------------- */

typedef struct {
	verifier *w;
	vr_store_version_row *v;   /* the versions, to match signatures */
	size_t nv;
	char *case_id;
} plan_walk;

/* Whether the value stored beside a plan version (store.c migration 3) is
 * the one its XML reads as: made again from the XML, byte for byte. A row
 * without one, or with one of another machine's byte order, is read from
 * its XML anyway. */
static int stored_value_matches(const vr_field *f, const char *xml, const vr_blob *val)
{
	const void *enc;
	size_t len;
	vr_blob again = { NULL, 0 };
	int same, usable = vr_ingest_stored_enc(val, &enc, &len);

	if (usable == 0)
		return 1;
	if (usable < 0 || vr_ingest_stored_val(f, xml, strlen(xml), &again) < 0)
		return 0;
	same = again.len == val->len && memcmp(again.ptr, val->ptr, val->len) == 0;
	free(again.ptr);
	return same;
}

static int check_version(const vr_store_version_row *r, void *ud)
{
	plan_walk *pw = ud;
	verifier *w = pw->w;
	char what[300];
	int err;
	vr_store_version_row *grown = realloc(pw->v, (pw->nv + 1) * sizeof(*grown));

	if (!grown)
		return vr_error_set(VR_ENOMEM, "out of memory");
	pw->v = grown;
	memset(&pw->v[pw->nv], 0, sizeof(*pw->v));
	pw->v[pw->nv].version = r->version;
	pw->v[pw->nv].digest = strdup(r->digest);
	pw->v[pw->nv].plan_id = strdup(r->plan_id);
	pw->nv++;
	if (!pw->v[pw->nv - 1].digest || !pw->v[pw->nv - 1].plan_id)
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (!pw->case_id && !(pw->case_id = strdup(r->case_id)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	snprintf(what, sizeof(what), "plan %s version %d digest %.12s", r->plan_id, r->version,
		 r->digest);
	if ((err = vr_plan_digest_check(r->xml, r->digest, 1, NULL)) == VR_EVERIFY) {
		fail(w, what, vr_error_last());
		return 0;
	}
	if (err < 0)
		return err;
	if (!stored_value_matches(vr_model_plan(), r->xml, &r->val)) {
		/* what check and deadlines read is not what was signed */
		fail(w, what, "the value stored beside the plan is not what its XML reads as "
		     "(changed outside vrtool?); check, deadlines and fees read that value");
	} else {
		pass(w, what);
	}
	return 0;
}

static int check_stored_sig(const vr_store_sig_row *g, void *ud)
{
	plan_walk *pw = ud;
	char what[400];
	const char *digest = NULL;
	vr_sig_fields f = { g->plan_id, g->version, g->digest, g->role, g->signer_id,
			    g->signer_name, g->method, g->meaning, g->intent, g->identity, g->at,
			    g->scan_sha256, g->key_id, g->seen, g->recorded_by };

	snprintf(what, sizeof(what), "signature %lld (%s, %s) on plan %s version %d", g->id,
		 g->role, g->signer_name, g->plan_id, g->version);
	for (size_t i = 0; i < pw->nv; i++)
		if (pw->v[i].version == g->version)
			digest = pw->v[i].digest;
	if (!digest) {
		fail(pw->w, what, "the plan has no such version");
		return 0;
	}
	check_sig(pw->w, what, &f, g->seal, g->record, g->plan_id, g->version, digest);
	if (g->withdrawal_id) {
		vr_withdrawal_fields wf = { NULL, g->plan_id, g->w_reason, g->w_by, g->w_at,
					    g->w_key_id };
		snprintf(what, sizeof(what), "withdrawal of signature %lld (%s) on plan %s", g->id,
			 g->role, g->plan_id);
		check_withdrawal(pw->w, what, g->record, &wf, g->w_seal, g->w_record);
	}
	return 0;
}

/* The person and case of the plan: their stored values against their XML,
 * as for the versions (what a check reads of them). */
static int check_case_values(verifier *w, const char *case_id)
{
	vr_store_case_row row;
	char what[300];
	int err;

	if ((err = vr_store_get_case(w->s, case_id, &row)) < 0)
		return err;
	snprintf(what, sizeof(what), "case %s and person %s as stored", row.id, row.person_id);
	if (!stored_value_matches(vr_model_case(), row.xml, &row.val) ||
	    !stored_value_matches(vr_model_person(), row.person_xml, &row.person_val))
		fail(w, what, "a value stored beside the case or person is not what its XML "
		     "reads as (changed outside vrtool?); check, deadlines and fees read it");
	else
		pass(w, what);
	vr_store_case_row_free(&row);
	return 0;
}

static int verify_stored(verifier *w, const char *plan_id)
{
	plan_walk pw = { w, NULL, 0, NULL };
	int err;

	err = vr_store_each_plan_version(w->s, plan_id, check_version, &pw);
	if (err == 0 && pw.nv == 0)
		err = vr_error_set(VR_ENOTFOUND, "no plan '%s' in %s", plan_id, vr_store_path(w->s));
	if (err == 0)
		err = check_case_values(w, pw.case_id);
	if (err == 0)
		err = vr_store_each_signature(w->s, plan_id, check_stored_sig, &pw);
	for (size_t i = 0; i < pw.nv; i++) {
		free(pw.v[i].digest);
		free(pw.v[i].plan_id);
	}
	free(pw.v);
	free(pw.case_id);
	return err;
}

/* --- in a file -------------------------------------------------------- */

static int verify_doc(verifier *w, const char *path)
{
	vr_val *tree = NULL, *sigs = NULL;
	vr_diags d = VR_DIAGS_INIT;
	char *buf = NULL, digest[VR_DIGEST_HEX], what[400];
	const vr_val *plan;
	size_t len;
	int err = 0;

	if ((err = vr_file_read(path, VR_DOC_MAX_BYTES, "a document", &buf, &len)) < 0)
		return err;
	if ((err = vr_doc_read_document(buf, len, path, &tree, &sigs, &d)) < 0) {
		for (size_t i = 0; i < d.n; i++)
			fail(w, path, d.items[i].msg);
		if (!d.n)
			fail(w, path, vr_error_last());
		err = 0;
		goto done;
	}
	plan = vr_val_at(vr_val_get(tree, "plans"), 0);
	if ((err = vr_plan_digest(plan, NULL, NULL, digest)) < 0)
		goto done;
	/* the plan the document holds, said before its checks */
	if (vr_val_gets(plan, "id") && !(w->r->file_plan = strdup(vr_val_gets(plan, "id")))) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	w->r->file_read = 1;
	w->r->file_version = vr_val_get(plan, "version") ? vr_val_get(plan, "version")->u.i : 0;
	memcpy(w->r->file_digest, digest, sizeof(w->r->file_digest));
	if (vr_val_len(sigs) == 0)
		fail(w, path, "the document carries no signatures");
	for (size_t i = 0; i < vr_val_len(sigs); i++) {
		const vr_val *g = vr_val_at(sigs, i), *ver = vr_val_get(g, "version");
		vr_sig_fields fs = {
			vr_val_gets(g, "plan"), ver ? (int)ver->u.i : 0, vr_val_gets(g, "digest"),
			vr_val_gets(g, "role"), vr_val_gets(vr_val_get(g, "signer"), "id"),
			vr_val_gets(vr_val_get(g, "signer"), "name"), vr_val_gets(g, "method"),
			vr_val_gets(g, "meaning"), vr_val_gets(g, "intent"),
			vr_val_gets(g, "identity"), vr_val_gets(g, "at"),
			vr_val_gets(g, "scan_sha256"), vr_val_gets(g, "key_id"),
			vr_val_gets(g, "seen"), vr_val_gets(g, "recorded_by")
		};
		const vr_val *pv = vr_val_get(plan, "version");
		const vr_val *wv = vr_val_get(g, "withdrawal");
		snprintf(what, sizeof(what), "signature %zu (%s, %s)", i + 1, fs.role, fs.signer_name);
		check_sig(w, what, &fs, vr_val_gets(g, "seal"), NULL, vr_val_gets(plan, "id"),
			  pv ? (int)pv->u.i : 0, digest);
		if (wv && wv->type == VR_VOBJ) {
			/* the withdrawal names the signature by its record's hash */
			vr_buf rec = VR_BUF_INIT;
			vr_withdrawal_fields wf = { NULL, fs.plan, vr_val_gets(wv, "reason"),
						    vr_val_gets(wv, "by"), vr_val_gets(wv, "at"),
						    vr_val_gets(wv, "key_id") };
			vr_sign_record(&rec, &fs);
			snprintf(what, sizeof(what), "withdrawal of signature %zu (%s)", i + 1,
				 fs.role);
			if (!vr_buf_ok(&rec))
				fail(w, what, "out of memory");
			else
				check_withdrawal(w, what, rec.ptr, &wf, vr_val_gets(wv, "seal"), NULL);
			vr_buf_free(&rec);
		}
	}
done:
	free(buf);
	vr_val_free(tree);
	vr_val_free(sigs);
	vr_diags_free(&d);
	return err;
}

/* The checks could not all be recorded: an error, whatever else was found. */
static int finish(verifier *w, int err)
{
	if (err == 0 && w->oom)
		err = vr_error_set(VR_ENOMEM, "out of memory");
	return err;
}

int vr_app_verify_plan(vr_store *s, const char *plan_id, const char *pubkey_file,
		       vr_app_verify_report *out)
{
	verifier w = { s, pubkey_file, out, 0 };

	memset(out, 0, sizeof(*out));
	return finish(&w, verify_stored(&w, plan_id));
}

int vr_app_verify_file(vr_store *s, const char *path, const char *pubkey_file,
		       vr_app_verify_report *out)
{
	verifier w = { s, pubkey_file, out, 0 };

	memset(out, 0, sizeof(*out));
	return finish(&w, verify_doc(&w, path));
}
