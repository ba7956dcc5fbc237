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
/* Keeps, of the items of arr from index `from` on, those keep() says yes
 * to, in order, and frees the others. */
void vr_val_arr_filter(vr_val *arr, size_t from, int (*keep)(const vr_val *item, void *ud),
		       void *ud);
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
 * A compact binary form, for passing values between processes and keeping
 * them beside a stored document: one tag byte per value, then the value
 * ('z' null, 't'/'f', 'i' and 'n' an 8-byte integer or double in host
 * order, 's' a 4-byte length and the bytes, 'a' a 4-byte count and the
 * items, 'o' a 4-byte count and per member a 4-byte key length, the key
 * and the value). One message is exactly one value.
 *
 * There is one reader of this form, vr_val_walk; every consumer is a
 * client of it: vr_val_decode builds a tree, the store checks a stored
 * value with no visitor at all (ingest.c), a plugin's worker pushes Lua
 * tables straight from the bytes (runtime.c). So the limits below hold for
 * all of them alike, and a message one refuses no other accepts.
 */
#define VR_VAL_MAX_DEPTH 64     /* containers nest at most this deep */
#define VR_VAL_MAX_KEY 256      /* an object key is shorter than this */

void vr_val_encode(vr_buf *b, const vr_val *v);

/* Where the value being read goes: `depth` 0 is the message itself; below
 * that it is item `i` (from 0) of the container one level up, and when that
 * is an object, `key` points at its key in the message (`klen` bytes, not
 * NUL-terminated, may hold NUL); NULL in an array and at depth 0. Lent for
 * the callback only. */
typedef struct {
	const char *key;
	size_t klen;
	size_t i;
	int depth;
} vr_val_pos;

/*
 * What vr_val_walk calls, in the message's order: one callback per scalar,
 * begin (with the container's type, VR_VARR or VR_VOBJ, and its count of
 * items) and end around a container's items. Any member may be NULL (that
 * event is skipped). A callback returns 0 to go on, or a negative vr_err
 * (its message set) to stop the walk, which returns it unchanged. Strings
 * are lent, not NUL-terminated. A callback may longjmp out (a Lua error):
 * the walker holds no resources.
 */
typedef struct {
	int (*null)(void *ctx, const vr_val_pos *at);
	int (*boolean)(void *ctx, const vr_val_pos *at, int b);
	int (*integer)(void *ctx, const vr_val_pos *at, long long i);
	int (*number)(void *ctx, const vr_val_pos *at, double n);
	int (*string)(void *ctx, const vr_val_pos *at, const char *s, size_t len);
	int (*begin)(void *ctx, const vr_val_pos *at, vr_vtype type, size_t n);
	int (*end)(void *ctx, const vr_val_pos *at, vr_vtype type);
} vr_val_visitor;

/*
 * Reads data[0..len) as one value in vr_val_encode's form, calling vis
 * (NULL: none, the walk only checks) with ctx for each part. Every length
 * is checked against the input before it is used, containers nest at most
 * VR_VAL_MAX_DEPTH deep, keys are shorter than VR_VAL_MAX_KEY, and the value
 * must end exactly at len: a truncated, over-deep or hostile message gives
 * VR_EINPUT ("a malformed value message"), never a crash. The callbacks
 * may already have run for the part before the fault: a client undoes
 * what they made. Returns 0, VR_EINPUT, or a callback's error.
 */
int vr_val_walk(const void *data, size_t len, const vr_val_visitor *vis, void *ctx);

/* The tree vr_val_walk reads, into *out (caller frees; NULL on failure):
 * VR_EINPUT when the message is malformed, VR_ENOMEM. */
int vr_val_decode(const void *data, size_t len, vr_val **out);

/* Appends v as JSON. indent < 0: compact; else pretty with that depth. */
void vr_val_to_json(vr_buf *b, const vr_val *v, int indent);

#endif
