/*
 * cmd_key.c - `vrtool key export`: the installation's public key, for a
 * verifier elsewhere (`vrtool verify FILE.xml --key FILE`).
 */
#include "cli/cli.h"
#include "core/error.h"
#include "core/sign.h"

#include <stdio.h>
#include <string.h>

#define PUB_TAG "vrtool-ed25519-public-1"

/* `key import FILE`: trust another installation's public key, so that
 * signatures imported from its documents verify here. */
static int import_key(vr_cli *c, const char *path)
{
	char line[256], tag[64], id[64], hex[130], want[VR_KEY_ID_HEX];
	vr_store *s = NULL;
	FILE *f = fopen(path, "r");
	int err;

	if (!f)
		return vr_cli_fail("key", vr_error_set(VR_ENOTFOUND, "%s: cannot open it", path));
	if (!fgets(line, sizeof(line), f) || sscanf(line, "%63s %63s %129s", tag, id, hex) != 3 ||
	    strcmp(tag, PUB_TAG)) {
		fclose(f);
		return vr_cli_fail("key", vr_error_set(VR_EINPUT, "%s is not a vrtool public key "
						       "(`vrtool key export` writes one)", path));
	}
	fclose(f);
	if ((err = vr_key_id_of(hex, want)) < 0)
		return vr_cli_fail("key", err);
	if (strcmp(want, id))
		return vr_cli_fail("key", vr_error_set(VR_EINPUT, "%s: key id %s does not belong to "
						       "its key (%s)", path, id, want));
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0 || (err = vr_store_begin(s)) < 0)
		goto done;
	if ((err = vr_store_add_key(s, id, hex)) < 0 ||
	    (err = vr_store_audit(s, vr_app_actor(), "key", id, "imported a public key")) < 0 ||
	    (err = vr_store_commit(s)) < 0)
		vr_store_rollback(s);
done:
	vr_store_free(s);
	if (err < 0)
		return vr_cli_fail("key", err);
	printf("trusted public key %s\n", id);
	return EXIT_OK;
}

static int run(vr_cli *c)
{
	vr_key *key = NULL;
	char line[256];
	int err;

	if (c->nargs == 2 && !strcmp(c->args[0], "import"))
		return import_key(c, c->args[1]);
	if (c->nargs != 1 || strcmp(c->args[0], "export") != 0)
		return vr_cli_usage(&vr_cmd_key, "the subcommands are export and import FILE");
	if ((err = vr_app_key(&c->app, &key)) < 0)
		return vr_cli_fail("key", err);
	snprintf(line, sizeof(line), PUB_TAG " %s %s\n", vr_key_id(key), vr_key_public_hex(key));
	vr_key_free(key);
	if ((err = vr_cli_write_file(c->out, line, strlen(line), 0644)) < 0)
		return vr_cli_fail("key", err);
	if (c->out)
		fprintf(stderr, "public key written to %s\n", c->out);
	return EXIT_OK;
}

static const vr_opt opts[] = {
	VR_OPT_OUT(VR_FORM(0), "where to write it (default: standard output)"),
	{ NULL }
};

const vr_cmd vr_cmd_key = {
	.name = "key", .run = run,
	.summary = "export this installation's public key, or trust another's",
	.forms = (const char *const[]){ "export", "import FILE", NULL },
	.opts = opts,
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_KEY] = VR_SO_ALL },
};
