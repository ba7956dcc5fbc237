/*
 * diag.h - diagnostics: every problem found in one input, with where it is.
 *
 * Validation does not stop at the first mistake: a person fixing a case file
 * wants the whole list at once. Each diagnostic names the path of the field
 * (plans[1].services[3].planned_end), the line where the reader knew it
 * (0 when not), and what is wrong and what to write instead.
 */
#ifndef VR_DIAG_H
#define VR_DIAG_H

#include <stddef.h>

typedef struct {
	char *path;
	char *msg;
	int line;
} vr_diag;

/* A list keeps the first VR_DIAGS_MAX problems and counts the rest in
 * `more`: a document with a million broken elements costs a count, not a
 * million messages. */
#define VR_DIAGS_MAX 1000

typedef struct {
	vr_diag *items;
	size_t n, cap;
	int oom;
	size_t more;            /* problems past VR_DIAGS_MAX, counted only */
	/* notes: what was read but deserves a word (an old field name read
	 * under its new one), not problems; said as warnings */
	vr_diag *notes;
	size_t nnotes, notes_cap;
} vr_diags;

#define VR_DIAGS_INIT { NULL, 0, 0, 0, 0, NULL, 0, 0 }

void vr_diags_add(vr_diags *d, const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
/* Adds a note (at most VR_DIAGS_MAX; the rest are dropped). */
void vr_diags_note(vr_diags *d, const char *path, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void vr_diags_free(vr_diags *d);

#endif
