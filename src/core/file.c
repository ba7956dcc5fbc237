/*
 * file.c - a whole file read into memory (file.h).
 */
#include "core/file.h"
#include "core/buf.h"
#include "core/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int vr_file_read(const char *path, size_t max, const char *what, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	vr_buf b = VR_BUF_INIT;
	struct stat st;
	char chunk[65536];
	size_t n;
	int e;

	*out = NULL;
	*len = 0;
	if (!f)
		return vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "%s: %s", path,
				    strerror(errno));
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode) && (unsigned long long)st.st_size > max) {
		fclose(f);
		return vr_error_set(VR_EINPUT, "%s: %lld bytes; %s may hold at most %zu", path,
				    (long long)st.st_size, what, max);
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		vr_buf_put(&b, chunk, n);
		if (b.len > max) {
			fclose(f);
			vr_buf_free(&b);
			return vr_error_set(VR_EINPUT, "%s: more than %zu bytes; %s may hold at "
					    "most %zu", path, max, what, max);
		}
	}
	e = ferror(f) ? errno : 0;
	fclose(f);
	if (e || !vr_buf_ok(&b)) {
		vr_buf_free(&b);
		if (!e)
			return vr_error_set(VR_ENOMEM, "out of memory");
		return vr_error_set(VR_EIO, "%s: cannot read: %s", path, strerror(e));
	}
	*len = b.len;
	if (!b.ptr)    /* an empty file: an empty string of our own */
		return (*out = calloc(1, 1)) ? 0 : vr_error_set(VR_ENOMEM, "out of memory");
	*out = vr_buf_detach(&b);
	return 0;
}
