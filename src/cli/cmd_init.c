/*
 * cmd_init.c - `vrtool init`: create the database.
 */
#include "cli/cli.h"
#include "core/error.h"
#include "core/sign.h"

#include <limits.h>
#include <stdio.h>
#include <sys/stat.h>

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	struct stat st;
	int existed, err, version = 0;

	if (c->nargs)
		return vr_cli_usage(&vr_cmd_init, "takes no arguments");
	if (vr_store_on_server(vr_app_db(&c->app))) {
		/* a server's database exists before init (its owner made it): it
		 * "exists" for vrtool once it has vrtool's schema */
		existed = vr_app_open(&c->app, VR_STORE_OPEN, &s) == 0;
		vr_store_free(s);
		s = NULL;
	} else {
		existed = stat(vr_app_db(&c->app), &st) == 0;
	}
	if ((err = vr_app_open(&c->app, VR_STORE_CREATE, &s)) < 0)
		return vr_cli_fail("init", err);
	if (!existed) {
		if ((err = vr_store_begin(s)) < 0 ||
		    (err = vr_store_audit(s, vr_app_actor(), "init", "database", "created")) < 0 ||
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
	/* The installation's sealing key, beside the database; its public half
	 * in the database, for verifying. */
	{
		char path[PATH_MAX];
		vr_key *key = NULL;
		int created = 0;
		err = vr_app_key_open(&c->app, &key, &created, path, sizeof(path));
		if (err == 0 && (err = vr_store_begin(s)) == 0) {
			if ((err = vr_store_add_key(s, vr_key_id(key), vr_key_public_hex(key))) < 0 ||
			    (created && (err = vr_store_audit(s, vr_app_actor(), "key", vr_key_id(key),
							      "created the signing key")) < 0) ||
			    (err = vr_store_commit(s)) < 0)
				vr_store_rollback(s);
		}
		if (err == 0)
			printf("%s signing key %s (%s, mode 0600)\n", created ? "created" : "found",
			       vr_key_id(key), path);
		vr_key_free(key);
		if (err < 0) {
			vr_store_free(s);
			return vr_cli_fail("init", err);
		}
	}
	vr_store_free(s);
	return EXIT_OK;
}

const vr_cmd vr_cmd_init = {
	.name = "init", .run = run,
	.summary = "create the database and the installation's signing key (both mode 0600); "
		"harmless if they exist",
	.forms = (const char *const[]){ "", NULL },
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_KEY] = VR_SO_ALL },
};
