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
	&vr_cmd_audit, &vr_cmd_backup, &vr_cmd_key, &vr_cmd_run, &vr_cmd_shell, &vr_cmd_plugin,
	&vr_cmd_schema,
	NULL
};

static void help(FILE *f)
{
	fprintf(f,
		"vrtool %s - employment plans for vocational rehabilitation and workforce\n"
		"programs (IPE, IEP, IPS employment plans), checked against agency policy.\n\n"
		"usage: vrtool COMMAND [ARGS] [--db PATH] [--plugin-path DIRS]\n\n"
		"commands:\n", VR_VERSION);
	for (const vr_cmd *const *c = commands; *c; c++)
		fprintf(f, "  %-8s %s\n           vrtool %s\n", (*c)->name, (*c)->summary,
			(*c)->usage);
	fprintf(f,
		"\nThe database is --db PATH, else $VRTOOL_DB, else ./vrtool.db.\n"
		"Plugins are looked for in --plugin-path (or $VRTOOL_PLUGIN_PATH) folders,\n"
		"then among the installed ones.\n\n"
		"exit codes: 0 ok, 1 findings or failed verification, 2 usage,\n"
		"            3 input or data error, 4 internal or system error (disk)\n"
		"See vrtool(1) and README.md.\n");
}

int main(int argc, char **argv)
{
	const vr_cmd *cmd = NULL;
	vr_cli cli;
	int rc;

	umask(077);
	/* Past a file-size limit (ulimit -f) a write fails with EFBIG, which
	 * every write path reports and rolls back, instead of the default
	 * SIGXFSZ killing the process halfway through. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc < 2) {
		help(stderr);
		return EXIT_USAGE;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		help(stdout);
		return EXIT_OK;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("vrtool %s\n", VR_VERSION);
		return EXIT_OK;
	}
	/* Global options may stand before the command (vrtool --db X init):
	 * move the command name to the front, keep the rest in order. */
	{
		int at = 1;
		while (at < argc && (!strcmp(argv[at], "--db") ||
				     !strcmp(argv[at], "--plugin-path")))
			at += 2;
		while (at < argc && (!strncmp(argv[at], "--db=", 5) ||
				     !strncmp(argv[at], "--plugin-path=", 14)))
			at++;
		if (at >= argc) {
			help(stderr);
			return EXIT_USAGE;
		}
		if (at > 1) {
			char *name = argv[at];
			memmove(argv + 2, argv + 1, (size_t)(at - 1) * sizeof(char *));
			argv[1] = name;
		}
	}
	for (const vr_cmd *const *c = commands; *c; c++)
		if (!strcmp((*c)->name, argv[1]))
			cmd = *c;
	if (!cmd) {
		fprintf(stderr, "vrtool: unknown command '%s' (vrtool --help lists them)\n",
			argv[1]);
		return EXIT_USAGE;
	}
	memset(&cli, 0, sizeof(cli));
	if ((rc = vr_cli_parse(&cli, cmd, argc - 2, argv + 2)) != 0) {
		free(cli.args);
		free(cli.sets);
		return rc;
	}
	if (cli.help) {
		printf("usage: vrtool %s\n%s\n", cmd->usage, cmd->summary);
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
