/*
 * test_val.c - the value tree (core/val.h).
 *
 * What must hold: constructors make the type and value asked for; an object
 * keeps keys in insertion order and a second set of a key replaces it in
 * place; lookups lend, take hands back; a copy is deep (changing it leaves
 * the original alone) and equal; equality treats 3 and 3.0 alike; sorting
 * keys is bytewise and reaches nested objects, also inside arrays; JSON
 * output is exact, compact or indented, and never writes a non-finite
 * number.
 *
 * The binary form has one reader, vr_val_walk, and every consumer is a
 * mode of it: the tree (vr_val_decode), the bare check (no visitor), a
 * visitor of the test's own, the store's check of a stored value
 * (vr_ingest_stored_enc) and the Lua tables a plugin's worker builds
 * (runtime.c's push_enc, reached through vr_runtime_call with the message
 * as the plan). Each must accept what the walker accepts and refuse a
 * truncated message, a value nested deeper than 64, a key of 256 bytes
 * and trailing bytes, leaving nothing behind (ASan checks the leaks).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/val.h"
#include "host/runtime.h"
#include "helpers.h"

#include <stdint.h>

/* Renders v as JSON; the caller frees the string. */
static char *json(const vr_val *v, int indent)
{
	vr_buf b = VR_BUF_INIT;

	vr_val_to_json(&b, v, indent);
	assert_true(vr_buf_ok(&b));
	return vr_buf_detach(&b);
}

static void assert_json(const vr_val *v, int indent, const char *want)
{
	char *got = json(v, indent);
	assert_string_equal(got, want);
	free(got);
}

static void test_val__constructors_make_each_type(void **state)
{
	vr_val *n = vr_val_null(), *t = vr_val_bool(7), *f = vr_val_bool(0);
	vr_val *i = vr_val_int(-42), *d = vr_val_num(2.5);
	vr_val *s = vr_val_str("hello"), *sn = vr_val_strn("abcdef", 3);
	vr_val *a = vr_val_arr(), *o = vr_val_obj();

	assert_int_equal(n->type, VR_VNULL);
	assert_int_equal(t->type, VR_VBOOL);
	assert_int_equal(t->u.b, 1);   /* normalised to 1 */
	assert_int_equal(f->u.b, 0);
	assert_int_equal(i->type, VR_VINT);
	assert_true(i->u.i == -42);
	assert_int_equal(d->type, VR_VNUM);
	assert_true(d->u.n == 2.5);
	assert_int_equal(s->type, VR_VSTR);
	assert_string_equal(s->u.s.s, "hello");
	assert_int_equal(s->u.s.len, 5);
	assert_string_equal(sn->u.s.s, "abc");
	assert_int_equal(sn->u.s.len, 3);
	assert_int_equal(a->type, VR_VARR);
	assert_int_equal(vr_val_len(a), 0);
	assert_int_equal(o->type, VR_VOBJ);
	assert_int_equal(vr_val_len(o), 0);
	assert_int_equal(n->line, 0);

	vr_val_free(n); vr_val_free(t); vr_val_free(f); vr_val_free(i);
	vr_val_free(d); vr_val_free(s); vr_val_free(sn); vr_val_free(a);
	vr_val_free(o);
}

static void test_val__strn_keeps_embedded_nul(void **state)
{
	vr_val *s = vr_val_strn("a\0b", 3);

	assert_int_equal(s->u.s.len, 3);
	assert_memory_equal(s->u.s.s, "a\0b\0", 4);
	assert_json(s, -1, "\"a\\u0000b\"");
	vr_val_free(s);
}

static void test_val__free_null_is_harmless(void **state)
{
	vr_val_free(NULL);
	assert_null(vr_val_copy(NULL));
}

static void test_val__obj_set_keeps_insertion_order(void **state)
{
	vr_val *o = vr_val_obj();

	assert_int_equal(vr_val_obj_set(o, "zeta", vr_val_int(1)), 0);
	assert_int_equal(vr_val_obj_set(o, "alpha", vr_val_int(2)), 0);
	assert_int_equal(vr_val_obj_set(o, "mid", vr_val_int(3)), 0);
	assert_int_equal(vr_val_len(o), 3);
	assert_string_equal(vr_val_key(o, 0), "zeta");
	assert_string_equal(vr_val_key(o, 1), "alpha");
	assert_string_equal(vr_val_key(o, 2), "mid");
	assert_null(vr_val_key(o, 3));
	assert_true(vr_val_at(o, 1)->u.i == 2);
	assert_null(vr_val_at(o, 3));
	vr_val_free(o);
}

static void test_val__obj_set_replaces_existing_key(void **state)
{
	vr_val *o = vr_val_obj();

	vr_val_obj_set(o, "a", vr_val_int(1));
	vr_val_obj_set(o, "b", vr_val_str("old"));
	vr_val_obj_set(o, "c", vr_val_int(3));
	assert_int_equal(vr_val_obj_set(o, "b", vr_val_str("new")), 0);
	assert_int_equal(vr_val_len(o), 3);
	/* replaced in place: position kept */
	assert_string_equal(vr_val_key(o, 1), "b");
	assert_string_equal(vr_val_gets(o, "b"), "new");
	/* and the type may change */
	vr_val_obj_set(o, "a", vr_val_bool(1));
	assert_int_equal(vr_val_get(o, "a")->type, VR_VBOOL);
	assert_int_equal(vr_val_len(o), 3);
	vr_val_free(o);
}

static void test_val__obj_set_grows_past_initial_capacity(void **state)
{
	vr_val *o = vr_val_obj();
	char key[16];
	int i;

	for (i = 0; i < 100; i++) {
		snprintf(key, sizeof(key), "k%03d", i);
		assert_int_equal(vr_val_obj_set(o, key, vr_val_int(i)), 0);
	}
	assert_int_equal(vr_val_len(o), 100);
	assert_true(vr_val_get(o, "k000")->u.i == 0);
	assert_true(vr_val_get(o, "k099")->u.i == 99);
	assert_true(vr_val_get(o, "k050")->u.i == 50);
	vr_val_free(o);
}

static void test_val__obj_set_on_non_object_fails_and_frees_item(void **state)
{
	vr_val *a = vr_val_arr();

	/* item ownership passes even on failure: valgrind/ASan catch a leak */
	assert_true(vr_val_obj_set(a, "k", vr_val_str("leak?")) < 0);
	assert_true(vr_val_obj_set(NULL, "k", vr_val_int(1)) < 0);
	assert_int_equal(vr_val_len(a), 0);
	assert_int_equal(vr_val_obj_set(a, "k", NULL), VR_ENOMEM);
	vr_val_free(a);
}

static void test_val__get_gets_and_missing_keys(void **state)
{
	vr_val *o = vr_val_obj();

	vr_val_obj_set(o, "name", vr_val_str("Ana"));
	vr_val_obj_set(o, "age", vr_val_int(30));
	assert_non_null(vr_val_get(o, "name"));
	assert_string_equal(vr_val_gets(o, "name"), "Ana");
	/* gets is NULL for a non-string */
	assert_non_null(vr_val_get(o, "age"));
	assert_null(vr_val_gets(o, "age"));
	assert_null(vr_val_get(o, "nope"));
	assert_null(vr_val_gets(o, "nope"));
	/* prefix of a key is not the key */
	assert_null(vr_val_get(o, "nam"));
	/* get on a non-object or NULL */
	assert_null(vr_val_get(vr_val_get(o, "age"), "x"));
	assert_null(vr_val_get(NULL, "x"));
	assert_null(vr_val_gets(NULL, "x"));
	vr_val_free(o);
}

static void test_val__path_walks_nested_objects(void **state)
{
	vr_val *root = vr_val_obj(), *goal = vr_val_obj(), *deep = vr_val_obj();

	vr_val_obj_set(deep, "c", vr_val_str("leaf"));
	vr_val_obj_set(goal, "occupation", vr_val_str("baker"));
	vr_val_obj_set(goal, "b", deep);
	vr_val_obj_set(root, "goal", goal);

	assert_ptr_equal(vr_val_path(root, "goal"), goal);
	assert_string_equal(vr_val_path(root, "goal.occupation")->u.s.s, "baker");
	assert_string_equal(vr_val_path(root, "goal.b.c")->u.s.s, "leaf");
	assert_null(vr_val_path(root, "goal.missing"));
	assert_null(vr_val_path(root, "nope.occupation"));
	/* through a leaf: a string has no fields */
	assert_null(vr_val_path(root, "goal.occupation.x"));
	/* the empty path is the value itself */
	assert_ptr_equal(vr_val_path(root, ""), root);
	vr_val_free(root);
}

static void test_val__path_rejects_overlong_segment(void **state)
{
	vr_val *o = vr_val_obj();
	char key[200];

	memset(key, 'k', sizeof(key) - 1);
	key[sizeof(key) - 1] = '\0';
	vr_val_obj_set(o, key, vr_val_int(1));
	/* get finds it; path refuses a segment longer than its buffer */
	assert_non_null(vr_val_get(o, key));
	assert_null(vr_val_path(o, key));
	vr_val_free(o);
}

static void test_val__take_removes_and_hands_back(void **state)
{
	vr_val *o = vr_val_obj(), *t;

	vr_val_obj_set(o, "a", vr_val_int(1));
	vr_val_obj_set(o, "b", vr_val_str("two"));
	vr_val_obj_set(o, "c", vr_val_int(3));
	t = vr_val_take(o, "b");
	assert_non_null(t);
	assert_string_equal(t->u.s.s, "two");
	vr_val_free(t);
	assert_int_equal(vr_val_len(o), 2);
	assert_null(vr_val_get(o, "b"));
	/* the rest shifted down in order */
	assert_string_equal(vr_val_key(o, 0), "a");
	assert_string_equal(vr_val_key(o, 1), "c");
	assert_true(vr_val_get(o, "c")->u.i == 3);
	assert_null(vr_val_take(o, "b"));
	/* take the last, then the first */
	vr_val_free(vr_val_take(o, "c"));
	vr_val_free(vr_val_take(o, "a"));
	assert_int_equal(vr_val_len(o), 0);
	/* usable after emptying */
	vr_val_obj_set(o, "z", vr_val_null());
	assert_string_equal(vr_val_key(o, 0), "z");
	assert_null(vr_val_take(NULL, "z"));
	vr_val_free(o);
}

static void test_val__arr_push_and_index(void **state)
{
	vr_val *a = vr_val_arr();
	int i;

	for (i = 0; i < 20; i++)
		assert_int_equal(vr_val_arr_push(a, vr_val_int(i * 10)), 0);
	assert_int_equal(vr_val_len(a), 20);
	assert_true(vr_val_at(a, 0)->u.i == 0);
	assert_true(vr_val_at(a, 19)->u.i == 190);
	assert_null(vr_val_at(a, 20));
	assert_null(vr_val_key(a, 0));   /* arrays have no keys */
	assert_int_equal(vr_val_len(NULL), 0);
	assert_null(vr_val_at(NULL, 0));
	vr_val_free(a);
}

static void test_val__arr_push_on_non_array_fails_and_frees_item(void **state)
{
	vr_val *o = vr_val_obj();

	assert_int_equal(vr_val_arr_push(o, vr_val_str("x")), VR_ENOMEM);
	assert_int_equal(vr_val_len(o), 0);
	assert_int_equal(vr_val_arr_push(o, NULL), VR_ENOMEM);
	vr_val_free(o);
}

/* { "id": "p1", "n": 3, "tags": ["a", {"k": true}], "x": null, "f": 1.5 } */
static vr_val *sample(void)
{
	vr_val *o = vr_val_obj(), *tags = vr_val_arr(), *inner = vr_val_obj();

	vr_val_obj_set(inner, "k", vr_val_bool(1));
	vr_val_arr_push(tags, vr_val_str("a"));
	vr_val_arr_push(tags, inner);
	vr_val_obj_set(o, "id", vr_val_str("p1"));
	vr_val_obj_set(o, "n", vr_val_int(3));
	vr_val_obj_set(o, "tags", tags);
	vr_val_obj_set(o, "x", vr_val_null());
	vr_val_obj_set(o, "f", vr_val_num(1.5));
	o->line = 12;
	tags->line = 14;
	return o;
}

static void test_val__copy_is_deep_and_equal(void **state)
{
	vr_val *o = sample(), *c = vr_val_copy(o);

	assert_non_null(c);
	assert_ptr_not_equal(c, o);
	assert_true(vr_val_equal(o, c));
	assert_int_equal(c->line, 12);
	assert_int_equal(vr_val_get(c, "tags")->line, 14);
	/* no shared nodes or strings */
	assert_ptr_not_equal(vr_val_get(c, "tags"), vr_val_get(o, "tags"));
	assert_ptr_not_equal(vr_val_gets(c, "id"), vr_val_gets(o, "id"));
	/* change deep inside the copy: the original does not move */
	vr_val_obj_set(vr_val_at(vr_val_get(c, "tags"), 1), "k", vr_val_bool(0));
	assert_false(vr_val_equal(o, c));
	assert_int_equal(vr_val_get(vr_val_at(vr_val_get(o, "tags"), 1), "k")->u.b, 1);
	vr_val_free(o);
	/* the copy outlives the original */
	assert_string_equal(vr_val_gets(c, "id"), "p1");
	vr_val_free(c);
}

static void test_val__equal_int_and_number_by_value(void **state)
{
	vr_val *i = vr_val_int(3), *n = vr_val_num(3.0), *h = vr_val_num(3.5);
	vr_val *s = vr_val_str("3");

	assert_true(vr_val_equal(i, n));
	assert_true(vr_val_equal(n, i));
	assert_false(vr_val_equal(i, h));
	assert_false(vr_val_equal(i, s));   /* no string coercion */
	vr_val_free(i); vr_val_free(n); vr_val_free(h); vr_val_free(s);
}

static void test_val__equal_distinguishes_types_and_values(void **state)
{
	vr_val *t = vr_val_bool(1), *f = vr_val_bool(0), *z = vr_val_int(0);
	vr_val *n1 = vr_val_null(), *n2 = vr_val_null();
	vr_val *a = vr_val_str("abc"), *b = vr_val_str("abd");
	vr_val *ab = vr_val_strn("ab", 2), *abn = vr_val_strn("ab\0", 3);
	vr_val *ea = vr_val_arr(), *eo = vr_val_obj();

	assert_false(vr_val_equal(t, f));
	assert_false(vr_val_equal(f, z));   /* false is not 0 */
	assert_true(vr_val_equal(n1, n2));
	assert_false(vr_val_equal(n1, f));
	assert_false(vr_val_equal(a, b));
	assert_false(vr_val_equal(ab, abn));
	assert_false(vr_val_equal(ea, eo));  /* [] is not {} */
	assert_true(vr_val_equal(NULL, NULL));
	assert_false(vr_val_equal(n1, NULL));
	vr_val_free(t); vr_val_free(f); vr_val_free(z); vr_val_free(n1);
	vr_val_free(n2); vr_val_free(a); vr_val_free(b); vr_val_free(ab);
	vr_val_free(abn); vr_val_free(ea); vr_val_free(eo);
}

static void test_val__equal_objects_by_keys_not_order(void **state)
{
	vr_val *x = vr_val_obj(), *y = vr_val_obj(), *z = vr_val_obj();
	vr_val *w = vr_val_obj();

	vr_val_obj_set(x, "a", vr_val_int(1));
	vr_val_obj_set(x, "b", vr_val_int(2));
	vr_val_obj_set(y, "b", vr_val_num(2.0));
	vr_val_obj_set(y, "a", vr_val_int(1));
	/* same count, one key differs */
	vr_val_obj_set(z, "a", vr_val_int(1));
	vr_val_obj_set(z, "c", vr_val_int(2));
	/* a subset */
	vr_val_obj_set(w, "a", vr_val_int(1));

	assert_true(vr_val_equal(x, y));
	assert_false(vr_val_equal(x, z));
	assert_false(vr_val_equal(z, x));
	assert_false(vr_val_equal(x, w));
	assert_false(vr_val_equal(w, x));
	vr_val_free(x); vr_val_free(y); vr_val_free(z); vr_val_free(w);
}

static void test_val__equal_arrays_by_order(void **state)
{
	vr_val *x = vr_val_arr(), *y = vr_val_arr(), *z = vr_val_arr();

	vr_val_arr_push(x, vr_val_int(1));
	vr_val_arr_push(x, vr_val_int(2));
	vr_val_arr_push(y, vr_val_int(2));
	vr_val_arr_push(y, vr_val_int(1));
	vr_val_arr_push(z, vr_val_int(1));
	assert_false(vr_val_equal(x, y));
	assert_false(vr_val_equal(x, z));
	vr_val_arr_push(z, vr_val_num(2.0));
	assert_true(vr_val_equal(x, z));
	vr_val_free(x); vr_val_free(y); vr_val_free(z);
}

/*
 * BUG (src/core/val.c, vr_val_equal): two VR_VINT values are compared after
 * conversion to double, so integers above 2^53 that differ compare equal:
 * vr_val_equal(int 9007199254740993, int 9007199254740992) returns 1.
 * Expected 0: the header says integers compare by value. This test states
 * the expected behaviour and fails until vr_val_equal compares two integers
 * as integers.
 */
static void test_val__equal_large_integers_exactly(void **state)
{
	vr_val *a = vr_val_int(9007199254740993LL);   /* 2^53 + 1 */
	vr_val *b = vr_val_int(9007199254740992LL);   /* 2^53 */
	int eq = vr_val_equal(a, b);

	vr_val_free(a); vr_val_free(b);
	assert_false(eq);
}

static void test_val__sort_keys_bytewise_and_recursive(void **state)
{
	vr_val *o = vr_val_obj(), *inner = vr_val_obj(), *arr = vr_val_arr();
	vr_val *in_arr = vr_val_obj();

	vr_val_obj_set(in_arr, "y", vr_val_int(1));
	vr_val_obj_set(in_arr, "x", vr_val_int(2));
	vr_val_arr_push(arr, in_arr);
	vr_val_arr_push(arr, vr_val_str("keep"));

	vr_val_obj_set(inner, "b", vr_val_int(1));
	vr_val_obj_set(inner, "B", vr_val_int(2));   /* 'B' < 'b' bytewise */
	vr_val_obj_set(inner, "a", vr_val_int(3));

	vr_val_obj_set(o, "zeta", inner);
	vr_val_obj_set(o, "\xc3\xa9t\xc3\xa9", vr_val_int(0));  /* UTF-8 sorts last */
	vr_val_obj_set(o, "alpha", arr);
	vr_val_obj_set(o, "Zed", vr_val_int(9));
	vr_val_obj_set(o, "al", vr_val_int(8));      /* prefix sorts first */

	vr_val_sort_keys(o);
	assert_json(o, -1,
		"{\"Zed\":9,\"al\":8,\"alpha\":[{\"x\":2,\"y\":1},\"keep\"],"
		"\"zeta\":{\"B\":2,\"a\":3,\"b\":1},\"\xc3\xa9t\xc3\xa9\":0}");
	/* values travelled with their keys */
	assert_true(vr_val_get(inner, "B")->u.i == 2);
	assert_true(vr_val_get(in_arr, "x")->u.i == 2);
	/* sorting is idempotent */
	vr_val_sort_keys(o);
	assert_string_equal(vr_val_key(o, 0), "Zed");
	vr_val_sort_keys(NULL);
	vr_val_free(o);
}

static void test_val__json_scalars(void **state)
{
	vr_val *v;

	assert_json(NULL, -1, "null");
	v = vr_val_null(); assert_json(v, -1, "null"); vr_val_free(v);
	v = vr_val_bool(1); assert_json(v, -1, "true"); vr_val_free(v);
	v = vr_val_bool(0); assert_json(v, -1, "false"); vr_val_free(v);
	v = vr_val_int(-9223372036854775807LL - 1);
	assert_json(v, -1, "-9223372036854775808");
	vr_val_free(v);
	v = vr_val_num(2.5); assert_json(v, -1, "2.5"); vr_val_free(v);
	v = vr_val_num(3.0); assert_json(v, -1, "3"); vr_val_free(v);
	v = vr_val_num(-0.25); assert_json(v, 2, "-0.25"); vr_val_free(v);
	v = vr_val_str("a\"b"); assert_json(v, -1, "\"a\\\"b\""); vr_val_free(v);
}

static void test_val__json_number_round_trips(void **state)
{
	vr_val *v = vr_val_num(0.1);
	char *s = json(v, -1);

	/* %.17g: whatever the digits, reading them back gives the same double */
	assert_true(strtod(s, NULL) == 0.1);
	free(s);
	vr_val_free(v);
}

static void test_val__json_non_finite_number_is_null(void **state)
{
	vr_val *a = vr_val_arr();

	vr_val_arr_push(a, vr_val_num(NAN));
	vr_val_arr_push(a, vr_val_num(INFINITY));
	vr_val_arr_push(a, vr_val_num(-INFINITY));
	assert_json(a, -1, "[null,null,null]");
	vr_val_free(a);
}

static void test_val__json_compact_exact(void **state)
{
	vr_val *o = sample();

	assert_json(o, -1,
		"{\"id\":\"p1\",\"n\":3,\"tags\":[\"a\",{\"k\":true}],\"x\":null,\"f\":1.5}");
	vr_val_free(o);
}

static void test_val__json_indented_exact(void **state)
{
	vr_val *o = sample();

	vr_val_obj_set(o, "empty_arr", vr_val_arr());
	vr_val_obj_set(o, "empty_obj", vr_val_obj());
	assert_json(o, 2,
		"{\n"
		"  \"id\": \"p1\",\n"
		"  \"n\": 3,\n"
		"  \"tags\": [\n"
		"    \"a\",\n"
		"    {\n"
		"      \"k\": true\n"
		"    }\n"
		"  ],\n"
		"  \"x\": null,\n"
		"  \"f\": 1.5,\n"
		"  \"empty_arr\": [],\n"
		"  \"empty_obj\": {}\n"
		"}");
	vr_val_free(o);
}

static void test_val__json_indent_zero_is_newlines_only(void **state)
{
	vr_val *a = vr_val_arr();

	vr_val_arr_push(a, vr_val_int(1));
	vr_val_arr_push(a, vr_val_int(2));
	assert_json(a, 0, "[\n1,\n2\n]");
	vr_val_free(a);
}

static void test_val__json_escapes_keys(void **state)
{
	vr_val *o = vr_val_obj();

	vr_val_obj_set(o, "a\"b\n", vr_val_int(1));
	assert_json(o, -1, "{\"a\\\"b\\n\":1}");
	vr_val_free(o);
}

static void test_val__json_appends_to_existing_buffer(void **state)
{
	vr_buf b = VR_BUF_INIT;
	vr_val *v = vr_val_int(5);

	vr_buf_puts(&b, "x=");
	vr_val_to_json(&b, v, -1);
	assert_string_equal(vr_buf_cstr(&b), "x=5");
	vr_buf_free(&b);
	vr_val_free(v);
}

/* An object large enough to keep a key index: lookups, replacement, take,
 * sort, copy and equality all agree with what a small object does. */
static void test_val__large_object_keeps_keys_right(void **state)
{
	vr_val *o = vr_val_obj(), *c, *t;
	char k[16];
	int i;

	(void)state;
	for (i = 999; i >= 0; i--) {
		snprintf(k, sizeof(k), "k%03d", i);
		assert_int_equal(vr_val_obj_set(o, k, vr_val_int(i)), 0);
	}
	assert_int_equal(vr_val_obj_set(o, "k500", vr_val_int(-1)), 0);
	assert_int_equal(vr_val_len(o), 1000);
	assert_string_equal(vr_val_key(o, 499), "k500");
	assert_int_equal(vr_val_get(o, "k500")->u.i, -1);
	assert_null(vr_val_get(o, "k1000"));
	t = vr_val_take(o, "k000");
	assert_int_equal(t->u.i, 0);
	vr_val_free(t);
	assert_null(vr_val_get(o, "k000"));
	assert_int_equal(vr_val_get(o, "k001")->u.i, 1);
	vr_val_sort_keys(o);
	assert_string_equal(vr_val_key(o, 0), "k001");
	assert_string_equal(vr_val_key(o, 998), "k999");
	for (i = 1; i < 1000; i++) {
		snprintf(k, sizeof(k), "k%03d", i);
		assert_int_equal(vr_val_get(o, k)->u.i, i == 500 ? -1 : i);
	}
	c = vr_val_copy(o);
	assert_true(vr_val_equal(o, c));
	assert_int_equal(vr_val_obj_set(c, "k999", vr_val_int(0)), 0);
	assert_false(vr_val_equal(o, c));
	while (vr_val_len(c) > 3)
		vr_val_free(vr_val_take(c, vr_val_key(c, 0)));
	assert_string_equal(vr_val_key(c, 0), "k997");
	assert_int_equal(vr_val_get(c, "k998")->u.i, 998);
	vr_val_free(c);
	vr_val_free(o);
}

/* --- the binary form: one walker, every reader a mode of it ------------ */

/* A visitor that writes what it is told as text: "{2 a:i1 b:[1 s3 ] }"
 * (begin with its count, key: before each object member, end). */
static int rec_key(vr_buf *b, const vr_val_pos *at)
{
	if (at->key) {
		vr_buf_put(b, at->key, at->klen);
		vr_buf_putc(b, ':');
	}
	return 0;
}

static int rec_null(void *ctx, const vr_val_pos *at)
{
	rec_key(ctx, at);
	vr_buf_puts(ctx, "z ");
	return 0;
}

static int rec_bool(void *ctx, const vr_val_pos *at, int b)
{
	rec_key(ctx, at);
	vr_buf_puts(ctx, b ? "t " : "f ");
	return 0;
}

static int rec_int(void *ctx, const vr_val_pos *at, long long i)
{
	rec_key(ctx, at);
	vr_buf_printf(ctx, "i%lld ", i);
	return 0;
}

static int rec_num(void *ctx, const vr_val_pos *at, double n)
{
	rec_key(ctx, at);
	vr_buf_printf(ctx, "n%g ", n);
	return 0;
}

static int rec_str(void *ctx, const vr_val_pos *at, const char *s, size_t len)
{
	rec_key(ctx, at);
	vr_buf_printf(ctx, "s%zu ", len);
	return 0;
}

static int rec_begin(void *ctx, const vr_val_pos *at, vr_vtype type, size_t n)
{
	rec_key(ctx, at);
	vr_buf_printf(ctx, "%c%zu ", type == VR_VARR ? '[' : '{', n);
	return 0;
}

static int rec_end(void *ctx, const vr_val_pos *at, vr_vtype type)
{
	vr_buf_puts(ctx, type == VR_VARR ? "] " : "} ");
	return 0;
}

static const vr_val_visitor recorder = {
	rec_null, rec_bool, rec_int, rec_num, rec_str, rec_begin, rec_end
};

/* The plugin a worker would run, loaded once for the Lua mode. */
static vr_runtime *rt;

static char slot[128];          /* the rule running: the runtime writes it */

static int load_runtime(void **state)
{

	(void)state;
	if (setenv("VRTOOL_DATADIR", VR_SRCDIR, 1) != 0 ||
	    vr_runtime_load(&rt, "mo-vr", slot, sizeof(slot)) < 0) {
		fprintf(stderr, "loading mo-vr: %s\n", vr_error_last());
		return -1;
	}
	return 0;
}

static int free_runtime(void **state)
{
	(void)state;
	vr_runtime_free(rt);
	return 0;
}

/* Encodes v (freed) into b. */
static void encode(vr_buf *b, vr_val *v)
{
	*b = (vr_buf)VR_BUF_INIT;
	vr_val_encode(b, v);
	assert_true(vr_buf_ok(b));
	vr_val_free(v);
}

/* Whether the worker takes msg as a plan: its views are built (whatever
 * the rules then make of it) or "does not decode". */
static int lua_reads(const void *msg, size_t len)
{
	vr_val *person = vr_val_obj(), *kase = vr_val_obj(), *summary = vr_val_obj(), *out = NULL;
	vr_buf b[3];
	vr_runtime_doc docs[5];
	char why[2048];
	int rc;

	vr_val_obj_set(person, "id", vr_val_str("P-1"));
	vr_val_obj_set(kase, "id", vr_val_str("C-1"));
	vr_val_obj_set(kase, "agency", vr_val_str("mo-vr"));
	encode(&b[0], person);
	encode(&b[1], kase);
	encode(&b[2], summary);
	docs[0] = (vr_runtime_doc){ b[0].ptr, b[0].len };
	docs[1] = (vr_runtime_doc){ b[1].ptr, b[1].len };
	docs[2] = (vr_runtime_doc){ msg, len };
	docs[3] = (vr_runtime_doc){ b[2].ptr, b[2].len };
	docs[4] = (vr_runtime_doc){ "", 0 };
	rc = vr_runtime_call(rt, "check", docs, "2026-11-23", &out, why, sizeof(why));
	vr_val_free(out);
	for (int i = 0; i < 3; i++)
		vr_buf_free(&b[i]);
	if (rc == 0)
		return 1;
	assert_int_equal(rc, VR_EPLUGIN);
	return !strstr(why, "the host sent a document that does not decode");
}

/* Reads msg in every mode and checks that all of them agree with `ok`
 * (1: each accepts it, 0: each refuses it, leaving nothing). */
static void assert_read_everywhere(const void *msg, size_t len, int ok)
{
	static const uint32_t order = 0x01020304u;
	vr_val *v = (vr_val *)1;
	vr_buf rec = VR_BUF_INIT, stored = VR_BUF_INIT;
	vr_blob blob;
	const void *enc;
	size_t enclen;
	int rc;

	/* the tree */
	rc = vr_val_decode(msg, len, &v);
	if (ok) {
		assert_int_equal(rc, 0);
		assert_non_null(v);
	} else {
		assert_int_equal(rc, VR_EINPUT);
		assert_null(v);
		assert_string_equal(vr_error_last(), "a malformed value message");
	}
	/* the bare check, and a visitor's walk */
	assert_int_equal(vr_val_walk(msg, len, NULL, NULL), ok ? 0 : VR_EINPUT);
	assert_int_equal(vr_val_walk(msg, len, &recorder, &rec), ok ? 0 : VR_EINPUT);
	/* what a visitor is told of an accepted message is the tree */
	if (ok) {
		vr_buf enc2 = VR_BUF_INIT, rec2 = VR_BUF_INIT;
		vr_val_encode(&enc2, v);
		assert_int_equal(vr_val_walk(enc2.ptr, enc2.len, &recorder, &rec2), 0);
		assert_string_equal(vr_buf_cstr(&rec), vr_buf_cstr(&rec2));
		vr_buf_free(&enc2);
		vr_buf_free(&rec2);
	}
	vr_buf_free(&rec);
	vr_val_free(v);
	/* the store's check of a stored value */
	vr_buf_put(&stored, "vrv1", 4);
	vr_buf_put(&stored, (const char *)&order, 4);
	vr_buf_put(&stored, msg, len);
	assert_true(vr_buf_ok(&stored));
	blob.ptr = stored.ptr;
	blob.len = stored.len;
	if (len > 0)
		assert_int_equal(vr_ingest_stored_enc(&blob, &enc, &enclen), ok ? 1 : -1);
	vr_buf_free(&stored);
	/* the worker's Lua tables */
	assert_int_equal(lua_reads(msg, len), ok);
}

/* A plan-like object with one of each kind of value. */
static vr_val *every_kind(void)
{
	vr_val *o = vr_val_obj(), *a = vr_val_arr();

	vr_val_obj_set(o, "id", vr_val_str("C-1-IPE"));
	vr_val_obj_set(o, "kind", vr_val_str("IPE"));
	vr_val_obj_set(o, "n", vr_val_int(-7));
	vr_val_obj_set(o, "x", vr_val_num(2.5));
	vr_val_obj_set(o, "ok", vr_val_bool(1));
	vr_val_obj_set(o, "no", vr_val_bool(0));
	vr_val_obj_set(o, "none", vr_val_null());
	vr_val_arr_push(a, vr_val_str(""));
	vr_val_arr_push(a, vr_val_obj());
	vr_val_arr_push(a, vr_val_arr());
	vr_val_obj_set(o, "list", a);
	return o;
}

static void test_val__walk_tells_each_part_in_order(void **state)
{
	vr_buf b = VR_BUF_INIT, rec = VR_BUF_INIT;
	vr_val *v = every_kind(), *back = NULL;

	(void)state;
	vr_val_encode(&b, v);
	assert_int_equal(vr_val_walk(b.ptr, b.len, &recorder, &rec), 0);
	assert_string_equal(vr_buf_cstr(&rec), "{8 id:s7 kind:s3 n:i-7 x:n2.5 ok:t no:f none:z "
			    "list:[3 s0 {0 } [0 ] ] } ");
	assert_int_equal(vr_val_decode(b.ptr, b.len, &back), 0);
	assert_true(vr_val_equal(v, back));
	assert_read_everywhere(b.ptr, b.len, 1);
	vr_val_free(back);
	vr_val_free(v);
	vr_buf_free(&rec);
	vr_buf_free(&b);
}

/* A callback's error stops the walk and comes back unchanged; a tree
 * stopped half way is freed (ASan would see it otherwise). */
static int stop_at_ok(void *ctx, const vr_val_pos *at, int b)
{
	(void)b;
	++*(int *)ctx;
	return at->key && at->klen == 2 && memcmp(at->key, "ok", 2) == 0 ? VR_EPLUGIN : 0;
}

static void test_val__walk_stops_at_a_callbacks_error(void **state)
{
	vr_buf b = VR_BUF_INIT;
	vr_val_visitor vis = { 0 };
	int seen = 0;

	(void)state;
	vis.boolean = stop_at_ok;
	encode(&b, every_kind());
	assert_int_equal(vr_val_walk(b.ptr, b.len, &vis, &seen), VR_EPLUGIN);
	assert_int_equal(seen, 1);          /* "no" was never reached */
	vr_buf_free(&b);
}

static void test_val__every_reader_refuses_a_truncated_message(void **state)
{
	vr_buf b = VR_BUF_INIT;

	(void)state;
	encode(&b, every_kind());
	for (size_t n = 0; n < b.len; n++)
		assert_read_everywhere(b.ptr, n, 0);
	assert_read_everywhere(b.ptr, b.len, 1);
	vr_buf_free(&b);
}

static void test_val__every_reader_refuses_trailing_bytes(void **state)
{
	vr_buf b = VR_BUF_INIT;

	(void)state;
	encode(&b, every_kind());
	vr_buf_putc(&b, 'z');
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
	/* two whole values are not one */
	b = (vr_buf)VR_BUF_INIT;
	vr_buf_put(&b, "zz", 2);
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
}

/* leaf at `depth`: arrays around it, one per level */
static vr_val *nest(int depth, vr_val *leaf)
{
	while (depth-- > 0) {
		vr_val *a = vr_val_arr();
		vr_val_arr_push(a, leaf);
		leaf = a;
	}
	return leaf;
}

static void test_val__every_reader_refuses_depth_65(void **state)
{
	vr_buf b;
	vr_val *plan;

	(void)state;
	/* 64 is the deepest a value may be (the message itself is depth 0) */
	encode(&b, nest(VR_VAL_MAX_DEPTH, vr_val_int(1)));
	assert_read_everywhere(b.ptr, b.len, 1);
	vr_buf_free(&b);
	encode(&b, nest(VR_VAL_MAX_DEPTH + 1, vr_val_int(1)));
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
	/* an empty container at 65 counts, as does an object's member */
	encode(&b, nest(VR_VAL_MAX_DEPTH + 1, vr_val_obj()));
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
	plan = every_kind();
	vr_val_obj_set(plan, "deep", nest(VR_VAL_MAX_DEPTH - 1, vr_val_null()));
	encode(&b, plan);
	assert_read_everywhere(b.ptr, b.len, 1);
	vr_buf_free(&b);
	plan = every_kind();
	vr_val_obj_set(plan, "deep", nest(VR_VAL_MAX_DEPTH, vr_val_null()));
	encode(&b, plan);
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
}

static void test_val__every_reader_refuses_a_key_of_256_bytes(void **state)
{
	char key[VR_VAL_MAX_KEY + 1];
	vr_val *plan;
	vr_buf b;

	(void)state;
	memset(key, 'k', sizeof(key));
	key[VR_VAL_MAX_KEY - 1] = '\0';            /* 255 bytes: the longest */
	plan = every_kind();
	vr_val_obj_set(plan, key, vr_val_str("long"));
	encode(&b, plan);
	assert_read_everywhere(b.ptr, b.len, 1);
	vr_buf_free(&b);
	key[VR_VAL_MAX_KEY - 1] = 'k';             /* 256 */
	key[VR_VAL_MAX_KEY] = '\0';
	plan = every_kind();
	vr_val_obj_set(plan, key, vr_val_str("long"));
	encode(&b, plan);
	assert_read_everywhere(b.ptr, b.len, 0);
	vr_buf_free(&b);
}

/* Counts and lengths that promise more than the message holds, and tags
 * that are not the form's, are refused the same way. */
static void test_val__every_reader_refuses_lying_lengths(void **state)
{
	static const struct { const char *bytes; size_t len; } bad[] = {
		{ "a\x02\0\0\0z", 6 },          /* two items, one there */
		{ "o\x01\0\0\0\x05\0\0\0abz", 11 }, /* a key longer than left */
		{ "s\xff\xff\xff\xff" "abc", 8 },   /* a string past the end */
		{ "q", 1 },                     /* no such tag */
		{ "i\0\0\0\0", 5 },             /* half an integer */
	};

	(void)state;
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_read_everywhere(bad[i].bytes, bad[i].len, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_val__constructors_make_each_type),
		cmocka_unit_test(test_val__strn_keeps_embedded_nul),
		cmocka_unit_test(test_val__free_null_is_harmless),
		cmocka_unit_test(test_val__obj_set_keeps_insertion_order),
		cmocka_unit_test(test_val__obj_set_replaces_existing_key),
		cmocka_unit_test(test_val__obj_set_grows_past_initial_capacity),
		cmocka_unit_test(test_val__obj_set_on_non_object_fails_and_frees_item),
		cmocka_unit_test(test_val__get_gets_and_missing_keys),
		cmocka_unit_test(test_val__path_walks_nested_objects),
		cmocka_unit_test(test_val__path_rejects_overlong_segment),
		cmocka_unit_test(test_val__take_removes_and_hands_back),
		cmocka_unit_test(test_val__arr_push_and_index),
		cmocka_unit_test(test_val__arr_push_on_non_array_fails_and_frees_item),
		cmocka_unit_test(test_val__copy_is_deep_and_equal),
		cmocka_unit_test(test_val__equal_int_and_number_by_value),
		cmocka_unit_test(test_val__equal_distinguishes_types_and_values),
		cmocka_unit_test(test_val__equal_objects_by_keys_not_order),
		cmocka_unit_test(test_val__equal_arrays_by_order),
		cmocka_unit_test(test_val__equal_large_integers_exactly),
		cmocka_unit_test(test_val__sort_keys_bytewise_and_recursive),
		cmocka_unit_test(test_val__json_scalars),
		cmocka_unit_test(test_val__json_number_round_trips),
		cmocka_unit_test(test_val__json_non_finite_number_is_null),
		cmocka_unit_test(test_val__json_compact_exact),
		cmocka_unit_test(test_val__json_indented_exact),
		cmocka_unit_test(test_val__json_indent_zero_is_newlines_only),
		cmocka_unit_test(test_val__json_escapes_keys),
		cmocka_unit_test(test_val__json_appends_to_existing_buffer),
		cmocka_unit_test(test_val__large_object_keeps_keys_right),
		cmocka_unit_test(test_val__walk_tells_each_part_in_order),
		cmocka_unit_test(test_val__walk_stops_at_a_callbacks_error),
		cmocka_unit_test(test_val__every_reader_refuses_a_truncated_message),
		cmocka_unit_test(test_val__every_reader_refuses_trailing_bytes),
		cmocka_unit_test(test_val__every_reader_refuses_depth_65),
		cmocka_unit_test(test_val__every_reader_refuses_a_key_of_256_bytes),
		cmocka_unit_test(test_val__every_reader_refuses_lying_lengths),
	};

	return cmocka_run_group_tests_name("val", tests, load_runtime, free_runtime);
}
