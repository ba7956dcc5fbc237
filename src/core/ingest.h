/*
 * ingest.h - putting a validated case into the store.
 *
 * The one place that turns a case tree (model.h) into store rows: the
 * person, the case and its event index, and for each plan a first version,
 * or nothing when the plan is unchanged. A plan already in the store with
 * different content is refused: a stored plan changes only by amendment, so
 * that what was signed stays as it was signed.
 *
 * Runs inside the caller's transaction and appends the audit entry to it.
 */
#ifndef VR_INGEST_H
#define VR_INGEST_H

#include "core/store.h"
#include "core/val.h"

typedef struct {
	int plans_new;       /* plans stored as version 1 */
	int plans_same;      /* plans identical to what the store had */
} vr_ingest_report;

/* `known_agency` says whether an agency id has a plugin (NULL: accept any). */
typedef int (*vr_agency_fn)(const char *agency, void *ud);

int vr_ingest_case(vr_store *s, vr_val *casefile, const char *actor,
		   const char *source, vr_agency_fn known_agency, void *ud,
		   vr_ingest_report *report);

/* The canonical XML and digest of a plan version (version set in plan). */
int vr_ingest_plan_digest(const vr_val *plan, char **xml, size_t *len, char *digest);

#endif
