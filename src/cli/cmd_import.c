/*
 * cmd_import.c - `vrtool import FILE...`: read case files and documents
 * into the store, all or nothing (the rules are the application layer's:
 * app/import.h).
 *
 * All files are read and validated before anything is written; then all
 * are written in one transaction. So a bad file anywhere in the list leaves
 * the database exactly as it was.
 *
 * What each file brought is printed only after the commit has returned: a
 * line "imported FILE" is a promise that FILE is in the database. Printed
 * as each file was stored, the lines reached the terminal (or, past a
 * stdio buffer, a log) before a full disk or a kill undid them all. The
 * warnings (content errors of a signed version brought in, values outside
 * the agency's vocabulary) come after them; when the import fails, what
 * was said about the files so far comes before the error.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "core/finding.h"
#include "core/ingest.h"
#include "core/sign.h"
#include "core/signer.h"
#include "core/term.h"
#include "host/lualines.h"
#include "host/paths.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int run(vr_cli *c)
{
	vr_val **trees, **sigs;
	int *docs;
	vr_store *s = NULL;
	vr_key *key = NULL;
	vr_buf said = VR_BUF_INIT, warn = VR_BUF_INIT;
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
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		goto failed;
	/* What the history needs, before the write lock: the agencies'
	 * plugins, and the key that seals a case file's signatures. */
	for (i = 0; i < c->nargs; i++)
		if ((err = vr_app_import_prepare(s, &c->app, c->args[i], trees[i], sigs[i], docs[i],
						 &key, &warn)) < 0)
			goto failed;
	if ((err = vr_store_begin(s)) < 0)
		goto failed;
	for (i = 0; i < c->nargs; i++) {
		vr_ingest_report r;
		if ((err = vr_app_import_one(s, &c->app, c->args[i], trees[i], sigs[i], docs[i], key,
					     &warn, &r)) < 0) {
			vr_store_rollback(s);
			fprintf(stderr, "vrtool import: %s\nvrtool import: nothing was imported\n",
				vr_error_last());
			err = vr_cli_exit_code(err);
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
	if (!vr_buf_ok(&said) || !vr_buf_ok(&warn)) {
		vr_store_rollback(s);
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto failed;
	}
	if ((err = vr_store_commit(s)) < 0) {
		vr_store_rollback(s);
		goto failed;
	}
	fputs(vr_buf_cstr(&said), stdout);
	vr_cli_print_notes("import", &warn);
	printf("%d file(s) imported into %s (%d new plan(s), %d new version(s), %d "
	       "unchanged)\n", c->nargs, vr_store_path(s), total_new, total_added, total_same);
	err = EXIT_OK;
	goto done;
failed:
	vr_cli_print_notes("import", &warn);
	if (err != VR_EOUTCOME) {
		err = vr_cli_fail("import", err);
		fprintf(stderr, "vrtool import: nothing was imported\n");
	} else {
		err = vr_cli_fail("import", err);
	}
done:
	for (i = 0; i < c->nargs; i++) {
		vr_val_free(trees[i]);
		vr_val_free(sigs[i]);
	}
	free(trees);
	free(sigs);
	free(docs);
	vr_buf_free(&said);
	vr_buf_free(&warn);
	vr_key_free(key);
	vr_store_free(s);
	return err;
}

const vr_cmd vr_cmd_import = {
	.name = "import", .run = run,
	.summary = "validate case files or exported documents and store them; all or nothing",
	.forms = (const char *const[]){ "FILE.lua|FILE.xml...", NULL },
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL, [VR_SO_KEY] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
