/*
 * test_diff.c - field-by-field differences between two plan versions.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/diff.h"
#include "helpers.h"

static void collect(const char *path, const vr_val *from, const vr_val *to, void *ud)
{
	vr_buf *b = ud;
	vr_buf_printf(b, "%c%s;", !from ? '+' : !to ? '-' : '~', path);
}

static vr_val *svc(const char *id, const char *provider)
{
	vr_val *s = vr_val_obj();
	vr_val_obj_set(s, "id", vr_val_str(id));
	vr_val_obj_set(s, "provider", vr_val_str(provider));
	return s;
}

static void test_diff__equal_values_have_no_difference(void **state)
{
	vr_val *a = vr_val_obj();
	vr_buf b = VR_BUF_INIT;
	(void)state;
	vr_val_obj_set(a, "x", vr_val_int(1));
	assert_int_equal(vr_val_diff(a, a, collect, &b), 0);
	assert_string_equal(vr_buf_cstr(&b), "");
	vr_val_free(a);
}

static void test_diff__records_by_key(void **state)
{
	vr_val *a = vr_val_obj(), *b2 = vr_val_obj(), *g1 = vr_val_obj(), *g2 = vr_val_obj();
	vr_buf b = VR_BUF_INIT;
	(void)state;
	vr_val_obj_set(g1, "occupation", vr_val_str("Baker"));
	vr_val_obj_set(g2, "occupation", vr_val_str("Cook"));
	vr_val_obj_set(a, "goal", g1);
	vr_val_obj_set(a, "gone", vr_val_bool(1));
	vr_val_obj_set(b2, "goal", g2);
	vr_val_obj_set(b2, "new", vr_val_int(3));
	assert_int_equal(vr_val_diff(a, b2, collect, &b), 3);
	assert_string_equal(vr_buf_cstr(&b), "~goal.occupation;-gone;+new;");
	vr_buf_free(&b);
	vr_val_free(a);
	vr_val_free(b2);
}

static void test_diff__lists_with_ids_match_by_id(void **state)
{
	vr_val *a = vr_val_arr(), *c = vr_val_arr();
	vr_buf b = VR_BUF_INIT;
	(void)state;
	vr_val_arr_push(a, svc("S1", "A"));
	vr_val_arr_push(a, svc("S2", "B"));
	vr_val_arr_push(a, svc("S3", "C"));
	/* a service inserted in front, S2 changed, S3 removed */
	vr_val_arr_push(c, svc("S0", "Z"));
	vr_val_arr_push(c, svc("S1", "A"));
	vr_val_arr_push(c, svc("S2", "B2"));
	assert_int_equal(vr_val_diff(a, c, collect, &b), 3);
	assert_string_equal(vr_buf_cstr(&b), "~[id=S2].provider;-[id=S3];+[id=S0];");
	vr_buf_free(&b);
	vr_val_free(a);
	vr_val_free(c);
}

static void test_diff__lists_without_ids_match_by_position(void **state)
{
	vr_val *a = vr_val_arr(), *c = vr_val_arr();
	vr_buf b = VR_BUF_INIT;
	(void)state;
	vr_val_arr_push(a, vr_val_str("x"));
	vr_val_arr_push(c, vr_val_str("y"));
	vr_val_arr_push(c, vr_val_str("z"));
	assert_int_equal(vr_val_diff(a, c, collect, &b), 2);
	assert_string_equal(vr_buf_cstr(&b), "~[1];+[2];");
	vr_buf_free(&b);
	vr_val_free(a);
	vr_val_free(c);
}

static void test_diff__type_change_is_one_change(void **state)
{
	vr_val *a = vr_val_obj(), *c = vr_val_obj();
	vr_buf b = VR_BUF_INIT;
	(void)state;
	vr_val_obj_set(a, "v", vr_val_str("1"));
	vr_val_obj_set(c, "v", vr_val_int(1));
	assert_int_equal(vr_val_diff(a, c, collect, &b), 1);
	vr_buf_free(&b);
	vr_val_free(a);
	vr_val_free(c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_diff__equal_values_have_no_difference),
		cmocka_unit_test(test_diff__records_by_key),
		cmocka_unit_test(test_diff__lists_with_ids_match_by_id),
		cmocka_unit_test(test_diff__lists_without_ids_match_by_position),
		cmocka_unit_test(test_diff__type_change_is_one_change),
	};
	return cmocka_run_group_tests_name("diff", tests, NULL, NULL);
}
