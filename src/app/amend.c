/*
 * amend.c - a new draft version of a plan (amend.h).
 *
 * The base and the new version's number are read before the write lock is
 * taken; under it the plan is looked at again (versions and signatures are
 * append-only: the same numbers of each mean the same plan). If another
 * process amended or signed it meanwhile, nothing is changed and the
 * message says to run the amendment again; before, the second of two
 * amendments at once died on "UNIQUE constraint failed".
 */
#include "app/amend.h"
#include "app/cases.h"
#include "core/digest.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/sign.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vr_app_amend_result_free(vr_app_amend_result *r)
{
	vr_diags_free(&r->diags);
	memset(r, 0, sizeof(*r));
}

/* The plan with that id, taken out of the file's tree: its last entry, the
 * newest version when the file carries the plan's history. */
static vr_val *take_plan(vr_val *tree, const char *id)
{
	vr_val *plans = vr_val_get(tree, "plans");
	for (size_t i = vr_val_len(plans); i-- > 0;) {
		const char *pid = vr_val_gets(vr_val_at(plans, i), "id");
		if (pid && strcmp(pid, id) == 0) {
			vr_val *p = plans->u.c.items[i];
			memmove(plans->u.c.items + i, plans->u.c.items + i + 1,
				(plans->u.c.n - i - 1) * sizeof(vr_val *));
			plans->u.c.n--;
			return p;
		}
	}
	return NULL;
}

static int count_version(const vr_store_version_row *r, void *ud)
{
	(void)r;
	++*(size_t *)ud;
	return 0;
}

static int count_sig(const vr_store_sig_row *r, void *ud)
{
	(void)r;
	++*(size_t *)ud;
	return 0;
}

/* Under the write lock: fails unless the plan has the versions and
 * signatures ps was computed from. */
static int recheck(vr_store *s, const vr_planstate *ps, const char *plan_id)
{
	size_t nv = 0, ns = 0;
	int err;

	if ((err = vr_store_each_plan_version(s, plan_id, count_version, &nv)) < 0 ||
	    (err = vr_store_each_signature(s, plan_id, count_sig, &ns)) < 0)
		return err;
	if (nv != ps->nv || ns != ps->ns)
		return vr_error_set(VR_EINPUT, "plan %s was amended or signed by another process "
				    "while this amendment was being prepared; run the amendment "
				    "again (it starts from the plan as it is now)", plan_id);
	return 0;
}

/* Whether two plan versions say the same, apart from version bookkeeping. */
static int same_content(const vr_val *a, const vr_val *b)
{
	vr_val *x = vr_val_copy(a), *y = vr_val_copy(b);
	static const char *const skip[] = { "version", "supersedes", "amendment_reason", NULL };
	int same;

	for (const char *const *k = skip; *k; k++) {
		vr_val_free(vr_val_take(x, *k));
		vr_val_free(vr_val_take(y, *k));
	}
	same = x && y && vr_val_equal(x, y);
	vr_val_free(x);
	vr_val_free(y);
	return same;
}

int vr_app_amend(vr_store *s, const vr_app *a, const vr_app_amend_opts *o,
		 vr_app_amend_result *r)
{
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	vr_store_version_row base_row;
	vr_val *from = o->from, *base = NULL, *next = NULL, *check = NULL;
	const char *plan_id = o->plan_id;
	char object[300], detail[600], reason_sha[VR_DIGEST_HEX];
	int err = 0, have_k = 0, have_ps = 0, have_row = 0, base_v, newest;
	const char *reason;

	memset(r, 0, sizeof(*r));
	if (!plan_id || (!from && !o->nsets))
		return vr_error_set(VR_EINPUT, "an amendment names the plan, and a file and/or "
				    "PATH=VALUE changes");
	for (size_t i = 0; i < o->nsets; i++)
		if (!strchr(o->sets[i], '='))
			return vr_error_set(VR_EINPUT, "--set takes PATH=VALUE, e.g. "
					    "--set goal.occupation=Pharmacist");
	{
		vr_store_version_row v;
		if ((err = vr_store_get_version(s, plan_id, 0, &v)) < 0)
			goto done;
		err = vr_app_load_case(s, v.case_id, &k);
		vr_store_version_row_free(&v);
		if (err < 0)
			goto done;
		have_k = 1;
	}
	if ((err = vr_app_plan_state(s, &k, plan_id, 0, &ps, &p)) < 0)
		goto done;
	have_ps = 1;
	if (vr_case_is_closed(k.kase)) {
		err = vr_error_set(VR_EINPUT, "case %s is closed; a closed plan is not amended",
				   k.row.id);
		goto done;
	}
	newest = ps.v[ps.nv - 1].version;
	base_v = vr_planstate_effective(&ps);
	if (!base_v)
		base_v = newest;
	if ((err = vr_store_get_version(s, plan_id, base_v, &base_row)) < 0)
		goto done;
	have_row = 1;
	if ((err = vr_app_parse_plan(base_row.xml, base_row.plan_id, &base)) < 0)
		goto done;

	/* The new content: the file's plan, else the base; then the changes. */
	if (from) {
		const char *fcase = vr_val_gets(vr_val_get(from, "case"), "id");
		if (strcmp(fcase, k.row.id) != 0) {
			err = vr_error_set(VR_EINPUT, "%s is case %s, but plan %s belongs to case %s",
					   o->from_name, fcase, plan_id, k.row.id);
			goto done;
		}
		if (!(next = take_plan(from, plan_id))) {
			err = vr_error_set(VR_EINPUT, "%s has no plan %s", o->from_name, plan_id);
			goto done;
		}
	} else if (!(next = vr_val_copy(base))) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	/* A version is dated when it is written: today (or the as-of date),
	 * unless the file or a change says otherwise. */
	if (!from && (err = vr_val_obj_set(next, "date",
					   vr_val_str(o->as_of ? o->as_of : a->as_of))) < 0)
		goto done;
	for (size_t i = 0; i < o->nsets; i++) {
		const char *eq = strchr(o->sets[i], '=');
		char *path = strndup(o->sets[i], (size_t)(eq - o->sets[i]));
		if (!path) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
			goto done;
		}
		err = vr_model_set_path(vr_model_plan(), next, path, eq + 1);
		free(path);
		if (err < 0)
			goto done;
	}
	if (strcmp(vr_val_gets(next, "kind"), ps.kind) != 0) {
		err = vr_error_set(VR_EINPUT, "plan %s is a %s; an amendment cannot make it a %s",
				   plan_id, ps.kind, vr_val_gets(next, "kind"));
		goto done;
	}
	reason = o->reason ? o->reason : vr_val_gets(next, "amendment_reason");
	if (!reason || !*reason) {
		err = vr_error_set(VR_EINPUT, "say why the plan is amended: --reason \"...\" "
				   "(34 CFR 361.45: outcome, services or providers changed)");
		goto done;
	}
	/* setting the field frees its old string, which reason may point to:
	 * read it back from the plan afterwards */
	if ((err = vr_val_obj_set(next, "amendment_reason", vr_val_str(reason))) < 0 ||
	    (err = vr_val_obj_set(next, "supersedes", vr_val_str(base_row.digest))) < 0 ||
	    (err = vr_val_obj_set(next, "version", vr_val_int(newest + 1))) < 0)
		goto done;
	reason = vr_val_gets(next, "amendment_reason");
	if (same_content(base, next)) {
		err = vr_error_set(VR_EINPUT, "nothing to amend: the new content is the same as "
				   "version %d", base_v);
		goto done;
	}

	/* Validate the whole case as it will stand, the new plan in it. */
	if (!(check = vr_val_obj()) ||
	    vr_val_obj_set(check, "person", vr_val_copy(from ? vr_val_get(from, "person")
							       : k.person)) < 0 ||
	    vr_val_obj_set(check, "case", vr_val_copy(from ? vr_val_get(from, "case")
							   : k.kase)) < 0 ||
	    vr_val_obj_set(check, "plans", vr_val_arr()) < 0 ||
	    vr_val_arr_push(vr_val_get(check, "plans"), vr_val_copy(next)) < 0) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if (vr_model_validate_casefile(check, plan_id, &r->diags) > 0) {
		err = vr_error_set(VR_EINPUT, "the amended plan has %zu problem(s)", r->diags.n);
		goto done;
	}

	if ((err = vr_store_begin(s)) < 0)
		goto done;
	if ((err = recheck(s, &ps, plan_id)) < 0) {
		vr_store_rollback(s);
		goto done;
	}
	snprintf(object, sizeof(object), "plan:%s@%d", plan_id, newest + 1);
	if ((from && (err = vr_ingest_parts(s, vr_val_get(from, "person"),
					    vr_val_get(from, "case"))) < 0) ||
	    (err = vr_ingest_add_version(s, vr_val_at(vr_val_get(check, "plans"), 0),
					 r->digest)) < 0) {
		vr_store_rollback(s);
		goto done;
	}
	/* the reason is in the version itself (amendment_reason, under its
	 * digest); free text may be personal, so the log keeps its hash */
	if ((err = vr_sign_sha256_hex(reason, strlen(reason), reason_sha)) < 0) {
		vr_store_rollback(s);
		goto done;
	}
	snprintf(detail, sizeof(detail), "from=%d supersedes=%.12s digest=%.12s "
		 "reason_sha256=%s", base_v, base_row.digest, r->digest, reason_sha);
	if ((err = vr_store_audit(s, vr_app_actor(), "amend", object, detail)) < 0 ||
	    (err = vr_store_commit(s)) < 0) {
		vr_store_rollback(s);
		goto done;
	}
	r->version = newest + 1;
	r->base = base_v;
	vr_planstate_free(&ps);
	have_ps = 0;
	if ((err = vr_planstate_load(s, p, plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vr_planstate_missing(&ps, newest + 1, r->missing, sizeof(r->missing));
	r->effective = vr_planstate_effective(&ps);
done:
	vr_val_free(base);
	vr_val_free(next);
	vr_val_free(check);
	if (have_row)
		vr_store_version_row_free(&base_row);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	return err;
}
