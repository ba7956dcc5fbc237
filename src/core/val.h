/*
 * val.h - the value tree: the in-memory form of a case, a plan, a finding.
 *
 * Case files (Lua tables), XML documents, the store and the plugins all meet
 * in this one shape: null, boolean, integer, number, string, array and
 * object (string keys in insertion order). The model (model.h) says which
 * fields a value may have and of what type; this file knows nothing of it.
 *
 * Ownership: a container owns its children; vr_val_free frees a whole tree.
 * Functions that take a vr_val * to store it (obj_set, arr_push) take
 * ownership even when they fail, so a caller never has to free twice.
 *
 * `line` is the source line a value came from where the reader knows it
 * (0 when unknown); it lets validation name the line of a bad field.
 */
#ifndef VR_VAL_H
#define VR_VAL_H

#include <stddef.h>
#include "core/buf.h"

typedef enum {
	VR_VNULL, VR_VBOOL, VR_VINT, VR_VNUM, VR_VSTR, VR_VARR, VR_VOBJ
} vr_vtype;

typedef struct vr_val vr_val;
struct vr_val {
	vr_vtype type;
	int line;
	union {
		int b;
		long long i;
		double n;
		struct { char *s; size_t len; } s;
		/* slots: an object's hash index of keys (position + 1, 0 free),
		 * kept by val.c once it has INDEX_MIN keys; NULL below that */
		struct { vr_val **items; char **keys; size_t n, cap; size_t *slots, nslots; } c;
	} u;
};

vr_val *vr_val_null(void);
vr_val *vr_val_bool(int b);
vr_val *vr_val_int(long long i);
vr_val *vr_val_num(double n);
vr_val *vr_val_str(const char *s);
vr_val *vr_val_strn(const char *s, size_t n);
vr_val *vr_val_arr(void);
vr_val *vr_val_obj(void);
void vr_val_free(vr_val *v);
vr_val *vr_val_copy(const vr_val *v);

/* Turns an empty array into an empty object or the other way round (Lua
 * cannot tell `{}` apart); a no-op on anything else or a non-empty value. */
void vr_val_retype_empty(vr_val *v, vr_vtype type);

/* Takes ownership of item; returns 0 or VR_ENOMEM. */
int vr_val_arr_push(vr_val *arr, vr_val *item);
/* Sets (or replaces) key; takes ownership of item; returns 0 or VR_ENOMEM. */
int vr_val_obj_set(vr_val *obj, const char *key, vr_val *item);
/* Lends the value at key, or NULL (also when obj is not an object). */
vr_val *vr_val_get(const vr_val *obj, const char *key);
/* Lends a value by dotted path ("goal.occupation"), or NULL. */
vr_val *vr_val_path(const vr_val *v, const char *path);
/* The string at key, or NULL when absent or not a string. */
const char *vr_val_gets(const vr_val *obj, const char *key);
/* Removes key, returning its value to the caller (or NULL). */
vr_val *vr_val_take(vr_val *obj, const char *key);

size_t vr_val_len(const vr_val *v);
vr_val *vr_val_at(const vr_val *v, size_t i);
const char *vr_val_key(const vr_val *v, size_t i);

/* Sorts an object's keys (bytewise), recursively through the tree, so that
 * a table read from Lua (whose key order is a hash order) always comes out
 * the same way. */
void vr_val_sort_keys(vr_val *v);

/* Deep equality; integers and numbers compare by value. */
int vr_val_equal(const vr_val *a, const vr_val *b);

/*
 * A compact binary form, for passing values between processes: one tag
 * byte per value, then the value (8-byte integers and doubles in host
 * order, strings and containers with a 4-byte length). Decoding checks
 * every length against the input and bounds the depth, so a truncated or
 * hostile message gives VR_EINPUT, never a crash.
 */
void vr_val_encode(vr_buf *b, const vr_val *v);
int vr_val_decode(const void *data, size_t len, vr_val **out);

/* Appends v as JSON. indent < 0: compact; else pretty with that depth. */
void vr_val_to_json(vr_buf *b, const vr_val *v, int indent);

#endif
