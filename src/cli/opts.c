/*
 * opts.c - the command line's options as data (opts.h): the shared
 * options, the parser every command goes through, and what is printed from
 * the same tables: usage lines, `--help`, and the man page's generated
 * parts.
 *
 * The tables are small (at most a dozen options a command) and read once
 * per run, so lookups are linear scans in table order; that order is also
 * the order of usage lines and help.
 */
#include "cli/cli.h"
#include "core/date.h"
#include "core/error.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- the shared options ----------------------------------------------- */

static int set_as_of(vr_cli *c, const char *v)
{
	long days;

	if (vr_date_parse(v, &days) < 0)
		return vr_error_wrap(VR_EINPUT, "--as-of: ");
	c->as_of = v;
	return 0;
}

int vr_cli_set_version(vr_cli *c, const char *v)
{
	char *end;
	long n = strtol(v, &end, 10);

	if (end == v || *end || n < 1 || n > 1000000)
		return vr_error_set(VR_EINPUT, "--version takes a version number (1, 2, ...)");
	c->version = (int)n;
	return 0;
}

/* Indexed by VR_SO_*: a command says which it takes in vr_cmd.shared. */
static const vr_opt shared[VR_SO_N] = {
	[VR_SO_AS_OF] = { "as-of", 0, "DATE", 0, set_as_of, 0, VR_OPT_KEPT,
		"the day to work as of, YYYY-MM-DD (default: today)" },
	[VR_SO_JSON] = { "json", 0, NULL, offsetof(vr_cli, json), NULL, 0, 0,
		"write JSON instead of text" },
	[VR_SO_DB] = { "db", 0, "PATH", offsetof(vr_cli, db), NULL, 0,
		VR_OPT_QUIET | VR_OPT_BEFORE | VR_OPT_KEPT,
		"the database (else $VRTOOL_DB, else ./vrtool.db)" },
	[VR_SO_PLUGIN_PATH] = { "plugin-path", 0, "DIRS", offsetof(vr_cli, plugin_path), NULL, 0,
		VR_OPT_QUIET | VR_OPT_BEFORE | VR_OPT_KEPT,
		"folders a:b:c searched first for plugins" },
	[VR_SO_KEY] = { "key", 0, "PATH", offsetof(vr_cli, signing_key), NULL, 0, 0,
		"this installation's signing key (else $VRTOOL_KEY, else beside a database "
		"file, else ~/.config/vrtool/signing.key)" },
	[VR_SO_HELP] = { "help", 'h', NULL, offsetof(vr_cli, help), NULL, 0, VR_OPT_QUIET,
		"print this help and exit" },
};

/* Whether cmd takes shared option i, and in which forms' usage lines. */
static unsigned shared_forms(const vr_cmd *cmd, int i)
{
	if (i == VR_SO_HELP)
		return VR_SO_ALL;
	return cmd->shared[i];
}

/* Walks every option cmd takes: its own in table order, then the shared
 * ones it takes. *i starts at 0; NULL at the end. */
static const vr_opt *next_opt(const vr_cmd *cmd, int *i)
{
	int nown = 0;

	while (cmd->opts && cmd->opts[nown].name)
		nown++;
	while (*i < nown + VR_SO_N) {
		int k = (*i)++;
		if (k < nown)
			return &cmd->opts[k];
		if (shared_forms(cmd, k - nown))
			return &shared[k - nown];
	}
	return NULL;
}

/* Whether the argument word a names o: "--name", "--name=...", or "-x"
 * for its alias. */
static int names(const vr_opt *o, const char *a)
{
	if (a[0] == '-' && a[1] == '-') {
		size_t n = strlen(o->name);
		return !strncmp(a + 2, o->name, n) && (a[2 + n] == '\0' || a[2 + n] == '=');
	}
	return o->alias && a[0] == '-' && a[1] == o->alias && a[2] == '\0';
}

static const vr_opt *find_opt(const vr_cmd *cmd, const char *a)
{
	const vr_opt *o;
	int i = 0;

	while ((o = next_opt(cmd, &i)))
		if (names(o, a))
			return o;
	return NULL;
}

int vr_cli_parse_leading(vr_cli *c, int argc, char **argv)
{
	int at = 1;

	while (at < argc) {
		const vr_opt *o = NULL;
		const char *eq = strchr(argv[at], '='), *v;
		for (int i = 0; i < VR_SO_N && !o; i++)
			if ((shared[i].flags & VR_OPT_BEFORE) && names(&shared[i], argv[at]))
				o = &shared[i];
		if (!o)
			break;
		if (!eq && at + 1 >= argc)
			return argc;
		v = eq ? eq + 1 : argv[at + 1];
		at += eq ? 1 : 2;
		/* (the VR_OPT_BEFORE options are strings taken as given: no setter) */
		*(const char **)(void *)((char *)c + o->at) = v;
	}
	return at;
}

/* --- parsing ---------------------------------------------------------- */

/* "vrtool CMD: unknown option --x (CMD takes --a, --b ARG, ...)" */
static int unknown(const vr_cmd *cmd, const char *a)
{
	char list[1024];
	size_t n = 0;
	const vr_opt *o;
	int i = 0;

	list[0] = '\0';
	while ((o = next_opt(cmd, &i)) && n < sizeof(list))
		n += (size_t)snprintf(list + n, sizeof(list) - n, "%s--%s", n ? ", " : "", o->name);
	return vr_cli_usage(cmd, "unknown option %.*s (%s takes %s)", (int)strcspn(a, "="), a,
			    cmd->name, list);
}

int vr_cli_parse(vr_cli *c, const vr_cmd *cmd, int argc, char **argv)
{
	int only_args = 0;

	if (!(c->args = calloc((size_t)argc + 1, sizeof(char *))) ||
	    !(c->sets = calloc((size_t)argc + 1, sizeof(char *)))) {
		fprintf(stderr, "vrtool: out of memory\n");
		return EXIT_INTERNAL;
	}
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *v, *eq;
		const vr_opt *o;

		if (only_args || a[0] != '-' || strcmp(a, "-") == 0) {
			c->args[c->nargs++] = argv[i];
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_args = 1;
			continue;
		}
		o = find_opt(cmd, a);
		/* vrtool run SCRIPT ...: after the script, options other than
		 * those saying where and when vrtool works (--db, --plugin-path,
		 * --as-of) are the script's own (--csv, --json, --help), passed on
		 * in arg */
		if ((cmd->flags & VR_CMD_SCRIPT) && c->nargs >= 1 && !(o && (o->flags & VR_OPT_KEPT))) {
			c->args[c->nargs++] = argv[i];
			continue;
		}
		if (!o)
			return unknown(cmd, a);
		eq = a[1] == '-' ? strchr(a, '=') : NULL;
		if (!o->arg) {
			if (eq)
				return vr_cli_usage(cmd, "--%s takes no value", o->name);
			*(int *)(void *)((char *)c + o->at) = 1;
			continue;
		}
		if (eq)
			v = eq + 1;
		else if (i + 1 < argc)
			v = argv[++i];
		else
			return vr_cli_usage(cmd, "%s needs a value", a);
		if (o->set) {
			if (o->set(c, v) < 0)
				return vr_cli_usage(cmd, "%s", vr_error_last());
		} else {
			*(const char **)(void *)((char *)c + o->at) = v;
		}
	}
	if (!c->as_of) {
		vr_date_format(vr_date_today(), c->today);
		c->as_of = c->today;
	}
	c->app.db = c->db;
	c->app.as_of = c->as_of;
	c->app.key = c->signing_key;
	return 0;
}

/* --- usage lines ------------------------------------------------------ */

#define WIDTH 79

/* Text laid out in words, wrapped at WIDTH under a hanging indent; a word
 * is preceded by a space unless it starts a line (bol). */
typedef struct {
	FILE *f;
	int col, indent, bol;
} flow;

static void word(flow *w, const char *s, size_t n)
{
	if (!w->bol && w->col > w->indent && w->col + 1 + (int)n > WIDTH) {
		fprintf(w->f, "\n%*s", w->indent, "");
		w->col = w->indent;
	} else if (!w->bol) {
		fputc(' ', w->f);
		w->col++;
	}
	fprintf(w->f, "%.*s", (int)n, s);
	w->col += (int)n;
	w->bol = 0;
}

static void words(flow *w, const char *p)
{
	while (*p) {
		size_t n = strcspn(p, " ");
		if (n)
			word(w, p, n);
		p += n;
		while (*p == ' ')
			p++;
	}
}

/* The next word of a form: up to a space outside brackets. */
static size_t form_word(const char *s)
{
	size_t n = 0;
	int depth = 0;

	for (; s[n] && (depth || s[n] != ' '); n++)
		depth += s[n] == '[' ? 1 : s[n] == ']' ? -1 : 0;
	return n;
}

/* Whether a form already shows option o (its --name or -alias as a word). */
static int in_form(const char *form, const vr_opt *o)
{
	for (const char *p = form; *p; ) {
		size_t n;
		while (*p && strchr(" []|", *p))
			p++;
		n = strcspn(p, " []|=");
		if (n > 2 && p[0] == '-' && p[1] == '-' && strlen(o->name) == n - 2 &&
		    !strncmp(p + 2, o->name, n - 2))
			return 1;
		if (n == 2 && p[0] == '-' && p[1] == o->alias)
			return 1;
		p += n;
		if (*p == '=')
			p++;
	}
	return 0;
}

/* Whether the usage line of form k of cmd shows option o. */
static int in_usage(const vr_cmd *cmd, const vr_opt *o, int k)
{
	unsigned forms = o->forms;

	if (o >= shared && o < shared + VR_SO_N) {
		if (o->flags & VR_OPT_QUIET)
			return 0;
		forms = shared_forms(cmd, (int)(o - shared));
	}
	return (!forms || (forms & VR_FORM(k))) && !in_form(cmd->forms[k], o);
}

/* "[--name ARG]", "[-o ARG]", "[--set PATH=VALUE]..." */
static void opt_usage(char *out, size_t size, const vr_opt *o)
{
	char name[64];

	if (o->alias)
		snprintf(name, sizeof(name), "-%c", o->alias);
	else
		snprintf(name, sizeof(name), "--%s", o->name);
	snprintf(out, size, "[%s%s%s]%s", name, o->arg ? " " : "", o->arg ? o->arg : "",
		 (o->flags & VR_OPT_REPEAT) ? "..." : "");
}

void vr_cli_print_usage(FILE *f, const vr_cmd *cmd, const char *lead, int brief)
{
	int nlead = (int)strlen(lead);

	for (int k = 0; cmd->forms[k]; k++) {
		const char *p = cmd->forms[k];
		const vr_opt *o;
		int i = 0, col = nlead + 7 + (int)strlen(cmd->name);
		flow w = { f, col, col + 1, 0 };

		fprintf(f, "%*s%svrtool %s", k ? nlead : 0, "", k ? "" : lead, cmd->name);
		while (*p) {
			size_t n = form_word(p);
			if (n)
				word(&w, p, n);
			p += n;
			while (*p == ' ')
				p++;
		}
		while ((o = next_opt(cmd, &i))) {
			char u[128];
			if (!in_usage(cmd, o, k))
				continue;
			if (brief) {
				word(&w, "[options]", 9);
				break;
			}
			opt_usage(u, sizeof(u), o);
			word(&w, u, strlen(u));
		}
		fputc('\n', f);
	}
}

int vr_cli_usage(const vr_cmd *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "vrtool %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	vr_cli_print_usage(stderr, cmd, "usage: ", 0);
	return EXIT_USAGE;
}

/* --- help ------------------------------------------------------------- */

void vr_cli_print_list(FILE *f, const vr_cmd *const *cmds)
{
	int width = 0;

	for (const vr_cmd *const *c = cmds; *c; c++)
		if ((int)strlen((*c)->name) > width)
			width = (int)strlen((*c)->name);
	for (const vr_cmd *const *c = cmds; *c; c++) {
		char lead[32];
		flow w = { f, 3 + width, 3 + width, 1 };
		fprintf(f, "  %-*s ", width, (*c)->name);
		words(&w, (*c)->summary);
		fputc('\n', f);
		snprintf(lead, sizeof(lead), "%*s", 3 + width, "");
		vr_cli_print_usage(f, *c, lead, 1);
	}
}

/* "-o, --out FILE" or "    --json", the left column of help. */
static void opt_left(char *out, size_t size, const vr_opt *o)
{
	snprintf(out, size, "%c%c%c --%s%s%s", o->alias ? '-' : ' ', o->alias ? o->alias : ' ',
		 o->alias ? ',' : ' ', o->name, o->arg ? " " : "", o->arg ? o->arg : "");
}

/* The column the help of every option starts at: past the widest left
 * column, within reason (a wider one has its help on the next line). */
#define HELP_COL_MAX 28

void vr_cli_print_help(FILE *f, const vr_cmd *cmd)
{
	const vr_opt *o;
	int i = 0, col = 0;
	flow sw = { f, 0, 0, 1 };

	vr_cli_print_usage(f, cmd, "usage: ", 0);
	words(&sw, cmd->summary);
	fputs("\n\noptions:\n", f);
	while ((o = next_opt(cmd, &i))) {
		char left[128];
		int n;
		opt_left(left, sizeof(left), o);
		n = 2 + (int)strlen(left) + 2;
		if (n > col && n <= HELP_COL_MAX)
			col = n;
	}
	i = 0;
	while ((o = next_opt(cmd, &i))) {
		char left[128];
		flow w = { f, col, col, 1 };
		int n;
		opt_left(left, sizeof(left), o);
		n = 2 + (int)strlen(left);
		if (n + 2 > col)   /* too wide: the help goes on the next line */
			fprintf(f, "  %s\n%*s", left, col, "");
		else
			fprintf(f, "  %s%*s", left, col - n, "");
		words(&w, o->help);
		fputc('\n', f);
	}
}

/* --- the man page ----------------------------------------------------- */

/* Text for troff: a backslash is \e; a hyphen in a word that starts with
 * one (an option, as the user types it) is \-, other hyphens (in-effect)
 * stay hyphens. As a sentence (an option's help): a capital first, and
 * `code` in bold. */
static void man_text(FILE *f, const char *s, size_t n, int sentence)
{
	int opt = 0, code = 0;

	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch == '-' && (i == 0 || strchr(" ([|/\"`", s[i - 1])))
			opt = 1;
		else if (ch == ' ')
			opt = 0;
		if (ch == '\\')
			fputs("\\e", f);
		else if (ch == '-' && opt)
			fputs("\\-", f);
		else if (ch == '`' && sentence)
			fputs((code = !code) ? "\\fB" : "\\fR", f);
		else if (i == 0 && sentence)
			fputc(toupper((unsigned char)ch), f);
		else
			fputc(ch, f);
	}
}

/* A word of a form or an argument's name, in the man page's fonts: an
 * option in bold, a word in capitals (what the user writes) in italics and
 * lower case, any other word (a subcommand, a value) in bold; brackets,
 * bars and "..." in roman. */
static void man_word(FILE *f, const char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		size_t k = i;
		if (strchr("[]|", s[i])) {
			fputc(s[i++], f);
			continue;
		}
		if (n - i >= 3 && !strncmp(s + i, "...", 3)) {
			fputs("\\&...\\&", f);   /* not a control line, nor a sentence's end */
			i += 3;
			continue;
		}
		while (k < n && !strchr("[]|", s[k]) && (n - k < 3 || strncmp(s + k, "...", 3)))
			k++;
		fputs(isupper((unsigned char)s[i]) ? "\\fI" : "\\fB", f);
		for (size_t j = i; j < k; j++)
			if (s[j] == '-')
				fputs("\\-", f);
			else if (isupper((unsigned char)s[i]))
				fputc(tolower((unsigned char)s[j]), f);
			else
				fputc(s[j], f);
		fputs("\\fR", f);
		i = k;
	}
}

/* --name in bold. */
static void man_name(FILE *f, const vr_opt *o)
{
	char name[64];

	snprintf(name, sizeof(name), "--%s", o->name);
	fputs("\\fB", f);
	man_text(f, name, strlen(name), 0);
	fputs("\\fR", f);
}

/* An option's help as a sentence, on its own text line. */
static void man_help(FILE *f, const char *s)
{
	size_t n = strlen(s);

	if (*s == '.' || *s == '\'')
		fputs("\\&", f);
	man_text(f, s, n, 1);
	fputs(n && s[n - 1] != '.' ? ".\n" : "\n", f);
}

/* An option as a man page writes it: bold name, italic argument, joined
 * by an unbreakable space. */
static void man_opt(FILE *f, const vr_opt *o, int alias, int brackets)
{
	if (brackets)
		fputc('[', f);
	if (alias && o->alias)
		fprintf(f, "\\fB\\-%c\\fR", o->alias);
	else
		man_name(f, o);
	if (o->arg) {
		fputs("\\ ", f);
		man_word(f, o->arg, strlen(o->arg));
	}
	if (brackets)
		fputc(']', f);
	if (brackets && (o->flags & VR_OPT_REPEAT))
		fputs("\\&...\\&", f);
	fputc('\n', f);
}

/* A form as a .SY line and text lines: each word on its own line (an
 * option and its argument together); with_opts, the options of its usage
 * line too, else [options] if it has any. Consecutive .SY lines make one
 * block, without space between them; the caller ends it with .YS. */
static void man_form(FILE *f, const vr_cmd *cmd, int k, int with_opts)
{
	const char *p = cmd->forms[k];
	const vr_opt *o;
	int i = 0, any = 0;

	fprintf(f, ".SY \"vrtool %s\"\n", cmd->name);
	while (*p) {
		size_t n = form_word(p);
		const char *next = p + n;
		while (*next == ' ')
			next++;
		man_word(f, p, n);
		/* an option and the argument after it stay together */
		if (p[0] == '-' && isupper((unsigned char)*next)) {
			size_t m = form_word(next);
			fputs("\\ ", f);
			man_word(f, next, m);
			next += m;
			while (*next == ' ')
				next++;
		}
		fputc('\n', f);
		p = next;
	}
	while ((o = next_opt(cmd, &i)))
		if (in_usage(cmd, o, k)) {
			if (with_opts)
				man_opt(f, o, 1, 1);
			any = 1;
		}
	if (!with_opts && any)
		fputs("[\\fIoptions\\fR]\n", f);
}

/* An option's entry in a list: .TP, the option, its help. */
static void man_entry(FILE *f, const vr_opt *o)
{
	fputs(".TP\n", f);
	if (o->alias) {
		fprintf(f, "\\fB\\-%c\\fR, ", o->alias);
		man_name(f, o);
		if (o->arg) {
			fputs(" ", f);
			man_word(f, o->arg, strlen(o->arg));
		}
		fputc('\n', f);
	} else {
		man_opt(f, o, 0, 0);
	}
	man_help(f, o->help);
}

#define BEGIN(f, name) fprintf(f, ".\\\" generated: %s\n", name)
#define END(f) fputs(".\\\" end generated\n", f)

void vr_cli_print_man(FILE *f, const vr_cmd *const *cmds)
{
	BEGIN(f, "synopsis");
	fputs(".SY vrtool\n", f);
	for (int i = 0; i < VR_SO_N; i++)
		if (shared[i].flags & VR_OPT_BEFORE)
			man_opt(f, &shared[i], 0, 1);
	fputs("\\fIcommand\\fR\n[\\fIarguments\\fR]\n[\\fIoptions\\fR]\n", f);
	for (const vr_cmd *const *c = cmds; *c; c++)
		for (int k = 0; (*c)->forms[k]; k++)
			man_form(f, *c, k, 0);
	fputs(".SY vrtool\n\\fBhelp\\fR\n[\\fIcommand\\fR]\n"
	      ".SY vrtool\n\\fIcommand\\fR\n\\fB\\-\\-help\\fR\n"
	      ".SY vrtool\n\\fB\\-\\-version\\fR\n.YS\n", f);
	END(f);
	for (const vr_cmd *const *c = cmds; *c; c++) {
		char name[64];
		const vr_opt *o;
		int i = 0;

		snprintf(name, sizeof(name), "%s synopsis", (*c)->name);
		BEGIN(f, name);
		for (int k = 0; (*c)->forms[k]; k++)
			man_form(f, *c, k, 1);
		fputs(".YS\n", f);
		END(f);
		snprintf(name, sizeof(name), "%s options", (*c)->name);
		BEGIN(f, name);
		while ((o = next_opt(*c, &i)))
			if (!(o->flags & VR_OPT_QUIET))
				man_entry(f, o);
		END(f);
	}
	BEGIN(f, "options");
	for (int i = 0; i < VR_SO_N; i++) {
		size_t ncmds = 0, nby = 0, nlist, seen = 0;
		int but;
		man_entry(f, &shared[i]);
		for (const vr_cmd *const *c = cmds; *c; c++, ncmds++)
			nby += shared_forms(*c, i) != 0;
		if (nby == ncmds)
			continue;
		/* the shorter list: the commands that take it, or those that do not */
		but = 2 * nby > ncmds;
		nlist = but ? ncmds - nby : nby;
		fputs(but ? "Taken by every command but" : "Taken by", f);
		for (const vr_cmd *const *c = cmds; *c; c++)
			if ((shared_forms(*c, i) != 0) != but) {
				fprintf(f, "%s\\fB%s\\fR", !seen ? " " : seen + 1 == nlist ? " and " : ", ",
					(*c)->name);
				seen++;
			}
		fputs(".\n", f);
	}
	END(f);
}
