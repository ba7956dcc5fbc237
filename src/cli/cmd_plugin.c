/*
 * cmd_plugin.c - `vrtool plugin list`: the plugins vrtool can find.
 */
#include "cli/cli.h"
#include "core/error.h"
#include "host/paths.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

static int bad;

static int list_one(const char *id, const char *dir, void *ud)
{
	vr_plugin *p = NULL;
	(void)ud;

	if (vr_plugin_load(&p, id) < 0) {
		printf("%-10s BROKEN  %s\n           %s\n", id, dir, vr_error_last());
		bad = 1;
		return 0;
	}
	printf("%-10s %-8s %3d rules  %s\n           %s\n", id, vr_plugin_version(p),
	       vr_plugin_rule_count(p), vr_plugin_name(p), dir);
	vr_plugin_free(p);
	return 0;
}

static int run(vr_cli *c)
{
	int err;

	if (c->nargs != 1 || strcmp(c->args[0], "list") != 0)
		return vr_cli_usage(&vr_cmd_plugin, "the subcommand is `list`");
	if (c->plugin_path)
		vr_paths_set_plugin_path(c->plugin_path);
	if ((err = vr_paths_each_plugin(list_one, NULL)) < 0)
		return vr_cli_fail("plugin", err);
	return bad ? EXIT_INPUT : EXIT_OK;
}

const vr_cmd vr_cmd_plugin = {
	"plugin", run, "plugin list [--plugin-path DIRS]",
	"list the policy plugins found, with their rule counts"
};
