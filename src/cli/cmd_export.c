/*
 * cmd_export.c - `vrtool export PLAN` / `vrtool export --all -o DIR`:
 * plan versions as XML documents.
 *
 * Each document (person, case, plan) is validated against the shipped XSD
 * before a byte is written; each file is written whole or not at all (see
 * vr_cli_write_file), and each export is recorded in the audit log in the
 * same step: the audit entry commits only after the file is in place.
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
	/* --all: the files of the open batch, whose audit records commit together */
	char **batch;
	int inbatch;
} exporter;

/*
 * export --all commits its audit records a batch at a time: one fsync per
 * EXPORT_BATCH plans instead of one per plan (the commit, not the XML, was
 * most of export's time). A batch that fails is rolled back and its files
 * removed, so every file left behind has its audit record.
 */
#define EXPORT_BATCH 256

static int batch_end(exporter *e, int err)
{
	if (e->inbatch == 0)
		return err;
	/* the files on disk first, then the audit records that say so */
	if (err == 0 && (err = vr_cli_sync_dir(e->dir)) == 0 &&
	    (err = vr_store_commit(e->s)) == 0) {
		e->count += e->inbatch;
	} else {
		vr_store_rollback(e->s);
		for (int i = 0; i < e->inbatch; i++)
			(void)unlink(e->batch[i]); /* best effort: the error is already reported */
	}
	for (int i = 0; i < e->inbatch; i++)
		free(e->batch[i]);
	e->inbatch = 0;
	return err;
}

/* Exports one stored version to path ("-" or NULL: standard output). */
static int export_version(exporter *e, const vr_store_version_row *v, const char *path)
{
	char object[300], detail[PATH_MAX + 100];
	char *xml = NULL;
	size_t len;
	int err;

	if ((err = vr_cli_document(e->s, v, e->xsd, &xml, &len)) < 0)
		return vr_error_wrap(err, "plan %s version %d was not exported: ", v->plan_id,
				     v->version);
	snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
	snprintf(detail, sizeof(detail), "digest=%s to=%s", v->digest, path ? path : "-");
	if (e->batch) {
		if ((e->inbatch == 0 && (err = vr_store_begin(e->s)) < 0) ||
		    (err = vr_store_audit(e->s, vr_cli_actor(), "export", object, detail)) < 0 ||
		    (err = vr_cli_write_file_unsynced(path, xml, len, 0600)) < 0) {
			err = batch_end(e, err);
			goto done;
		}
		if (!(e->batch[e->inbatch] = strdup(path))) {
			(void)unlink(path);
			err = batch_end(e, vr_error_set(VR_ENOMEM, "out of memory"));
			goto done;
		}
		if (++e->inbatch == EXPORT_BATCH)
			err = batch_end(e, 0);
		goto done;
	}
	if ((err = vr_store_begin(e->s)) < 0)
		goto done;
	if ((err = vr_store_audit(e->s, vr_cli_actor(), "export", object, detail)) < 0 ||
	    (err = vr_cli_write_file(path, xml, len, 0600)) < 0 ||
	    (err = vr_store_commit(e->s)) < 0) {
		vr_store_rollback(e->s);
		goto done;
	}
	e->count++;
done:
	free(xml);
	return err;
}

/* --all: the newest version of each plan, into DIR/<plan>-v<N>.xml. */
static int export_newest(const vr_store_version_row *v, void *ud)
{
	exporter *e = ud;
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/%s-v%d.xml", e->dir, v->plan_id, v->version);
	return export_version(e, v, path);
}

static int export_case(const char *id, const char *agency, void *ud)
{
	(void)agency;
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
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &e.s)) < 0)
		return vr_cli_fail("export", err);
	if (c->all) {
		e.dir = c->out;
		if (mkdir(e.dir, 0700) != 0 && errno != EEXIST) {
			err = vr_error_set(VR_EIO, "cannot create %s: %s", e.dir, strerror(errno));
		} else {
			if (!(e.batch = calloc(EXPORT_BATCH, sizeof(*e.batch))))
				err = vr_error_set(VR_ENOMEM, "out of memory");
			else
				err = batch_end(&e, vr_store_each_case(e.s, c->agency, export_case, &e));
			free(e.batch);
			if (err == 0)
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
	return err < 0 ? vr_cli_fail("export", err) : EXIT_OK;
}

const vr_cmd vr_cmd_export = {
	"export", run,
	"export PLAN [--version N] [-o FILE] | export --all -o DIR [--agency ID] [--db PATH]",
	"write plan versions as XML documents, validated against the schema"
};
