/*
 * cmd_copy.c - `vrtool copy FROM TO`: a caseload moved between databases,
 * a SQLite file and a PostgreSQL database either way (app/copy.h): all of
 * it, checked, in one transaction, or nothing.
 */
#include "cli/cli.h"
#include "app/copy.h"
#include "core/term.h"

#include <stdio.h>
#include <unistd.h>

static int progress(void *ud, long long done, long long total)
{
	int *shown = ud;
	if (isatty(2)) {
		fprintf(stderr, "\rcopying case %lld of %lld", done, total);
		*shown = 1;
	}
	return 0;
}

static int run(vr_cli *c)
{
	vr_app_copied r;
	int shown = 0, err;

	if (c->nargs != 2)
		return vr_cli_usage(&vr_cmd_copy, "name the database to copy and the new one");
	err = vr_app_copy(c->args[0], c->args[1], progress, &shown, &r);
	if (shown)
		fputc('\n', stderr);
	if (err < 0) {
		err = vr_cli_fail("copy", err);
		char to[300];
		vr_store_describe(c->args[1], to, sizeof(to));
		fprintf(stderr, "vrtool copy: nothing was written to %s\n", vr_term(to));
		return err;
	}
	printf("copied %lld case(s), %lld person(s), %lld plan(s) with %lld version(s), %lld "
	       "signature(s), %lld event(s) and %lld audit entries\n", r.rows[1], r.rows[0],
	       r.rows[3], r.rows[4], r.rows[5], r.rows[2], r.rows[6]);
	printf("checked before committing: every table's rows counted on both sides; %lld "
	       "plan(s) verified (digests, stored values, %lld seal(s)); the audit chain "
	       "whole, ending at %.12s as the original's\n", r.plans_verified, r.seals,
	       r.last_hash);
	return EXIT_OK;
}

const vr_cmd vr_cmd_copy = {
	.name = "copy", .run = run,
	.summary = "copy a whole caseload into a new, empty database (SQLite file or "
		"PostgreSQL), checked, all or nothing",
	.forms = (const char *const[]){ "FROM TO", NULL },
	.shared = { [VR_SO_PLUGIN_PATH] = 0 },
};
