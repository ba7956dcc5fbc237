/*
 * render.h - the printable plan (app.h): a stored version through its
 * agency's template, as XHTML or PDF (through WeasyPrint, with the plan's
 * XML document attached), in the client's language, recorded in the audit
 * log.
 */
#ifndef VR_APP_RENDER_H
#define VR_APP_RENDER_H

#include "app/batch.h"
#include "app/document.h"
#include "core/store.h"

#include <limits.h>

typedef struct {
	int pdf;                /* PDF, else XHTML */
	const char *lang;       /* en or es; NULL: the person's language, else en */
	int large_print;
	const char *as_of;      /* the day printed as the day it was made */
	int whole_agency;       /* the plugin's caseload summary for the agency, not the case */
	char xsd[PATH_MAX];     /* the document schema (vr_app_xsd) */
} vr_app_render_opts;

/* Is l a language the templates have (en, es)? */
int vr_app_render_lang_ok(const char *l);

/*
 * Renders stored version v: into the batch as the file `name` (with its
 * audit record, batch.h), or, without a batch, recorded and written to
 * `to` in one transaction (vr_app_record_and_write). A PDF is made in a
 * private folder beside its output (the batch's folder, or to->name's).
 * VR_EPLUGIN when the plan's plugin fails: nothing is written.
 */
int vr_app_render(vr_store *s, const vr_app_render_opts *o, const vr_store_version_row *v,
		  const vr_app_sink *to, vr_app_batch *batch, const char *name);

#endif
