/*
 * cmd_amend.c - `vrtool amend PLAN`: a new draft version of a plan.
 *
 * The new version starts from the version in effect (or, while none is in
 * effect, the newest draft) and takes its content from a case file or
 * document (--from FILE, the plan with the same id; the person and case
 * parts of that file are stored too) and/or --set PATH=VALUE changes, with
 * why (--reason). The amendment is the application layer's (app/amend.h:
 * vr_app_amend); this file reads the file, calls it and prints what it
 * made.
 */
#include "cli/cli.h"
#include "app/amend.h"
#include "core/error.h"

#include <stdio.h>
#include <string.h>

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_val *from = NULL;
	vr_app_amend_result r;
	int err, doc = 0;

	memset(&r, 0, sizeof(r));
	if (c->nargs != 1 || (!c->from && !c->nsets))
		return vr_cli_usage(&vr_cmd_amend, "name one plan, and --from FILE and/or "
				    "--set PATH=VALUE");
	if (c->from && vr_cli_read_input("amend", c->from, &from, &doc) < 0) {
		fprintf(stderr, "vrtool amend: nothing was changed\n");
		return EXIT_INPUT;
	}
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) == 0) {
		vr_app_amend_opts o = { c->args[0], from, c->from,
					(const char *const *)c->sets, (size_t)c->nsets,
					c->reason, c->as_of };
		err = vr_app_amend(s, &c->app, &o, &r);
	}
	if (r.diags.n)
		vr_cli_print_diags(c->from ? c->from : "amendment", &r.diags);
	if (err == 0) {
		printf("plan %s version %d created (draft) from version %d, digest %.12s\n",
		       c->args[0], r.version, r.base, r.digest);
		if (r.effective)
			printf("version %d stays in effect until version %d is signed by: %s\n",
			       r.effective, r.version, r.missing);
		else
			printf("version %d takes effect when signed by: %s (no version has taken "
			       "effect yet, so it is still the initial plan and needs the initial "
			       "plan's signers and approvals)\n", r.version, r.missing);
	}
	vr_app_amend_result_free(&r);
	vr_val_free(from);
	vr_store_free(s);
	if (err < 0) {
		int rc = vr_cli_fail("amend", err);
		if (err != VR_EOUTCOME)
			fprintf(stderr, "vrtool amend: nothing was changed\n");
		return rc;
	}
	return EXIT_OK;
}

static int set_set(vr_cli *c, const char *v)
{
	if (!strchr(v, '='))
		return vr_error_set(VR_EINPUT, "--set takes PATH=VALUE, e.g. "
				    "--set goal.occupation=Pharmacist");
	c->sets[c->nsets++] = (char *)v;
	return 0;
}

static const vr_opt opts[] = {
	{ "from", 0, "FILE", offsetof(vr_cli, from), NULL, 0, 0,
	  "the plan from this case file or document (same id)" },
	{ "set", 0, "PATH=VALUE", 0, set_set, 0, VR_OPT_REPEAT,
	  "change a field (goal.occupation=X); repeatable" },
	{ "reason", 0, "TEXT", offsetof(vr_cli, reason), NULL, 0, 0,
	  "why, kept with the new version" },
	{ NULL }
};

const vr_cmd vr_cmd_amend = {
	.name = "amend", .run = run,
	.summary = "create a new draft version of a plan from the version in effect",
	.forms = (const char *const[]){ "PLAN --reason TEXT", NULL },
	.opts = opts,
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
