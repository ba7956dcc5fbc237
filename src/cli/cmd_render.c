/*
 * cmd_render.c - `vrtool render PLAN` / `vrtool render --all --out DIR`:
 * the printable plan, as XHTML or PDF, in the client's language.
 *
 * The page is rendered from the plan's export document (so what is printed
 * is what is signed) through the agency's template: the plugin's
 * templates[kind][lang] when it names one, else templates/<agency>/<kind>.xsl.
 * The language is --lang, else the person's language when the templates
 * have it (en, es), else English. Roles still to sign get blank lines.
 * Each rendering is recorded in the audit log. (The rendering itself is
 * the application layer's: app/render.h.)
 */
#include "cli/cli.h"
#include "core/error.h"
#include "core/render.h"
#include "host/paths.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	vr_store *s;
	vr_app_render_opts o;
	const char *dir;        /* --all: the folder */
	long long done, total;
	long long skipped;      /* --all: plans whose plugin failed, reported, not rendered */
	vr_app_batch *batch;    /* --all: audit records and files in batches */
} renderer;

/* --all: the newest version of each plan, into DIR/<plan>-v<N>.html (or
 * .pdf; a name made from an id: vr_cli_batch_write refuses one that is a
 * path). A plan whose plugin fails is reported and left out; the run goes
 * on and exits non-zero (cmd_render's run). */
static int render_newest(const vr_store_version_row *v, void *ud)
{
	renderer *r = ud;
	char name[NAME_MAX + 1];
	int err;

	if (snprintf(name, sizeof(name), "%s-v%d.%s", v->plan_id, v->version,
		     r->o.pdf ? "pdf" : "html") >= (int)sizeof(name))
		return vr_error_set(VR_EINPUT, "plan %s: its id is too long for a file name",
				    v->plan_id);
	r->done++;
	/* with a process per core, the first shows progress for all (about) */
	if (isatty(2) && vr_app_shard_progress())
		fprintf(stderr, "\rrendering %lld of %lld: %-40s",
			r->done * vr_app_shard_progress(), r->total, v->plan_id);
	if ((err = vr_app_render(r->s, &r->o, v, NULL, r->batch, name)) < 0) {
		if (isatty(2))
			fputc('\n', stderr);
		if (err != VR_EPLUGIN)
			return err;
		fprintf(stderr, "vrtool render: plan %s version %d was not rendered: %s\n",
			v->plan_id, v->version, vr_error_last());
		r->skipped++;
	}
	return 0;
}

static int render_case(const char *id, const char *agency, void *ud)
{
	(void)agency;
	if (!vr_app_shard_mine())
		return 0;
	return vr_store_each_latest(((renderer *)ud)->s, id, render_newest, ud);
}

static int run(vr_cli *c)
{
	renderer r;
	vr_store_version_row v;
	int err;

	memset(&r, 0, sizeof(r));
	if (c->all ? c->nargs != 0 || !c->out : c->nargs != 1)
		return vr_cli_usage(&vr_cmd_render, "name one plan, or --all with --out DIR");
	if (c->format && strcmp(c->format, "html") && strcmp(c->format, "pdf"))
		return vr_cli_usage(&vr_cmd_render, "--format is html or pdf");
	if (c->lang && !vr_app_render_lang_ok(c->lang))
		return vr_cli_usage(&vr_cmd_render, "--lang is en or es");
	r.o.pdf = c->format && !strcmp(c->format, "pdf");
	r.o.lang = c->lang;
	r.o.large_print = c->large_print;
	r.o.as_of = c->as_of;
	r.o.whole_agency = c->all;
	if (r.o.pdf && !c->out)
		return vr_cli_usage(&vr_cmd_render, "a PDF needs -o FILE");
	if (r.o.pdf && !vr_render_weasyprint())
		return vr_cli_fail("render", VR_ENOTFOUND);
	if ((err = vr_app_xsd(r.o.xsd, sizeof(r.o.xsd))) < 0)
		return vr_cli_fail("render", err);
	if (c->all) { /* every core: the parent sums what the processes wrote */
		int rc;
		if (vr_cli_shards_lead(c, "render", "rendered", "render", &rc))
			return rc;
	}
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &r.s)) < 0) {
		err = vr_cli_fail("render", err);
		vr_app_shards_end(0, err);
		return err;
	}
	if (c->all) {
		vr_app_batch b;
		r.dir = c->out;
		if ((err = vr_store_count(r.s, "plan", &r.total)) == 0 &&
		    (err = vr_app_batch_open(&b, r.s, r.dir, "render")) == 0) {
			r.batch = &b;
			err = vr_app_batch_end(&b, vr_store_each_case(r.s, c->agency, render_case, &r));
			if (isatty(2) && r.done && vr_app_shard_progress())
				fputc('\n', stderr);
			r.done = b.done;
			if (err == 0 && !vr_app_sharded())
				printf("rendered %lld plan(s) to %s\n", r.done, r.dir);
		}
	} else if ((err = vr_store_get_version(r.s, c->args[0], c->version, &v)) == 0) {
		vr_app_sink to = vr_cli_sink(c->out);
		err = vr_app_render(r.s, &r.o, &v, &to, NULL, NULL);
		if (err == 0 && c->out)
			fprintf(stderr, "rendered plan %s version %d to %s\n", v.plan_id, v.version,
				c->out);
		vr_store_version_row_free(&v);
	}
	vr_store_free(r.s);
	{
		long long t[2] = { r.done, r.skipped };
		int rc = EXIT_OK;
		if (err < 0) {
			rc = vr_cli_fail("render", err);
			if (c->all && !vr_app_sharded())
				fprintf(stderr, "vrtool render: nothing was written to %s and nothing "
					"recorded in the audit log\n", r.dir);
		} else if (r.skipped && !vr_app_sharded()) {
			fprintf(stderr, "vrtool render: %lld plan(s) not rendered: their plugin "
				"failed (above)\n", r.skipped);
			rc = vr_cli_exit_code(VR_EPLUGIN);
		}
		/* a process of render --all ends here; the lead counts what it skipped */
		vr_app_shards_finish(t, 2, rc);
		return rc;
	}
}

/* Form 0 is one plan, form 1 every plan. */
static const vr_opt opts[] = {
	{ "version", 0, "N", 0, vr_cli_set_version, VR_FORM(0), 0,
	  "the version to print (default: the newest)" },
	{ "format", 0, "html|pdf", offsetof(vr_cli, format), NULL, 0, 0,
	  "XHTML (the default) or PDF (WeasyPrint; needs -o)" },
	{ "lang", 0, "en|es", offsetof(vr_cli, lang), NULL, 0, 0,
	  "default: the client's, if the templates have it" },
	{ "large-print", 0, NULL, offsetof(vr_cli, large_print), NULL, 0, 0,
	  "in large type" },
	{ "out", 'o', "FILE", offsetof(vr_cli, out), NULL, VR_FORM(0), 0,
	  "where to write (default: standard output)" },
	{ "all", 0, NULL, offsetof(vr_cli, all), NULL, VR_FORM(1), 0,
	  "the newest version of every plan, all or none" },
	{ "agency", 0, "ID", offsetof(vr_cli, agency), NULL, VR_FORM(1), 0,
	  "with --all: only this agency's cases" },
	{ NULL }
};

const vr_cmd vr_cmd_render = {
	.name = "render", .run = run,
	.summary = "the printable plan (XHTML or PDF) in the client's language, with its "
		"signature block",
	.forms = (const char *const[]){ "PLAN", "--all --out DIR", NULL },
	.opts = opts,
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
