/*
 * cmd_verify.c - `vrtool verify PLAN` and `vrtool verify FILE.xml`: is every
 * plan version what was signed, and every signature what was sealed?
 *
 * The checks are the application layer's (app/verify.h: each version's
 * digest, its stored value, each signature's record and seal, each
 * withdrawal's; in a file, its plan's digest and its signatures, with the
 * public key given by --key or the keys the database trusts). This prints
 * them, "ok   WHAT" or "FAIL WHAT: WHY", one a line, and how many of each,
 * or with --json the report as db:verify returns it
 * (vr_app_verify_report_value); exit 1 if any failed.
 */
#include "cli/cli.h"
#include "app/verify.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void print_report(const vr_app_verify_report *r, const char *path)
{
	if (r->file_read)
		printf("plan %s version %lld in %s: digest %.12s\n", r->file_plan, r->file_version,
		       path, r->file_digest);
	for (size_t i = 0; i < r->n; i++) {
		if (r->checks[i].why)
			printf("FAIL %s: %s\n", r->checks[i].what, r->checks[i].why);
		else
			printf("ok   %s\n", r->checks[i].what);
	}
}

static int run(vr_cli *c)
{
	vr_app_verify_report r;
	vr_store *s = NULL;
	const char *arg;
	int err, file;

	if (c->nargs != 1)
		return vr_cli_usage(&vr_cmd_verify, "name one plan or one exported .xml file");
	arg = c->args[0];
	file = vr_app_verify_is_file(arg);
	if (file) {
		/* A database is optional: it only lends the public key. */
		if (!c->key && vr_app_open(&c->app, VR_STORE_OPEN, &s) < 0)
			s = NULL;
		err = vr_app_verify_file(s, arg, c->key, &r);
	} else {
		if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
			return vr_cli_fail("verify", err);
		err = vr_app_verify_plan(s, arg, c->key, &r);
	}
	vr_store_free(s);
	if (c->json && err == 0) {
		vr_val *v = vr_app_verify_report_value(&r);
		vr_buf b = VR_BUF_INIT;
		if (!v)
			err = VR_ENOMEM;
		else {
			vr_val_to_json(&b, v, -1);
			err = vr_cli_print_buf(&b, "\n");
		}
		vr_val_free(v);
		vr_buf_free(&b);
		if (err == 0)
			err = r.failed ? EXIT_FINDINGS : EXIT_OK;
		else
			err = vr_cli_fail("verify", err);
		vr_app_verify_report_free(&r);
		return err;
	}
	if (!c->json)
		print_report(&r, arg);
	if (err < 0) {
		vr_app_verify_report_free(&r);
		return vr_cli_fail("verify", err);
	}
	printf("%d verified, %d failed\n", r.passed, r.failed);
	err = r.failed ? EXIT_FINDINGS : EXIT_OK;
	vr_app_verify_report_free(&r);
	return err;
}

static const vr_opt opts[] = {
	{ "key", 0, "KEYFILE", offsetof(vr_cli, key), NULL, VR_FORM(1), 0,
	  "for an .xml file: the public key (default: those trusted)" },
	{ NULL }
};

const vr_cmd vr_cmd_verify = {
	.name = "verify", .run = run,
	.summary = "recompute digests and check every signature's seal; exit 1 on any mismatch",
	.forms = (const char *const[]){ "PLAN", "FILE.xml", NULL },
	.opts = opts,
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_JSON] = VR_SO_ALL },
};
