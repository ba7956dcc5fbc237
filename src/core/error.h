/*
 * error.h - error codes and the last-error message.
 *
 * Every core function returns an int: 0 on success, a negative vr_err on
 * failure. The human message that goes with a failure is kept here, per
 * thread, and read with vr_error_last() (as libgit2 does with
 * git_error_last). A message always names what is wrong and where: the file,
 * the field path or the SQL step, and, where it helps, what to do about it.
 *
 * Each front end maps the codes onto its own results (the command line's
 * exit codes: vr_cli_exit_code in src/cli/cli.c), so a failure deep in the
 * store reaches the user with the right status without guessing.
 */
#ifndef VR_ERROR_H
#define VR_ERROR_H

#include <stdarg.h>

typedef enum {
	VR_OK = 0,
	VR_EINPUT = -1,    /* bad input: a file, a field, an argument value */
	VR_ENOTFOUND = -2, /* a case, plan or file that does not exist */
	VR_EEXISTS = -3,   /* something that must not exist already does */
	VR_EIO = -4,       /* the file system or the database failed */
	VR_EINTERNAL = -5, /* a bug, or a library that misbehaved */
	VR_ENOMEM = -6,
	VR_EPLUGIN = -7,   /* a plugin failed to load or run */
	VR_EVERIFY = -8,   /* a digest, seal or chain did not verify */
	VR_EOUTCOME = -9   /* a commit whose outcome is not known: the connection to the
			    * database server was lost while it committed */
} vr_err;

/* Records the message for the failure about to be returned; returns code so
 * callers can write `return vr_error_set(VR_EINPUT, "...", ...);`. */
int vr_error_set(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
int vr_error_setv(int code, const char *fmt, va_list ap);

/* Prefixes the current message with more context ("importing x.lua: "). */
int vr_error_wrap(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The last message set on this thread; never NULL (empty when none). */
const char *vr_error_last(void);
void vr_error_clear(void);


#endif
