/*
 * cmd_plugin.c - `vrtool plugin list|test|lint`: the plugins, their own
 * test cases, and what a policy analyst should look at before shipping one.
 *
 * The tests and lint's checks are the application layer's (app/plugintest.h,
 * where a test file's fields are described); this prints what they give.
 */
#include "cli/cli.h"
#include "app/plugintest.h"
#include "core/error.h"
#include "core/term.h"
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
	printf("%-10s %-8s %3d rules %2zu deadlines %2zu fees  %s\n           %s\n", id,
	       vr_plugin_version(p), vr_plugin_rule_count(p),
	       vr_val_len(vr_val_get(vr_plugin_meta(p), "deadlines")),
	       vr_val_len(vr_val_get(vr_plugin_meta(p), "fees")), vr_plugin_name(p), dir);
	vr_plugin_free(p);
	return 0;
}

/* --- tests ------------------------------------------------------------ */

/* A test's result (plugintest.h) as it comes: "ok   ID  NAME (FILE)", or
 * "FAIL ..." with why, one line each below it; a note before it. */
static void print_result(void *ud, const vr_val *r)
{
	const char *id = vr_val_gets(r, "plugin"), *file = vr_val_gets(r, "file");
	const char *name = vr_val_gets(r, "name");
	const vr_val *problems = vr_val_get(r, "problems");
	const vr_val *ok = vr_val_get(r, "ok");
	char at[1200];

	(void)ud;
	if (vr_val_gets(r, "note"))
		printf("note %s  %s: %s\n", id, file, vr_term(vr_val_gets(r, "note")));
	if (!file)        /* the plugin itself */
		snprintf(at, sizeof(at), "%s", name);
	else if (!name)   /* a file that did not load */
		snprintf(at, sizeof(at), "%s", file);
	else
		snprintf(at, sizeof(at), "%s (%s)", name, file);
	printf("%s %s  %s\n", ok && ok->u.b ? "ok  " : "FAIL", id, vr_term(at));
	/* a plugin's text: escaped */
	for (size_t i = 0; i < vr_val_len(problems); i++)
		printf("       %s\n", vr_term(vr_val_at(problems, i)->u.s.s));
}

static int lint(const char *id)
{
	vr_app_plugin_tests t;
	vr_plugin *p = NULL;
	vr_val *problems = NULL;
	int n, ntests, err;

	if ((err = vr_app_plugin_tests_init(&t)) < 0)
		return vr_cli_fail("plugin", err);
	t.on_result = print_result;
	ntests = vr_app_plugin_test(id, &t, &p);
	if (!p) {
		vr_app_plugin_tests_free(&t);
		return EXIT_FINDINGS;
	}
	printf("lint %s: %d test(s), %d passed, %d failed\n", id, ntests, t.passed, t.failed);
	n = vr_app_plugin_lint(p, &t, ntests, &problems);
	vr_plugin_free(p);
	vr_app_plugin_tests_free(&t);
	if (n < 0) {
		vr_val_free(problems);
		return vr_cli_fail("plugin", n);
	}
	for (size_t i = 0; i < vr_val_len(problems); i++)
		printf("  %s\n", vr_term(vr_val_at(problems, i)->u.s.s));
	printf("lint %s: %d problem(s)\n", id, n);
	vr_val_free(problems);
	return n ? EXIT_FINDINGS : EXIT_OK;
}

static int run(vr_cli *c)
{
	int err;
	const char *sub = c->nargs ? c->args[0] : "";

	if (!strcmp(sub, "list") && c->nargs == 1) {
		if ((err = vr_paths_each_plugin(list_one, NULL)) < 0)
			return vr_cli_fail("plugin", err);
		return bad ? EXIT_INPUT : EXIT_OK;
	}
	if (!strcmp(sub, "test") && c->nargs <= 2) {
		vr_app_plugin_tests t;
		if ((err = vr_app_plugin_tests_init(&t)) < 0)
			return vr_cli_fail("plugin", err);
		t.on_result = print_result;
		if (c->nargs == 2)
			vr_app_plugin_test(c->args[1], &t, NULL);
		else if ((err = vr_app_plugin_test_all(&t)) < 0) {
			vr_app_plugin_tests_free(&t);
			return vr_cli_fail("plugin", err);
		}
		printf("%d passed, %d failed\n", t.passed, t.failed);
		err = t.failed ? EXIT_FINDINGS : EXIT_OK;
		vr_app_plugin_tests_free(&t);
		return err;
	}
	if (!strcmp(sub, "lint") && c->nargs == 2)
		return lint(c->args[1]);
	if (!strcmp(sub, "vocab") && c->nargs == 2)
		return vr_cli_plugin_vocab(c, c->args[1]);
	return vr_cli_usage(&vr_cmd_plugin, "the subcommands are list, test [ID], lint ID, "
			    "vocab ID");
}

static const vr_opt opts[] = {
	{ "format", 0, "luals", offsetof(vr_cli, format), NULL, VR_FORM(3), 0,
	  "for vocab: a LuaLS meta file, for editors" },
	{ NULL }
};

const vr_cmd vr_cmd_plugin = {
	.name = "plugin", .run = run,
	.summary = "list the plugins found, run their test cases, lint one before it ships, or "
		"list the values one reads",
	.forms = (const char *const[]){ "list", "test [ID]", "lint ID", "vocab ID", NULL },
	.opts = opts,
	.shared = { [VR_SO_JSON] = VR_FORM(3), [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
