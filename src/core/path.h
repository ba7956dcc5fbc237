/*
 * path.h - the field path of a value, as messages print it and docs/model.md
 * writes it: names joined by '.', list items as [n] counted from 1
 * ("plans[1].services[3].planned_end"). One builder for the validator, the
 * XML reader and the case file's line finder.
 */
#ifndef VR_PATH_H
#define VR_PATH_H

#include <stddef.h>

/* Appends ".name" (just "name" to an empty path; nothing for an empty
 * name) to the path held in
 * buf[0..len), NUL-terminated; returns the new length. When it would not
 * fit in cap, the path is left as it was (a message then names the nearest
 * enclosing field) and len is returned. */
size_t vr_path_field(char *buf, size_t cap, size_t len, const char *name);
/* Appends "[index]" the same way. */
size_t vr_path_item(char *buf, size_t cap, size_t len, size_t index);

/* The path of a child of parent, into out: a field (name) or, name NULL, a
 * list item (index). Returns the length. */
size_t vr_path_child(char *out, size_t cap, const char *parent, const char *name,
		     size_t index);

#endif
