/*
 * test_error.c - error codes and the last-error message (core/error.h).
 *
 * What must hold: set records the message and returns the code it was
 * given; last is never NULL; wrap prefixes context to the current message
 * (and may quote it); clear empties it; a message too long for the buffer
 * is cut, not overrun; each thread has its own message; the exit codes are
 * the CLI's contract (3 input/data, 4 internal, 1 verify, 0 success).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/error.h"
#include "cli/cli.h"

static void test_error__last_is_never_null_and_empty_after_clear(void **state)
{
	assert_non_null(vr_error_last());
	vr_error_set(VR_EINPUT, "something");
	vr_error_clear();
	assert_non_null(vr_error_last());
	assert_string_equal(vr_error_last(), "");
}

static void test_error__set_formats_and_returns_code(void **state)
{
	vr_error_clear();
	assert_int_equal(vr_error_set(VR_EINPUT, "field %s: expected %d, got '%s'",
				      "plans[1].version", 3, "x"), VR_EINPUT);
	assert_string_equal(vr_error_last(), "field plans[1].version: expected 3, got 'x'");
	assert_int_equal(vr_error_set(VR_ENOTFOUND, "case %s not found", "C-9"),
			 VR_ENOTFOUND);
	/* a later set replaces, it does not append */
	assert_string_equal(vr_error_last(), "case C-9 not found");
	/* the code is passed through untouched, whatever it is */
	assert_int_equal(vr_error_set(0, "not an error"), 0);
	assert_int_equal(vr_error_set(-1234, "odd"), -1234);
}

static int setv_helper(int code, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = vr_error_setv(code, fmt, ap);
	va_end(ap);
	return rc;
}

static void test_error__setv_takes_a_va_list(void **state)
{
	assert_int_equal(setv_helper(VR_EIO, "%s:%d: %s", "db.sqlite", 42, "disk full"),
			 VR_EIO);
	assert_string_equal(vr_error_last(), "db.sqlite:42: disk full");
}

static void test_error__wrap_prefixes_context(void **state)
{
	vr_error_set(VR_EINPUT, "plans[1].date: not a date");
	assert_int_equal(vr_error_wrap(VR_EINPUT, "importing %s: ", "ana.lua"), VR_EINPUT);
	assert_string_equal(vr_error_last(), "importing ana.lua: plans[1].date: not a date");
	/* wraps nest outward, and the code may change on the way up */
	assert_int_equal(vr_error_wrap(VR_EIO, "batch %d: ", 2), VR_EIO);
	assert_string_equal(vr_error_last(),
			    "batch 2: importing ana.lua: plans[1].date: not a date");
}

static void test_error__wrap_may_quote_the_current_message(void **state)
{
	/* the old message is copied before the new one is written */
	vr_error_set(VR_EINPUT, "inner");
	vr_error_wrap(VR_EINPUT, "[%s] ", vr_error_last());
	assert_string_equal(vr_error_last(), "[inner] inner");
}

static void test_error__wrap_with_no_message(void **state)
{
	vr_error_clear();
	vr_error_wrap(VR_EINTERNAL, "context");
	assert_string_equal(vr_error_last(), "context");
}

static void test_error__long_message_is_cut_not_overrun(void **state)
{
	char *big = malloc(5000);
	size_t n;

	memset(big, 'e', 4999);
	big[4999] = '\0';
	assert_int_equal(vr_error_set(VR_EINPUT, "%s", big), VR_EINPUT);
	n = strlen(vr_error_last());
	assert_true(n > 1000);
	assert_true(n < 4999);
	assert_int_equal(vr_error_last()[0], 'e');
	/* wrapping a full buffer keeps the prefix and still terminates */
	vr_error_wrap(VR_EINPUT, "ctx: ");
	assert_memory_equal(vr_error_last(), "ctx: eee", 8);
	assert_int_equal(strlen(vr_error_last()), n);
	free(big);
}

static void *other_thread(void *arg)
{
	char *seen = arg;

	/* a new thread starts with no message, whatever main has */
	strcpy(seen, vr_error_last());
	vr_error_set(VR_EIO, "set in the other thread");
	return NULL;
}

static void test_error__message_is_per_thread(void **state)
{
	pthread_t t;
	char seen[64] = "unset";

	vr_error_set(VR_EINPUT, "set in main");
	assert_int_equal(pthread_create(&t, NULL, other_thread, seen), 0);
	assert_int_equal(pthread_join(t, NULL), 0);
	assert_string_equal(seen, "");
	assert_string_equal(vr_error_last(), "set in main");
}

static void test_error__exit_code_mapping(void **state)
{
	assert_int_equal(vr_cli_exit_code(VR_OK), 0);
	assert_int_equal(vr_cli_exit_code(0), 0);
	assert_int_equal(vr_cli_exit_code(VR_EINPUT), 3);
	assert_int_equal(vr_cli_exit_code(VR_ENOTFOUND), 3);
	assert_int_equal(vr_cli_exit_code(VR_EEXISTS), 3);
	assert_int_equal(vr_cli_exit_code(VR_EVERIFY), 1);
	assert_int_equal(vr_cli_exit_code(VR_EINTERNAL), 4);
	assert_int_equal(vr_cli_exit_code(VR_EIO), 4);
	assert_int_equal(vr_cli_exit_code(VR_ENOMEM), 4);
	assert_int_equal(vr_cli_exit_code(VR_EPLUGIN), 4);
	/* an unknown code is treated as internal, never as success */
	assert_int_equal(vr_cli_exit_code(-99), 4);
}

static void test_error__codes_are_distinct_and_negative(void **state)
{
	static const int codes[] = {
		VR_EINPUT, VR_ENOTFOUND, VR_EEXISTS, VR_EIO, VR_EINTERNAL,
		VR_ENOMEM, VR_EPLUGIN, VR_EVERIFY,
	};
	size_t n = sizeof(codes) / sizeof(*codes);

	for (size_t i = 0; i < n; i++) {
		assert_true(codes[i] < 0);
		for (size_t j = 0; j < i; j++)
			assert_int_not_equal(codes[i], codes[j]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_error__last_is_never_null_and_empty_after_clear),
		cmocka_unit_test(test_error__set_formats_and_returns_code),
		cmocka_unit_test(test_error__setv_takes_a_va_list),
		cmocka_unit_test(test_error__wrap_prefixes_context),
		cmocka_unit_test(test_error__wrap_may_quote_the_current_message),
		cmocka_unit_test(test_error__wrap_with_no_message),
		cmocka_unit_test(test_error__long_message_is_cut_not_overrun),
		cmocka_unit_test(test_error__message_is_per_thread),
		cmocka_unit_test(test_error__exit_code_mapping),
		cmocka_unit_test(test_error__codes_are_distinct_and_negative),
	};

	return cmocka_run_group_tests_name("error", tests, NULL, NULL);
}
