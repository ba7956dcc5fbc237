/*
 * input.h - case files (.lua, a Lua table of data) and exported documents
 * (.xml) read from disk and validated against the model (app.h).
 */
#ifndef VR_APP_INPUT_H
#define VR_APP_INPUT_H

#include "core/buf.h"
#include "core/diag.h"
#include "core/val.h"

#include <stdio.h>

/*
 * Reads and validates an input file, and checks that its agency has a
 * plugin. Every problem goes to d (with its path and line); so do the
 * notes of what was read but deserves a word (an old field name read under
 * its new one, diag.h), their lines found. *document says whether it was a
 * document (whose version numbers are kept); signatures, when not NULL,
 * gets a document's signatures (caller frees; NULL for a case file).
 * VR_EINPUT when the file is not one vrtool reads (the message says why)
 * or has problems (in d).
 */
int vr_app_read_input(const char *path, vr_val **out, int *document, vr_val **signatures,
		      vr_diags *d);

/* A file's problems as text, one per line ("SOURCE:LINE: PATH: message",
 * the first 20 and how many more), into problems; its notes ("warning:
 * SOURCE:LINE: PATH: message") into notes: what a front end says. */
void vr_app_diags_text(const char *source, const vr_diags *d, vr_buf *problems, vr_buf *notes);

/* Writes each line of lines to `to` (a front end's stream) as
 * "vrtool CMD: LINE". */
void vr_app_lines_to(FILE *to, const char *cmd, const vr_buf *lines);

/* The lines of a case file's items, from its text (host/lualines.h): NULL
 * when it cannot be read. vr_app_casefile_line asks for one path ("plans[1].
 * services[3].category"; 0 when unknown); scan once for many. */
struct vr_lualines;
struct vr_lualines *vr_app_casefile_lines(const char *path);
int vr_app_casefile_line(const char *path, const char *where);

#endif
