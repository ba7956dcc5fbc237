/*
 * render.h - plan documents to printable pages: XSLT to XHTML, XHTML to PDF.
 *
 * The printed plan is rendered from the exported XML document (doc.h),
 * never from the store, so that what is printed is what is signed. An
 * agency's stylesheet (templates/<agency>/<kind>.xsl, XSLT 1.0) lays out
 * its sections; templates/common/ holds the shared parts (labels in English
 * and Spanish, print CSS, header, signature block, footer).
 *
 * Stylesheets run with libxslt's security preferences: no writing files or
 * directories, no network, and reading files only inside the templates
 * folder (labels live in a stylesheet read with document()).
 *
 * PDF is made from the XHTML by WeasyPrint (a Debian package), run as a
 * separate program, with the plan's XML document attached inside the PDF.
 */
#ifndef VR_RENDER_H
#define VR_RENDER_H

#include <stddef.h>

/* Transforms the document (XML text) with the stylesheet at xsl_path. params
 * is name, value, name, value, ..., NULL: string parameters, quoted for the
 * caller. templates_dir bounds what the stylesheet may read. The result,
 * XHTML, is the caller's to free. */
int vr_render_xhtml(const char *doc, size_t len, const char *xsl_path,
		    const char *templates_dir, const char *const *params, char **out,
		    size_t *outlen);

/* The path of the WeasyPrint program, or NULL with the error set naming the
 * package to install. */
const char *vr_render_weasyprint(void);

/* Frees the templates vr_render_xhtml compiled and kept for the run. */
void vr_render_cleanup(void);

/* Makes pdf_path from the XHTML file at html_path, attaching attach_path
 * (may be NULL). The PDF appears whole or not at all. */
int vr_render_pdf(const char *html_path, const char *pdf_path, const char *attach_path);

#endif
