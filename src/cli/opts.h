/*
 * opts.h - the command line's options as data.
 *
 * Each command declares its options once, in a table beside its code (a
 * vr_opt per option: name, short alias, argument, where the value goes in
 * vr_cli, one line of help), and which of the shared options (--db,
 * --plugin-path, --as-of, --json; --help always) it takes. The same tables
 * drive the parser, `vrtool CMD --help`, `vrtool help CMD` and the synopsis
 * and options of each command in the man page (`vrtool help --man`, spliced
 * into docs/vrtool.1 by docs/man.sh and compared with it by
 * tests/e2e/help.sh), so none of them can say something the parser does not
 * do. (An if/strcmp chain could not: the man page's synopsis had drifted
 * into `--rolerole--namename`.)
 *
 * A command has one or more forms: its arguments and the options a form
 * cannot do without, as the usage line shows them ("PLAN --role ROLE
 * --identity HOW"). Words in capitals are what the user writes (PLAN),
 * everything else is literal. The usage line of a form is the form followed
 * by the options that go with it ([--name NAME]), in table order; an option
 * already in the form is not repeated.
 *
 * Parsing (vr_cli_parse) takes `--opt value`, `--opt=value`, `-o value` for
 * an option with a short alias, flags, `--` ending the options, and anything
 * else as a positional argument ("-" is one too). An option the command does
 * not take is refused, naming the command and what it takes (exit 2).
 * A repeatable option (--set) is kept each time; any other given twice keeps
 * the last. --db and --plugin-path may also stand before the command's name,
 * where every command takes them (vr_cli_parse_leading).
 */
#ifndef VR_CLI_OPTS_H
#define VR_CLI_OPTS_H

#include <stddef.h>
#include <stdio.h>

typedef struct vr_cli vr_cli;

enum {
	VR_OPT_REPEAT = 1,   /* may be given more than once: [--set PATH=VALUE]... */
	VR_OPT_QUIET = 2,    /* shared, and left out of usage lines (--db, --plugin-path,
				--help): the man page documents it once, under OPTIONS */
	VR_OPT_BEFORE = 4,   /* may also stand before the command's name
				(vrtool --db X init): vr_cli_parse_leading */
	VR_OPT_KEPT = 8      /* stays vrtool's after a script's name (VR_CMD_SCRIPT) */
};

/* One option. A flag (arg NULL) sets the int at `at` to 1; an option with
 * an argument stores it (a pointer into argv) in the const char * at `at`,
 * or, when `set` is given, hands it to set, which checks and stores it and
 * returns 0, or a negative vr_err with vr_error_last() saying what is
 * wrong (printed as a usage error). */
typedef struct vr_opt {
	const char *name;       /* "role", for --role */
	char alias;             /* 'o', for -o; 0 if none */
	const char *arg;        /* "ROLE" as usage shows it, or NULL for a flag */
	size_t at;              /* offsetof(vr_cli, role) */
	int (*set)(vr_cli *c, const char *value);
	unsigned forms;         /* the forms whose usage line shows it (VR_FORM(n)); 0: all */
	unsigned flags;         /* VR_OPT_* */
	const char *help;       /* one line: what it does, its default */
} vr_opt;

#define VR_FORM(n) (1u << (n))

/* Options several commands take alike, for their tables: --all (help says
 * what it takes), --agency ID with --all, --version N (help: what is done
 * with it), -o FILE to standard output by default. */
#define VR_OPT_ALL(forms, help) \
	{ "all", 0, NULL, offsetof(vr_cli, all), NULL, forms, 0, help }
#define VR_OPT_AGENCY(forms) \
	{ "agency", 0, "ID", offsetof(vr_cli, agency), NULL, forms, 0, \
	  "with --all: only this agency's cases" }
#define VR_OPT_VERSION(forms, help) \
	{ "version", 0, "N", 0, vr_cli_set_version, forms, 0, help }
#define VR_OPT_OUT(forms, help) \
	{ "out", 'o', "FILE", offsetof(vr_cli, out), NULL, forms, 0, help }

/* The shared options, by their index in the shared table (opts.c). */
enum { VR_SO_AS_OF, VR_SO_JSON, VR_SO_DB, VR_SO_PLUGIN_PATH, VR_SO_KEY, VR_SO_HELP, VR_SO_N };
#define VR_SO_ALL (~0u)    /* a shared option a command takes, shown in every form */

enum {
	VR_CMD_SCRIPT = 1   /* after its first argument (a script), only the shared
			       options marked VR_OPT_KEPT are vrtool's; every other
			       word is the script's argument (vrtool run) */
};

typedef struct vr_cmd {
	const char *name;
	int (*run)(vr_cli *c);
	const char *summary;        /* one line */
	const char *const *forms;   /* NULL-ended; "" for a form without arguments */
	const vr_opt *opts;         /* its own options, ended by { NULL }; NULL for none */
	/* which shared options it takes: for each, the forms whose usage lines
	 * show it (VR_FORM(n), or VR_SO_ALL), 0 if it does not take it;
	 * --help is taken by every command */
	unsigned shared[VR_SO_N];
	unsigned flags;             /* VR_CMD_* */
} vr_cmd;

/* Parses argv (what follows the command's name) into c, over what
 * vr_cli_parse_leading put there: its options, its positional arguments
 * (c->args, c->nargs) and the day (c->as_of, today without --as-of).
 * Returns 0, or EXIT_USAGE after printing what is wrong and the usage;
 * EXIT_INTERNAL out of memory. c->args and c->sets are the caller's to
 * free, also on failure. */
int vr_cli_parse(vr_cli *c, const vr_cmd *cmd, int argc, char **argv);

/* Prints "vrtool CMD: <message>" and the command's usage lines to standard
 * error; returns EXIT_USAGE. */
int vr_cli_usage(const vr_cmd *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The usage lines of a command ("vrtool CMD FORM [--opt ARG]...", each
 * form on its own line, wrapped under the command's name), the first
 * starting with `lead`, the others with as many spaces. brief: "[options]"
 * instead of the options. */
void vr_cli_print_usage(FILE *f, const vr_cmd *cmd, const char *lead, int brief);

/* `vrtool help`'s list of commands: each with its summary and its forms
 * (brief usage lines). cmds is NULL-ended. */
void vr_cli_print_list(FILE *f, const vr_cmd *const *cmds);

/* `vrtool CMD --help`: usage, summary, and every option it takes with one
 * line of help, aligned. */
void vr_cli_print_help(FILE *f, const vr_cmd *cmd);

/* `vrtool help --man`: the generated parts of docs/vrtool.1 (the synopsis,
 * each command's synopsis and options, the shared options), each between
 * `.\" generated: NAME` and `.\" end generated` lines, for docs/man.sh to
 * splice in and tests/e2e/help.sh to compare. cmds is NULL-ended. */
void vr_cli_print_man(FILE *f, const vr_cmd *const *cmds);

/* Takes the shared options that may stand before the command's name
 * (VR_OPT_BEFORE: --db, --plugin-path), from argv[1] on, into c, and
 * returns the index of the command's name: argc if there is none, or if
 * such an option lacks its value. Before the name every command takes
 * them, where they do not apply too: `vrtool --db X` serves every command
 * (an alias, a script). After the name, a command takes only its own. */
int vr_cli_parse_leading(vr_cli *c, int argc, char **argv);

/* A setter (vr_opt.set) for --version N: a version number, 1 or more. */
int vr_cli_set_version(vr_cli *c, const char *value);

#endif
