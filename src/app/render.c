/*
 * render.c - the printable plan: a stored version through its agency's
 * template, as XHTML or PDF, in the client's language (render.h).
 *
 * The page is rendered from the plan's export document (so what is printed
 * is what is signed) through the agency's template: the plugin's
 * templates[kind][lang] when it names one, else templates/<agency>/<kind>.xsl.
 * The language is the one asked for, else the person's language when the
 * templates have it (en, es), else English. Roles still to sign get blank
 * lines. Each rendering is recorded in the audit log.
 */
#include "app/render.h"
#include "app/cases.h"
#include "app/document.h"
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

int vr_app_render_lang_ok(const char *l)
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
 * every file (vr_app_write_file, vr_app_batch_write): WeasyPrint is never
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

/* Renders one stored version (render.h). */
int vr_app_render(vr_store *s, const vr_app_render_opts *o, const vr_store_version_row *v,
		  const vr_app_sink *to, vr_app_batch *batch, const char *name)
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

	if ((err = vr_app_document(s, v, o->xsd, &doc, &dlen)) < 0)
		return vr_error_wrap(err, "plan %s version %d was not rendered: ", v->plan_id,
				     v->version);
	if ((err = vr_app_load_case(s, v->case_id, &k)) < 0)
		goto done;
	have_k = 1;
	if ((err = vr_app_plan_state(s, &k, v->plan_id, o->whole_agency, &ps, &p)) < 0)
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
	snprintf(lang, sizeof(lang), "%s", o->lang ? o->lang :
		 vr_app_render_lang_ok(vr_val_gets(k.person, "language")) ?
		 vr_val_gets(k.person, "language") : "en");
	snprintf(large, sizeof(large), "%d", o->large_print ? 1 : 0);
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
			"kind_title", kind_title, "generated", o->as_of, NULL
		};
		snprintf(tdir, sizeof(tdir), "%s/templates", vr_paths_datadir());
		if ((err = vr_render_xhtml(doc, dlen, xsl, tdir, params, &html, &hlen)) < 0)
			goto done;
	}
	snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
	snprintf(detail, sizeof(detail), "format=%s lang=%s%s digest=%s to=%s%s%s",
		 o->pdf ? "pdf" : "html", lang, o->large_print ? " large-print" : "", v->digest,
		 batch ? batch->dir : "", batch ? "/" : "", batch ? name : to->name);
	if (o->pdf) {   /* made in a work folder in the output's folder */
		char dir[PATH_MAX], *pdf = NULL;
		const char *slash = batch ? NULL : strrchr(to->name, '/');
		size_t plen = 0;
		if (batch)
			snprintf(dir, sizeof(dir), "%s", batch->dir);
		else if (!slash)
			snprintf(dir, sizeof(dir), ".");
		else
			snprintf(dir, sizeof(dir), "%.*s", slash == to->name ? 1
				 : (int)(slash - to->name), to->name);
		if ((err = pdf_bytes(dir, v, html, hlen, doc, dlen, &pdf, &plen)) < 0)
			goto done;
		free(html);
		html = pdf;
		hlen = plen;
	}
	if (batch) {
		err = vr_app_batch_write(batch, object, detail, name, html, hlen);
		goto done;
	}
	err = vr_app_record_and_write(s, "render", object, detail, to, html, hlen, 0);
done:
	free(doc);
	free(html);
	if (have_ps)
		vr_planstate_free(&ps);
	if (have_k)
		vr_app_case_free(&k);
	return err;
}
