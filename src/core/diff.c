/*
 * diff.c - field-by-field differences; see diff.h.
 */
#include "core/diff.h"
#include "core/path.h"

#include <stdio.h>
#include <string.h>

static size_t diff(const char *path, const vr_val *a, const vr_val *b, vr_diff_fn fn,
		   void *ud);

static int all_have_ids(const vr_val *arr)
{
	for (size_t i = 0; i < vr_val_len(arr); i++)
		if (!vr_val_gets(vr_val_at(arr, i), "id"))
			return 0;
	return vr_val_len(arr) > 0;
}

static const vr_val *by_id(const vr_val *arr, const char *id)
{
	for (size_t i = 0; i < vr_val_len(arr); i++) {
		const char *x = vr_val_gets(vr_val_at(arr, i), "id");
		if (x && strcmp(x, id) == 0)
			return vr_val_at(arr, i);
	}
	return NULL;
}

static size_t diff_arr(const char *path, const vr_val *a, const vr_val *b, vr_diff_fn fn,
		       void *ud)
{
	char sub[600];
	size_t n = 0, i;

	if (all_have_ids(a) && all_have_ids(b)) {
		for (i = 0; i < vr_val_len(a); i++) {
			const char *id = vr_val_gets(vr_val_at(a, i), "id");
			snprintf(sub, sizeof(sub), "%s[id=%s]", path, id);
			n += diff(sub, vr_val_at(a, i), by_id(b, id), fn, ud);
		}
		for (i = 0; i < vr_val_len(b); i++) {
			const char *id = vr_val_gets(vr_val_at(b, i), "id");
			if (!by_id(a, id)) {
				snprintf(sub, sizeof(sub), "%s[id=%s]", path, id);
				fn(sub, NULL, vr_val_at(b, i), ud);
				n++;
			}
		}
		return n;
	}
	for (i = 0; i < vr_val_len(a) || i < vr_val_len(b); i++) {
		vr_path_child(sub, sizeof(sub), path, NULL, i + 1);
		n += diff(sub, vr_val_at(a, i), vr_val_at(b, i), fn, ud);
	}
	return n;
}

static size_t diff(const char *path, const vr_val *a, const vr_val *b, vr_diff_fn fn,
		   void *ud)
{
	char sub[600];
	size_t n = 0, i;

	if (!a && !b)
		return 0;
	if (!a || !b || a->type != b->type ||
	    (a->type != VR_VOBJ && a->type != VR_VARR)) {
		if (a && b && vr_val_equal(a, b))
			return 0;
		fn(path, a, b, ud);
		return 1;
	}
	if (a->type == VR_VARR)
		return diff_arr(path, a, b, fn, ud);
	for (i = 0; i < vr_val_len(a); i++) {
		vr_path_child(sub, sizeof(sub), path, vr_val_key(a, i), 0);
		n += diff(sub, vr_val_at(a, i), vr_val_get(b, vr_val_key(a, i)), fn, ud);
	}
	for (i = 0; i < vr_val_len(b); i++) {
		if (vr_val_get(a, vr_val_key(b, i)))
			continue;
		vr_path_child(sub, sizeof(sub), path, vr_val_key(b, i), 0);
		fn(sub, NULL, vr_val_at(b, i), ud);
		n++;
	}
	return n;
}

size_t vr_val_diff(const vr_val *a, const vr_val *b, vr_diff_fn fn, void *ud)
{
	return diff("", a, b, fn, ud);
}
