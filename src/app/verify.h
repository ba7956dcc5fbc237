/*
 * verify.h - is every plan version what was signed, and every signature
 * what was sealed? (app.h) A stored plan, or an exported document.
 *
 * In the store: each version's digest is recomputed from its stored XML
 * (vr_plan_digest_check), the XML must still be the canonical form of what
 * it says, and the value stored beside it must be what the XML reads as;
 * so must the case's and the person's; each signature must be on its
 * version's digest, its record must be rebuilt byte for byte from its
 * fields, and its seal must verify with a key the installation trusts (the
 * check import makes, ingest.h); a withdrawal's likewise. In a file: the
 * plan element's digest is recomputed and each signature in the document,
 * and its withdrawal, is checked the same way, with the public key in a
 * file (`vrtool key export` writes one) or the keys the database trusts.
 *
 * The result is a report: one check per thing verified, in order, each
 * passed or failed with why. A failed check is a finding, not an error:
 * the functions return 0 with failures in the report, and an error (a
 * vr_err, vr_error_last()) only when verifying could not be done (no such
 * plan, a file that cannot be read, out of memory); the report then holds
 * the checks made before it.
 */
#ifndef VR_APP_VERIFY_H
#define VR_APP_VERIFY_H

#include "core/sign.h"
#include "core/store.h"
#include "core/val.h"

#include <stddef.h>

typedef struct {
	char *what;             /* what was checked: "plan P version 2 digest 0486f3445fd9" */
	char *why;              /* NULL when it passed; else why it failed */
} vr_app_verify_check;

typedef struct {
	vr_app_verify_check *checks;   /* in the order they were made */
	size_t n;
	int passed, failed;            /* the checks that passed, that failed */
	int seals;                     /* of them, the seals checked (signatures, withdrawals) */
	/* a file whose document was read: the plan it holds (file_plan may be
	 * NULL if the document gives no id) and its digest as recomputed */
	int file_read;
	char *file_plan;
	long long file_version;
	char file_digest[VR_DIGEST_HEX];
} vr_app_verify_report;

/* Whether arg names an exported document (FILE.xml) rather than a plan. */
int vr_app_verify_is_file(const char *arg);

/* Verifies every version and signature of stored plan plan_id (above),
 * the seals with the keys s trusts, or, when pubkey_file is not NULL, with
 * the public key in that file only. VR_ENOTFOUND when s has no such plan.
 * *out is filled either way; free it with vr_app_verify_report_free. */
int vr_app_verify_plan(vr_store *s, const char *plan_id, const char *pubkey_file,
		       vr_app_verify_report *out);

/* Verifies the exported document at path: its plan's digest, and each of
 * its signatures and withdrawals against it. The seals are checked with
 * the public key in pubkey_file when not NULL, else with the keys s trusts
 * (s may be NULL: then each seal fails for want of a key). A document that
 * does not read is a failed check (its problems, one each), not an error. */
int vr_app_verify_file(vr_store *s, const char *path, const char *pubkey_file,
		       vr_app_verify_report *out);

void vr_app_verify_report_free(vr_app_verify_report *r);

/* The report as a value, what `verify --json` prints and db:verify returns:
 * { ok, verified, failed, checks = { { what, ok, why }... }, plan = { id,
 * version, digest } for a file }. NULL when out of memory. */
vr_val *vr_app_verify_report_value(const vr_app_verify_report *r);

#endif
