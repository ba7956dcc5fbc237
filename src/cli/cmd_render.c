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

#include <stdio.h>
#include <string.h>

static int run(vr_cli *c)
{
	vr_app_render_opts o;
	vr_store *s;
	vr_store_version_row v;
	vr_app_sink to;
	int err;

	memset(&o, 0, sizeof(o));
	if (c->all ? c->nargs != 0 || !c->out : c->nargs != 1)
		return vr_cli_usage(&vr_cmd_render, "name one plan, or --all with --out DIR");
	if (c->format && strcmp(c->format, "html") && strcmp(c->format, "pdf"))
		return vr_cli_usage(&vr_cmd_render, "--format is html or pdf");
	if (c->lang && !vr_app_render_lang_ok(c->lang))
		return vr_cli_usage(&vr_cmd_render, "--lang is en or es");
	o.pdf = c->format && !strcmp(c->format, "pdf");
	o.lang = c->lang;
	o.large_print = c->large_print;
	o.as_of = c->as_of;
	o.whole_agency = c->all;
	if (o.pdf && !c->out)
		return vr_cli_usage(&vr_cmd_render, "a PDF needs -o FILE");
	if (o.pdf && !vr_render_weasyprint())
		return vr_cli_fail("render", VR_ENOTFOUND);
	if ((err = vr_app_xsd(o.xsd, sizeof(o.xsd))) < 0)
		return vr_cli_fail("render", err);
	if (c->all)
		return vr_cli_publish(c, "render", &o);
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("render", err);
	if ((err = vr_store_get_version(s, c->args[0], c->version, &v)) == 0) {
		to = vr_cli_sink(c->out);
		err = vr_app_render(s, &o, &v, &to, NULL, NULL);
		if (err == 0 && c->out)
			fprintf(stderr, "rendered plan %s version %d to %s\n", v.plan_id, v.version,
				c->out);
		vr_store_version_row_free(&v);
	}
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("render", err) : EXIT_OK;
}

/* Form 0 is one plan, form 1 every plan. */
static const vr_opt opts[] = {
	VR_OPT_VERSION(VR_FORM(0), "the version to print (default: the newest)"),
	{ "format", 0, "html|pdf", offsetof(vr_cli, format), NULL, 0, 0,
	  "XHTML (the default) or PDF (WeasyPrint; needs -o)" },
	{ "lang", 0, "en|es", offsetof(vr_cli, lang), NULL, 0, 0,
	  "default: the client's, if the templates have it" },
	{ "large-print", 0, NULL, offsetof(vr_cli, large_print), NULL, 0, 0,
	  "in large type" },
	VR_OPT_OUT(VR_FORM(0), "where to write (default: standard output)"),
	VR_OPT_ALL(VR_FORM(1), "the newest version of every plan, all or none"),
	VR_OPT_AGENCY(VR_FORM(1)),
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
