/*
 * amend.h - a new draft version of a plan (app.h).
 *
 * The new version starts from the version in effect (or, while none is in
 * effect, the newest draft) and takes its content from a case file or
 * document (the plan with the same id; the person and case parts of that
 * file are stored too) and/or PATH=VALUE changes. It records what it
 * supersedes (the base version's digest) and why (the reason). The version
 * in effect stays in effect until the new one has every signature the
 * agency requires: status is computed, not set here.
 */
#ifndef VR_APP_AMEND_H
#define VR_APP_AMEND_H

#include "app/app.h"
#include "core/diag.h"
#include "core/store.h"
#include "core/val.h"

typedef struct {
	const char *plan_id;
	vr_val *from;             /* a case file or document as read (vr_app_read_input),
				   * or NULL; its plan is taken out of it */
	const char *from_name;    /* its file's name, for messages */
	const char *const *sets;  /* PATH=VALUE changes, in order */
	size_t nsets;
	const char *reason;       /* NULL: the new content's amendment_reason */
	const char *as_of;        /* the new version's date without a file; NULL: a->as_of */
} vr_app_amend_opts;

typedef struct {
	int version;              /* the new version */
	int base;                 /* the version it was made from */
	char digest[65];          /* the new version's */
	int effective;            /* the version in effect now, 0 when none */
	char missing[512];        /* who must sign the new version */
	vr_diags diags;           /* the amended plan's problems, when it had any */
} vr_app_amend_result;

void vr_app_amend_result_free(vr_app_amend_result *r);

/* Makes the new version and records it in the audit log, in one
 * transaction. VR_EINPUT when the amended plan has problems (in r->diags)
 * or nothing changes; nothing is written on failure. */
int vr_app_amend(vr_store *s, const vr_app *a, const vr_app_amend_opts *o,
		 vr_app_amend_result *r);

#endif
