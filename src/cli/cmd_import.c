/*
 * cmd_import.c - `vrtool import FILE...`: read case files and documents
 * into the store.
 *
 * All files are read and validated before anything is written; then all
 * are written in one transaction. So a bad file anywhere in the list leaves
 * the database exactly as it was.
 *
 * What each file brought is printed only after the commit has returned: a
 * line "imported FILE" is a promise that FILE is in the database. Printed
 * as each file was stored, the lines reached the terminal (or, past a
 * stdio buffer, a log) before a full disk or a kill undid them all.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/ingest.h"
#include "host/paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_plugin(const char *agency, void *ud)
{
	char dir[PATH_MAX];
	(void)ud;
	return vr_paths_plugin_dir(agency, dir, sizeof(dir)) == 0;
}

static int run(vr_cli *c)
{
	vr_val **trees, **sigs;
	int *docs;
	vr_store *s = NULL;
	vr_buf said = VR_BUF_INIT;
	int i, err = 0, bad = 0, total_new = 0, total_added = 0, total_same = 0;

	if (c->nargs < 1)
		return vr_cli_usage(&vr_cmd_import, "name at least one case file");
	trees = calloc((size_t)c->nargs, sizeof(*trees));
	sigs = calloc((size_t)c->nargs, sizeof(*sigs));
	docs = calloc((size_t)c->nargs, sizeof(*docs));
	if (!trees || !docs || !sigs) {
		free(trees);
		free(sigs);
		free(docs);
		fprintf(stderr, "vrtool import: out of memory\n");
		return EXIT_INTERNAL;
	}
	for (i = 0; i < c->nargs; i++) {
		err = vr_cli_read_input_sigs("import", c->args[i], &trees[i], &docs[i], &sigs[i]);
		if (err < 0)
			bad = err == VR_EINPUT || err == VR_ENOTFOUND ? (bad ? bad : 1) : 2;
	}
	if (bad) {
		fprintf(stderr, "vrtool import: nothing was imported; fix the file(s) above "
			"and run the import again\n");
		err = bad == 2 ? EXIT_INTERNAL : EXIT_INPUT;
		goto done;
	}
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &s)) < 0 || (err = vr_store_begin(s)) < 0) {
		err = vr_cli_fail("import", err);
		fprintf(stderr, "vrtool import: nothing was imported\n");
		goto done;
	}
	for (i = 0; i < c->nargs; i++) {
		vr_ingest_report r;
		vr_ingest_opts o = { vr_cli_actor(), c->args[i], docs[i], has_plugin, NULL, sigs[i] };
		if ((err = vr_ingest_case(s, trees[i], &o, &r)) < 0) {
			vr_store_rollback(s);
			vr_error_wrap(err, "%s: ", c->args[i]);
			fprintf(stderr, "vrtool import: %s\nvrtool import: nothing was imported\n",
				vr_error_last());
			err = vr_error_exit_code(err);
			goto done;
		}
		total_new += r.plans_new;
		total_added += r.plans_added;
		total_same += r.plans_same;
		vr_buf_printf(&said, "imported %s: case %s, %d new plan(s)", c->args[i],
			      vr_val_gets(vr_val_get(trees[i], "case"), "id"), r.plans_new);
		if (r.plans_added)
			vr_buf_printf(&said, ", %d new version(s)", r.plans_added);
		if (r.signatures)
			vr_buf_printf(&said, ", %d signature(s)", r.signatures);
		vr_buf_printf(&said, ", %d unchanged\n", r.plans_same);
	}
	if (!vr_buf_ok(&said)) {
		vr_store_rollback(s);
		err = vr_cli_fail("import", vr_error_set(VR_ENOMEM, "out of memory"));
		fprintf(stderr, "vrtool import: nothing was imported\n");
		goto done;
	}
	if ((err = vr_store_commit(s)) < 0) {
		vr_store_rollback(s);
		err = vr_cli_fail("import", err);
		fprintf(stderr, "vrtool import: nothing was imported\n");
		goto done;
	}
	fputs(vr_buf_cstr(&said), stdout);
	printf("%d file(s) imported into %s (%d new plan(s), %d new version(s), %d "
	       "unchanged)\n", c->nargs, vr_store_path(s), total_new, total_added, total_same);
	err = EXIT_OK;
done:
	for (i = 0; i < c->nargs; i++) {
		vr_val_free(trees[i]);
		vr_val_free(sigs[i]);
	}
	free(trees);
	free(sigs);
	free(docs);
	vr_buf_free(&said);
	vr_store_free(s);
	return err;
}

const vr_cmd vr_cmd_import = {
	"import", run, "import FILE.lua|FILE.xml... [--db PATH]",
	"validate case files or exported documents and store them; all or nothing"
};
