/*
 * buf.h - a growable byte buffer, always NUL-terminated.
 *
 * Used to build messages, JSON and paths. An allocation failure is sticky:
 * the buffer remembers it (oom) and later appends do nothing, so a caller
 * can append freely and check once at the end with vr_buf_ok().
 */
#ifndef VR_BUF_H
#define VR_BUF_H

#include <stddef.h>

typedef struct {
	char *ptr;
	size_t len, cap;
	int oom;
} vr_buf;

#define VR_BUF_INIT { NULL, 0, 0, 0 }

void vr_buf_put(vr_buf *b, const char *s, size_t n);
void vr_buf_puts(vr_buf *b, const char *s);
void vr_buf_putc(vr_buf *b, char c);
void vr_buf_printf(vr_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Appends s as a JSON string literal, quotes included. */
void vr_buf_json_str(vr_buf *b, const char *s, size_t n);
int vr_buf_ok(const vr_buf *b);
/* The contents (never NULL once anything was appended; "" otherwise). */
const char *vr_buf_cstr(const vr_buf *b);
/* Hands the string to the caller (free() it) and resets the buffer. */
char *vr_buf_detach(vr_buf *b);
void vr_buf_clear(vr_buf *b);
void vr_buf_free(vr_buf *b);

#endif
