/*
 * casefile.h - reading a hand-written case file (a Lua table).
 *
 * A case file is data written in Lua syntax: `return { person = {...},
 * case = {...}, plans = {...} }`. It runs in a sandbox with an empty
 * environment (no functions at all: not even string or math), text chunks
 * only, under the case-file budget, so a file that tries to do anything
 * but describe a case fails with a clear message. The result is checked
 * against the model (model.h) and every problem reported at once.
 */
#ifndef VR_CASEFILE_H
#define VR_CASEFILE_H

#include "core/diag.h"
#include "core/val.h"

/*
 * Reads and validates the case file at path. On success *out is the
 * normalised tree (caller frees). On failure returns VR_EINPUT with the
 * error message set; the problems of a file that loaded but does not fit
 * the model are in diags (each with its path).
 */
int vr_casefile_load(const char *path, vr_val **out, vr_diags *diags);

/* The same for a case file already in memory (len bytes at src, no NUL
 * needed); name stands for the file in messages. */
int vr_casefile_read(const char *src, size_t len, const char *name, vr_val **out,
		     vr_diags *diags);

/* Reads any data-only Lua file (a plugin test, say) the same way, without
 * checking it against the case model: the returned table as a tree. */
int vr_datafile_load(const char *path, vr_val **out, vr_diags *diags);

#endif
