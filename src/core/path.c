/*
 * path.c - field paths (path.h).
 */
#include "core/path.h"

#include <string.h>

size_t vr_path_field(char *buf, size_t cap, size_t len, const char *name)
{
	size_t n = strlen(name);

	if (n == 0 || len + n + 2 > cap)   /* an empty name: the path itself */
		return len;
	if (len)
		buf[len++] = '.';
	memcpy(buf + len, name, n + 1);
	return len + n;
}

size_t vr_path_item(char *buf, size_t cap, size_t len, size_t index)
{
	char digits[24];
	size_t k = sizeof(digits), n;

	digits[--k] = '\0';
	do
		digits[--k] = (char)('0' + index % 10);
	while ((index /= 10) > 0 && k > 0);
	n = sizeof(digits) - 1 - k;
	if (len + n + 3 > cap)
		return len;
	buf[len++] = '[';
	memcpy(buf + len, digits + k, n);
	len += n;
	buf[len++] = ']';
	buf[len] = '\0';
	return len;
}

size_t vr_path_child(char *out, size_t cap, const char *parent, const char *name,
		     size_t index)
{
	size_t len = strlen(parent);

	if (cap == 0)
		return 0;
	if (len >= cap)
		len = cap - 1;
	memmove(out, parent, len);
	out[len] = '\0';
	return name ? vr_path_field(out, cap, len, name) : vr_path_item(out, cap, len, index);
}
