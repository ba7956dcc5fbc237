/*
 * cmd_sign.c - `vrtool sign PLAN --role R`: record a signature, or
 * withdraw a mistaken one.
 *
 * A signature is on one version's digest. It is refused when the version
 * has content errors (listed; conduct findings are shown and recorded in
 * the signature as seen, never blocking), when the role is not one the
 * agency's plugin asks for on this version (initial plan or amendment,
 * lifecycle.h), when the signer is not the person on record in that role
 * or the time is in the future or before the version existed (signer.h),
 * when that role has already signed the version (and the signature was not
 * withdrawn), or when the version is superseded. The signature and its
 * audit entry are written in one transaction; so is a withdrawal.
 *
 * The checks read the plan before the write lock is taken (the plugin's
 * check of the plan must not hold it). Under the lock the plan is looked
 * at again: versions and signatures are append-only, so if their numbers
 * are unchanged so is everything the checks found; if another process
 * signed or amended the plan meanwhile, nothing is signed. Without this,
 * two counselors signing at once both passed "already signed?" and the
 * version ended up with two client signatures.
 */
#include "cli/cli.h"
#include "core/digest.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "core/term.h"
#include "core/finding.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/signer.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


static int file_sha256(const char *path, char out[VR_DIGEST_HEX])
{
	vr_buf b = VR_BUF_INIT;
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");
	int err;

	if (!f)
		return vr_error_set(VR_EINPUT, "--scan %s: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		vr_buf_put(&b, chunk, n);
	if (ferror(f) || !vr_buf_ok(&b)) {
		fclose(f);
		vr_buf_free(&b);
		return vr_error_set(VR_EIO, "--scan %s: cannot read it", path);
	}
	fclose(f);
	err = vr_sign_sha256_hex(b.ptr ? b.ptr : "", b.len, out);
	vr_buf_free(&b);
	return err;
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

static void print_findings(const char *plan_id, const vr_findings *found, int conduct)
{
	printf("%s\n", plan_id);
	for (size_t i = 0; i < found->n; i++) {
		const vr_finding *f = &found->items[i];
		if (!strcmp(f->severity, "info") ||
		    (conduct ? strcmp(f->klass, "conduct") != 0
			     : (strcmp(f->klass, "conduct") == 0 || strcmp(f->severity, "error"))))
			continue;
		printf("  %-7s %s%s: %s\n          at %s; %s\n", f->severity, vr_term(f->rule),
		       strcmp(f->klass, "conduct") ? "" : " [conduct]", vr_term(f->message),
		       vr_term(f->path), vr_term(f->cite));
	}
}

/* `vrtool sign PLAN --withdraw SIGNATURE --reason TEXT`: a mistaken
 * signature is never changed or deleted; a sealed withdrawal record says
 * it counts for nothing, and the statuses are computed from what remains. */
static int withdraw(vr_cli *c)
{
	vr_store *s = NULL;
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_store_version_row v;
	vr_key *key = NULL;
	vr_buf rec = VR_BUF_INIT;
	const vr_store_sig_row *g = NULL;
	const vr_version_state *vs;
	char *end, at[32], seal[VR_SEAL_HEX], sig_sha[VR_DIGEST_HEX], rec_sha[VR_DIGEST_HEX];
	char object[300], detail[600], missing[512];
	long long id = strtoll(c->withdraw, &end, 10), wid;
	int err, have_v = 0, have_k = 0, have_ps = 0;

	if (*end || id < 1)
		return vr_cli_usage(&vr_cmd_sign, "--withdraw takes a signature's number, as "
				    "`vrtool show CASE` lists it ([signature N])");
	if (c->nargs != 1 || !c->reason || !*c->reason)
		return vr_cli_usage(&vr_cmd_sign, "name one plan and say why with --reason (the "
				    "withdrawal is kept for good)");
	if (c->role || c->name || c->at || c->signer_id || c->method || c->scan)
		return vr_cli_usage(&vr_cmd_sign, "--withdraw takes the plan, the signature's "
				    "number and --reason only");
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0 ||
	    (err = vr_store_get_version(s, c->args[0], 0, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_app_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_app_plugin_for_case(s, k.row.agency, k.row.id, &p)) < 0 ||
	    (err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
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
	if ((err = vr_app_key(&c->app, &key)) < 0 ||
	    (err = vr_sign_sha256_hex(g->record, strlen(g->record), sig_sha)) < 0)
		goto done;
	{
		vr_withdrawal_fields f = { sig_sha, v.plan_id, c->reason, vr_app_actor(), at,
					   vr_key_id(key) };
		vr_sign_withdrawal_record(&rec, &f);
	}
	if (!vr_buf_ok(&rec)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = vr_key_seal(key, rec.ptr, rec.len, seal)) < 0 ||
	    (err = vr_sign_sha256_hex(rec.ptr, rec.len, rec_sha)) < 0)
		goto done;
	snprintf(object, sizeof(object), "plan:%s@%d", v.plan_id, g->version);
	{
		vr_store_withdrawal w = { id, v.plan_id, c->reason, vr_app_actor(), at,
					  vr_buf_cstr(&rec), seal, vr_key_id(key) };
		size_t nv = 0;
		sig_scan d = { &v, "", 0, "" };
		if ((err = vr_store_begin(s)) < 0)
			goto done;
		/* under the lock: nothing was signed, amended or withdrawn meanwhile
		 * (the withdrawal table refuses a second withdrawal itself) */
		if ((err = vr_store_each_plan_version(s, v.plan_id, count_version, &nv)) < 0 ||
		    (err = vr_store_each_signature(s, v.plan_id, scan_sig, &d)) < 0 ||
		    (nv != ps.nv || d.n != state_count(&ps) ? (err = vr_error_set(VR_EINPUT, "plan %s was "
			"signed or amended by another process meanwhile; nothing was withdrawn; "
			"look at it again and withdraw again", v.plan_id)) : 0) < 0 ||
		    (err = vr_store_add_key(s, vr_key_id(key), vr_key_public_hex(key))) < 0 ||
		    (err = vr_store_add_withdrawal(s, &w, &wid)) < 0 ||
		    (snprintf(detail, sizeof(detail), "withdrawal=%lld signature=%lld role=%s "
			      "key=%s record_sha256=%s", wid, id, g->role, vr_key_id(key),
			      rec_sha), 0) ||
		    (err = vr_store_audit(s, vr_app_actor(), "withdraw", object, detail)) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			goto done;
		}
	}
	printf("withdrew signature %lld (%s, %s, %s) from plan %s version %d\n", id, g->role,
	       vr_term(g->signer_name), g->at, v.plan_id, g->version);
	{
		int version = g->version;
		vr_planstate_free(&ps);
		have_ps = 0;
		if ((err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
			goto done;
		have_ps = 1;
		vs = vr_planstate_version(&ps, version);
		vr_planstate_missing(&ps, version, missing, sizeof(missing));
		printf("version %d is now %s", version, vs ? vr_status_name(vs->status) : "?");
		if (*missing && vs && vs->status != VR_ST_SUPERSEDED)
			printf("; still to sign: %s", missing);
		printf("\n");
	}
done:
	vr_key_free(key);
	vr_buf_free(&rec);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("sign", err) : EXIT_OK;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_store_version_row v;
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_findings found = VR_FINDINGS_INIT;
	vr_val *plan = NULL, *life = NULL;
	vr_buf rec = VR_BUF_INIT, seen = VR_BUF_INIT;
	const vr_version_state *vs;
	vr_signer who;
	char at[32], roles[512], missing[512], object[300], intent[512];
	char scan[VR_DIGEST_HEX], seal[VR_SEAL_HEX];
	vr_key *key = NULL;
	int err, have_v = 0, have_k = 0, have_ps = 0, is_approval = 0, rc = EXIT_OK;
	long days;
	const char *method = c->method ? c->method : "electronic";
	const char *meaning;

	if (c->withdraw)
		return withdraw(c);
	if (c->nargs != 1 || !c->role || !c->identity)
		return vr_cli_usage(&vr_cmd_sign, "name one plan, --role and --identity (how the "
				    "signer's identity was checked)");
	if (c->scan && strcmp(method, "wet") != 0)
		return vr_cli_usage(&vr_cmd_sign, "--scan goes with --method wet");
	if (!vr_sign_method_ok(method))
		return vr_cli_usage(&vr_cmd_sign, "--method is electronic, wet or initials");
	if (c->meaning && !vr_sign_meaning_ok(c->meaning))
		return vr_cli_usage(&vr_cmd_sign, "--meaning is agree, approve, review or "
				    "assign_ticket");
	if (c->reason)
		return vr_cli_usage(&vr_cmd_sign, "--reason goes with --withdraw");
	if (c->signer_id && vr_model_bad_id(c->signer_id))
		return vr_cli_usage(&vr_cmd_sign, "--signer-id: not an identifier (%s)",
				    vr_model_bad_id(c->signer_id));
	if (c->at && vr_datetime_parse(c->at, &days) < 0)
		return vr_cli_usage(&vr_cmd_sign, "--at: %s", vr_error_last());
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		goto done;
	if ((err = vr_store_get_version(s, c->args[0], c->version, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_app_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_app_plugin_for_case(s, k.row.agency, k.row.id, &p)) < 0)
		goto done;
	if ((err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v.version);
	if (!vr_planstate_role(&ps, v.version, c->role, &is_approval)) {
		vr_planstate_roles(&ps, v.version, roles, sizeof(roles));
		err = vr_error_set(VR_EINPUT, "plugin %s does not ask for a '%s' signature on "
				   "%s plans%s; the roles are: %s", k.row.agency, c->role, ps.kind,
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
		if (ps.sigs[i].version == v.version && !strcmp(ps.sigs[i].role, c->role) &&
		    vr_lifecycle_counts(vs, ps.refs, ps.ns, &ps.req, i)) {
			err = vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s "
					   "(by %s, %s; signature %lld: withdraw it with `vrtool sign "
					   "%s --withdraw %lld --reason ...` if it was a mistake)",
					   v.plan_id, v.version, c->role, ps.sigs[i].signer_name,
					   ps.sigs[i].at, ps.sigs[i].id, v.plan_id, ps.sigs[i].id);
			goto done;
		}
	/* The signer is the person on record in that role (signer.h). */
	if ((err = vr_signer_resolve(k.person, k.kase, c->role, c->signer_id, c->name, &who)) < 0)
		goto done;
	if (c->at)
		snprintf(at, sizeof(at), "%s", c->at);
	else
		vr_time_now_iso(at);
	if ((err = vr_signer_check_time(at, vr_time_now(), v.created_at, v.date)) < 0)
		goto done;
	/* An approval comes after every signature it approves. */
	if (is_approval) {
		size_t nrq, nsig;
		const vr_role_req *rq = vr_planstate_reqs(&ps, v.version, &nrq, &nsig);
		for (size_t r = 0; r < nsig; r++) {
			int met = 0;
			for (size_t i = 0; i < ps.ns && !met; i++)
				for (size_t j = 0; j < rq[r].n && !met; j++)
					met = ps.sigs[i].version == v.version &&
					      !ps.sigs[i].withdrawal_id &&
					      !strcmp(ps.sigs[i].digest, v.digest) &&
					      !strcmp(ps.sigs[i].role, rq[r].roles[j]);
			if (!met) {
				vr_planstate_missing(&ps, v.version, missing, sizeof(missing));
				err = vr_error_set(VR_EINPUT, "plan %s version %d: the %s approves after "
						   "the plan is signed; still to sign: %s", v.plan_id,
						   v.version, c->role, missing);
				goto done;
			}
		}
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
	    (err = vr_plugin_check(p, k.person, k.kase, plan, life, c->as_of, &found)) < 0)
		goto done;
	if (vr_findings_blocking(&found)) {
		/* The findings go to standard output, as check prints them: their
		 * messages quote the plan (a service, a goal), which has no place
		 * in a log; standard error says what happened, by ids. */
		print_findings(v.plan_id, &found, 0);
		fprintf(stderr, "vrtool sign: plan %s version %d has %zu content error(s) (listed "
			"on standard output; `vrtool check %s` shows them); it cannot be signed "
			"until they are fixed (by amendment)\n", v.plan_id, v.version,
			vr_findings_blocking(&found), k.row.id);
		rc = EXIT_FINDINGS;
		goto done;
	}
	conduct_ids(&found, &seen);
	meaning = c->meaning ? c->meaning : is_approval ? "approve" : "agree";
	/* The words the signer was shown, unless the caller gives their own. */
	if (c->intent)
		snprintf(intent, sizeof(intent), "%s", c->intent);
	else
		snprintf(intent, sizeof(intent), "%s",
			 !strcmp(meaning, "approve") ? "I approve this plan." :
			 !strcmp(meaning, "review") ? "I have reviewed this plan." :
			 !strcmp(meaning, "assign_ticket") ? "By signing this plan I assign my Ticket "
			 "to Work to the agency." : "I have read this plan and I agree to it.");
	/* A wet-ink signature may come with a scan of the signed page. */
	if (c->scan && (err = file_sha256(c->scan, scan)) < 0)
		goto done;
	if ((err = vr_app_key(&c->app, &key)) < 0)
		goto done;
	if (!vr_buf_ok(&seen)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	{
		const char *signer_id = who.id[0] ? who.id : NULL;
		const char *seen_ids = seen.len ? vr_buf_cstr(&seen) : NULL;
		/* who recorded a signature given on paper */
		const char *recorder = strcmp(method, "electronic") ? vr_app_actor() : NULL;
		vr_sig_fields f = { v.plan_id, v.version, v.digest, c->role, signer_id, who.name,
				    method, meaning, intent, c->identity, at,
				    c->scan ? scan : NULL, vr_key_id(key), seen_ids, recorder };
		vr_sign_record(&rec, &f);
		if (!vr_buf_ok(&rec)) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
			goto done;
		}
		if ((err = vr_key_seal(key, rec.ptr, rec.len, seal)) < 0)
			goto done;
		vr_store_sig g = { v.plan_id, v.version, v.digest, c->role, signer_id, who.name,
				   method, meaning, at, vr_buf_cstr(&rec), seal, vr_key_id(key),
				   intent, c->identity, c->scan ? scan : NULL, seen_ids, recorder };
		long long id;
		char rec_sha[VR_DIGEST_HEX], detail[512];
		snprintf(object, sizeof(object), "plan:%s@%d", v.plan_id, v.version);
		if ((err = vr_sign_sha256_hex(rec.ptr, rec.len, rec_sha)) < 0 ||
		    (err = vr_store_begin(s)) < 0)
			goto done;
		/* The audit entry names the signature by its id and the hash of its
		 * sealed record, not by what it holds: the record carries the
		 * signer's name and how identity was checked, personal data that
		 * stays in the signature table (docs/security.md). */
		if ((err = recheck(s, &ps, &v, c->role)) < 0 ||
		    (err = vr_store_add_key(s, vr_key_id(key), vr_key_public_hex(key))) < 0 ||
		    (err = vr_store_add_signature(s, &g, &id)) < 0 ||
		    (snprintf(detail, sizeof(detail), "signature=%lld role=%s method=%s meaning=%s "
			      "digest=%.12s key=%s record_sha256=%s", id, c->role, method, meaning,
			      v.digest, vr_key_id(key), rec_sha), 0) ||
		    (err = vr_store_audit(s, vr_app_actor(), "sign", object, detail)) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			goto done;
		}
	}
	if (seen.len) {
		print_findings(v.plan_id, &found, 1);
		printf("conduct findings shown to the signer (they never block a signature; the "
		       "signature records them): %s\n", vr_buf_cstr(&seen));
	}
	vr_planstate_free(&ps);
	have_ps = 0;
	if ((err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v.version);
	vr_planstate_missing(&ps, v.version, missing, sizeof(missing));
	printf("signed plan %s version %d as %s (%s, %s, %s)\n", v.plan_id, v.version,
	       vr_term(c->role), vr_term(who.name), method, meaning);
	printf("version %d is now %s", v.version, vr_status_name(vs->status));
	if (*missing)
		printf("; still to sign: %s", missing);
	printf("\n");
done:
	vr_key_free(key);
	vr_buf_free(&rec);
	vr_buf_free(&seen);
	vr_findings_free(&found);
	vr_val_free(plan);
	vr_val_free(life);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	vr_store_free(s);
	if (err < 0)
		return vr_cli_fail("sign", err);
	return rc;
}

/* Form 0 signs, form 1 withdraws. */
static const vr_opt opts[] = {
	{ "role", 0, "ROLE", offsetof(vr_cli, role), NULL, VR_FORM(0), 0,
	  "a role the agency's plugin asks for on this version" },
	{ "identity", 0, "HOW", offsetof(vr_cli, identity), NULL, VR_FORM(0), 0,
	  "how the signer's identity was checked (\"photo ID\")" },
	{ "signer-id", 0, "ID", offsetof(vr_cli, signer_id), NULL, VR_FORM(0), 0,
	  "the staff member's id (default: the one in the role)" },
	{ "name", 0, "NAME", offsetof(vr_cli, name), NULL, VR_FORM(0), 0,
	  "the signer's name; refused if the record differs" },
	{ "method", 0, "electronic|wet|initials", offsetof(vr_cli, method), NULL, VR_FORM(0), 0,
	  "how it was signed (default: electronic)" },
	{ "scan", 0, "FILE", offsetof(vr_cli, scan), NULL, VR_FORM(0), 0,
	  "with --method wet: a scan of the signed page" },
	{ "intent", 0, "TEXT", offsetof(vr_cli, intent), NULL, VR_FORM(0), 0,
	  "the words shown to the signer (default: by meaning)" },
	{ "meaning", 0, "agree|approve|review|assign_ticket", offsetof(vr_cli, meaning), NULL,
	  VR_FORM(0), 0, "default: approve for an approving role, else agree" },
	{ "version", 0, "N", 0, vr_cli_set_version, VR_FORM(0), 0,
	  "the version to sign (default: the newest)" },
	{ "at", 0, "TIME", offsetof(vr_cli, at), NULL, VR_FORM(0), 0,
	  "when it was signed, ISO 8601 (default: now)" },
	{ "withdraw", 0, "SIGNATURE", offsetof(vr_cli, withdraw), NULL, VR_FORM(1), 0,
	  "a signature's number, as `vrtool show` lists it" },
	{ "reason", 0, "TEXT", offsetof(vr_cli, reason), NULL, VR_FORM(1), 0,
	  "why it is withdrawn, kept for good" },
	{ NULL }
};

const vr_cmd vr_cmd_sign = {
	.name = "sign", .run = run,
	.summary = "sign a plan version (the newest by default) as the person on record in a "
		"role the agency requires; or withdraw a mistaken signature",
	.forms = (const char *const[]){ "PLAN --role ROLE --identity HOW",
					"PLAN --withdraw SIGNATURE --reason TEXT", NULL },
	.opts = opts,
	.shared = { [VR_SO_AS_OF] = VR_FORM(0), [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
