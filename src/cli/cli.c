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
	default: return EXIT_INTERNAL;   /* VR_EOUTCOME too: not the input's fault */
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

/* Progress on a terminal, and the plans left out, of a run over every plan
 * (vr_cli_publish). */
typedef struct {
	const char *cmd, *ing;
	int shown;
} publishing;

static void publish_progress(void *ud, long long done, long long total, const char *plan_id)
{
	publishing *p = ud;
	if (!isatty(2))
		return;
	fprintf(stderr, "\r%s %lld of %lld: %-40s", p->ing, done > total ? total : done, total,
		vr_term(plan_id));
	p->shown = 1;
}

static void publish_left_out(void *ud, const char *plan_id, int version, const char *why)
{
	publishing *p = ud;
	if (p->shown)
		fputc('\n', stderr);
	p->shown = 0;
	fprintf(stderr, "vrtool %s: plan %s version %d was not %s: %s\n", p->cmd,
		vr_term(plan_id), version, !strcmp(p->cmd, "render") ? "rendered" : "exported",
		vr_term(why));
}

int vr_cli_publish(vr_cli *c, const char *cmd, const vr_app_render_opts *render)
{
	const char *verb = render ? "rendered" : "exported";
	publishing pg = { cmd, render ? "rendering" : "exporting", 0 };
	vr_app_publish_opts o = { render, c->out, c->agency, 0, publish_progress,
				  publish_left_out, &pg };
	vr_app_published p;
	int err = vr_app_publish(&c->app, NULL, &o, &p), rc = EXIT_OK;

	if (pg.shown)
		fputc('\n', stderr);
	if (p.lead) {
		rc = p.rc < 0 ? EXIT_INTERNAL : p.rc;
		if (p.rc < 0)
			fprintf(stderr, "vrtool: %s\n", vr_term(vr_error_last()));
		if (!p.opened) {
			if (rc == EXIT_OK)
				rc = vr_cli_fail(cmd, err);
			return rc;
		}
		if (p.rc != 0) {
			fprintf(stderr, "vrtool %s: nothing was written to %s and nothing recorded "
				"in the audit log (the files the other processes had written were "
				"removed)\n", cmd, c->out);
			return rc;
		}
	}
	if (err < 0) {
		rc = vr_cli_fail(cmd, err);
		if ((!vr_app_sharded() || p.lead) && err != VR_EOUTCOME)
			fprintf(stderr, "vrtool %s: nothing was written to %s and nothing recorded "
				"in the audit log\n", cmd, c->out);
		return rc;
	}
	if (vr_app_sharded() && !p.lead)
		return EXIT_OK;   /* a process of the run: the lead says what they did */
	printf("%s %lld plan(s) to %s\n", verb, p.published, c->out);
	if (p.skipped) {
		fprintf(stderr, "vrtool %s: %lld plan(s) not %s: their plugin failed (above)\n",
			cmd, p.skipped, verb);
		rc = vr_cli_exit_code(VR_EPLUGIN);
	}
	return rc;
}
