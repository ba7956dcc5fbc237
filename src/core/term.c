/*
 * term.c - text made safe for a terminal; see term.h.
 */
#include "core/term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The length of the escape for the character at p (bytes consumed in *n),
 * written to out when out is not NULL; 0 when it needs none. */
static size_t escape(const unsigned char *p, size_t *n, char *out)
{
	char tmp[16];
	size_t len = 0;

	*n = 1;
	if (*p == '\n')
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\n");
	else if (*p == '\r')
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\r");
	else if ((*p < 0x20 && *p != '\t') || *p == 0x7f)
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\x%02x", *p);
	else if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f) {
		/* C1 controls, U+0080 to U+009F */
		*n = 2;
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\u%04x", p[1]);
	} else if (*p == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae) {
		/* U+202A to U+202E: embeddings and overrides */
		*n = 3;
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\u%04x", 0x2000 + (p[2] - 0x80));
	} else if (*p == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9) {
		/* U+2066 to U+2069: isolates */
		*n = 3;
		len = (size_t)snprintf(tmp, sizeof(tmp), "\\u%04x", 0x2040 + (p[2] - 0x80));
	}
	if (len && out)
		memcpy(out, tmp, len);
	return len;
}

const char *vr_term(const char *s)
{
	static char *slot[VR_TERM_SLOTS];
	static unsigned next;
	const unsigned char *p;
	size_t need = 0, n, e;
	int any = 0;
	char *out, *w;

	if (!s)
		return "";
	for (p = (const unsigned char *)s; *p; p += n) {
		e = escape(p, &n, NULL);
		need += e ? e : n;
		any |= e != 0;
	}
	if (!any)
		return s;
	if (!(out = malloc(need + 1)))
		return "?";
	for (p = (const unsigned char *)s, w = out; *p; p += n) {
		if ((e = escape(p, &n, w)))
			w += e;
		else {
			memcpy(w, p, n);
			w += n;
		}
	}
	*w = '\0';
	free(slot[next]);
	slot[next] = out;
	next = (next + 1) % VR_TERM_SLOTS;
	return out;
}
