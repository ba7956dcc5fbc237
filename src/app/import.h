/*
 * import.h - case files and documents into the store (app.h): one file's
 * history under the rules of signing, and its values against the agency's
 * vocabulary. A front end reads every file (input.h), prepares each, then
 * imports them all in one transaction.
 */
#ifndef VR_APP_IMPORT_H
#define VR_APP_IMPORT_H

#include "app/app.h"
#include "core/buf.h"
#include "core/ingest.h"
#include "core/store.h"
#include "core/val.h"

/*
 * vr_app_import_prepare loads, before the write lock is taken, what the
 * import of one file (read by vr_app_read_input) needs: the agency's
 * plugin and, for a case file's recorded signatures, the installation key
 * (*key, once; the caller frees it). It checks the file's values against
 * the agency's vocabulary (docs/model.md, "Vocabularies"): it fails
 * (VR_EINPUT) for any the plugin refuses, and appends to warn, one line
 * each, the refusals ("FILE:LINE: PATH: message") and the warnings
 * ("warning: FILE:LINE: PATH: message") for the front end to say: at once
 * when the import fails, after the commit when it succeeds.
 *
 * vr_app_import_one imports the file inside the caller's transaction,
 * under the rules of signing (a plan's history: ingest.h). Content errors
 * of a signed version brought in are warnings, appended to warn. On
 * failure the message names the file (and line, for a case file).
 */
int vr_app_import_prepare(vr_store *s, const vr_app *a, const char *file,
			  const vr_val *tree, const vr_val *sigs, int doc, struct vr_key **key,
			  vr_buf *warn);
int vr_app_import_one(vr_store *s, const vr_app *a, const char *file, vr_val *tree,
		      const vr_val *sigs, int doc, struct vr_key *key, vr_buf *warn,
		      vr_ingest_report *r);

#endif
