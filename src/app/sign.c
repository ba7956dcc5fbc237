/*
 * sign.c - recording a signature, or withdrawing a mistaken one (sign.h).
 *
 * The checks read the plan before the write lock is taken (the plugin's
 * check of the plan must not hold it). Under the lock the plan is looked
 * at again: versions and signatures are append-only, so if their numbers
 * are unchanged so is everything the checks found; if another process
 * signed or amended the plan meanwhile, nothing is signed. Without this,
 * two counselors signing at once both passed "already signed?" and the
 * version ended up with two client signatures.
 */
#include "app/sign.h"
#include "app/cases.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/digest.h"
#include "core/error.h"
#include "core/file.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/signer.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vr_app_sign_result_free(vr_app_sign_result *r)
{
	free(r->plan_id);
	free(r->case_id);
	free(r->role);
	free(r->signer_name);
	free(r->at);
	free(r->seen);
	vr_findings_free(&r->found);
	memset(r, 0, sizeof(*r));
}

static int file_sha256(const char *path, char out[VR_DIGEST_HEX])
{
	char *data;
	size_t n;
	int err;

	if ((err = vr_file_read(path, VR_FILE_ANY_SIZE, "a scan", &data, &n)) < 0)
		return vr_error_wrap(err, "--scan ");
	err = vr_sign_sha256_hex(data, n, out);
	free(data);
	return err;
}

static int is_sha256(const char *h)
{
	size_t n = 0;

	while (h[n] && isxdigit((unsigned char)h[n]))
		n++;
	return n == VR_DIGEST_HEX - 1 && !h[n];
}

int vr_app_sign_check(const vr_app_sign_opts *o)
{
	const char *method = o->method ? o->method : "electronic";
	long days;

	if ((o->scan || o->scan_sha256) && strcmp(method, "wet") != 0)
		return vr_error_set(VR_EINPUT, "--scan goes with --method wet");
	if (!vr_sign_method_ok(method))
		return vr_error_set(VR_EINPUT, "--method is electronic, wet or initials");
	if (o->meaning && !vr_sign_meaning_ok(o->meaning))
		return vr_error_set(VR_EINPUT, "--meaning is agree, approve, review or "
				    "assign_ticket");
	if (o->reason)
		return vr_error_set(VR_EINPUT, "--reason goes with --withdraw");
	if (o->signer_id && vr_model_bad_id(o->signer_id))
		return vr_error_set(VR_EINPUT, "--signer-id: not an identifier (%s)",
				    vr_model_bad_id(o->signer_id));
	if (o->at && vr_datetime_parse(o->at, &days) < 0)
		return vr_error_wrap(VR_EINPUT, "--at: ");
	if (o->scan && o->scan_sha256)
		return vr_error_set(VR_EINPUT, "a scan is given as a file or as its SHA-256, "
				    "not both");
	if (o->scan_sha256 && !is_sha256(o->scan_sha256))
		return vr_error_set(VR_EINPUT, "a scan's SHA-256 is 64 hexadecimal digits");
	return 0;
}

static int count_version(const vr_store_version_row *r, void *ud)
{
	(void)r;
	++*(size_t *)ud;
	return 0;
}

typedef struct {
	const vr_store_version_row *v;
	const char *role;
	size_t n;
	char by[300];
} sig_scan;

/* Signatures and withdrawals of a plan as loaded: what recheck counts. */
static size_t state_count(const vr_planstate *ps)
{
	size_t n = ps->ns;
	for (size_t i = 0; i < ps->ns; i++)
		n += ps->sigs[i].withdrawal_id != 0;
	return n;
}

static int scan_sig(const vr_store_sig_row *g, void *ud)
{
	sig_scan *d = ud;

	/* a withdrawal changes the plan's state as a signature does */
	d->n += 1 + (g->withdrawal_id != 0);
	if (g->version == d->v->version && !strcmp(g->digest, d->v->digest) &&
	    !strcmp(g->role, d->role) && !g->withdrawal_id && !d->by[0])
		snprintf(d->by, sizeof(d->by), "by %s, %s", g->signer_name, g->at);
	return 0;
}

/* Under the write lock: fails unless the plan has the versions and
 * signatures ps was computed from. */
static int recheck(vr_store *s, const vr_planstate *ps, const vr_store_version_row *v,
		   const char *role)
{
	sig_scan d = { v, role, 0, "" };
	size_t nv = 0;
	int err;

	if ((err = vr_store_each_plan_version(s, v->plan_id, count_version, &nv)) < 0 ||
	    (err = vr_store_each_signature(s, v->plan_id, scan_sig, &d)) < 0)
		return err;
	if (d.by[0] && (nv != ps->nv || d.n != state_count(ps)))
		return vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s (%s, "
				    "by another process just now)", v->plan_id, v->version, role,
				    d.by);
	if (nv != ps->nv || d.n != state_count(ps))
		return vr_error_set(VR_EINPUT, "plan %s was signed or amended by another process "
				    "while this signature was being prepared; nothing was signed; "
				    "look at it again (`vrtool show`) and sign again", v->plan_id);
	return 0;
}

/* The conduct findings of a check, by rule id, once each, for the
 * signature's record ("seen"): what the signer was shown. */
static void conduct_ids(const vr_findings *found, vr_buf *out)
{
	for (size_t i = 0; i < found->n; i++) {
		const vr_finding *f = &found->items[i];
		int dup = 0;
		if (strcmp(f->klass, "conduct") || !strcmp(f->severity, "info"))
			continue;
		for (size_t j = 0; j < i && !dup; j++)
			dup = !strcmp(found->items[j].klass, "conduct") &&
			      !strcmp(found->items[j].rule, f->rule);
		if (!dup)
			vr_buf_printf(out, "%s%s", out->len ? " " : "", f->rule);
	}
}

/* A copy of s into *out, for the result. */
static int keep(char **out, const char *s)
{
	free(*out);
	if (!(*out = strdup(s ? s : "")))
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

/* The plan's state after a write: the version's status and what it still
 * needs signed. */
static int new_status(vr_store *s, vr_plugin *p, const vr_app_case *k, const char *plan_id,
		      int version, vr_planstate *ps, vr_app_sign_result *r)
{
	const vr_version_state *vs;
	int err;

	vr_planstate_free(ps);
	if ((err = vr_planstate_load(s, p, plan_id, k->person, k->kase, ps)) < 0)
		return err;
	if ((vs = vr_planstate_version(ps, version))) {
		r->have_status = 1;
		r->status = vs->status;
	}
	vr_planstate_missing(ps, version, r->missing, sizeof(r->missing));
	return 0;
}

/* The words the signer was shown for a meaning. */
static const char *intent_of(const char *meaning)
{
	return !strcmp(meaning, "approve") ? "I approve this plan." :
	       !strcmp(meaning, "review") ? "I have reviewed this plan." :
	       !strcmp(meaning, "assign_ticket") ? "By signing this plan I assign my Ticket "
	       "to Work to the agency." : "I have read this plan and I agree to it.";
}

int vr_app_withdraw(vr_store *s, const vr_app *a, const vr_app_sign_opts *o, long long id,
		    vr_app_sign_result *r)
{
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_store_version_row v;
	vr_key *key = NULL;
	vr_buf rec = VR_BUF_INIT;
	const vr_store_sig_row *g = NULL;
	char at[32], seal[VR_SEAL_HEX], sig_sha[VR_DIGEST_HEX], rec_sha[VR_DIGEST_HEX];
	char object[300], detail[600];
	long long wid;
	int err, have_v = 0, have_k = 0, have_ps = 0;

	memset(r, 0, sizeof(*r));
	if (!o->plan_id || !o->reason || !*o->reason || id < 1)
		return vr_error_set(VR_EINPUT, "a withdrawal names the plan, the signature's "
				    "number and why (it is kept for good)");
	if ((err = vr_store_get_version(s, o->plan_id, 0, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_app_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_app_plan_state(s, &k, v.plan_id, 0, &ps, &p)) < 0)
		goto done;
	have_ps = 1;
	for (size_t i = 0; i < ps.ns; i++)
		if (ps.sigs[i].id == id)
			g = &ps.sigs[i];
	if (!g) {
		err = vr_error_set(VR_ENOTFOUND, "plan %s has no signature %lld; `vrtool show %s` "
				   "lists its signatures with their numbers", v.plan_id, id, k.row.id);
		goto done;
	}
	if (g->withdrawal_id) {
		err = vr_error_set(VR_EEXISTS, "signature %lld on plan %s was withdrawn already "
				   "(%s, by %s)", id, v.plan_id, g->w_at, g->w_by);
		goto done;
	}
	vr_time_now_iso(at);
	if ((err = o->key ? 0 : vr_app_key(a, &key)) < 0 ||
	    (err = vr_sign_sha256_hex(g->record, strlen(g->record), sig_sha)) < 0)
		goto done;
	{
		const vr_key *kk = o->key ? o->key : key;
		vr_withdrawal_fields f = { sig_sha, v.plan_id, o->reason, vr_app_actor(), at,
					   vr_key_id(kk) };
		vr_store_withdrawal w;
		size_t nv = 0;
		sig_scan d = { &v, "", 0, "" };

		vr_sign_withdrawal_record(&rec, &f);
		if (!vr_buf_ok(&rec)) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
			goto done;
		}
		if ((err = vr_key_seal(kk, rec.ptr, rec.len, seal)) < 0 ||
		    (err = vr_sign_sha256_hex(rec.ptr, rec.len, rec_sha)) < 0)
			goto done;
		snprintf(object, sizeof(object), "plan:%s@%d", v.plan_id, g->version);
		w = (vr_store_withdrawal){ id, v.plan_id, o->reason, vr_app_actor(), at,
					   vr_buf_cstr(&rec), seal, vr_key_id(kk), 0 };
		if ((err = vr_store_begin(s)) < 0)
			goto done;
		/* under the lock: nothing was signed, amended or withdrawn meanwhile
		 * (the withdrawal table refuses a second withdrawal itself) */
		if ((err = vr_store_each_plan_version(s, v.plan_id, count_version, &nv)) < 0 ||
		    (err = vr_store_each_signature(s, v.plan_id, scan_sig, &d)) < 0 ||
		    (nv != ps.nv || d.n != state_count(&ps) ? (err = vr_error_set(VR_EINPUT, "plan %s was "
			"signed or amended by another process meanwhile; nothing was withdrawn; "
			"look at it again and withdraw again", v.plan_id)) : 0) < 0 ||
		    (err = vr_store_add_key(s, vr_key_id(kk), vr_key_public_hex(kk))) < 0 ||
		    (err = vr_store_add_withdrawal(s, &w, &wid)) < 0 ||
		    (snprintf(detail, sizeof(detail), "withdrawal=%lld signature=%lld role=%s "
			      "key=%s record_sha256=%s", wid, id, g->role, vr_key_id(kk),
			      rec_sha), 0) ||
		    (err = vr_store_audit(s, vr_app_actor(), "withdraw", object, detail)) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			goto done;
		}
	}
	r->id = id;
	r->version = g->version;
	if ((err = keep(&r->plan_id, v.plan_id)) < 0 || (err = keep(&r->case_id, k.row.id)) < 0 ||
	    (err = keep(&r->role, g->role)) < 0 ||
	    (err = keep(&r->signer_name, g->signer_name)) < 0 || (err = keep(&r->at, g->at)) < 0)
		goto done;
	r->committed = 1;
	err = new_status(s, p, &k, v.plan_id, r->version, &ps, r);
	have_ps = err == 0;
done:
	vr_key_free(key);
	vr_buf_free(&rec);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	return err;
}

int vr_app_sign(vr_store *s, const vr_app *a, const vr_app_sign_opts *o,
		vr_app_sign_result *r)
{
	vr_store_version_row v;
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_val *plan = NULL, *life = NULL;
	vr_buf rec = VR_BUF_INIT, seen = VR_BUF_INIT;
	const vr_version_state *vs;
	vr_signer who;
	char at[32], roles[512], intent[512];
	char scan[VR_DIGEST_HEX], seal[VR_SEAL_HEX];
	vr_key *key = NULL;
	const vr_key *kk;
	int err, have_v = 0, have_k = 0, have_ps = 0, is_approval = 0;
	const char *method = o->method ? o->method : "electronic";
	const char *meaning;

	memset(r, 0, sizeof(*r));
	if (!o->plan_id || !o->role || !o->identity)
		return vr_error_set(VR_EINPUT, "a signature names the plan, the role and how the "
				    "signer's identity was checked");
	if ((err = vr_app_sign_check(o)) < 0)
		return err;
	if ((err = vr_store_get_version(s, o->plan_id, o->version, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_app_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	r->version = v.version;
	if ((err = keep(&r->plan_id, v.plan_id)) < 0 || (err = keep(&r->case_id, k.row.id)) < 0 ||
	    (err = keep(&r->role, o->role)) < 0)
		goto done;
	if ((err = vr_app_plan_state(s, &k, v.plan_id, 0, &ps, &p)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v.version);
	if (!vr_planstate_role(&ps, v.version, o->role, &is_approval)) {
		vr_planstate_roles(&ps, v.version, roles, sizeof(roles));
		err = vr_error_set(VR_EINPUT, "plugin %s does not ask for a '%s' signature on "
				   "%s plans%s; the roles are: %s", k.row.agency, o->role, ps.kind,
				   vs->amendment ? " (amendments)" : "", roles);
		goto done;
	}
	if (vr_case_is_closed(k.kase)) {
		err = vr_error_set(VR_EINPUT, "case %s is closed: its plans are closed and no "
				   "longer signed; reopen the case (its status and closure event) "
				   "before signing", k.row.id);
		goto done;
	}
	if (vs->status == VR_ST_SUPERSEDED || vs->status == VR_ST_CLOSED) {
		err = vr_error_set(VR_EINPUT, "plan %s version %d is %s; sign the newest "
				   "version instead", v.plan_id, v.version, vr_status_name(vs->status));
		goto done;
	}
	/* (a withdrawn signature, or an approval made before a signature it
	 * approves was given again, counts for nothing: the role signs again) */
	for (size_t i = 0; i < ps.ns; i++)
		if (ps.sigs[i].version == v.version && !strcmp(ps.sigs[i].role, o->role) &&
		    vr_lifecycle_counts(vs, ps.refs, ps.ns, &ps.req, i)) {
			err = vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s "
					   "(by %s, %s; signature %lld: withdraw it with `vrtool sign "
					   "%s --withdraw %lld --reason ...` if it was a mistake)",
					   v.plan_id, v.version, o->role, ps.sigs[i].signer_name,
					   ps.sigs[i].at, ps.sigs[i].id, v.plan_id, ps.sigs[i].id);
			goto done;
		}
	/* The signer is the person on record in that role (signer.h). */
	if ((err = vr_signer_resolve(k.person, k.kase, o->role, o->signer_id, o->name, &who)) < 0)
		goto done;
	if (o->at)
		snprintf(at, sizeof(at), "%s", o->at);
	else
		vr_time_now_iso(at);
	if ((err = vr_signer_check_time(at, vr_time_now(), v.created_at, v.date)) < 0)
		goto done;
	/* An approval comes after every signature it approves (planstate.h). */
	if (is_approval && vr_planstate_approval_unmet(&ps, v.version, v.digest, NULL, 0)) {
		vr_planstate_missing(&ps, v.version, r->missing, sizeof(r->missing));
		err = vr_error_set(VR_EINPUT, "plan %s version %d: the %s approves after the plan "
				   "is signed; still to sign: %s", v.plan_id, v.version, o->role,
				   r->missing);
		goto done;
	}
	/* The seal covers the stored digest: it must still be the digest of the
	 * stored plan (the store keeps the canonical XML, so its SHA-256 is
	 * the digest; `vrtool verify` also checks the canonical form). */
	if ((err = vr_plan_digest_check(v.xml, v.digest, 0, NULL)) == VR_EVERIFY) {
		err = vr_error_set(VR_EINPUT, "plan %s version %d: the stored plan no longer "
				   "has the digest it was stored with (changed outside "
				   "vrtool?); nothing was signed: run `vrtool verify %s`",
				   v.plan_id, v.version, v.plan_id);
		goto done;
	} else if (err < 0) {
		goto done;
	}
	/* Content errors block the signature; conduct findings (a clock, a
	 * contact, a purchase) never do: they are shown, and the signature
	 * records that the signer saw them (docs/plugins.md). */
	if (!(life = vr_planstate_lifecycle(&ps, v.version))) {
		err = VR_ENOMEM;
		goto done;
	}
	if ((err = vr_app_parse_plan(v.xml, v.plan_id, &plan)) < 0 ||
	    (err = vr_plugin_check(p, k.person, k.kase, plan, life,
				   o->as_of ? o->as_of : a->as_of, &r->found)) < 0)
		goto done;
	if ((r->blocking = vr_findings_blocking(&r->found))) {
		err = vr_error_set(VR_EINPUT, "plan %s version %d has %zu content error(s) "
				   "(`vrtool check %s` lists them); it cannot be signed until "
				   "they are fixed (by amendment)", v.plan_id, v.version,
				   r->blocking, k.row.id);
		goto done;
	}
	conduct_ids(&r->found, &seen);
	meaning = o->meaning ? o->meaning : is_approval ? "approve" : "agree";
	r->method = method;
	r->meaning = meaning;
	/* The words the signer was shown, unless the caller gives their own. */
	snprintf(intent, sizeof(intent), "%s", o->intent ? o->intent : intent_of(meaning));
	/* A wet-ink signature may come with a scan of the signed page. */
	if (o->scan && (err = file_sha256(o->scan, scan)) < 0)
		goto done;
	if (o->scan_sha256) {
		for (size_t i = 0; i < VR_DIGEST_HEX; i++)
			scan[i] = (char)tolower((unsigned char)o->scan_sha256[i]);
	}
	if ((err = o->key ? 0 : vr_app_key(a, &key)) < 0)
		goto done;
	kk = o->key ? o->key : key;
	if (!vr_buf_ok(&seen)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = keep(&r->seen, seen.len ? vr_buf_cstr(&seen) : "")) < 0 ||
	    (err = keep(&r->signer_name, who.name)) < 0 || (err = keep(&r->at, at)) < 0)
		goto done;
	{
		const char *signer_id = who.id[0] ? who.id : NULL;
		const char *seen_ids = seen.len ? vr_buf_cstr(&seen) : NULL;
		const char *scan_sha = o->scan || o->scan_sha256 ? scan : NULL;
		/* who recorded a signature given on paper */
		const char *recorder = strcmp(method, "electronic") ? vr_app_actor() : NULL;
		vr_sig_fields f = { v.plan_id, v.version, v.digest, o->role, signer_id, who.name,
				    method, meaning, intent, o->identity, at, scan_sha,
				    vr_key_id(kk), seen_ids, recorder };
		vr_sign_record(&rec, &f);
		if (!vr_buf_ok(&rec)) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
			goto done;
		}
		if ((err = vr_key_seal(kk, rec.ptr, rec.len, seal)) < 0)
			goto done;
		vr_store_sig g = { v.plan_id, v.version, v.digest, o->role, signer_id, who.name,
				   method, meaning, at, vr_buf_cstr(&rec), seal, vr_key_id(kk),
				   intent, o->identity, scan_sha, seen_ids, recorder, 0 };
		char rec_sha[VR_DIGEST_HEX], detail[512], object[300];
		snprintf(object, sizeof(object), "plan:%s@%d", v.plan_id, v.version);
		if ((err = vr_sign_sha256_hex(rec.ptr, rec.len, rec_sha)) < 0 ||
		    (err = vr_store_begin(s)) < 0)
			goto done;
		/* The audit entry names the signature by its id and the hash of its
		 * sealed record, not by what it holds: the record carries the
		 * signer's name and how identity was checked, personal data that
		 * stays in the signature table (docs/security.md). */
		if ((err = recheck(s, &ps, &v, o->role)) < 0 ||
		    (err = vr_store_add_key(s, vr_key_id(kk), vr_key_public_hex(kk))) < 0 ||
		    (err = vr_store_add_signature(s, &g, &r->id)) < 0 ||
		    (snprintf(detail, sizeof(detail), "signature=%lld role=%s method=%s meaning=%s "
			      "digest=%.12s key=%s record_sha256=%s", r->id, o->role, method,
			      meaning, v.digest, vr_key_id(kk), rec_sha), 0) ||
		    (err = vr_store_audit(s, vr_app_actor(), "sign", object, detail)) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			goto done;
		}
	}
	r->committed = 1;
	err = new_status(s, p, &k, v.plan_id, v.version, &ps, r);
	have_ps = err == 0;
done:
	vr_key_free(key);
	vr_buf_free(&rec);
	vr_buf_free(&seen);
	vr_val_free(plan);
	vr_val_free(life);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	return err;
}
