/*
 * cli.c - the command line's own plumbing (cli.h): exit codes, and
 * printing what the application layer (src/app/) returns: messages,
 * diagnostics, the files a command writes to standard output. Everything
 * else a command does is one operation of the application layer. The
 * options are parsed in opts.c, from each command's table.
 */
#include "cli/cli.h"
#include "app/batch.h"
#include "app/input.h"
#include "core/date.h"
#include "core/error.h"
#include "core/term.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int vr_cli_fail(const char *cmd, int err)
{
	/* a message may quote a plugin or a file: escaped for the terminal */
	fprintf(stderr, "vrtool %s: %s\n", cmd, vr_term(vr_error_last()));
	return vr_cli_exit_code(err);
}

int vr_cli_print_buf(vr_buf *b, const char *tail)
{
	if (tail)
		vr_buf_puts(b, tail);
	if (!vr_buf_ok(b))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (fputs(vr_buf_cstr(b), stdout) == EOF || fflush(stdout) != 0)
		return vr_error_set(VR_EIO, "writing the output: %s", strerror(errno));
	return 0;
}

void vr_cli_print_diags(const char *source, const vr_diags *d)
{
	vr_buf problems = VR_BUF_INIT, notes = VR_BUF_INIT;

	vr_app_diags_text(source, d, &problems, &notes);
	if (problems.len)
		fputs(vr_buf_cstr(&problems), stderr);
	vr_buf_free(&problems);
	vr_buf_free(&notes);
}

int vr_cli_exit_code(int err)
{
	switch (err) {
	case VR_OK: return EXIT_OK;
	case VR_EVERIFY: return EXIT_FINDINGS;
	case VR_EINPUT:
	case VR_ENOTFOUND:
	case VR_EEXISTS: return EXIT_INPUT;
	default: return EXIT_INTERNAL;
	}
}

vr_app_scope vr_cli_scope(const vr_cli *c)
{
	vr_app_scope sc = { c->all ? NULL : (c->nargs ? c->args[0] : NULL), c->agency };
	return sc;
}

int vr_cli_write_file(const char *path, const char *data, size_t len, int mode)
{
	if (!path || strcmp(path, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len || fflush(stdout) != 0)
			return vr_error_set(VR_EIO, "writing to standard output: %s",
					    strerror(errno));
		return 0;
	}
	return vr_app_write_file(path, data, len, mode);
}

static int write_to(void *ud, const char *data, size_t len)
{
	return vr_cli_write_file(ud, data, len, 0600);
}

vr_app_sink vr_cli_sink(const char *path)
{
	vr_app_sink k = { write_to, (void *)path, path && strcmp(path, "-") ? path : "-" };
	return k;
}

void vr_cli_print_notes(const char *cmd, const vr_buf *lines)
{
	vr_app_lines_to(stderr, cmd, lines);
}

int vr_cli_read_input(const char *cmd, const char *path, vr_val **out, int *document)
{
	return vr_cli_read_input_sigs(cmd, path, out, document, NULL);
}

int vr_cli_read_input_sigs(const char *cmd, const char *path, vr_val **out, int *document,
			   vr_val **signatures)
{
	vr_diags d = VR_DIAGS_INIT;
	int err = vr_app_read_input(path, out, document, signatures, &d);

	/* what was read but deserves a word: an old field name */
	if (err == 0 && d.nnotes) {
		vr_buf problems = VR_BUF_INIT, notes = VR_BUF_INIT;
		vr_app_diags_text(path, &d, &problems, &notes);
		vr_cli_print_notes(cmd, &notes);
		vr_buf_free(&problems);
		vr_buf_free(&notes);
	}
	if (err < 0) {
		if (d.n)
			vr_cli_print_diags(path, &d);
		else
			/* a message may quote a plugin or a file: escaped for the terminal */
			fprintf(stderr, "vrtool %s: %s\n", cmd, vr_term(vr_error_last()));
	}
	vr_diags_free(&d);
	return err;
}

int vr_cli_shards_lead(vr_cli *c, const char *cmd, const char *verb, const char *action,
		       int *rc)
{
	vr_app_lead l;

	if (!vr_app_shards_lead(&c->app, c->out, action, &l))
		return 0;
	*rc = l.rc < 0 ? EXIT_INTERNAL : l.rc;
	if (l.rc < 0)
		fprintf(stderr, "vrtool: %s\n", vr_term(vr_error_last()));
	if (!l.opened) {
		if (*rc == EXIT_OK)
			*rc = vr_cli_fail(cmd, l.err);
	} else if (l.rc != 0) {
		fprintf(stderr, "vrtool %s: nothing was written to %s and nothing recorded in "
			"the audit log (the files the other processes had written were removed)\n",
			cmd, c->out);
	} else if (l.err < 0) {
		*rc = vr_cli_fail(cmd, l.err);
		fprintf(stderr, "vrtool %s: nothing was written to %s and nothing recorded "
			"in the audit log\n", cmd, c->out);
	} else {
		printf("%s %zu plan(s) to %s\n", verb, l.published, c->out);
		if (l.skipped) {
			fprintf(stderr, "vrtool %s: %lld plan(s) not %s: their plugin failed "
				"(above)\n", cmd, l.skipped, verb);
			*rc = vr_cli_exit_code(VR_EPLUGIN);
		}
	}
	return 1;
}
