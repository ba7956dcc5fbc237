/*
 * val.c - the value tree; see val.h.
 *
 * Objects keep keys in insertion order in two parallel arrays. Lookups are
 * linear while an object is small: model objects have a few dozen fields at
 * most, and a linear scan of that many short keys is faster than hashing
 * them. An object of INDEX_MIN keys or more (agency fields, a decoded
 * message: input decides how many) also keeps a hash index of its keys
 * (open addressing, at most half full), so that building, reading, copying
 * or comparing it stays linear in its size rather than quadratic.
 *
 * The binary form has one reader, vr_val_walk, at the end of this file:
 * it checks the bytes and tells a visitor what it read; vr_val_decode is
 * the visitor that builds a tree, and the other consumers (the store's
 * check, the worker's Lua tables) are visitors of their own elsewhere.
 */
#include "core/val.h"
#include "core/error.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static vr_val *mk(vr_vtype t)
{
	vr_val *v = calloc(1, sizeof(*v));
	if (v)
		v->type = t;
	return v;
}

vr_val *vr_val_null(void) { return mk(VR_VNULL); }
vr_val *vr_val_arr(void) { return mk(VR_VARR); }
vr_val *vr_val_obj(void) { return mk(VR_VOBJ); }

vr_val *vr_val_bool(int b)
{
	vr_val *v = mk(VR_VBOOL);
	if (v)
		v->u.b = !!b;
	return v;
}

vr_val *vr_val_int(long long i)
{
	vr_val *v = mk(VR_VINT);
	if (v)
		v->u.i = i;
	return v;
}

vr_val *vr_val_num(double n)
{
	vr_val *v = mk(VR_VNUM);
	if (v)
		v->u.n = n;
	return v;
}

vr_val *vr_val_strn(const char *s, size_t n)
{
	vr_val *v = mk(VR_VSTR);
	if (!v)
		return NULL;
	if (!(v->u.s.s = malloc(n + 1))) {
		free(v);
		return NULL;
	}
	memcpy(v->u.s.s, s, n);
	v->u.s.s[n] = '\0';
	v->u.s.len = n;
	return v;
}

vr_val *vr_val_str(const char *s)
{
	return vr_val_strn(s, strlen(s));
}

void vr_val_free(vr_val *v)
{
	size_t i;

	if (!v)
		return;
	if (v->type == VR_VSTR) {
		free(v->u.s.s);
	} else if (v->type == VR_VARR || v->type == VR_VOBJ) {
		for (i = 0; i < v->u.c.n; i++) {
			vr_val_free(v->u.c.items[i]);
			if (v->type == VR_VOBJ)
				free(v->u.c.keys[i]);
		}
		free(v->u.c.items);
		free(v->u.c.keys);
		free(v->u.c.slots);
	}
	free(v);
}

void vr_val_retype_empty(vr_val *v, vr_vtype type)
{
	if (!v || (v->type != VR_VARR && v->type != VR_VOBJ) || v->u.c.n != 0 ||
	    (type != VR_VARR && type != VR_VOBJ))
		return;
	free(v->u.c.items);
	free(v->u.c.keys);
	free(v->u.c.slots);
	v->u.c.items = NULL;
	v->u.c.keys = NULL;
	v->u.c.slots = NULL;
	v->u.c.cap = v->u.c.nslots = 0;
	v->type = type;
}

static int reserve(vr_val *c)
{
	size_t cap;
	vr_val **items;
	char **keys;

	if (c->u.c.n < c->u.c.cap)
		return 0;
	cap = c->u.c.cap ? c->u.c.cap * 2 : 8;
	if (!(items = realloc(c->u.c.items, cap * sizeof(*items))))
		return VR_ENOMEM;
	c->u.c.items = items;
	if (c->type == VR_VOBJ) {
		if (!(keys = realloc(c->u.c.keys, cap * sizeof(*keys))))
			return VR_ENOMEM;
		c->u.c.keys = keys;
	}
	c->u.c.cap = cap;
	return 0;
}

int vr_val_arr_push(vr_val *arr, vr_val *item)
{
	if (!item)
		return VR_ENOMEM;
	if (!arr || arr->type != VR_VARR || reserve(arr) < 0) {
		vr_val_free(item);
		return VR_ENOMEM;
	}
	arr->u.c.items[arr->u.c.n++] = item;
	return 0;
}

void vr_val_arr_filter(vr_val *arr, size_t from, int (*keep)(const vr_val *item, void *ud),
		       void *ud)
{
	size_t w = from;

	if (!arr || arr->type != VR_VARR)
		return;
	for (size_t i = from; i < arr->u.c.n; i++) {
		if (keep(arr->u.c.items[i], ud))
			arr->u.c.items[w++] = arr->u.c.items[i];
		else
			vr_val_free(arr->u.c.items[i]);
	}
	arr->u.c.n = w;
}

/* --- the key index of large objects ----------------------------------- */

#define INDEX_MIN 16

static size_t hash_key(const char *s)
{
	size_t h = 2166136261u;           /* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void index_put(vr_val *o, size_t at)
{
	size_t mask = o->u.c.nslots - 1, h = hash_key(o->u.c.keys[at]) & mask;

	while (o->u.c.slots[h])
		h = (h + 1) & mask;
	o->u.c.slots[h] = at + 1;
}

/* (Re)builds the index of o after its keys were added, moved or removed;
 * below INDEX_MIN keys, or out of memory, there is none and lookups scan. */
static void index_build(vr_val *o)
{
	size_t n = 64;

	free(o->u.c.slots);
	o->u.c.slots = NULL;
	o->u.c.nslots = 0;
	if (o->u.c.n < INDEX_MIN)
		return;
	while (n < 4 * o->u.c.n)
		n *= 2;
	if (!(o->u.c.slots = calloc(n, sizeof(*o->u.c.slots))))
		return;
	o->u.c.nslots = n;
	for (size_t i = 0; i < o->u.c.n; i++)
		index_put(o, i);
}

/* Keeps the index in step with a key just appended at position n - 1. */
static void index_added(vr_val *o)
{
	if (o->u.c.slots && 2 * o->u.c.n <= o->u.c.nslots)
		index_put(o, o->u.c.n - 1);
	else if (o->u.c.n >= INDEX_MIN)
		index_build(o);
}

static long find(const vr_val *obj, const char *key)
{
	size_t i;

	if (!obj || obj->type != VR_VOBJ)
		return -1;
	if (obj->u.c.slots) {
		size_t mask = obj->u.c.nslots - 1;
		for (i = hash_key(key) & mask; obj->u.c.slots[i]; i = (i + 1) & mask)
			if (strcmp(obj->u.c.keys[obj->u.c.slots[i] - 1], key) == 0)
				return (long)(obj->u.c.slots[i] - 1);
		return -1;
	}
	for (i = 0; i < obj->u.c.n; i++)
		if (strcmp(obj->u.c.keys[i], key) == 0)
			return (long)i;
	return -1;
}

int vr_val_obj_set(vr_val *obj, const char *key, vr_val *item)
{
	long at;
	char *k;

	if (!item)
		return VR_ENOMEM;
	if (!obj || obj->type != VR_VOBJ) {
		vr_val_free(item);
		return VR_EINTERNAL;
	}
	if ((at = find(obj, key)) >= 0) {
		vr_val_free(obj->u.c.items[at]);
		obj->u.c.items[at] = item;
		return 0;
	}
	if (reserve(obj) < 0 || !(k = strdup(key))) {
		vr_val_free(item);
		return VR_ENOMEM;
	}
	obj->u.c.keys[obj->u.c.n] = k;
	obj->u.c.items[obj->u.c.n++] = item;
	index_added(obj);
	return 0;
}

vr_val *vr_val_get(const vr_val *obj, const char *key)
{
	long at = find(obj, key);
	return at < 0 ? NULL : obj->u.c.items[at];
}

vr_val *vr_val_path(const vr_val *v, const char *path)
{
	char key[128];
	const char *dot;
	size_t n;

	while (v && *path) {
		dot = strchr(path, '.');
		n = dot ? (size_t)(dot - path) : strlen(path);
		if (n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		v = vr_val_get(v, key);
		path += n + (dot ? 1 : 0);
	}
	return (vr_val *)v;
}

const char *vr_val_gets(const vr_val *obj, const char *key)
{
	vr_val *v = vr_val_get(obj, key);
	return v && v->type == VR_VSTR ? v->u.s.s : NULL;
}

vr_val *vr_val_take(vr_val *obj, const char *key)
{
	long at = find(obj, key);
	vr_val *v;

	if (at < 0)
		return NULL;
	v = obj->u.c.items[at];
	free(obj->u.c.keys[at]);
	memmove(obj->u.c.items + at, obj->u.c.items + at + 1,
		(obj->u.c.n - (size_t)at - 1) * sizeof(vr_val *));
	memmove(obj->u.c.keys + at, obj->u.c.keys + at + 1,
		(obj->u.c.n - (size_t)at - 1) * sizeof(char *));
	obj->u.c.n--;
	if (obj->u.c.slots || obj->u.c.n >= INDEX_MIN)
		index_build(obj);
	return v;
}

size_t vr_val_len(const vr_val *v)
{
	return v && (v->type == VR_VARR || v->type == VR_VOBJ) ? v->u.c.n : 0;
}

vr_val *vr_val_at(const vr_val *v, size_t i)
{
	return i < vr_val_len(v) ? v->u.c.items[i] : NULL;
}

const char *vr_val_key(const vr_val *v, size_t i)
{
	return v && v->type == VR_VOBJ && i < v->u.c.n ? v->u.c.keys[i] : NULL;
}

vr_val *vr_val_copy(const vr_val *v)
{
	vr_val *c = NULL;
	size_t i;

	if (!v)
		return NULL;
	switch (v->type) {
	case VR_VNULL: c = vr_val_null(); break;
	case VR_VBOOL: c = vr_val_bool(v->u.b); break;
	case VR_VINT: c = vr_val_int(v->u.i); break;
	case VR_VNUM: c = vr_val_num(v->u.n); break;
	case VR_VSTR: c = vr_val_strn(v->u.s.s, v->u.s.len); break;
	case VR_VARR:
	case VR_VOBJ:
		if (!(c = mk(v->type)))
			return NULL;
		for (i = 0; i < v->u.c.n; i++) {
			int rc = v->type == VR_VARR
				? vr_val_arr_push(c, vr_val_copy(v->u.c.items[i]))
				: vr_val_obj_set(c, v->u.c.keys[i], vr_val_copy(v->u.c.items[i]));
			if (rc < 0) {
				vr_val_free(c);
				return NULL;
			}
		}
		break;
	}
	if (c)
		c->line = v->line;
	return c;
}

int vr_val_equal(const vr_val *a, const vr_val *b)
{
	size_t i;

	if (!a || !b)
		return a == b;
	if (a->type == VR_VINT && b->type == VR_VINT)
		return a->u.i == b->u.i;
	if ((a->type == VR_VINT || a->type == VR_VNUM) &&
	    (b->type == VR_VINT || b->type == VR_VNUM)) {
		double x = a->type == VR_VINT ? (double)a->u.i : a->u.n;
		double y = b->type == VR_VINT ? (double)b->u.i : b->u.n;
		return x == y;
	}
	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case VR_VNULL: return 1;
	case VR_VBOOL: return a->u.b == b->u.b;
	case VR_VSTR:
		return a->u.s.len == b->u.s.len &&
		       memcmp(a->u.s.s, b->u.s.s, a->u.s.len) == 0;
	case VR_VARR:
		if (a->u.c.n != b->u.c.n)
			return 0;
		for (i = 0; i < a->u.c.n; i++)
			if (!vr_val_equal(a->u.c.items[i], b->u.c.items[i]))
				return 0;
		return 1;
	case VR_VOBJ:
		if (a->u.c.n != b->u.c.n)
			return 0;
		for (i = 0; i < a->u.c.n; i++)
			if (!vr_val_equal(a->u.c.items[i], vr_val_get(b, a->u.c.keys[i])))
				return 0;
		return 1;
	default: return 0;
	}
}

typedef struct { char *key; vr_val *item; size_t pos; } key_pos;

static int cmp_key_pos(const void *a, const void *b)
{
	const key_pos *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : x->pos < y->pos ? -1 : x->pos > y->pos;
}

void vr_val_sort_keys(vr_val *v)
{
	size_t i, j;

	if (!v || (v->type != VR_VARR && v->type != VR_VOBJ))
		return;
	for (i = 0; i < v->u.c.n; i++)
		vr_val_sort_keys(v->u.c.items[i]);
	if (v->type != VR_VOBJ)
		return;
	for (i = 1; i < v->u.c.n && strcmp(v->u.c.keys[i - 1], v->u.c.keys[i]) <= 0; i++)
		;
	if (i >= v->u.c.n)
		return;         /* already in order, as it mostly is */
	if (v->u.c.n < INDEX_MIN) {
		/* insertion sort: most objects are small */
		for (i = 1; i < v->u.c.n; i++) {
			char *k = v->u.c.keys[i];
			vr_val *it = v->u.c.items[i];
			for (j = i; j > 0 && strcmp(v->u.c.keys[j - 1], k) > 0; j--) {
				v->u.c.keys[j] = v->u.c.keys[j - 1];
				v->u.c.items[j] = v->u.c.items[j - 1];
			}
			v->u.c.keys[j] = k;
			v->u.c.items[j] = it;
		}
		return;
	}
	/* a large one: a stable sort of (key, position) pairs, then a rebuilt
	 * index (out of memory, it stays unsorted: the order is cosmetic) */
	{
		key_pos *kp = malloc(v->u.c.n * sizeof(*kp));
		if (!kp)
			return;
		for (i = 0; i < v->u.c.n; i++) {
			kp[i].key = v->u.c.keys[i];
			kp[i].item = v->u.c.items[i];
			kp[i].pos = i;
		}
		qsort(kp, v->u.c.n, sizeof(*kp), cmp_key_pos);
		for (i = 0; i < v->u.c.n; i++) {
			v->u.c.keys[i] = kp[i].key;
			v->u.c.items[i] = kp[i].item;
		}
		free(kp);
		index_build(v);
	}
}

static void indent_to(vr_buf *b, int indent, int depth)
{
	if (indent < 0)
		return;
	vr_buf_putc(b, '\n');
	for (int i = 0; i < indent * depth; i++)
		vr_buf_putc(b, ' ');
}

static void to_json(vr_buf *b, const vr_val *v, int indent, int depth)
{
	size_t i;

	switch (v->type) {
	case VR_VNULL: vr_buf_puts(b, "null"); break;
	case VR_VBOOL: vr_buf_puts(b, v->u.b ? "true" : "false"); break;
	case VR_VINT: vr_buf_printf(b, "%lld", v->u.i); break;
	case VR_VNUM:
		if (isfinite(v->u.n))
			vr_buf_printf(b, "%.17g", v->u.n);
		else
			vr_buf_puts(b, "null");
		break;
	case VR_VSTR: vr_buf_json_str(b, v->u.s.s, v->u.s.len); break;
	case VR_VARR:
	case VR_VOBJ:
		vr_buf_putc(b, v->type == VR_VARR ? '[' : '{');
		for (i = 0; i < v->u.c.n; i++) {
			if (i)
				vr_buf_putc(b, ',');
			indent_to(b, indent, depth + 1);
			if (v->type == VR_VOBJ) {
				vr_buf_json_str(b, v->u.c.keys[i], strlen(v->u.c.keys[i]));
				vr_buf_puts(b, indent < 0 ? ":" : ": ");
			}
			to_json(b, v->u.c.items[i], indent, depth + 1);
		}
		if (v->u.c.n)
			indent_to(b, indent, depth);
		vr_buf_putc(b, v->type == VR_VARR ? ']' : '}');
		break;
	}
}

void vr_val_to_json(vr_buf *b, const vr_val *v, int indent)
{
	if (!v)
		vr_buf_puts(b, "null");
	else
		to_json(b, v, indent, 0);
}

/* --- binary form ------------------------------------------------------ */

static void put_u32(vr_buf *b, size_t n)
{
	uint32_t x = (uint32_t)n;
	vr_buf_put(b, (const char *)&x, sizeof(x));
}

void vr_val_encode(vr_buf *b, const vr_val *v)
{
	size_t i;

	if (!v) {
		vr_buf_putc(b, 'z');
		return;
	}
	switch (v->type) {
	case VR_VNULL: vr_buf_putc(b, 'z'); break;
	case VR_VBOOL: vr_buf_putc(b, v->u.b ? 't' : 'f'); break;
	case VR_VINT:
		vr_buf_putc(b, 'i');
		vr_buf_put(b, (const char *)&v->u.i, sizeof(v->u.i));
		break;
	case VR_VNUM:
		vr_buf_putc(b, 'n');
		vr_buf_put(b, (const char *)&v->u.n, sizeof(v->u.n));
		break;
	case VR_VSTR:
		vr_buf_putc(b, 's');
		put_u32(b, v->u.s.len);
		vr_buf_put(b, v->u.s.s, v->u.s.len);
		break;
	case VR_VARR:
	case VR_VOBJ:
		vr_buf_putc(b, v->type == VR_VARR ? 'a' : 'o');
		put_u32(b, v->u.c.n);
		for (i = 0; i < v->u.c.n; i++) {
			if (v->type == VR_VOBJ) {
				size_t kl = strlen(v->u.c.keys[i]);
				put_u32(b, kl);
				vr_buf_put(b, v->u.c.keys[i], kl);
			}
			vr_val_encode(b, v->u.c.items[i]);
		}
		break;
	}
}

/*
 * The one reader of the binary form. It walks the message once, front to
 * back, recursing into containers (at most VR_VAL_MAX_DEPTH + 1 frames
 * deep), and checks each length before it reads what the length covers;
 * a container's count is checked against the bytes left (each item takes
 * one at least), so a hostile count cannot make a client reserve more
 * than the message could hold. The client sees each value through the
 * visitor only once its bytes have been checked.
 */
typedef struct {
	const unsigned char *p, *end;
	const vr_val_visitor *vis;
	void *ctx;
} walker;

static const vr_val_visitor no_visitor;   /* every event skipped: a check */

static int malformed(void)
{
	return vr_error_set(VR_EINPUT, "a malformed value message");
}

static int get_u32(walker *w, size_t *n)
{
	uint32_t x;

	if ((size_t)(w->end - w->p) < sizeof(x))
		return -1;
	memcpy(&x, w->p, sizeof(x));
	w->p += sizeof(x);
	*n = x;
	return 0;
}

static int walk(walker *w, const vr_val_pos *at)
{
	const vr_val_visitor *vis = w->vis;
	const unsigned char *s;
	vr_val_pos in;
	vr_vtype type;
	size_t n;
	int err;

	if (w->p >= w->end || at->depth > VR_VAL_MAX_DEPTH)
		return malformed();
	switch (*w->p++) {
	case 'z': return vis->null ? vis->null(w->ctx, at) : 0;
	case 't': return vis->boolean ? vis->boolean(w->ctx, at, 1) : 0;
	case 'f': return vis->boolean ? vis->boolean(w->ctx, at, 0) : 0;
	case 'i': {
		long long x;
		if ((size_t)(w->end - w->p) < sizeof(x))
			return malformed();
		memcpy(&x, w->p, sizeof(x));
		w->p += sizeof(x);
		return vis->integer ? vis->integer(w->ctx, at, x) : 0;
	}
	case 'n': {
		double x;
		if ((size_t)(w->end - w->p) < sizeof(x))
			return malformed();
		memcpy(&x, w->p, sizeof(x));
		w->p += sizeof(x);
		return vis->number ? vis->number(w->ctx, at, x) : 0;
	}
	case 's':
		if (get_u32(w, &n) < 0 || (size_t)(w->end - w->p) < n)
			return malformed();
		s = w->p;
		w->p += n;
		return vis->string ? vis->string(w->ctx, at, (const char *)s, n) : 0;
	case 'a':
	case 'o':
		type = w->p[-1] == 'a' ? VR_VARR : VR_VOBJ;
		if (get_u32(w, &n) < 0 || n > (size_t)(w->end - w->p))
			return malformed();
		if (vis->begin && (err = vis->begin(w->ctx, at, type, n)) < 0)
			return err;
		in.key = NULL;
		in.klen = 0;
		in.depth = at->depth + 1;
		for (in.i = 0; in.i < n; in.i++) {
			if (type == VR_VOBJ) {
				if (get_u32(w, &in.klen) < 0 || in.klen >= VR_VAL_MAX_KEY ||
				    (size_t)(w->end - w->p) < in.klen)
					return malformed();
				in.key = (const char *)w->p;
				w->p += in.klen;
			}
			if ((err = walk(w, &in)) < 0)
				return err;
		}
		return vis->end ? vis->end(w->ctx, at, type) : 0;
	default:
		return malformed();
	}
}

int vr_val_walk(const void *data, size_t len, const vr_val_visitor *vis, void *ctx)
{
	walker w;
	vr_val_pos top = { NULL, 0, 0, 0 };
	int err;

	if (!data)
		return malformed();
	w.p = data;
	w.end = w.p + len;
	w.vis = vis ? vis : &no_visitor;
	w.ctx = ctx;
	if ((err = walk(&w, &top)) < 0)
		return err;
	return w.p == w.end ? 0 : malformed();
}

/* --- vr_val_decode: the walk that builds a tree ------------------------- */

/* Each value is put in its place as soon as it is made, so that the tree
 * under root owns everything made so far whenever the walk stops. */
typedef struct {
	vr_val *root;
	vr_val *open[VR_VAL_MAX_DEPTH + 1];   /* the container read at each depth */
} builder;

/* Puts v (owned) at `at`; VR_ENOMEM when v is NULL or does not fit. */
static int place(builder *b, const vr_val_pos *at, vr_val *v)
{
	char key[VR_VAL_MAX_KEY];
	vr_val *in;
	int err;

	if (!v)
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (at->depth == 0) {
		b->root = v;
		return 0;
	}
	in = b->open[at->depth - 1];
	if (!at->key) {
		err = vr_val_arr_push(in, v);
	} else {
		memcpy(key, at->key, at->klen);
		key[at->klen] = '\0';
		err = vr_val_obj_set(in, key, v);
	}
	return err < 0 ? vr_error_set(err, "out of memory") : 0;
}

static int build_null(void *ctx, const vr_val_pos *at)
{
	return place(ctx, at, vr_val_null());
}

static int build_bool(void *ctx, const vr_val_pos *at, int b)
{
	return place(ctx, at, vr_val_bool(b));
}

static int build_int(void *ctx, const vr_val_pos *at, long long i)
{
	return place(ctx, at, vr_val_int(i));
}

static int build_num(void *ctx, const vr_val_pos *at, double n)
{
	return place(ctx, at, vr_val_num(n));
}

static int build_str(void *ctx, const vr_val_pos *at, const char *s, size_t len)
{
	return place(ctx, at, vr_val_strn(s, len));
}

static int build_begin(void *ctx, const vr_val_pos *at, vr_vtype type, size_t n)
{
	builder *b = ctx;
	vr_val *c = mk(type);
	int err = place(b, at, c);

	if (err == 0)
		b->open[at->depth] = c;
	return err;
}

static const vr_val_visitor build = {
	build_null, build_bool, build_int, build_num, build_str, build_begin, NULL
};

int vr_val_decode(const void *data, size_t len, vr_val **out)
{
	builder b;
	int err;

	b.root = NULL;
	if ((err = vr_val_walk(data, len, &build, &b)) < 0) {
		vr_val_free(b.root);
		b.root = NULL;
	}
	*out = b.root;
	return err;
}
