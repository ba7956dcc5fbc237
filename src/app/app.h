/*
 * app.h - the application layer under every front end (docs/architecture.md,
 * "Layers"): the operations the command line, `vrtool run` scripts and the
 * shell share, with plain parameters and results. Nothing here reads argv,
 * prints to standard output or knows an exit code; a front end parses, calls
 * one operation and prints what it returns. Errors are vr_err codes with
 * vr_error_last() (core/error.h); only main() exits.
 *
 * This header is the context: the caseload a front end works on (its
 * database, the signing key beside it), the as-of date, who acts, and the
 * agencies' plugins loaded for the process. The operations are in
 * app/cases.h (a case, its plans, the walk over them), app/checks.h (what
 * a plugin says about one plan), app/input.h (case
 * files and documents read), app/import.h, app/document.h (the export
 * document, export, audit objects), app/render.h (the printable plan),
 * app/verify.h (digests and seals checked), app/sign.h and app/amend.h,
 * app/publish.h (every plan into one folder), app/plugintest.h (a
 * plugin's test cases and lint), and app/batch.h (files
 * written safely, batches over every core).
 */
#ifndef VR_APP_H
#define VR_APP_H

#include "core/store.h"

#include <stddef.h>

typedef struct {
	const char *db;       /* the database; NULL: $VRTOOL_DB, else ./vrtool.db */
	const char *as_of;    /* YYYY-MM-DD: the day the rules are applied as of */
	const char *key;      /* the signing key's file; NULL: vr_app_key_path's default */
} vr_app;

/* The database path in force. */
const char *vr_app_db(const vr_app *a);
int vr_app_open(const vr_app *a, int mode, vr_store **out);

/* The installation's signing key, beside the database (DB.key). */
struct vr_key;
int vr_app_key(const vr_app *a, struct vr_key **out);
void vr_app_key_path(const vr_app *a, char *out, size_t n);
/* The installation's signing key, made (0600) when there is none yet
 * (*created), its path in path; for `vrtool init`. */
int vr_app_key_open(const vr_app *a, struct vr_key **out, int *created, char *path,
		    size_t n);

/* Who is acting, for the audit log: $VRTOOL_ACTOR, else the login name. */
const char *vr_app_actor(void);

/* The plugin of an agency, loaded once per process, with its ctx.summary
 * (the agency's caseloads, from the store) set. */
struct vr_plugin;
int vr_app_plugin_for(vr_store *s, const char *agency, struct vr_plugin **out);
/* The same, with ctx.summary holding only the caseloads of the staff case_id
 * lists: for an operation about that one case. */
int vr_app_plugin_for_case(vr_store *s, const char *agency, const char *case_id,
			   struct vr_plugin **out);
/* Stops every plugin's worker and frees them (a front end, at its end). */
void vr_app_plugins_free(void);

#endif
