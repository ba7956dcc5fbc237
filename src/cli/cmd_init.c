/*
 * cmd_init.c - `vrtool init`: create the database.
 */
#include "cli/cli.h"
#include "core/error.h"

#include <stdio.h>
#include <sys/stat.h>

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	struct stat st;
	int existed, err, version = 0;

	if (c->nargs)
		return vr_cli_usage(&vr_cmd_init, "takes no arguments");
	existed = stat(vr_cli_db(c), &st) == 0;
	if ((err = vr_cli_open(c, VR_STORE_CREATE, &s)) < 0)
		return vr_cli_fail("init", err);
	if (!existed) {
		if ((err = vr_store_begin(s)) < 0 ||
		    (err = vr_store_audit(s, vr_cli_actor(), "init", "database", "created")) < 0 ||
		    (err = vr_store_commit(s)) < 0) {
			vr_store_rollback(s);
			vr_store_free(s);
			return vr_cli_fail("init", err);
		}
	}
	if ((err = vr_store_schema_version(s, &version)) < 0) {
		vr_store_free(s);
		return vr_cli_fail("init", err);
	}
	printf("%s %s (schema version %d)\n", existed ? "database already exists:" :
	       "created database", vr_store_path(s), version);
	vr_store_free(s);
	return EXIT_OK;
}

const vr_cmd vr_cmd_init = {
	"init", run, "init [--db PATH]",
	"create the database (file mode 0600); harmless if it exists"
};
