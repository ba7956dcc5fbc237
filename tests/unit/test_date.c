/*
 * test_date.c - ISO dates and day numbers (core/date.h).
 *
 * What must hold: a day number is days since 1970-01-01 in the proleptic
 * Gregorian calendar; YYYY-MM-DD is read exactly and a date that does not
 * exist is refused, not rolled over; the Gregorian leap rule (every 4th
 * year, not every 100th, yet every 400th) is applied; from_ymd and to_ymd
 * are inverse over every day of two centuries; a date-time must carry an
 * offset; $VRTOOL_TODAY fixes today's date for tests.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/date.h"
#include "core/error.h"

static long parse_ok(const char *s)
{
	long days = -999999;

	vr_error_clear();
	if (vr_date_parse(s, &days) != 0)
		fail_msg("vr_date_parse(\"%s\") failed: %s", s, vr_error_last());
	return days;
}

static void assert_date_rejected(const char *s)
{
	long days = 4242;

	vr_error_clear();
	if (vr_date_parse(s, &days) != VR_EINPUT)
		fail_msg("vr_date_parse(\"%s\") accepted", s);
	/* the message names the input; *days is untouched */
	assert_true(strlen(vr_error_last()) > 0);
	assert_int_equal(days, 4242);
}

static void assert_datetime(const char *s, int ok, long want_days)
{
	long days = -1;
	int rc;

	vr_error_clear();
	rc = vr_datetime_parse(s, &days);
	if (ok && rc != 0)
		fail_msg("vr_datetime_parse(\"%s\") failed: %s", s, vr_error_last());
	if (!ok && rc != VR_EINPUT)
		fail_msg("vr_datetime_parse(\"%s\") accepted", s);
	if (ok)
		assert_int_equal(days, want_days);
	else
		assert_non_null(strstr(vr_error_last(), "date-time"));
}

static void test_date__known_day_numbers(void **state)
{
	assert_int_equal(vr_date_from_ymd(1970, 1, 1), 0);
	assert_int_equal(vr_date_from_ymd(1970, 1, 2), 1);
	assert_int_equal(vr_date_from_ymd(1969, 12, 31), -1);
	assert_int_equal(vr_date_from_ymd(2000, 3, 1), 11017);
	assert_int_equal(vr_date_from_ymd(2000, 1, 1), 10957);
	assert_int_equal(vr_date_from_ymd(1900, 1, 1), -25567);
	assert_int_equal(vr_date_from_ymd(2038, 1, 19), 24855);
	assert_int_equal(parse_ok("1970-01-01"), 0);
	assert_int_equal(parse_ok("2000-03-01"), 11017);
}

static void test_date__parse_valid_dates(void **state)
{
	assert_int_equal(parse_ok("2026-03-02"), vr_date_from_ymd(2026, 3, 2));
	assert_int_equal(parse_ok("2026-12-31"), vr_date_from_ymd(2026, 12, 31));
	assert_int_equal(parse_ok("2026-01-31"), vr_date_from_ymd(2026, 1, 31));
	assert_int_equal(parse_ok("2026-04-30"), vr_date_from_ymd(2026, 4, 30));
	assert_int_equal(parse_ok("1969-07-20"), -165);
	/* consecutive days across a month and a year end */
	assert_int_equal(parse_ok("2026-03-01") - parse_ok("2026-02-28"), 1);
	assert_int_equal(parse_ok("2027-01-01") - parse_ok("2026-12-31"), 1);
}

static void test_date__rejects_february_30(void **state)
{
	assert_date_rejected("2026-02-30");
	assert_non_null(strstr(vr_error_last(), "2026-02-30"));
	assert_non_null(strstr(vr_error_last(), "not a real calendar date"));
}

static void test_date__rejects_day_past_month_end(void **state)
{
	assert_date_rejected("2026-04-31");
	assert_date_rejected("2026-06-31");
	assert_date_rejected("2026-01-32");
	assert_date_rejected("2026-01-00");
	assert_date_rejected("2026-00-10");
	assert_date_rejected("2026-13-01");
}

static void test_date__leap_years(void **state)
{
	assert_date_rejected("2025-02-29");          /* not divisible by 4 */
	assert_int_equal(parse_ok("2024-02-29"),      /* divisible by 4 */
			 vr_date_from_ymd(2024, 3, 1) - 1);
	assert_date_rejected("1900-02-29");          /* by 100, not 400 */
	assert_int_equal(parse_ok("2000-02-29"),      /* by 400 */
			 11017 - 1);
	assert_date_rejected("2100-02-29");
	assert_true(vr_date_valid_ymd(2024, 2, 29));
	assert_false(vr_date_valid_ymd(2023, 2, 29));
	assert_false(vr_date_valid_ymd(2024, 2, 30));
}

static void test_date__rejects_wrong_formats(void **state)
{
	assert_date_rejected("2026-1-5");
	assert_date_rejected("2026-01-05x");
	assert_date_rejected("");
	assert_date_rejected("2026/01/05");
	assert_date_rejected("20260105");
	assert_date_rejected("26-01-05xx");
	assert_date_rejected("2026-01-5 ");
	assert_date_rejected(" 2026-01-5");
	assert_date_rejected("2026-01-0a");
	assert_date_rejected("2026-01-05T00:00Z");
	assert_date_rejected("+026-01-05");
	assert_date_rejected("05-01-2026");
	assert_non_null(strstr(vr_error_last(), "YYYY-MM-DD"));
}

static void test_date__from_and_to_ymd_round_trip_1900_to_2100(void **state)
{
	long first = vr_date_from_ymd(1900, 1, 1);
	long last = vr_date_from_ymd(2100, 12, 31);
	long z, count = 0;
	int y, m, d, py = 1899, pm = 12, pd = 31;

	for (z = first; z <= last; z++, count++) {
		vr_date_to_ymd(z, &y, &m, &d);
		/* each day is a real date, the one after the previous */
		if (!vr_date_valid_ymd(y, m, d))
			fail_msg("day %ld -> %d-%d-%d is not a date", z, y, m, d);
		if (!((y == py && m == pm && d == pd + 1) ||
		      (y == py && m == pm + 1 && d == 1) ||
		      (y == py + 1 && m == 1 && d == 1 && pm == 12 && pd == 31)))
			fail_msg("day %ld -> %d-%02d-%02d does not follow %d-%02d-%02d",
				 z, y, m, d, py, pm, pd);
		if (vr_date_from_ymd(y, m, d) != z)
			fail_msg("%d-%02d-%02d -> %ld, expected %ld", y, m, d,
				 vr_date_from_ymd(y, m, d), z);
		py = y; pm = m; pd = d;
	}
	assert_int_equal(py, 2100);
	assert_int_equal(pm, 12);
	assert_int_equal(pd, 31);
	/* 201 years with 49 leap days: every 4th year 1904..2096 (2000
	 * included); 1900 and 2100 are not leap years */
	assert_int_equal(count, 201 * 365 + 49);
}

static void test_date__format_writes_iso(void **state)
{
	char out[11];

	vr_date_format(0, out);
	assert_string_equal(out, "1970-01-01");
	vr_date_format(11017, out);
	assert_string_equal(out, "2000-03-01");
	vr_date_format(vr_date_from_ymd(2026, 2, 28), out);
	assert_string_equal(out, "2026-02-28");
	vr_date_format(-25567, out);
	assert_string_equal(out, "1900-01-01");
	/* parse(format(d)) == d */
	assert_int_equal(parse_ok("2031-11-09"), vr_date_from_ymd(2031, 11, 9));
	vr_date_format(parse_ok("2031-11-09"), out);
	assert_string_equal(out, "2031-11-09");
}

static void test_date__datetime_accepts_iso_forms(void **state)
{
	long d = vr_date_from_ymd(2026, 3, 2);

	assert_datetime("2026-03-02T09:30:00-06:00", 1, d);
	assert_datetime("2026-03-02T09:30Z", 1, d);
	assert_datetime("2026-03-02T09:30:00Z", 1, d);
	assert_datetime("2026-03-02T23:59:59+14:00", 1, d);
	assert_datetime("2026-03-02T00:00+05:30", 1, d);
	/* the local calendar date is the date written, whatever the offset */
	assert_datetime("2026-03-02T23:30:00-06:00", 1, d);
}

static void test_date__datetime_rejects_missing_offset(void **state)
{
	assert_datetime("2026-03-02T09:30:00", 0, 0);
	assert_datetime("2026-03-02T09:30", 0, 0);
	assert_datetime("2026-03-02T09:30:00+05", 0, 0);
	assert_datetime("2026-03-02T09:30:00+0500", 0, 0);
}

static void test_date__datetime_rejects_hour_24(void **state)
{
	assert_datetime("2026-03-02T24:00:00Z", 0, 0);
	assert_datetime("2026-03-02T09:60:00Z", 0, 0);
	assert_datetime("2026-03-02T09:30:61Z", 0, 0);
	assert_datetime("2026-03-02T09:30:00+15:00", 0, 0);
	assert_datetime("2026-03-02T09:30:00+05:60", 0, 0);
}

static void test_date__datetime_rejects_impossible_date(void **state)
{
	assert_datetime("2026-02-30T09:30:00Z", 0, 0);
	assert_datetime("2025-02-29T09:30Z", 0, 0);
}

static void test_date__datetime_rejects_malformed(void **state)
{
	assert_datetime("", 0, 0);
	assert_datetime("2026-03-02", 0, 0);
	assert_datetime("2026-03-02 09:30:00Z", 0, 0);
	assert_datetime("2026-03-02T9:30:00Z", 0, 0);
	assert_datetime("2026-03-02T09:30:0Z", 0, 0);
	assert_datetime("2026-03-02T09:30:00Zx", 0, 0);
	assert_datetime("2026-03-02T09:30:00-06:00 ", 0, 0);
	assert_datetime("2026-03-02T09:30:00.5Z", 0, 0);
}

static void test_date__today_honours_env(void **state)
{
	const char *old = getenv("VRTOOL_TODAY");
	char *saved = old ? strdup(old) : NULL;

	assert_int_equal(setenv("VRTOOL_TODAY", "2026-03-02", 1), 0);
	assert_int_equal(vr_date_today(), vr_date_from_ymd(2026, 3, 2));
	assert_int_equal(setenv("VRTOOL_TODAY", "2024-02-29", 1), 0);
	assert_int_equal(vr_date_today(), vr_date_from_ymd(2024, 2, 29));

	if (saved) {
		setenv("VRTOOL_TODAY", saved, 1);
		free(saved);
	} else {
		unsetenv("VRTOOL_TODAY");
	}
}

static void test_date__today_ignores_invalid_env(void **state)
{
	const char *old = getenv("VRTOOL_TODAY");
	char *saved = old ? strdup(old) : NULL;
	long fixed, real;
	int y, m, d;

	/* an impossible date falls back to the clock: a real, recent date */
	assert_int_equal(setenv("VRTOOL_TODAY", "2026-02-30", 1), 0);
	fixed = vr_date_today();
	assert_int_equal(unsetenv("VRTOOL_TODAY"), 0);
	real = vr_date_today();
	/* the clock may tick past midnight between the two calls */
	assert_true(fixed == real || fixed + 1 == real);
	vr_date_to_ymd(real, &y, &m, &d);
	assert_true(y >= 2024);
	assert_true(vr_date_valid_ymd(y, m, d));

	if (saved) {
		setenv("VRTOOL_TODAY", saved, 1);
		free(saved);
	}
}

static void test_date__now_iso_is_a_valid_datetime(void **state)
{
	char now[32];
	long days;

	vr_time_now_iso(now);
	assert_int_equal(strlen(now), 25);   /* YYYY-MM-DDThh:mm:ss+hh:mm */
	assert_int_equal(vr_datetime_parse(now, &days), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_date__known_day_numbers),
		cmocka_unit_test(test_date__parse_valid_dates),
		cmocka_unit_test(test_date__rejects_february_30),
		cmocka_unit_test(test_date__rejects_day_past_month_end),
		cmocka_unit_test(test_date__leap_years),
		cmocka_unit_test(test_date__rejects_wrong_formats),
		cmocka_unit_test(test_date__from_and_to_ymd_round_trip_1900_to_2100),
		cmocka_unit_test(test_date__format_writes_iso),
		cmocka_unit_test(test_date__datetime_accepts_iso_forms),
		cmocka_unit_test(test_date__datetime_rejects_missing_offset),
		cmocka_unit_test(test_date__datetime_rejects_hour_24),
		cmocka_unit_test(test_date__datetime_rejects_impossible_date),
		cmocka_unit_test(test_date__datetime_rejects_malformed),
		cmocka_unit_test(test_date__today_honours_env),
		cmocka_unit_test(test_date__today_ignores_invalid_env),
		cmocka_unit_test(test_date__now_iso_is_a_valid_datetime),
	};

	return cmocka_run_group_tests_name("date", tests, NULL, NULL);
}
