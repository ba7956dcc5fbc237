/*
 * date.c - strict ISO date parsing and day-number arithmetic; see date.h.
 *
 * The day-number conversion is the standard days-from-civil construction
 * over 400-year eras (H. Hinnant's public-domain algorithm, restated).
 */
#include "core/date.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

long vr_date_from_ymd(int y, int m, int d)
{
	long yy = (long)y - (m <= 2);
	long era = (yy >= 0 ? yy : yy - 399) / 400;
	long yoe = yy - era * 400;
	long mp = (m + 9) % 12;
	long doy = (153 * mp + 2) / 5 + d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void vr_date_to_ymd(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int vr_date_valid_ymd(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	if (y < 1800 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && leap);
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

static int parse_ymd(const char *s, long *days)
{
	int y, m, d;

	if (digits(s, 4, &y) || s[4] != '-' || digits(s + 5, 2, &m) ||
	    s[7] != '-' || digits(s + 8, 2, &d))
		return vr_error_set(VR_EINPUT, "'%.40s' is not a date: write YYYY-MM-DD", s);
	if (!vr_date_valid_ymd(y, m, d))
		return vr_error_set(VR_EINPUT, "'%.10s' is not a real calendar date", s);
	*days = vr_date_from_ymd(y, m, d);
	return 0;
}

int vr_date_parse(const char *s, long *days)
{
	if (strlen(s) != 10)
		return vr_error_set(VR_EINPUT, "'%.40s' is not a date: write YYYY-MM-DD", s);
	return parse_ymd(s, days);
}

int vr_datetime_parse(const char *s, long *days)
{
	long long secs;
	return vr_datetime_seconds(s, days, &secs);
}

int vr_datetime_seconds(const char *s, long *days, long long *secs)
{
	const char *p;
	int hh, mm, ss = 0, oh = 0, om = 0, sign = 1;

	if (strlen(s) < 17 || s[10] != 'T' || parse_ymd(s, days) < 0)
		goto bad;
	p = s + 11;
	if (digits(p, 2, &hh) || p[2] != ':' || digits(p + 3, 2, &mm))
		goto bad;
	p += 5;
	if (*p == ':') {
		if (digits(p + 1, 2, &ss))
			goto bad;
		p += 3;
	}
	if (hh > 23 || mm > 59 || ss > 60)
		goto bad;
	if (*p == 'Z' && p[1] == '\0')
		goto ok;
	if ((*p != '+' && *p != '-') || digits(p + 1, 2, &oh) || p[3] != ':' ||
	    digits(p + 4, 2, &om) || p[6] != '\0' || oh > 14 || om > 59)
		goto bad;
	sign = *p == '-' ? -1 : 1;
ok:
	*secs = (long long)*days * 86400 + hh * 3600 + mm * 60 + ss -
		sign * (oh * 3600 + om * 60);
	return 0;
bad:
	return vr_error_set(VR_EINPUT,
		"'%.40s' is not a date-time: write YYYY-MM-DDThh:mm:ss with an offset "
		"(Z or +hh:mm)", s);
}

void vr_date_format(long days, char out[11])
{
	char tmp[48];
	int y, m, d;

	vr_date_to_ymd(days, &y, &m, &d);
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", y, m, d);
	memcpy(out, tmp, 10);
	out[10] = '\0';
}

long vr_date_today(void)
{
	const char *fix = getenv("VRTOOL_TODAY");
	struct tm tm;
	time_t t;
	long days;

	long long secs;

	if (fix && vr_date_parse(fix, &days) == 0)
		return days;
	if (!fix && (fix = getenv("VRTOOL_NOW")) && vr_datetime_seconds(fix, &days, &secs) == 0)
		return days;
	t = time(NULL);
	if (!localtime_r(&t, &tm))
		return vr_date_from_ymd(1970, 1, 1);
	return vr_date_from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

long long vr_time_now(void)
{
	char now[32];
	long days;
	long long secs;

	vr_time_now_iso(now);
	if (vr_datetime_seconds(now, &days, &secs) < 0)
		return (long long)time(NULL);
	return secs;
}

void vr_time_now_iso(char out[32])
{
	struct tm tm;
	time_t t = time(NULL);
	char tmp[128];
	long off, days;
	long long secs;
	const char *fix = getenv("VRTOOL_NOW");

	/* a fixed clock for tests and demos, as VRTOOL_TODAY is for dates */
	if (fix && strlen(fix) < 32 && vr_datetime_seconds(fix, &days, &secs) == 0) {
		snprintf(out, 32, "%s", fix);
		return;
	}
	if (!localtime_r(&t, &tm)) {
		snprintf(out, 32, "1970-01-01T00:00:00Z");
		return;
	}
	off = tm.tm_gmtoff / 60;
	snprintf(tmp, sizeof(tmp), "%04d-%02d-%02dT%02d:%02d:%02d%c%02ld:%02ld",
		 tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
		 tm.tm_min, tm.tm_sec, off < 0 ? '-' : '+', labs(off) / 60,
		 labs(off) % 60);
	snprintf(out, 32, "%.31s", tmp);
}
