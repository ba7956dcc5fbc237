/*
 * lualines.h - where each field of a data-only Lua file is written.
 *
 * Lua keeps no line numbers for table fields, so a problem found after a
 * case file has run could not say where it is. This module scans the source
 * text of such a file (a `return { ... }` of nested table constructors) and
 * records, for every field and list item, its path in the same notation the
 * validator uses (plans[1].services[3].planned_end) and the line it is on.
 * It is a reader of data, not a Lua parser: anything that is not a table
 * constructor is skipped, which is all a case file may contain anyway.
 */
#ifndef VR_LUALINES_H
#define VR_LUALINES_H

#include <stddef.h>

typedef struct vr_lualines vr_lualines;

/* Scans src; returns NULL only when out of memory. */
vr_lualines *vr_lualines_scan(const char *src, size_t len);
void vr_lualines_free(vr_lualines *l);
/* The line of path, or of the nearest enclosing field that has one; 0 when
 * nothing is known. */
int vr_lualines_find(const vr_lualines *l, const char *path);

#endif
