/*
 * cmd_export.c - `vrtool export PLAN` / `vrtool export --all -o DIR`:
 * plan versions as XML documents.
 *
 * Each document (person, case, plan) is validated against the shipped XSD
 * before a byte is written; each file is written whole or not at all (see
 * vr_app_write_file), and each export is recorded in the audit log in the
 * same step: the audit entry commits only after the file is in place
 * (vr_app_export).
 * export --all writes every file or none (vr_app_batch): a run that fails,
 * in any of its processes, leaves no file and no audit entry.
 */
#include "cli/cli.h"
#include "core/doc.h"
#include "core/error.h"
#include "host/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	vr_store *s;
	const char *xsd;
	const char *dir;       /* --all: the folder */
	int count;
	vr_app_batch *batch;   /* --all */
} exporter;

/* Exports one stored version to path ("-" or NULL: standard output,
 * vr_app_export); under --all, path is the file's name in the folder. */
static int export_version(exporter *e, const vr_store_version_row *v, const char *path)
{
	char object[300], detail[2 * PATH_MAX + 100];
	char *xml = NULL;
	size_t len;
	int err;

	if (!e->batch) {
		vr_app_sink to = vr_cli_sink(path);
		if ((err = vr_app_export(e->s, v, e->xsd, &to, NULL, 0)) == 0)
			e->count++;
		return err;
	}
	if ((err = vr_app_document(e->s, v, e->xsd, &xml, &len)) < 0)
		return vr_error_wrap(err, "plan %s version %d was not exported: ", v->plan_id,
				     v->version);
	snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
	snprintf(detail, sizeof(detail), "digest=%s to=%s/%s", v->digest, e->dir, path);
	err = vr_app_batch_write(e->batch, object, detail, path, xml, len);
	free(xml);
	return err;
}

/* --all: the newest version of each plan, into DIR/<plan>-v<N>.xml (a
 * name made from an id: vr_cli_batch_write refuses one that is a path). */
static int export_newest(const vr_store_version_row *v, void *ud)
{
	exporter *e = ud;
	char name[NAME_MAX + 1];

	if (snprintf(name, sizeof(name), "%s-v%d.xml", v->plan_id, v->version) >=
	    (int)sizeof(name))
		return vr_error_set(VR_EINPUT, "plan %s: its id is too long for a file name",
				    v->plan_id);
	return export_version(e, v, name);
}

static int export_case(const char *id, const char *agency, void *ud)
{
	(void)agency;
	if (!vr_app_shard_mine())
		return 0;
	return vr_store_each_latest(((exporter *)ud)->s, id, export_newest, ud);
}

static int run(vr_cli *c)
{
	exporter e;
	vr_store_version_row v;
	char xsd[PATH_MAX];
	const char *dd;
	int err;

	memset(&e, 0, sizeof(e));
	if (c->all ? c->nargs != 0 || !c->out : c->nargs != 1)
		return vr_cli_usage(&vr_cmd_export, "name one plan, or --all with -o DIR");
	if (!(dd = vr_paths_datadir()))
		return vr_cli_fail("export", VR_ENOTFOUND);
	snprintf(xsd, sizeof(xsd), "%s/templates/schema/vrtool-1.xsd", dd);
	e.xsd = xsd;
	if (c->all) { /* every core: the parent sums what the processes wrote */
		int rc;
		if (vr_cli_shards_lead(c, "export", "exported", "export", &rc))
			return rc;
	}
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &e.s)) < 0) {
		err = vr_cli_fail("export", err);
		vr_app_shards_end(0, err);
		return err;
	}
	if (c->all) {
		vr_app_batch b;
		e.dir = c->out;
		if ((err = vr_app_batch_open(&b, e.s, e.dir, "export")) == 0) {
			e.batch = &b;
			err = vr_app_batch_end(&b, vr_store_each_case(e.s, c->agency, export_case, &e));
			e.count = (int)b.done;
			if (err == 0 && !vr_app_sharded())
				printf("exported %d plan(s) to %s\n", e.count, e.dir);
		}
	} else if ((err = vr_store_get_version(e.s, c->args[0], c->version, &v)) == 0) {
		err = export_version(&e, &v, c->out);
		if (err == 0 && c->out)
			fprintf(stderr, "exported plan %s version %d to %s\n", v.plan_id,
				v.version, c->out);
		vr_store_version_row_free(&v);
	}
	vr_store_free(e.s);
	if (err < 0) {
		err = vr_cli_fail("export", err);
		if (c->all && !vr_app_sharded())
			fprintf(stderr, "vrtool export: nothing was written to %s and nothing "
				"recorded in the audit log\n", c->out);
	}
	vr_app_shards_end(e.count, err); /* a process of export --all ends here */
	return err;
}

/* Form 0 is one plan, form 1 every plan. */
static const vr_opt opts[] = {
	{ "version", 0, "N", 0, vr_cli_set_version, VR_FORM(0), 0,
	  "the version to write (default: the newest)" },
	{ "out", 'o', "FILE", offsetof(vr_cli, out), NULL, VR_FORM(0), 0,
	  "where to write (default: standard output)" },
	{ "all", 0, NULL, offsetof(vr_cli, all), NULL, VR_FORM(1), 0,
	  "the newest version of every plan, all or none" },
	{ "agency", 0, "ID", offsetof(vr_cli, agency), NULL, VR_FORM(1), 0,
	  "with --all: only this agency's cases" },
	{ NULL }
};

const vr_cmd vr_cmd_export = {
	.name = "export", .run = run,
	.summary = "write plan versions as XML documents, validated against the schema",
	.forms = (const char *const[]){ "PLAN", "--all -o DIR", NULL },
	.opts = opts,
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
