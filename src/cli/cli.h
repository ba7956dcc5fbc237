/*
 * cli.h - what the command files share: options, exit codes, printing.
 *
 * A command parses its options, calls one operation of the application
 * layer (src/app/, app.h) and prints what it returns. Exit codes (DESIGN.md)
 * are the command line's alone: 0 ok, 1 findings or failed verification,
 * 2 usage, 3 input or data error, 4 internal error. A command returns one of
 * these; only main() exits.
 */
#ifndef VR_CLI_H
#define VR_CLI_H

#include "app/app.h"
#include "app/batch.h"
#include "app/cases.h"
#include "app/document.h"
#include "app/import.h"
#include "app/input.h"
#include "app/publish.h"
#include "app/render.h"
#include "core/buf.h"
#include "core/diag.h"
#include "core/ingest.h"
#include "core/lifecycle.h"
#include "core/store.h"
#include "core/val.h"
#include "cli/opts.h"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INPUT = 3, EXIT_INTERNAL = 4 };

/* What a command's options and arguments said (opts.h fills it from the
 * command's table: each option names the field it sets). */
struct vr_cli {
	const char *db;           /* --db, else $VRTOOL_DB, else ./vrtool.db */
	const char *plugin_path;  /* --plugin-path, else $VRTOOL_PLUGIN_PATH */
	const char *as_of;        /* --as-of, else today */
	const char *out;          /* -o / --out */
	const char *agency;       /* --agency */
	int version;              /* --version N (export, sign) */
	const char *role, *name, *signer_id, *method, *meaning, *at;   /* sign */
	const char *identity, *intent, *scan, *key;                     /* sign, verify */
	const char *signing_key;  /* --key (init, import, sign, key, backup) */
	const char *withdraw;     /* sign --withdraw SIGNATURE */
	const char *format, *lang;                                       /* render */
	int large_print;
	const char *from, *reason;                                       /* amend */
	const char *status;                                              /* list */
	char **sets;              /* --set PATH=VALUE, repeatable (amend) */
	int nsets;
	int json;                 /* --json */
	int force, with_key, verify;  /* backup: --force, --with-key, --verify */
	int all;                  /* --all */
	int help;                 /* --help */
	char **args;              /* positional arguments */
	int nargs;
	char today[11];
	vr_app app;               /* the caseload: --db and --as-of, for src/app */
};

/* The exit code of a vr_err: 3 input or data, 4 internal, 1 verification. */
int vr_cli_exit_code(int err);
/* Prints "vrtool CMD: <last error>" and returns the exit code for err. */
int vr_cli_fail(const char *cmd, int err);
/* Prints diagnostics, one per line, as "SOURCE:LINE: PATH: message". */
void vr_cli_print_diags(const char *source, const vr_diags *d);
/* Prints each line of what an operation said (import's warnings and
 * refusals) as "vrtool CMD: LINE". */
void vr_cli_print_notes(const char *cmd, const vr_buf *lines);
/* Ends a document built in b with tail (may be NULL) and writes it to
 * standard output: VR_ENOMEM if the buffer ran out of memory, VR_EIO if
 * the output could not be written. */
int vr_cli_print_buf(vr_buf *b, const char *tail);

/* The cases a command is about: its one argument, or --all (and --agency). */
vr_app_scope vr_cli_scope(const vr_cli *c);

/* Writes data to path atomically (vr_app_write_file), or to standard output
 * for "-" or NULL. */
int vr_cli_write_file(const char *path, const char *data, size_t len, int mode);

/* Where a command's one file goes: path, written atomically (0600), or
 * standard output for "-" or NULL. */
vr_app_sink vr_cli_sink(const char *path);

/* Reads and validates an input file (vr_app_read_input), printing its
 * problems (each with file, line and field path) and notes to stderr. The
 * second also gives a document's signatures (caller frees). */
int vr_cli_read_input(const char *cmd, const char *path, vr_val **out, int *document);
int vr_cli_read_input_sigs(const char *cmd, const char *path, vr_val **out, int *document,
			   vr_val **signatures);

/* `cmd --all -o DIR` (c->out, c->agency): every plan's newest version into
 * the folder (vr_app_publish), exported, or rendered with `render`, saying
 * what was done ("<verb> N plan(s) to DIR"), or why nothing was written.
 * Returns the exit code. */
int vr_cli_publish(vr_cli *c, const char *cmd, const vr_app_render_opts *render);

/* `vrtool plugin vocab ID` (cmd_plugin_vocab.c), for cmd_plugin.c. */
int vr_cli_plugin_vocab(vr_cli *c, const char *id);

extern const vr_cmd vr_cmd_init, vr_cmd_import, vr_cmd_show, vr_cmd_check,
	vr_cmd_export, vr_cmd_schema, vr_cmd_plugin, vr_cmd_sign, vr_cmd_amend,
	vr_cmd_diff, vr_cmd_list, vr_cmd_deadlines, vr_cmd_fees, vr_cmd_verify, vr_cmd_audit,
	vr_cmd_key, vr_cmd_render, vr_cmd_run, vr_cmd_shell, vr_cmd_backup, vr_cmd_copy;

#endif
