/*
 * render.c - XSLT with libxslt under security preferences, and PDF through
 * WeasyPrint; see render.h.
 */
#include "core/render.h"
#include "core/doc_libxml.h"
#include "core/error.h"

#include <errno.h>
#include <fcntl.h>
#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/variables.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char allowed_dir[PATH_MAX];

/* Reading is allowed only inside the templates folder. */
static int read_ok(xsltSecurityPrefsPtr sec, xsltTransformContextPtr ctxt, const char *value)
{
	char real[PATH_MAX];
	const char *path = value;

	(void)sec;
	(void)ctxt;
	if (!strncmp(path, "file://", 7))
		path += 7;
	if (!realpath(path, real))
		return 0;
	return allowed_dir[0] && !strncmp(real, allowed_dir, strlen(allowed_dir)) &&
	       real[strlen(allowed_dir)] == '/';
}

static int set_security(xsltTransformContextPtr ctxt, xsltSecurityPrefsPtr *out)
{
	xsltSecurityPrefsPtr sec = xsltNewSecurityPrefs();

	if (!sec ||
	    xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(sec, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(sec, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid) ||
	    xsltSetSecurityPrefs(sec, XSLT_SECPREF_READ_FILE, read_ok) ||
	    xsltSetCtxtSecurityPrefs(sec, ctxt)) {
		xsltFreeSecurityPrefs(sec);
		return vr_error_set(VR_EINTERNAL, "cannot set the stylesheet's security preferences");
	}
	*out = sec;
	return 0;
}

/*
 * Compiled templates, kept for the run: render --all compiles each agency's
 * template once, not once per plan (the compile costs more than a
 * transform). Keyed by path; a handful of templates at most per run.
 */
#define STYLE_CACHE 16
static struct {
	char *path;
	xsltStylesheetPtr style;
} styles[STYLE_CACHE];

/*
 * libxslt's own messages (a template failing on a plan, an xsl:message)
 * would go straight to standard error, beside vrtool's messages and into
 * whatever log collects them, and may quote the plan's text. They are
 * collected here instead; a failure reports libxslt's first line, cut
 * before the first quotation mark (where libxslt puts values), so it names
 * the template's line and element and nothing of the plan.
 */
static char xslt_msgs[512];

static void on_xslt_error(void *ctx, const char *fmt, ...)
{
	size_t used = strlen(xslt_msgs);
	va_list ap;

	(void)ctx;
	if (used >= sizeof(xslt_msgs) - 1)
		return;
	va_start(ap, fmt);
	vsnprintf(xslt_msgs + used, sizeof(xslt_msgs) - used, fmt, ap);
	va_end(ap);
}

/* The first line of what libxslt said, up to a quotation mark, into out;
 * only its own "runtime error: file F line N element E" kind of line (an
 * xsl:message is the template's text, which may be the plan's). */
static void xslt_first_line(char *out, size_t n)
{
	size_t k = strcspn(xslt_msgs, "\n'\"");

	if (strncmp(xslt_msgs, "runtime error", 13) && strncmp(xslt_msgs, "compilation error", 17))
		k = 0;

	while (k > 0 && (xslt_msgs[k - 1] == ' ' || xslt_msgs[k - 1] == ':'))
		k--;
	snprintf(out, n, "%s%.*s%s", k ? " (" : "", (int)(k < 200 ? k : 200), xslt_msgs,
		 k ? ")" : "");
}

static xsltStylesheetPtr style_for(const char *xsl_path, int *err)
{
	int i;

	for (i = 0; i < STYLE_CACHE && styles[i].path; i++)
		if (strcmp(styles[i].path, xsl_path) == 0)
			return styles[i].style;
	if (access(xsl_path, R_OK) != 0) {
		*err = vr_error_set(VR_ENOTFOUND, "no template %s", xsl_path);
		return NULL;
	}
	xsltStylesheetPtr style = xsltParseStylesheetFile((const xmlChar *)xsl_path);
	if (!style) {
		char why[220];
		xslt_first_line(why, sizeof(why));
		*err = vr_error_set(VR_EINTERNAL, "the template %s does not load%s", xsl_path,
				    *why ? why : " (XSLT errors)");
		return NULL;
	}
	if (i == STYLE_CACHE) { /* full: the oldest goes */
		free(styles[0].path);
		xsltFreeStylesheet(styles[0].style);
		memmove(&styles[0], &styles[1], sizeof(styles[0]) * (STYLE_CACHE - 1));
		i = STYLE_CACHE - 1;
	}
	if (!(styles[i].path = strdup(xsl_path))) {
		xsltFreeStylesheet(style);
		styles[i].style = NULL;
		*err = vr_error_set(VR_ENOMEM, "out of memory");
		return NULL;
	}
	styles[i].style = style;
	return style;
}

void vr_render_cleanup(void)
{
	for (int i = 0; i < STYLE_CACHE && styles[i].path; i++) {
		free(styles[i].path);
		xsltFreeStylesheet(styles[i].style);
		styles[i].path = NULL;
		styles[i].style = NULL;
	}
}

int vr_render_xhtml(const char *doc, size_t len, const char *xsl_path,
		    const char *templates_dir, const char *const *params, char **out,
		    size_t *outlen)
{
	xsltStylesheetPtr style = NULL;
	xsltTransformContextPtr ctxt = NULL;
	xsltSecurityPrefsPtr sec = NULL;
	xmlDocPtr in = NULL, res = NULL;
	xmlChar *mem = NULL;
	int n = 0, err = 0;

	*out = NULL;
	xslt_msgs[0] = '\0';
	xsltSetGenericErrorFunc(NULL, on_xslt_error);
	if (!realpath(templates_dir, allowed_dir))
		return vr_error_set(VR_ENOTFOUND, "no templates folder at %s", templates_dir);
	if (!(style = style_for(xsl_path, &err)))
		return err;
	if (!(in = xmlReadMemory(doc, (int)len, "document.xml", NULL, XML_PARSE_NONET))) {
		err = vr_error_set(VR_EINPUT, "the plan document does not parse");
		goto done;
	}
	if (!(ctxt = xsltNewTransformContext(style, in)) || (err = set_security(ctxt, &sec)) < 0) {
		err = err < 0 ? err : vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if (params && xsltQuoteUserParams(ctxt, (const char **)params) != 0) {
		err = vr_error_set(VR_EINTERNAL, "cannot pass the parameters to %s", xsl_path);
		goto done;
	}
	res = xsltApplyStylesheetUser(style, in, NULL, NULL, NULL, ctxt);
	if (!res || ctxt->state != XSLT_STATE_OK) {
		char why[220];
		xslt_first_line(why, sizeof(why));
		err = vr_error_set(VR_EINTERNAL, "the template %s failed on this plan%s", xsl_path,
				   why);
		goto done;
	}
	if (xsltSaveResultToString(&mem, &n, res, style) != 0 || !mem) {
		err = vr_error_set(VR_ENOMEM, "cannot write the rendered page");
		goto done;
	}
	err = vr_doc_keep_bytes(mem, n, out, outlen);
done:
	xmlFree(mem);
	xmlFreeDoc(res);
	if (ctxt)
		xsltFreeTransformContext(ctxt);
	if (sec)
		xsltFreeSecurityPrefs(sec);
	xmlFreeDoc(in);
	return err;
}

const char *vr_render_weasyprint(void)
{
	static char found[PATH_MAX];
	const char *path = getenv("PATH"), *env = getenv("VRTOOL_WEASYPRINT");
	char buf[PATH_MAX];

	if (env && *env) {
		if (access(env, X_OK) == 0)
			return env;
		vr_error_set(VR_ENOTFOUND, "$VRTOOL_WEASYPRINT=%s is not a program", env);
		return NULL;
	}
	if (found[0])
		return found;
	for (const char *p = path ? path : "/usr/bin"; *p;) {
		size_t n = strcspn(p, ":");
		snprintf(buf, sizeof(buf), "%.*s/weasyprint", (int)n, p);
		if (access(buf, X_OK) == 0) {
			snprintf(found, sizeof(found), "%s", buf);
			return found;
		}
		p += n + (p[n] == ':');
	}
	vr_error_set(VR_ENOTFOUND, "PDF needs WeasyPrint, which is not installed: install the "
		     "Debian package weasyprint (`make deps` does), or render --format html");
	return NULL;
}

int vr_render_pdf(const char *html_path, const char *pdf_path, const char *attach_path)
{
	const char *wp = vr_render_weasyprint();
	char tmp[PATH_MAX], errpath[PATH_MAX], msg[512] = "";
	pid_t pid;
	int status, fd;

	if (!wp)
		return VR_ENOTFOUND;
	snprintf(tmp, sizeof(tmp), "%s.tmp-%ld", pdf_path, (long)getpid());
	snprintf(errpath, sizeof(errpath), "%s.err-%ld", pdf_path, (long)getpid());
	fflush(NULL);
	if ((pid = fork()) < 0)
		return vr_error_set(VR_EIO, "cannot run WeasyPrint: %s", strerror(errno));
	if (pid == 0) {
		fd = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (fd >= 0) {
			dup2(fd, 2);
			dup2(fd, 1);
		}
		if (attach_path)
			execl(wp, wp, "--quiet", "--attachment", attach_path, html_path, tmp, (char *)NULL);
		else
			execl(wp, wp, "--quiet", html_path, tmp, (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return vr_error_set(VR_EIO, "waiting for WeasyPrint: %s", strerror(errno));
	{
		FILE *f = fopen(errpath, "r");
		if (f) {
			size_t n = fread(msg, 1, sizeof(msg) - 1, f);
			msg[n] = '\0';
			fclose(f);
		}
		unlink(errpath);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		unlink(tmp);
		return vr_error_set(VR_EIO, "WeasyPrint failed (%s %d)%s%s; no PDF was written",
				    WIFEXITED(status) ? "exit" : "signal",
				    WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
				    *msg ? ": " : "", msg);
	}
	if (rename(tmp, pdf_path) != 0) {
		int e = errno;
		unlink(tmp);
		return vr_error_set(VR_EIO, "cannot write %s: %s", pdf_path, strerror(e));
	}
	return 0;
}
