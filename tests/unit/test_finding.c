/*
 * test_finding.c - the findings list (core/finding.h).
 *
 * What must hold: add copies every string (the caller's may change or go
 * away) and turns a NULL plan, cite or path into ""; count counts by
 * severity, or all with NULL; free empties; the JSON is an array of objects
 * with the seven fields in a fixed order, parses as JSON whatever the
 * messages contain, and honours the [from, to) range.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/buf.h"
#include "core/finding.h"

/* --- a strict JSON recogniser (RFC 8259), enough to say "it parses" ----- */

static const char *ws(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

static const char *j_value(const char *p, int depth);

static const char *j_string(const char *p)
{
	if (*p++ != '"')
		return NULL;
	for (;;) {
		unsigned char c = (unsigned char)*p++;
		if (c == '"')
			return p;
		if (c < 0x20)          /* also the terminating NUL */
			return NULL;
		if (c == '\\') {
			c = (unsigned char)*p++;
			if (c == 'u') {
				for (int i = 0; i < 4; i++, p++)
					if (!strchr("0123456789abcdefABCDEF", *p) || !*p)
						return NULL;
			} else if (!c || !strchr("\"\\/bfnrt", c)) {
				return NULL;
			}
		}
	}
}

static const char *j_number(const char *p)
{
	if (*p == '-')
		p++;
	if (*p == '0')
		p++;
	else if (*p >= '1' && *p <= '9')
		while (*p >= '0' && *p <= '9')
			p++;
	else
		return NULL;
	if (*p == '.') {
		if (*++p < '0' || *p > '9')
			return NULL;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	if (*p == 'e' || *p == 'E') {
		if (*++p == '+' || *p == '-')
			p++;
		if (*p < '0' || *p > '9')
			return NULL;
		while (*p >= '0' && *p <= '9')
			p++;
	}
	return p;
}

static const char *j_container(const char *p, int depth, char close, int obj)
{
	p = ws(p + 1);
	if (*p == close)
		return p + 1;
	for (;;) {
		if (obj) {
			if (!(p = j_string(p)))
				return NULL;
			p = ws(p);
			if (*p++ != ':')
				return NULL;
		}
		if (!(p = j_value(p, depth + 1)))
			return NULL;
		p = ws(p);
		if (*p == close)
			return p + 1;
		if (*p++ != ',')
			return NULL;
		p = ws(p);
	}
}

static const char *j_value(const char *p, int depth)
{
	if (depth > 64)
		return NULL;
	p = ws(p);
	switch (*p) {
	case '{': return j_container(p, depth, '}', 1);
	case '[': return j_container(p, depth, ']', 0);
	case '"': return j_string(p);
	case 't': return strncmp(p, "true", 4) ? NULL : p + 4;
	case 'f': return strncmp(p, "false", 5) ? NULL : p + 5;
	case 'n': return strncmp(p, "null", 4) ? NULL : p + 4;
	default: return j_number(p);
	}
}

static int json_parses(const char *s)
{
	const char *end = j_value(s, 0);
	return end && *ws(end) == '\0';
}

/* --- helpers ---------------------------------------------------------- */

static char *to_json(const vr_findings *l, size_t from, size_t to)
{
	vr_buf b = VR_BUF_INIT;

	vr_findings_json(&b, l, from, to);
	assert_true(vr_buf_ok(&b));
	return vr_buf_detach(&b);
}

static void add3(vr_findings *l)
{
	assert_int_equal(vr_findings_add(l, "mo", "ipe.deadline", "error", NULL,
					 "34 CFR 361.45(e)", "IPE is late", "plans[1].date",
					 "IPE-1"), 0);
	assert_int_equal(vr_findings_add(l, "mo", "goal.soc", "warning", NULL, NULL,
					 "no SOC code", "plans[1].goal.soc", "IPE-1"), 0);
	assert_int_equal(vr_findings_add(l, "mo", "case.note", "info", NULL, NULL,
					 "no notes yet", NULL, NULL), 0);
}

/* --- tests -------------------------------------------------------------- */

static void test_finding__json_the_recogniser_itself(void **state)
{
	/* the checker must be able to say no, or the tests below prove nothing */
	assert_true(json_parses("[{\"a\":\"b\\u00e9\\n\",\"c\":[1,-2.5e3,true,null]}]"));
	assert_false(json_parses("[{\"a\":\"b\"}"));
	assert_false(json_parses("[{\"a\" \"b\"}]"));
	assert_false(json_parses("[\"tab\there\"]"));
	assert_false(json_parses("[\"bad \\x escape\"]"));
	assert_false(json_parses("[1,]"));
	assert_false(json_parses("[] x"));
}

static void test_finding__add_copies_strings(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char msg[32] = "original message";

	assert_int_equal(vr_findings_add(&l, "mo", "r1", "error", NULL, "cite", msg,
					 "person.id", "IPE-1"), 0);
	strcpy(msg, "changed");
	assert_int_equal(l.n, 1);
	assert_string_equal(l.items[0].message, "original message");
	assert_ptr_not_equal(l.items[0].message, msg);
	assert_string_equal(l.items[0].plugin, "mo");
	assert_string_equal(l.items[0].rule, "r1");
	assert_string_equal(l.items[0].severity, "error");
	assert_string_equal(l.items[0].cite, "cite");
	assert_string_equal(l.items[0].path, "person.id");
	assert_string_equal(l.items[0].plan, "IPE-1");
	vr_findings_free(&l);
}

static void test_finding__add_turns_null_optionals_into_empty(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;

	assert_int_equal(vr_findings_add(&l, "mo", "r", "info", NULL, NULL, "m", NULL, NULL), 0);
	assert_string_equal(l.items[0].cite, "");
	assert_string_equal(l.items[0].path, "");
	assert_string_equal(l.items[0].plan, "");
	vr_findings_free(&l);
}

static void test_finding__count_by_severity(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;

	assert_int_equal(vr_findings_count(&l, NULL), 0);
	assert_int_equal(vr_findings_count(&l, "error"), 0);
	add3(&l);
	assert_int_equal(vr_findings_add(&l, "mo", "r4", "error", NULL, NULL, "again",
					 NULL, "IPE-2"), 0);
	assert_int_equal(vr_findings_count(&l, "error"), 2);
	assert_int_equal(vr_findings_count(&l, "warning"), 1);
	assert_int_equal(vr_findings_count(&l, "info"), 1);
	assert_int_equal(vr_findings_count(&l, "fatal"), 0);
	assert_int_equal(vr_findings_count(&l, "err"), 0);   /* whole word */
	assert_int_equal(vr_findings_count(&l, NULL), 4);
	vr_findings_free(&l);
}

static void test_finding__grows_past_initial_capacity(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char rule[16];

	for (int i = 0; i < 50; i++) {
		snprintf(rule, sizeof(rule), "rule.%d", i);
		assert_int_equal(vr_findings_add(&l, "mo", rule, i % 2 ? "warning" : "error", NULL,
						 NULL, "m", NULL, NULL), 0);
	}
	assert_int_equal(l.n, 50);
	assert_string_equal(l.items[0].rule, "rule.0");
	assert_string_equal(l.items[49].rule, "rule.49");
	assert_int_equal(vr_findings_count(&l, "error"), 25);
	vr_findings_free(&l);
}

static void test_finding__free_empties_and_allows_reuse(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;

	add3(&l);
	vr_findings_free(&l);
	assert_int_equal(l.n, 0);
	assert_null(l.items);
	assert_int_equal(vr_findings_count(&l, NULL), 0);
	add3(&l);
	assert_int_equal(l.n, 3);
	vr_findings_free(&l);
	vr_findings_free(&l);   /* twice is harmless */
}

static void test_finding__json_of_one_finding_exact(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char *s;

	assert_int_equal(vr_findings_add(&l, "mo", "ipe.deadline", "error", NULL,
					 "34 CFR 361.45(e)", "IPE is late", "plans[1].date",
					 "IPE-1"), 0);
	s = to_json(&l, 0, l.n);
	assert_string_equal(s,
		"[{\"plugin\":\"mo\",\"rule\":\"ipe.deadline\",\"severity\":\"error\","
		"\"class\":\"content\",\"cite\":\"34 CFR 361.45(e)\",\"message\":\"IPE is late\","
		"\"path\":\"plans[1].date\",\"plan\":\"IPE-1\"}]");
	assert_true(json_parses(s));
	free(s);
	vr_findings_free(&l);
}

static void test_finding__json_of_empty_list(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char *s = to_json(&l, 0, 0);

	assert_string_equal(s, "[]");
	free(s);
}

static void test_finding__json_parses_with_awkward_text(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char *s;

	add3(&l);
	assert_int_equal(vr_findings_add(&l, "mo", "r\"q", "error", NULL, "a\\b",
					 "line 1\nline 2\ttab \x01 \"quoted\" caf\xc3\xa9",
					 "plans[1].x", NULL), 0);
	s = to_json(&l, 0, l.n);
	assert_true(json_parses(s));
	assert_non_null(strstr(s, "\"message\":\"line 1\\nline 2\\ttab \\u0001 "
				   "\\\"quoted\\\" caf\xc3\xa9\""));
	assert_non_null(strstr(s, "\"plan\":\"\"}]"));
	free(s);
	vr_findings_free(&l);
}

static void test_finding__json_honours_range(void **state)
{
	vr_findings l = VR_FINDINGS_INIT;
	char *s;

	add3(&l);
	/* [1, 3): the second and third */
	s = to_json(&l, 1, 3);
	assert_true(json_parses(s));
	assert_null(strstr(s, "ipe.deadline"));
	assert_non_null(strstr(s, "goal.soc"));
	assert_non_null(strstr(s, "case.note"));
	assert_int_equal(s[0], '[');
	assert_int_equal(s[1], '{');   /* no leading comma */
	free(s);
	/* to past the end is cut at the end */
	s = to_json(&l, 2, 99);
	assert_true(json_parses(s));
	assert_non_null(strstr(s, "case.note"));
	assert_null(strstr(s, "goal.soc"));
	free(s);
	/* an empty range */
	s = to_json(&l, 2, 2);
	assert_string_equal(s, "[]");
	free(s);
	s = to_json(&l, 3, 1);
	assert_string_equal(s, "[]");
	free(s);
	vr_findings_free(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_finding__json_the_recogniser_itself),
		cmocka_unit_test(test_finding__add_copies_strings),
		cmocka_unit_test(test_finding__add_turns_null_optionals_into_empty),
		cmocka_unit_test(test_finding__count_by_severity),
		cmocka_unit_test(test_finding__grows_past_initial_capacity),
		cmocka_unit_test(test_finding__free_empties_and_allows_reuse),
		cmocka_unit_test(test_finding__json_of_one_finding_exact),
		cmocka_unit_test(test_finding__json_of_empty_list),
		cmocka_unit_test(test_finding__json_parses_with_awkward_text),
		cmocka_unit_test(test_finding__json_honours_range),
	};

	return cmocka_run_group_tests_name("finding", tests, NULL, NULL);
}
