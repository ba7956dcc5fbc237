/*
 * signer.h - who may sign a plan version, and when.
 *
 * A signature is a person's act, so it must name a person on record in
 * the role it is given in (issue 15; 34 CFR 361.45: the IPE is "agreed to,
 * and signed by, the eligible individual or ... the individual's
 * representative" and approved by the agency's qualified staff):
 *   - "client": the person the case is about; the printed name is the
 *     person's name on record (person.name) and the signer id person.id;
 *   - "representative": the representative on record
 *     (person.representative.name);
 *   - any other role is a staff role: a member of the case's staff
 *     (case.staff) with that role, named by id, or the only member with
 *     that role; the printed name is the member's name on record.
 * A name given by the caller must be the one on record (spacing and case
 * aside): a mismatch is refused, never silently replaced, so a wrong
 * person is not recorded under the right name.
 *
 * A time is refused when it lies in the future (beyond VR_SIGNER_SKEW
 * seconds of clock skew) or before the version could be signed: before it
 * was created (a signature given through vrtool) or before its plan date
 * (a signature recorded on paper and brought in with the plan's history).
 */
#ifndef VR_SIGNER_H
#define VR_SIGNER_H

#include "core/val.h"

#define VR_SIGNER_SKEW 300   /* seconds */

typedef struct {
	char id[256];     /* "" when the record has none (a representative) */
	char name[512];   /* the name on record */
} vr_signer;

/* Resolves who signs in `role` for this person and case (the case part,
 * with case.staff); signer_id and name may be NULL. VR_EINPUT with a
 * message that says what to do. */
int vr_signer_resolve(const vr_val *person, const vr_val *kase, const char *role,
		      const char *signer_id, const char *name, vr_signer *out);

/* Checks a signature's time `at` (ISO date-time) against now (seconds,
 * vr_time_now) and the earliest it may be: not_before_at (a date-time,
 * may be NULL) and not_before_day (a date, may be NULL). VR_EINPUT with
 * the reason. */
int vr_signer_check_time(const char *at, long long now, const char *not_before_at,
			 const char *not_before_day);

#endif
