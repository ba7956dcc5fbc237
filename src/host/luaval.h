/*
 * luaval.h - moving values between Lua and the value tree (core/val.h).
 *
 * Lua to tree is strict, since the Lua side may be a hand-written case file
 * or a plugin: only nil, booleans, numbers, strings and tables of them pass;
 * a table is a list (keys 1..n) or a record (string keys), never both; depth
 * is bounded, which also stops a table that contains itself. Record keys come
 * out sorted, so the same table always gives the same tree.
 */
#ifndef VR_LUAVAL_H
#define VR_LUAVAL_H

#include <lua.h>
#include "core/diag.h"
#include "core/val.h"

/* Pushes v as a fresh Lua value (tables for containers). */
void vr_lua_push_val(lua_State *L, const vr_val *v);

/* Converts the value at idx; problems go to diags with paths under `path`.
 * A value that cannot be converted is reported and stands as null in the
 * tree, so that the caller can go on checking the rest (it knows by diags
 * growing). NULL only when the value itself cannot be converted. */
vr_val *vr_lua_to_val(lua_State *L, int idx, const char *path, vr_diags *diags);

#endif
