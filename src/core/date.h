/*
 * date.h - calendar dates as day numbers.
 *
 * A date is held as the number of days since 1970-01-01 (proleptic
 * Gregorian), so that "90 days after eligibility" is an addition and "how
 * late" a subtraction. Only ISO forms are read and written: YYYY-MM-DD, and
 * for times YYYY-MM-DDThh:mm[:ss](Z|+hh:mm|-hh:mm). Parsing is strict: a
 * date that does not exist (2026-02-30) is refused, not normalised.
 *
 * Business days and holiday calendars live in the Lua half (lua/vr/date.lua),
 * where plugins supply their calendars; the core needs only validation, day
 * arithmetic and today's date for the default --as-of.
 */
#ifndef VR_DATE_H
#define VR_DATE_H

/* Parses "YYYY-MM-DD" (exactly) into *days; 0 or VR_EINPUT. */
int vr_date_parse(const char *s, long *days);
/* Parses an ISO 8601 date-time with seconds optional and an offset
 * required; *days is the local calendar date of the stamp. */
int vr_datetime_parse(const char *s, long *days);
/* The same, and *secs the instant in seconds since 1970-01-01T00:00:00Z
 * (stamps with different offsets compare by it). */
int vr_datetime_seconds(const char *s, long *days, long long *secs);
/* Writes "YYYY-MM-DD" into out (at least 11 bytes). */
void vr_date_format(long days, char out[11]);
long vr_date_from_ymd(int y, int m, int d);
void vr_date_to_ymd(long days, int *y, int *m, int *d);
int vr_date_valid_ymd(int y, int m, int d);
/* Today's local date, or the date in $VRTOOL_TODAY when set (tests). */
long vr_date_today(void);
/* The current time as ISO 8601 with the local UTC offset (26 bytes), or
 * $VRTOOL_NOW when it is set to a date-time (tests and demos, as
 * VRTOOL_TODAY is for dates). */
void vr_time_now_iso(char out[32]);
/* The same instant in seconds since 1970 (time(NULL) or $VRTOOL_NOW). */
long long vr_time_now(void);

#endif
