/*
 * helpers.h - small shared pieces of the unit tests: temporary folders and
 * the path of the source tree (VR_SRCDIR, set by the Makefile).
 */
#ifndef VR_TEST_HELPERS_H
#define VR_TEST_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef VR_SRCDIR
#define VR_SRCDIR "."
#endif

/* A fresh temporary directory; the path is static storage per call site. */
static inline char *vr_test_tmpdir(char *buf, size_t n)
{
	snprintf(buf, n, "%s/vrtool-unit.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	return mkdtemp(buf);
}

static inline void vr_test_rmrf(const char *dir)
{
	char cmd[600];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
}

/* Reads a whole file into a malloc'd, NUL-terminated buffer. */
static inline char *vr_test_slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf;
	long n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	fseek(f, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	if (buf) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	}
	return buf;
}

#endif
