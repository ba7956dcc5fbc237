/*
 * vocablint.h - does a plugin read only the words it declares?
 *
 * A plugin declares the values it reads (its vocabulary: service
 * categories, note tags, event kinds, forms, ...) and its agency fields
 * (ext), lua/vr/vocab.lua. At run time a read of an undeclared ext field
 * raises and a tag asked of vr.case.tagged must be declared; what the run
 * cannot see is a comparison with a literal (`s.category == "carer"`) or a
 * table keyed by values (`FORM[s.category]` with a key no one declared).
 * This scan of the plugin's source finds those, for `vrtool plugin lint`:
 *
 *   x.F == "v", "v" ~= x.F    F a field some vocabulary path ends in, or
 *                             category, tags, kind (always checked)
 *   T[x.F] with T = { v = ..., ["v"] = ... } declared in the file
 *   ext.NAME, ext["NAME"]     NAME declared at some place of `ext`
 *   tagged(n, "v"), notes_tagged(c, "v"), events(c, "v"),
 *   first_event(c, "v")       a declared tag / event kind
 *
 * It is a token scan, not a Lua parser: it reads what plugins write.
 */
#ifndef VR_VOCABLINT_H
#define VR_VOCABLINT_H

#include "core/buf.h"
#include "core/val.h"

#include <stddef.h>

/* Scans src (the plugin file `file`) against meta (vr_plugin_meta: its
 * vocab and kinds), appending one line per problem to out ("  FILE:LINE:
 * what"). Returns the number of problems, or -1 when out of memory. */
int vr_vocablint(const char *src, size_t len, const char *file, const vr_val *meta,
		 vr_buf *out);

#endif
