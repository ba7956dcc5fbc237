/*
 * main.c - vrtool's entry point: global options and command dispatch.
 *
 * One file per command (cmd_*.c), each exporting a vr_cmd. main() is the
 * only place that exits.
 */
#include "cli/cli.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/render.h"
#include "core/sign.h"
#include "host/paths.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

static const vr_cmd *const commands[] = {
	&vr_cmd_init, &vr_cmd_import, &vr_cmd_list, &vr_cmd_show, &vr_cmd_check,
	&vr_cmd_deadlines, &vr_cmd_fees,
	&vr_cmd_sign, &vr_cmd_amend, &vr_cmd_diff, &vr_cmd_export, &vr_cmd_render, &vr_cmd_verify,
	&vr_cmd_audit, &vr_cmd_backup, &vr_cmd_copy, &vr_cmd_key, &vr_cmd_run, &vr_cmd_shell, &vr_cmd_plugin,
	&vr_cmd_schema,
	NULL
};

static void help(FILE *f)
{
	fprintf(f,
		"vrtool %s - employment plans for vocational rehabilitation and workforce\n"
		"programs (IPE, IEP, IPS employment plans), checked against agency policy.\n\n"
		"usage: vrtool COMMAND [ARGS] [--db PATH] [--plugin-path DIRS]\n"
		"       vrtool help COMMAND, or vrtool COMMAND --help: a command's options\n\n"
		"commands:\n", VR_VERSION);
	vr_cli_print_list(f, commands);
	fprintf(f,
		"\nThe database is --db PATH, else $VRTOOL_DB, else ./vrtool.db.\n"
		"Plugins are looked for in --plugin-path (or $VRTOOL_PLUGIN_PATH) folders,\n"
		"then among the installed ones.\n\n"
		"exit codes: 0 ok, 1 findings or failed verification, 2 usage,\n"
		"            3 input or data error, 4 internal or system error (disk)\n"
		"See vrtool(1) and README.md.\n");
}

static const vr_cmd *find_cmd(const char *name)
{
	for (const vr_cmd *const *c = commands; *c; c++)
		if (!strcmp((*c)->name, name))
			return *c;
	fprintf(stderr, "vrtool: unknown command '%s' (vrtool --help lists them)\n", name);
	return NULL;
}

/* vrtool help [COMMAND]; `vrtool help --man` (not advertised) prints the
 * man page's generated parts (docs/man.sh). */
static int help_cmd(int argc, char **argv)
{
	const vr_cmd *cmd;

	if (argc < 2) {
		help(stdout);
		return EXIT_OK;
	}
	if (argc == 2 && !strcmp(argv[1], "--man")) {
		vr_cli_print_man(stdout, commands);
		return EXIT_OK;
	}
	if (argc > 2) {
		fprintf(stderr, "vrtool help: name one command (vrtool help lists them)\n");
		return EXIT_USAGE;
	}
	if (!(cmd = find_cmd(argv[1])))
		return EXIT_USAGE;
	vr_cli_print_help(stdout, cmd);
	return EXIT_OK;
}

int main(int argc, char **argv)
{
	const vr_cmd *cmd = NULL;
	vr_cli cli;
	int rc, at;

	umask(077);
	/* Past a file-size limit (ulimit -f) a write fails with EFBIG, which
	 * every write path reports and rolls back, instead of the default
	 * SIGXFSZ killing the process halfway through. */
	signal(SIGXFSZ, SIG_IGN);
	/* Global options may stand before the command (vrtool --db X init) */
	memset(&cli, 0, sizeof(cli));
	if ((at = vr_cli_parse_leading(&cli, argc, argv)) >= argc) {
		help(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[at], "--help") || !strcmp(argv[at], "-h") || !strcmp(argv[at], "help"))
		return help_cmd(argc - at, argv + at);
	if (!strcmp(argv[at], "--version")) {
		printf("vrtool %s\n", VR_VERSION);
		return EXIT_OK;
	}
	if (!(cmd = find_cmd(argv[at])))
		return EXIT_USAGE;
	if ((rc = vr_cli_parse(&cli, cmd, argc - at - 1, argv + at + 1)) != 0) {
		free(cli.args);
		free(cli.sets);
		return rc;
	}
	if (cli.help) {
		vr_cli_print_help(stdout, cmd);
		free(cli.args);
		free(cli.sets);
		return EXIT_OK;
	}
	if (vr_sign_init() < 0) {
		fprintf(stderr, "vrtool: %s\n", vr_error_last());
		free(cli.args);
		free(cli.sets);
		return EXIT_INTERNAL;
	}
	vr_doc_init();
	if (cli.plugin_path)
		vr_paths_set_plugin_path(cli.plugin_path);
	rc = cmd->run(&cli);
	vr_app_plugins_free();
	vr_render_cleanup();
	free(cli.args);
	free(cli.sets);
	/* a process of a run over every core (app/batch.h) ends here, as it
	 * began, without the parent's exit handlers and buffers */
	if (vr_app_shard_child()) {
		fflush(NULL);
		_exit(vr_app_shard_child() < 0 ? EXIT_INTERNAL : rc);
	}
	return rc;
}
