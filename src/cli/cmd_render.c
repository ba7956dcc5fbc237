/*
 * cmd_render.c - `vrtool render PLAN` / `vrtool render --all --out DIR`:
 * the printable plan, as XHTML or PDF, in the client's language.
 *
 * The page is rendered from the plan's export document (so what is printed
 * is what is signed) through the agency's template: the plugin's
 * templates[kind][lang] when it names one, else templates/<agency>/<kind>.xsl.
 * The language is --lang, else the person's language when the templates
 * have it (en, es), else English. Roles still to sign get blank lines.
 * Each rendering is recorded in the audit log.
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
	vr_cli *c;
	vr_store *s;
	const char *dir;        /* --all: the folder */
	int pdf;
	long long done, total;
	long long skipped;      /* --all: plans whose plugin failed, reported, not rendered */
	char xsd[PATH_MAX];
	vr_app_batch *batch;    /* --all to XHTML: audit records and files in batches */
} renderer;

static int supported_lang(const char *l)
{
	return l && (!strcmp(l, "en") || !strcmp(l, "es"));
}

/* The template for plan kind `kind` of plugin p, in language lang. */
static void template_path(vr_plugin *p, const char *kind, const char *lang, char *out, size_t n)
{
	const char *dd = vr_paths_datadir();
	const vr_val *t = vr_val_get(vr_val_get(vr_val_get(vr_plugin_meta(p), "templates"), kind),
				     lang);

	if (t && t->type == VR_VSTR)
		snprintf(out, n, "%s/templates/%s", dd, t->u.s.s);
	else
		snprintf(out, n, "%s/templates/%s/%s.xsl", dd, vr_plugin_id(p), kind);
}

/*
 * The PDF of a page: WeasyPrint reads the page and the document to attach
 * from files of their own and writes the PDF, all in a private folder made
 * in the folder dir, which is removed after. The
 * PDF comes back in *pdf (caller frees), to be written as vrtool writes
 * every file (vr_cli_write_file, vr_cli_batch_write): WeasyPrint is never
 * given a path outside its folder, nor one that a link could redirect.
 */
static int pdf_bytes(const char *dir, const vr_store_version_row *v,
		     const char *html, size_t hlen, const char *doc, size_t dlen, char **pdf,
		     size_t *plen)
{
	char work[PATH_MAX], attach[NAME_MAX + 1], hpath[PATH_MAX + 32], xpath[2 * PATH_MAX];
	char opath[PATH_MAX + 32];
	FILE *f = NULL;
	long n;
	int err, wfd = -1;

	*pdf = NULL;
	if (snprintf(attach, sizeof(attach), "%s-v%d.xml", v->plan_id, v->version) >=
	    (int)sizeof(attach) || vr_app_bad_name(attach))
		return vr_error_set(VR_EINPUT, "plan %s: its id cannot name the attached "
				    "document", v->plan_id);
	snprintf(work, sizeof(work), "%s/.vrtool-render-XXXXXX", dir);
	if (!mkdtemp(work))
		return vr_error_set(VR_EIO, "cannot make a work folder in %s: %s", dir,
				    strerror(errno));
	snprintf(hpath, sizeof(hpath), "%s/page.html", work);
	snprintf(xpath, sizeof(xpath), "%s/%s", work, attach);
	snprintf(opath, sizeof(opath), "%s/out.pdf", work);
	if ((err = vr_app_dir_open(work, 0, &wfd)) == 0 &&
	    (err = vr_app_write_file_at(wfd, work, "page.html", html, hlen, 0600)) == 0 &&
	    (err = vr_app_write_file_at(wfd, work, attach, doc, dlen, 0600)) == 0 &&
	    (err = vr_render_pdf(hpath, opath, xpath)) == 0) {
		int fd = openat(wfd, "out.pdf", O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
		if (fd < 0 || !(f = fdopen(fd, "rb"))) {
			if (fd >= 0)
				close(fd);
			err = vr_error_set(VR_EIO, "cannot read the PDF made in %s: %s", work,
					   strerror(errno));
		} else if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
			   fseek(f, 0, SEEK_SET) != 0) {
			err = vr_error_set(VR_EIO, "cannot read the PDF made in %s", work);
		} else if (!(*pdf = malloc((size_t)n + 1))) {
			err = vr_error_set(VR_ENOMEM, "out of memory");
		} else if (fread(*pdf, 1, (size_t)n, f) != (size_t)n) {
			err = vr_error_set(VR_EIO, "cannot read the PDF made in %s", work);
		} else {
			*plen = (size_t)n;
		}
		if (f)
			fclose(f);
	}
	if (wfd >= 0) {
		(void)unlinkat(wfd, "page.html", 0);
		(void)unlinkat(wfd, attach, 0);
		(void)unlinkat(wfd, "out.pdf", 0);
		close(wfd);
	}
	rmdir(work);
	if (err < 0) {
		free(*pdf);
		*pdf = NULL;
	}
	return err;
}

/* Renders one stored version to out_path ("-" or NULL: standard output);
 * under --all, out_path is the file's name in the folder r->dir. */
static int render_one(renderer *r, const vr_store_version_row *v, const char *out_path)
{
	vr_app_case k;
	vr_planstate ps;
	vr_plugin *p = NULL;
	char *doc = NULL, *html = NULL, xsl[PATH_MAX], tosign[600], object[300];
	char detail[PATH_MAX + 200], lang[8], large[2];
	const char *kind_title = "";
	const vr_version_state *vs;
	size_t dlen, hlen;
	int err, have_k = 0, have_ps = 0;

	if ((err = vr_app_document(r->s, v, r->xsd, &doc, &dlen)) < 0)
		return vr_error_wrap(err, "plan %s version %d was not rendered: ", v->plan_id,
				     v->version);
	if ((err = vr_app_load_case(r->s, v->case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = (r->c->all ? vr_app_plugin_for(r->s, k.row.agency, &p)
			      : vr_app_plugin_for_case(r->s, k.row.agency, k.row.id, &p))) < 0 ||
	    (err = vr_planstate_load(r->s, p, v->plan_id, k.person, k.kase, &ps)) < 0)
		goto done;
	have_ps = 1;
	vs = vr_planstate_version(&ps, v->version);
	/* roles still to sign, "a or b|c", for the blank lines */
	vr_planstate_missing(&ps, v->version, tosign, sizeof(tosign));
	for (char *q = strstr(tosign, ", "); q; q = strstr(q, ", ")) {
		*q = '|';
		memmove(q + 1, q + 2, strlen(q + 2) + 1);
	}
	if (vs->status == VR_ST_SUPERSEDED || vs->status == VR_ST_CLOSED)
		tosign[0] = '\0';
	snprintf(lang, sizeof(lang), "%s", r->c->lang ? r->c->lang :
		 supported_lang(vr_val_gets(k.person, "language")) ?
		 vr_val_gets(k.person, "language") : "en");
	snprintf(large, sizeof(large), "%d", r->c->large_print ? 1 : 0);
	{
		const vr_val *kinds = vr_val_get(vr_plugin_meta(p), "kinds");
		const char *t = vr_val_gets(vr_val_get(kinds, v->kind), "title");
		kind_title = t ? t : v->kind;
	}
	template_path(p, v->kind, lang, xsl, sizeof(xsl));
	{
		char tdir[PATH_MAX];
		const char *params[] = {
			"lang", lang, "large", large, "status", vr_status_name(vs->status),
			"tosign", tosign, "digest", v->digest, "agency_name", vr_plugin_name(p),
			"kind_title", kind_title, "generated", r->c->as_of, NULL
		};
		snprintf(tdir, sizeof(tdir), "%s/templates", vr_paths_datadir());
		if ((err = vr_render_xhtml(doc, dlen, xsl, tdir, params, &html, &hlen)) < 0)
			goto done;
	}
	snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
	snprintf(detail, sizeof(detail), "format=%s lang=%s%s digest=%s to=%s%s%s",
		 r->pdf ? "pdf" : "html", lang, r->c->large_print ? " large-print" : "", v->digest,
		 r->batch ? r->dir : "", r->batch ? "/" : "", out_path ? out_path : "-");
	if (r->pdf) {   /* made in a work folder in the output's folder */
		char dir[PATH_MAX], *pdf = NULL;
		const char *slash = r->batch ? NULL : strrchr(out_path, '/');
		size_t plen = 0;
		if (r->batch)
			snprintf(dir, sizeof(dir), "%s", r->dir);
		else if (!slash)
			snprintf(dir, sizeof(dir), ".");
		else
			snprintf(dir, sizeof(dir), "%.*s", slash == out_path ? 1
				 : (int)(slash - out_path), out_path);
		if ((err = pdf_bytes(dir, v, html, hlen, doc, dlen, &pdf, &plen)) < 0)
			goto done;
		free(html);
		html = pdf;
		hlen = plen;
	}
	if (r->batch) {
		err = vr_app_batch_write(r->batch, object, detail, out_path, html, hlen);
		goto done;
	}
	if ((err = vr_store_begin(r->s)) < 0)
		goto done;
	if ((err = vr_store_audit(r->s, vr_app_actor(), "render", object, detail)) < 0 ||
	    (err = vr_cli_write_file(out_path, html, hlen, 0600)) < 0 ||
	    (err = vr_store_commit(r->s)) < 0)
		vr_store_rollback(r->s);
done:
	free(doc);
	free(html);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	return err;
}

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
		     r->pdf ? "pdf" : "html") >= (int)sizeof(name))
		return vr_error_set(VR_EINPUT, "plan %s: its id is too long for a file name",
				    v->plan_id);
	r->done++;
	/* with a process per core, the first shows progress for all (about) */
	if (isatty(2) && vr_app_shard_progress())
		fprintf(stderr, "\rrendering %lld of %lld: %-40s",
			r->done * vr_app_shard_progress(), r->total, v->plan_id);
	if ((err = render_one(r, v, name)) < 0) {
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
	r.c = c;
	if (c->all ? c->nargs != 0 || !c->out : c->nargs != 1)
		return vr_cli_usage(&vr_cmd_render, "name one plan, or --all with --out DIR");
	if (c->format && strcmp(c->format, "html") && strcmp(c->format, "pdf"))
		return vr_cli_usage(&vr_cmd_render, "--format is html or pdf");
	if (c->lang && !supported_lang(c->lang))
		return vr_cli_usage(&vr_cmd_render, "--lang is en or es");
	r.pdf = c->format && !strcmp(c->format, "pdf");
	if (r.pdf && !c->out)
		return vr_cli_usage(&vr_cmd_render, "a PDF needs -o FILE");
	if (r.pdf && !vr_render_weasyprint())
		return vr_cli_fail("render", VR_ENOTFOUND);
	if ((err = vr_app_xsd(r.xsd, sizeof(r.xsd))) < 0)
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
		err = render_one(&r, &v, c->out);
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

const vr_cmd vr_cmd_render = {
	"render", run,
	"render PLAN [--version N] [--format html|pdf] [--lang en|es] [--large-print] [-o FILE]\n"
	"                  | render --all --out DIR [--format html|pdf] [--lang en|es] [--agency ID]",
	"the printable plan (XHTML or PDF) in the client's language, with its signature block"
};
