/*
 * document.h - the export document of a stored plan version (person, case,
 * plan and its signatures, as docs/model.md describes it), and the audit
 * objects of a case (app.h).
 */
#ifndef VR_APP_DOCUMENT_H
#define VR_APP_DOCUMENT_H

#include "core/store.h"

#include <stddef.h>

/* The export document of a stored version (person, case, plan, its
 * signatures), validated against the XSD; caller frees *xml. */
int vr_app_document(vr_store *s, const vr_store_version_row *v, const char *xsd, char **xml,
		    size_t *len);
/* The path of the shipped XSD. */
int vr_app_xsd(char *out, size_t n);

/*
 * Where an operation's file goes: the front end's writer (a file written
 * atomically, standard output, ...) and the name the audit record gives it
 * ("-" for standard output).
 */
typedef struct {
	int (*write)(void *ud, const char *data, size_t len);
	void *ud;
	const char *name;
} vr_app_sink;

/* Records `action` on `object` (detail) in the audit log and writes data
 * to `to`, in one transaction: the caller's when in_tx, else its own. */
int vr_app_record_and_write(vr_store *s, const char *action, const char *object,
			    const char *detail, const vr_app_sink *to, const char *data,
			    size_t len, int in_tx);

/* Exports stored version v: its document, recorded ("digest=... to=NAME",
 * and `note` after it when not NULL) and written to `to`
 * (vr_app_record_and_write). */
int vr_app_export(vr_store *s, const vr_store_version_row *v, const char *xsd,
		  const vr_app_sink *to, const char *note, int in_tx);

/* The audit objects of one case: "case:ID" and "plan:P@N" for its plans. */
typedef struct {
	const char *case_id;   /* NULL: every object matches */
	char **plans;
	size_t nplans;
} vr_app_objects;

/* Loads the case's plan ids; VR_ENOTFOUND when there is no such case. */
int vr_app_objects_load(vr_store *s, const char *case_id, vr_app_objects *o);
/* Is this audit object about the case or one of its plans (exact ids)? */
int vr_app_objects_match(const vr_app_objects *o, const char *object);
void vr_app_objects_free(vr_app_objects *o);

#endif
