/*
 * cmd_sign.c - `vrtool sign PLAN --role R --name N`: record a signature.
 *
 * A signature is on one version's digest. It is refused when the version
 * has error findings (listed), when the role is not one the agency's plugin
 * asks for on this plan kind, when that role has already signed the
 * version, or when the version is superseded. The signature and its audit
 * entry are written in one transaction.
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
#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "core/finding.h"
#include "core/sign.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const char *const methods[] = { "electronic", "wet", "initials", NULL };
static const char *const meanings[] = { "agree", "approve", "review", "assign_ticket", NULL };

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

static int one_of(const char *v, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(v, *list) == 0)
			return 1;
	return 0;
}

/* Is role in the requirements (approvals come second), and which list? */
static int role_known(const vr_planstate *ps, int version, const char *role,
		      const vr_plugin *p, int *is_approval)
{
	const vr_role_req *appr;
	size_t nappr, w = version > 1;

	*is_approval = 0;
	for (size_t r = 0; r < ps->req.n[w]; r++)
		for (size_t j = 0; j < ps->req.reqs[w][r].n; j++)
			if (strcmp(ps->req.reqs[w][r].roles[j], role) == 0) {
				/* approvals: the plugin's approvals list */
				if (vr_plugin_approvals(p, ps->kind, (int)w, &appr, &nappr) == 0)
					for (size_t a = 0; a < nappr; a++)
						for (size_t k = 0; k < appr[a].n; k++)
							if (!strcmp(appr[a].roles[k], role))
								*is_approval = 1;
				return 1;
			}
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

static int scan_sig(const vr_store_sig_row *g, void *ud)
{
	sig_scan *d = ud;

	d->n++;
	if (g->version == d->v->version && !strcmp(g->digest, d->v->digest) &&
	    !strcmp(g->role, d->role) && !d->by[0])
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
	if (d.by[0])
		return vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s (%s, "
				    "by another process just now)", v->plan_id, v->version, role,
				    d.by);
	if (nv != ps->nv || d.n != ps->ns)
		return vr_error_set(VR_EINPUT, "plan %s was signed or amended by another process "
				    "while this signature was being prepared; nothing was signed; "
				    "look at it again (`vrtool show`) and sign again", v->plan_id);
	return 0;
}

static void roles_list(const vr_planstate *ps, int version, char *out, size_t n)
{
	size_t used = 0, w = version > 1;
	out[0] = '\0';
	for (size_t r = 0; r < ps->req.n[w]; r++)
		for (size_t j = 0; j < ps->req.reqs[w][r].n && used < n; j++)
			used += (size_t)snprintf(out + used, n - used, "%s%s", used ? ", " : "",
						 ps->req.reqs[w][r].roles[j]);
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_store_version_row v;
	vr_cli_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_findings found = VR_FINDINGS_INIT;
	vr_val *plan = NULL;
	vr_buf rec = VR_BUF_INIT;
	const vr_version_state *vs;
	char at[32], roles[512], missing[512], object[300], intent[512];
	char scan[VR_DIGEST_HEX], seal[VR_SEAL_HEX];
	vr_key *key = NULL;
	int err, have_v = 0, have_k = 0, have_ps = 0, is_approval = 0, rc = EXIT_OK;
	long days;
	const char *method = c->method ? c->method : "electronic";
	const char *meaning;

	if (c->nargs != 1 || !c->role || !c->name || !c->identity)
		return vr_cli_usage(&vr_cmd_sign, "name one plan, --role, --name and --identity "
				    "(how the signer's identity was checked)");
	if (c->scan && strcmp(method, "wet") != 0)
		return vr_cli_usage(&vr_cmd_sign, "--scan goes with --method wet");
	if (!one_of(method, methods))
		return vr_cli_usage(&vr_cmd_sign, "--method is electronic, wet or initials");
	if (c->meaning && !one_of(c->meaning, meanings))
		return vr_cli_usage(&vr_cmd_sign, "--meaning is agree, approve, review or "
				    "assign_ticket");
	if (c->at && vr_datetime_parse(c->at, &days) < 0)
		return vr_cli_usage(&vr_cmd_sign, "--at: %s", vr_error_last());
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &s)) < 0)
		goto done;
	if ((err = vr_store_get_version(s, c->args[0], c->version, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_cli_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_cli_plugin_for_case(s, k.row.agency, k.row.id, &p)) < 0)
		goto done;
	if ((err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v.version);
	if (!role_known(&ps, v.version, c->role, p, &is_approval)) {
		roles_list(&ps, v.version, roles, sizeof(roles));
		err = vr_error_set(VR_EINPUT, "plugin %s does not ask for a '%s' signature on "
				   "%s plans%s; the roles are: %s", k.row.agency, c->role, ps.kind,
				   v.version > 1 ? " (amendments)" : "", roles);
		goto done;
	}
	if (!strcmp(c->role, "representative") && !vr_val_get(k.person, "representative")) {
		err = vr_error_set(VR_EINPUT, "person %s has no representative on record; record "
				   "person.representative (name, relation) before a representative "
				   "signs", k.row.person_id);
		goto done;
	}
	if (vs->status == VR_ST_SUPERSEDED || vs->status == VR_ST_CLOSED) {
		err = vr_error_set(VR_EINPUT, "plan %s version %d is %s; sign the newest "
				   "version instead", v.plan_id, v.version, vr_status_name(vs->status));
		goto done;
	}
	for (size_t i = 0; i < ps.ns; i++)
		if (ps.sigs[i].version == v.version && !strcmp(ps.sigs[i].digest, v.digest) &&
		    !strcmp(ps.sigs[i].role, c->role)) {
			err = vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s "
					   "(by %s, %s)", v.plan_id, v.version, c->role,
					   ps.sigs[i].signer_name, ps.sigs[i].at);
			goto done;
		}
	/* An approval comes after every signature it approves. */
	if (is_approval) {
		const vr_role_req *rq = vs->has_reqs ? vs->reqs : ps.req.reqs[v.version > 1];
		size_t nrq = vs->has_reqs ? vs->nreqs : ps.req.n[v.version > 1];
		const vr_role_req *appr;
		size_t nappr = 0;
		vr_plugin_approvals(p, ps.kind, v.version > 1, &appr, &nappr);
		for (size_t r = 0; r + (vs->has_reqs ? 0 : nappr) < nrq; r++) {
			int met = 0, approval_req = 0;
			for (size_t a = 0; a < nappr; a++)
				approval_req |= appr[a].n && rq[r].n && !strcmp(appr[a].roles[0], rq[r].roles[0]);
			if (approval_req)
				continue;
			for (size_t i = 0; i < ps.ns && !met; i++)
				for (size_t j = 0; j < rq[r].n && !met; j++)
					met = ps.sigs[i].version == v.version &&
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
	{
		char now_digest[VR_DIGEST_HEX];
		if ((err = vr_sign_sha256_hex(v.xml, strlen(v.xml), now_digest)) < 0)
			goto done;
		if (strcmp(now_digest, v.digest) != 0) {
			err = vr_error_set(VR_EINPUT, "plan %s version %d: the stored plan no longer "
					   "has the digest it was stored with (changed outside "
					   "vrtool?); nothing was signed: run `vrtool verify %s`",
					   v.plan_id, v.version, v.plan_id);
			goto done;
		}
	}
	/* No signature on a version with error findings. */
	if ((err = vr_cli_parse_plan(v.xml, v.plan_id, &plan)) < 0 ||
	    (err = vr_plugin_check(p, k.person, k.kase, plan, c->as_of, &found)) < 0)
		goto done;
	if (vr_findings_count(&found, "error")) {
		/* The findings go to standard output, as check prints them: their
		 * messages quote the plan (a service, a goal), which has no place
		 * in a log; standard error says what happened, by ids. */
		printf("%s\n", v.plan_id);
		for (size_t i = 0; i < found.n; i++)
			if (!strcmp(found.items[i].severity, "error"))
				printf("  error   %s: %s\n          at %s; %s\n", found.items[i].rule,
				       found.items[i].message, found.items[i].path,
				       found.items[i].cite);
		fprintf(stderr, "vrtool sign: plan %s version %d has %zu error finding(s) (listed "
			"on standard output; `vrtool check %s` shows them); it cannot be signed "
			"until they are fixed (by amendment)\n", v.plan_id, v.version,
			vr_findings_count(&found, "error"), k.row.id);
		rc = EXIT_FINDINGS;
		goto done;
	}
	meaning = c->meaning ? c->meaning : is_approval ? "approve" : "agree";
	if (c->at)
		snprintf(at, sizeof(at), "%s", c->at);
	else
		vr_time_now_iso(at);
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
	if ((err = vr_cli_key(c, &key)) < 0)
		goto done;
	{
		vr_sig_fields f = { v.plan_id, v.version, v.digest, c->role, c->signer_id, c->name,
				    method, meaning, intent, c->identity, at,
				    c->scan ? scan : NULL, vr_key_id(key) };
		vr_sign_record(&rec, &f);
	}
	if (!vr_buf_ok(&rec)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = vr_key_seal(key, rec.ptr, rec.len, seal)) < 0)
		goto done;
	{
		vr_store_sig g = { v.plan_id, v.version, v.digest, c->role, c->signer_id, c->name,
				   method, meaning, at, vr_buf_cstr(&rec), seal, vr_key_id(key),
				   intent, c->identity, c->scan ? scan : NULL };
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
		    (err = vr_store_audit(s, vr_cli_actor(), "sign", object, detail)) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			goto done;
		}
	}
	vr_planstate_free(&ps);
	have_ps = 0;
	if ((err = vr_planstate_load(s, p, v.plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v.version);
	vr_planstate_missing(&ps, v.version, missing, sizeof(missing));
	printf("signed plan %s version %d as %s (%s, %s, %s)\n", v.plan_id, v.version, c->role,
	       c->name, method, meaning);
	printf("version %d is now %s", v.version, vr_status_name(vs->status));
	if (*missing)
		printf("; still to sign: %s", missing);
	printf("\n");
done:
	vr_key_free(key);
	vr_buf_free(&rec);
	vr_findings_free(&found);
	vr_val_free(plan);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_cli_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	vr_store_free(s);
	if (err < 0)
		return vr_cli_fail("sign", err);
	return rc;
}

const vr_cmd vr_cmd_sign = {
	"sign", run,
	"sign PLAN --role ROLE --name NAME --identity HOW [--signer-id ID]\n"
	"                  [--method electronic|wet|initials] [--scan FILE] [--intent TEXT]\n"
	"                  [--meaning agree|approve|review|assign_ticket] [--version N] [--at TIME]",
	"sign a plan version (the newest by default) in a role the agency requires"
};
