/*
 * error.c - the per-thread last-error message.
 *
 * One fixed buffer per thread; messages longer than it are cut, never
 * allocated, so that reporting an out-of-memory error cannot itself fail.
 */
#include "core/error.h"

#include <stdio.h>
#include <string.h>

static _Thread_local char last[2048];

int vr_error_setv(int code, const char *fmt, va_list ap)
{
	vsnprintf(last, sizeof(last), fmt, ap);
	return code;
}

int vr_error_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vr_error_setv(code, fmt, ap);
	va_end(ap);
	return code;
}

int vr_error_wrap(int code, const char *fmt, ...)
{
	char prefix[1024], old[sizeof(last)];
	va_list ap;

	memcpy(old, last, sizeof(old));
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	snprintf(last, sizeof(last), "%s%s", prefix, old);
	return code;
}

const char *vr_error_last(void)
{
	return last;
}

void vr_error_clear(void)
{
	last[0] = '\0';
}
