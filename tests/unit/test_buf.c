/*
 * test_buf.c - the growable byte buffer (core/buf.h).
 *
 * What must hold: the contents are always NUL-terminated and exactly what
 * was appended; growth past the first 64-byte block keeps every byte; JSON
 * string escaping produces a literal a JSON reader gives back unchanged;
 * an allocation failure is sticky; detach hands over ownership and resets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"

static void test_buf__cstr_of_empty_buffer_is_empty_string(void **state)
{
	vr_buf b = VR_BUF_INIT;

	assert_non_null(vr_buf_cstr(&b));
	assert_string_equal(vr_buf_cstr(&b), "");
	assert_int_equal(b.len, 0);
	assert_true(vr_buf_ok(&b));
	vr_buf_free(&b);
}

static void test_buf__appends_puts_putc_and_put(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_puts(&b, "plan");
	vr_buf_putc(&b, '-');
	vr_buf_put(&b, "12345", 2);   /* only the first two bytes */
	vr_buf_put(&b, "ignored", 0);
	assert_string_equal(vr_buf_cstr(&b), "plan-12");
	assert_int_equal(b.len, 7);
	assert_int_equal(b.ptr[b.len], '\0');
	assert_true(vr_buf_ok(&b));
	vr_buf_free(&b);
}

static void test_buf__put_keeps_embedded_nul_bytes(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_put(&b, "a\0b", 3);
	assert_int_equal(b.len, 3);
	assert_memory_equal(b.ptr, "a\0b\0", 4);
	vr_buf_free(&b);
}

static void test_buf__printf_grows_past_first_block(void **state)
{
	vr_buf b = VR_BUF_INIT;
	char expect[512];
	size_t i;

	vr_buf_printf(&b, "%s", "start:");
	/* 6 + 40 * 10 = 406 bytes: several doublings from the 64-byte block */
	for (i = 0; i < 40; i++)
		vr_buf_printf(&b, "[%03zu|%04x]", i, (unsigned)(i * 7));
	assert_true(vr_buf_ok(&b));
	assert_int_equal(b.len, 406);
	assert_true(b.cap > b.len);
	assert_int_equal(strlen(vr_buf_cstr(&b)), 406);

	strcpy(expect, "start:");
	for (i = 0; i < 40; i++) {
		char one[16];
		snprintf(one, sizeof(one), "[%03zu|%04x]", i, (unsigned)(i * 7));
		strcat(expect, one);
	}
	assert_string_equal(vr_buf_cstr(&b), expect);
	vr_buf_free(&b);
}

static void test_buf__single_printf_longer_than_64_bytes(void **state)
{
	vr_buf b = VR_BUF_INIT;
	char big[201];

	memset(big, 'x', 200);
	big[200] = '\0';
	vr_buf_puts(&b, "ab");
	vr_buf_printf(&b, "<%s>%d", big, 42);
	assert_int_equal(b.len, 2 + 1 + 200 + 1 + 2);
	assert_memory_equal(b.ptr, "ab<", 3);
	assert_memory_equal(b.ptr + 3, big, 200);
	assert_string_equal(b.ptr + 203, ">42");
	vr_buf_free(&b);
}

static void test_buf__json_str_plain_text_is_quoted(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_json_str(&b, "Jane Doe", 8);
	assert_string_equal(vr_buf_cstr(&b), "\"Jane Doe\"");
	vr_buf_clear(&b);
	vr_buf_json_str(&b, "", 0);
	assert_string_equal(vr_buf_cstr(&b), "\"\"");
	vr_buf_free(&b);
}

static void test_buf__json_str_escapes_quote_and_backslash(void **state)
{
	vr_buf b = VR_BUF_INIT;
	const char *s = "say \"hi\" C:\\dir";

	vr_buf_json_str(&b, s, strlen(s));
	assert_string_equal(vr_buf_cstr(&b), "\"say \\\"hi\\\" C:\\\\dir\"");
	vr_buf_free(&b);
}

static void test_buf__json_str_escapes_control_characters(void **state)
{
	vr_buf b = VR_BUF_INIT;
	const char s[] = "a\nb\rc\td\x01" "e\x1f" "f\b\f";

	vr_buf_json_str(&b, s, sizeof(s) - 1);
	assert_string_equal(vr_buf_cstr(&b),
		"\"a\\nb\\rc\\td\\u0001e\\u001ff\\u0008\\u000c\"");
	vr_buf_free(&b);
}

static void test_buf__json_str_escapes_nul_within_length(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_json_str(&b, "a\0b", 3);
	assert_string_equal(vr_buf_cstr(&b), "\"a\\u0000b\"");
	vr_buf_free(&b);
}

static void test_buf__json_str_passes_utf8_and_del_through(void **state)
{
	vr_buf b = VR_BUF_INIT;
	const char *s = "Jos\xc3\xa9 \x7f";

	vr_buf_json_str(&b, s, strlen(s));
	assert_string_equal(vr_buf_cstr(&b), "\"Jos\xc3\xa9 \x7f\"");
	vr_buf_free(&b);
}

static void test_buf__detach_hands_over_and_resets(void **state)
{
	vr_buf b = VR_BUF_INIT;
	char *s;

	vr_buf_puts(&b, "owned by caller");
	s = vr_buf_detach(&b);
	assert_non_null(s);
	assert_string_equal(s, "owned by caller");
	assert_null(b.ptr);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, 0);
	assert_string_equal(vr_buf_cstr(&b), "");
	/* the buffer is usable again and independent of s */
	vr_buf_puts(&b, "again");
	assert_string_equal(vr_buf_cstr(&b), "again");
	assert_string_equal(s, "owned by caller");
	free(s);
	vr_buf_free(&b);
}

static void test_buf__detach_of_empty_buffer_is_freeable_empty_string(void **state)
{
	vr_buf b = VR_BUF_INIT;
	char *s = vr_buf_detach(&b);

	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
}

static void test_buf__clear_keeps_storage_and_empties(void **state)
{
	vr_buf b = VR_BUF_INIT;
	size_t cap;

	vr_buf_printf(&b, "%0100d", 7);
	cap = b.cap;
	vr_buf_clear(&b);
	assert_int_equal(b.len, 0);
	assert_int_equal(b.cap, cap);
	assert_string_equal(vr_buf_cstr(&b), "");
	vr_buf_puts(&b, "x");
	assert_string_equal(vr_buf_cstr(&b), "x");
	vr_buf_free(&b);
	assert_null(b.ptr);
	assert_int_equal(b.len, 0);
}

static void test_buf__clear_on_never_used_buffer(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_clear(&b);
	assert_string_equal(vr_buf_cstr(&b), "");
	vr_buf_free(&b);
}

static void test_buf__oversized_append_sets_sticky_oom(void **state)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_puts(&b, "kept");
	/* a length no allocator can satisfy: refused before any copy */
	vr_buf_put(&b, "x", SIZE_MAX);
	assert_false(vr_buf_ok(&b));
	assert_int_equal(b.len, 4);
	/* later appends do nothing */
	vr_buf_puts(&b, "more");
	vr_buf_printf(&b, "%d", 5);
	vr_buf_json_str(&b, "q", 1);
	assert_false(vr_buf_ok(&b));
	assert_int_equal(b.len, 4);
	assert_string_equal(vr_buf_cstr(&b), "kept");
	/* free resets the flag */
	vr_buf_free(&b);
	assert_true(vr_buf_ok(&b));
	vr_buf_puts(&b, "fresh");
	assert_string_equal(vr_buf_cstr(&b), "fresh");
	vr_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_buf__cstr_of_empty_buffer_is_empty_string),
		cmocka_unit_test(test_buf__appends_puts_putc_and_put),
		cmocka_unit_test(test_buf__put_keeps_embedded_nul_bytes),
		cmocka_unit_test(test_buf__printf_grows_past_first_block),
		cmocka_unit_test(test_buf__single_printf_longer_than_64_bytes),
		cmocka_unit_test(test_buf__json_str_plain_text_is_quoted),
		cmocka_unit_test(test_buf__json_str_escapes_quote_and_backslash),
		cmocka_unit_test(test_buf__json_str_escapes_control_characters),
		cmocka_unit_test(test_buf__json_str_escapes_nul_within_length),
		cmocka_unit_test(test_buf__json_str_passes_utf8_and_del_through),
		cmocka_unit_test(test_buf__detach_hands_over_and_resets),
		cmocka_unit_test(test_buf__detach_of_empty_buffer_is_freeable_empty_string),
		cmocka_unit_test(test_buf__clear_keeps_storage_and_empties),
		cmocka_unit_test(test_buf__clear_on_never_used_buffer),
		cmocka_unit_test(test_buf__oversized_append_sets_sticky_oom),
	};

	return cmocka_run_group_tests_name("buf", tests, NULL, NULL);
}
