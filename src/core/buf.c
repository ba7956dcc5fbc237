/*
 * buf.c - growable NUL-terminated byte buffer; see buf.h.
 */
#include "core/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(vr_buf *b, size_t extra)
{
	size_t need, cap;
	char *p;

	if (b->oom)
		return -1;
	if (extra > (size_t)-1 / 2 - b->len) {
		b->oom = 1;
		return -1;
	}
	need = b->len + extra + 1;
	if (need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	if (!(p = realloc(b->ptr, cap))) {
		b->oom = 1;
		return -1;
	}
	b->ptr = p;
	b->cap = cap;
	return 0;
}

void vr_buf_put(vr_buf *b, const char *s, size_t n)
{
	if (grow(b, n) < 0)
		return;
	if (n)
		memcpy(b->ptr + b->len, s, n);
	b->len += n;
	b->ptr[b->len] = '\0';
}

void vr_buf_puts(vr_buf *b, const char *s)
{
	vr_buf_put(b, s, strlen(s));
}

void vr_buf_putc(vr_buf *b, char c)
{
	vr_buf_put(b, &c, 1);
}

void vr_buf_printf(vr_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || grow(b, (size_t)n) < 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void vr_buf_json_str(vr_buf *b, const char *s, size_t n)
{
	size_t i;

	vr_buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		switch (c) {
		case '"': vr_buf_puts(b, "\\\""); break;
		case '\\': vr_buf_puts(b, "\\\\"); break;
		case '\n': vr_buf_puts(b, "\\n"); break;
		case '\r': vr_buf_puts(b, "\\r"); break;
		case '\t': vr_buf_puts(b, "\\t"); break;
		default:
			if (c < 0x20)
				vr_buf_printf(b, "\\u%04x", c);
			else
				vr_buf_putc(b, (char)c);
		}
	}
	vr_buf_putc(b, '"');
}

int vr_buf_ok(const vr_buf *b)
{
	return !b->oom;
}

const char *vr_buf_cstr(const vr_buf *b)
{
	return b->ptr ? b->ptr : "";
}

char *vr_buf_detach(vr_buf *b)
{
	char *p = b->ptr;

	if (!p && !b->oom)
		p = calloc(1, 1);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
	return p;
}

void vr_buf_clear(vr_buf *b)
{
	b->len = 0;
	if (b->ptr)
		b->ptr[0] = '\0';
}

void vr_buf_free(vr_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
	b->oom = 0;
}
