/*
 * diag.c - the diagnostics list; see diag.h.
 */
#include "core/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vr_diags_add(vr_diags *d, const char *path, int line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (d->oom)
		return;
	if (d->n >= VR_DIAGS_MAX) {
		d->more++;
		return;
	}
	if (d->n == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		vr_diag *p = realloc(d->items, cap * sizeof(*p));
		if (!p) {
			d->oom = 1;
			return;
		}
		d->items = p;
		d->cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->items[d->n].path = strdup(path ? path : "");
	d->items[d->n].msg = strdup(msg);
	d->items[d->n].line = line;
	if (!d->items[d->n].path || !d->items[d->n].msg) {
		free(d->items[d->n].path);
		free(d->items[d->n].msg);
		d->oom = 1;
		return;
	}
	d->n++;
}

void vr_diags_note(vr_diags *d, const char *path, int line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	vr_diag *x;

	if (d->oom || d->nnotes >= VR_DIAGS_MAX)
		return;
	if (d->nnotes == d->notes_cap) {
		size_t cap = d->notes_cap ? d->notes_cap * 2 : 4;
		vr_diag *p = realloc(d->notes, cap * sizeof(*p));
		if (!p) {
			d->oom = 1;
			return;
		}
		d->notes = p;
		d->notes_cap = cap;
	}
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	x = &d->notes[d->nnotes];
	x->path = strdup(path ? path : "");
	x->msg = strdup(msg);
	x->line = line;
	if (!x->path || !x->msg) {
		free(x->path);
		free(x->msg);
		d->oom = 1;
		return;
	}
	d->nnotes++;
}

void vr_diags_free(vr_diags *d)
{
	for (size_t i = 0; i < d->nnotes; i++) {
		free(d->notes[i].path);
		free(d->notes[i].msg);
	}
	free(d->notes);
	d->notes = NULL;
	d->nnotes = d->notes_cap = 0;
	for (size_t i = 0; i < d->n; i++) {
		free(d->items[i].path);
		free(d->items[i].msg);
	}
	free(d->items);
	d->items = NULL;
	d->n = d->cap = 0;
	d->oom = 0;
	d->more = 0;
}
