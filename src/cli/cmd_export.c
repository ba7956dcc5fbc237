/*
 * cmd_export.c - `vrtool export PLAN` / `vrtool export --all -o DIR`:
 * plan versions as XML documents.
 *
 * Each document (person, case, plan) is validated against the shipped XSD
 * before a byte is written; each file is written whole or not at all (see
 * vr_app_write_file), and each export is recorded in the audit log in the
 * same step: the audit entry commits only after the file is in place
 * (vr_app_export).
 * export --all writes every file or none (vr_app_publish): a run that
 * fails, in any of its processes, leaves no file and no audit entry.
 */
#include "cli/cli.h"

#include <limits.h>
#include <stdio.h>

static int run(vr_cli *c)
{
	vr_store *s;
	vr_store_version_row v;
	vr_app_sink to;
	char xsd[PATH_MAX];
	int err;

	if (c->all ? c->nargs != 0 || !c->out : c->nargs != 1)
		return vr_cli_usage(&vr_cmd_export, "name one plan, or --all with -o DIR");
	if (c->all)
		return vr_cli_publish(c, "export", NULL);
	if ((err = vr_app_xsd(xsd, sizeof(xsd))) < 0 ||
	    (err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("export", err);
	if ((err = vr_store_get_version(s, c->args[0], c->version, &v)) == 0) {
		to = vr_cli_sink(c->out);
		err = vr_app_export(s, &v, xsd, &to, NULL, 0);
		if (err == 0 && c->out)
			fprintf(stderr, "exported plan %s version %d to %s\n", v.plan_id,
				v.version, c->out);
		vr_store_version_row_free(&v);
	}
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("export", err) : EXIT_OK;
}

/* Form 0 is one plan, form 1 every plan. */
static const vr_opt opts[] = {
	VR_OPT_VERSION(VR_FORM(0), "the version to write (default: the newest)"),
	VR_OPT_OUT(VR_FORM(0), "where to write (default: standard output)"),
	VR_OPT_ALL(VR_FORM(1), "the newest version of every plan, all or none"),
	VR_OPT_AGENCY(VR_FORM(1)),
	{ NULL }
};

const vr_cmd vr_cmd_export = {
	.name = "export", .run = run,
	.summary = "write plan versions as XML documents, validated against the schema",
	.forms = (const char *const[]){ "PLAN", "--all -o DIR", NULL },
	.opts = opts,
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
