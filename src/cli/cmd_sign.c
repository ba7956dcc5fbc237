/*
 * cmd_sign.c - `vrtool sign PLAN --role R`: record a signature, or
 * withdraw a mistaken one.
 *
 * The signature itself, its checks and its record are the application
 * layer's (app/sign.h: vr_app_sign, vr_app_withdraw); this file checks the
 * options, calls one of them and prints what it did. A version with
 * content errors is not signed: its errors go to standard output, as
 * check prints them, and the command ends with 1; conduct findings are
 * shown after the signature, which records them as seen.
 */
#include "cli/cli.h"
#include "app/sign.h"
#include "core/error.h"
#include "core/term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
	vr_app_sign_opts o = { 0 };
	vr_app_sign_result r;
	char *end;
	long long id = strtoll(c->withdraw, &end, 10);
	int err;

	if (*end || id < 1)
		return vr_cli_usage(&vr_cmd_sign, "--withdraw takes a signature's number, as "
				    "`vrtool show CASE` lists it ([signature N])");
	if (c->nargs != 1 || !c->reason || !*c->reason)
		return vr_cli_usage(&vr_cmd_sign, "name one plan and say why with --reason (the "
				    "withdrawal is kept for good)");
	if (c->role || c->name || c->at || c->signer_id || c->method || c->scan)
		return vr_cli_usage(&vr_cmd_sign, "--withdraw takes the plan, the signature's "
				    "number and --reason only");
	o.plan_id = c->args[0];
	o.reason = c->reason;
	memset(&r, 0, sizeof(r));
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) == 0)
		err = vr_app_withdraw(s, &c->app, &o, id, &r);
	if (r.committed) {
		printf("withdrew signature %lld (%s, %s, %s) from plan %s version %d\n", r.id,
		       r.role, vr_term(r.signer_name), r.at, r.plan_id, r.version);
		if (err == 0) {
			printf("version %d is now %s", r.version,
			       r.have_status ? vr_status_name(r.status) : "?");
			if (*r.missing && r.have_status && r.status != VR_ST_SUPERSEDED)
				printf("; still to sign: %s", r.missing);
			printf("\n");
		}
	}
	vr_app_sign_result_free(&r);
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("sign", err) : EXIT_OK;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_app_sign_result r;
	int err, rc = EXIT_OK;
	vr_app_sign_opts o = {
		.plan_id = c->nargs ? c->args[0] : NULL, .version = c->version,
		.role = c->role, .name = c->name, .signer_id = c->signer_id,
		.method = c->method, .meaning = c->meaning, .intent = c->intent,
		.identity = c->identity, .at = c->at, .scan = c->scan, .reason = c->reason,
		.as_of = c->as_of,
	};

	if (c->withdraw)
		return withdraw(c);
	if (c->nargs != 1 || !c->role || !c->identity)
		return vr_cli_usage(&vr_cmd_sign, "name one plan, --role and --identity (how the "
				    "signer's identity was checked)");
	if (vr_app_sign_check(&o) < 0)
		return vr_cli_usage(&vr_cmd_sign, "%s", vr_error_last());
	memset(&r, 0, sizeof(r));
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) == 0)
		err = vr_app_sign(s, &c->app, &o, &r);
	if (err < 0 && r.blocking) {
		/* The findings go to standard output, as check prints them: their
		 * messages quote the plan (a service, a goal), which has no place
		 * in a log; standard error says what happened, by ids. */
		print_findings(r.plan_id, &r.found, 0);
		fprintf(stderr, "vrtool sign: plan %s version %d has %zu content error(s) (listed "
			"on standard output; `vrtool check %s` shows them); it cannot be signed "
			"until they are fixed (by amendment)\n", r.plan_id, r.version, r.blocking,
			r.case_id);
		rc = EXIT_FINDINGS;
		err = 0;
	} else if (r.committed && *r.seen) {
		print_findings(r.plan_id, &r.found, 1);
		printf("conduct findings shown to the signer (they never block a signature; the "
		       "signature records them): %s\n", r.seen);
	}
	if (err == 0 && r.committed) {
		printf("signed plan %s version %d as %s (%s, %s, %s)\n", r.plan_id, r.version,
		       vr_term(r.role), vr_term(r.signer_name), r.method, r.meaning);
		printf("version %d is now %s", r.version,
		       r.have_status ? vr_status_name(r.status) : "?");
		if (*r.missing)
			printf("; still to sign: %s", r.missing);
		printf("\n");
	}
	vr_app_sign_result_free(&r);
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
	VR_OPT_VERSION(VR_FORM(0), "the version to sign (default: the newest)"),
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
	.shared = { [VR_SO_AS_OF] = VR_FORM(0), [VR_SO_DB] = VR_SO_ALL, [VR_SO_KEY] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
