/*
 * diff.h - what changed between two versions of a value, field by field.
 *
 * Records are compared key by key; lists whose items all carry an `id` are
 * matched by id (services[id=S2]), so that inserting a service does not
 * show every later service as changed; other lists by position
 * (objectives[3]). Each difference is reported once, at the deepest path
 * where the two sides still differ in kind.
 */
#ifndef VR_DIFF_H
#define VR_DIFF_H

#include "core/val.h"

/* from NULL: added; to NULL: removed; both: changed. Values are lent. */
typedef void (*vr_diff_fn)(const char *path, const vr_val *from, const vr_val *to,
			   void *ud);

/* Calls fn for each difference; returns how many there were. */
size_t vr_val_diff(const vr_val *a, const vr_val *b, vr_diff_fn fn, void *ud);

#endif
