/*
 * test_term.c - text made safe for a terminal (term.h).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "core/term.h"
#include "helpers.h"

static void test_term__plain_text_is_itself(void **state)
{
	const char *s = "Avery Testcase: café, 12\tnoon";
	(void)state;
	assert_ptr_equal(vr_term(s), s);
	assert_string_equal(vr_term(NULL), "");
}

static void test_term__a_newline_cannot_forge_a_line(void **state)
{
	(void)state;
	assert_string_equal(vr_term("ok\n  error   mo.x: forged\r"),
			    "ok\\n  error   mo.x: forged\\r");
}

static void test_term__escapes_and_controls_are_shown(void **state)
{
	(void)state;
	/* ESC [ 2 J clears the screen; BEL, DEL, a C1 CSI (U+009B) */
	assert_string_equal(vr_term("\x1b[2Jx\x07\x7f" "\xc2\x9b" "1m"),
			    "\\x1b[2Jx\\x07\\x7f\\u009b1m");
}

static void test_term__bidi_overrides_are_shown(void **state)
{
	(void)state;
	/* U+202E RIGHT-TO-LEFT OVERRIDE, U+2066 LEFT-TO-RIGHT ISOLATE */
	assert_string_equal(vr_term("a\xe2\x80\xae" "b\xe2\x81\xa6" "c"), "a\\u202eb\\u2066c");
	/* other three-byte characters pass: U+2014 EM DASH */
	assert_string_equal(vr_term("a\xe2\x80\x94" "b"), "a\xe2\x80\x94" "b");
}

static void test_term__several_results_stand_together(void **state)
{
	const char *r[VR_TERM_SLOTS];
	char in[32];
	(void)state;
	for (int i = 0; i < VR_TERM_SLOTS; i++) {
		snprintf(in, sizeof(in), "%d\n", i);
		r[i] = vr_term(in);
	}
	for (int i = 0; i < VR_TERM_SLOTS; i++) {
		char want[32];
		snprintf(want, sizeof(want), "%d\\n", i);
		assert_string_equal(r[i], want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_term__plain_text_is_itself),
		cmocka_unit_test(test_term__a_newline_cannot_forge_a_line),
		cmocka_unit_test(test_term__escapes_and_controls_are_shown),
		cmocka_unit_test(test_term__bidi_overrides_are_shown),
		cmocka_unit_test(test_term__several_results_stand_together),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
