/*
 * digest.h - a plan version's digest: the SHA-256 of its canonical XML
 * (doc.h), what every signature of the version covers. One function makes
 * it and one checks a stored version against it; every other place asks
 * them (import, amend, sign, verify, the export document).
 */
#ifndef VR_DIGEST_H
#define VR_DIGEST_H

#include "core/sign.h"
#include "core/val.h"

#include <stddef.h>

/* The canonical XML of plan (a version: its `version` set) and its digest
 * (64 lowercase hex digits and a NUL). xml may be NULL when the caller does
 * not need the text; else it is the caller's to free. */
int vr_plan_digest(const vr_val *plan, char **xml, size_t *len, char digest[VR_DIGEST_HEX]);

/* Does a stored version still hold what it was stored with? 0 when the
 * SHA-256 of its XML is `digest` and, with `canonical`, the XML is also the
 * canonical form of its own content; else VR_EVERIFY with a message saying
 * which, after "WHAT: " when what is not NULL. */
int vr_plan_digest_check(const char *xml, const char *digest, int canonical, const char *what);

#endif
