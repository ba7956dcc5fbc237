/*
 * cmd_export.c - `vrtool export PLAN`: a plan version as an XML document.
 *
 * The document (person, case, plan) is validated against the shipped XSD
 * before a byte is written; the file is written whole or not at all, and
 * the export is recorded in the audit log in the same step.
 */
#include "cli/cli.h"
#include "core/doc.h"
#include "core/error.h"
#include "host/paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_store_version_row v;
	vr_cli_case k;
	vr_val *plan = NULL;
	char xsd[PATH_MAX], object[300], detail[PATH_MAX + 100];
	const char *dd;
	char *xml = NULL;
	size_t len;
	int err, have_v = 0, have_k = 0;

	if (c->nargs != 1)
		return vr_cli_usage(&vr_cmd_export, "name one plan");
	if (!(dd = vr_paths_datadir()))
		return vr_cli_fail("export", VR_ENOTFOUND);
	snprintf(xsd, sizeof(xsd), "%s/templates/schema/vrtool-1.xsd", dd);
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &s)) < 0)
		goto done;
	if ((err = vr_store_get_version(s, c->args[0], c->version, &v)) < 0)
		goto done;
	have_v = 1;
	if ((err = vr_cli_load_case(s, v.case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_cli_parse_plan(v.xml, v.plan_id, &plan)) < 0)
		goto done;
	if ((err = vr_doc_export(k.person, k.kase, plan, xsd, &xml, &len)) < 0) {
		vr_error_wrap(err, "plan %s version %d was not exported: ", v.plan_id, v.version);
		goto done;
	}
	snprintf(object, sizeof(object), "plan:%s@%d", v.plan_id, v.version);
	snprintf(detail, sizeof(detail), "digest=%s to=%s", v.digest, c->out ? c->out : "-");
	if ((err = vr_store_begin(s)) < 0 ||
	    (err = vr_store_audit(s, vr_cli_actor(), "export", object, detail)) < 0)
		goto done;
	if ((err = vr_cli_write_file(c->out, xml, len, 0600)) < 0)
		goto done;
	if ((err = vr_store_commit(s)) < 0)
		goto done;
	if (c->out)
		fprintf(stderr, "exported plan %s version %d to %s\n", v.plan_id, v.version,
			c->out);
done:
	if (err < 0 && s)
		vr_store_rollback(s);
	free(xml);
	vr_val_free(plan);
	if (have_k)
		vr_cli_case_free(&k);
	if (have_v)
		vr_store_version_row_free(&v);
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("export", err) : EXIT_OK;
}

const vr_cmd vr_cmd_export = {
	"export", run, "export PLAN [--version N] [-o FILE] [--db PATH]",
	"write a plan version as an XML document, validated against the schema"
};
