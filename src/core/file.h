/*
 * file.h - a whole file read into memory: the one reader of the files
 * vrtool is given (case files, documents, plugins and scripts, scans).
 */
#ifndef VR_FILE_H
#define VR_FILE_H

#include <stddef.h>

/*
 * Reads the file at path into *out (NUL-terminated; the caller frees it)
 * with its length in *len. A file of more than max bytes is refused, its
 * size named with `what` ("PATH: N bytes; a case file may hold at most
 * MAX", VR_EINPUT), before it is read when its size is known. No such file
 * is VR_ENOTFOUND ("PATH: No such file or directory"); any other failure
 * VR_EIO ("PATH: cannot read: why"). A stream that cannot seek (a pipe) is
 * read too.
 */
int vr_file_read(const char *path, size_t max, const char *what, char **out, size_t *len);

/* max for a file of any size memory holds. */
#define VR_FILE_ANY_SIZE ((size_t)-1 / 2)

#endif
