/*
 * library.h - the Lua half of the vr library (lua/vr/) in a full Lua state:
 * what staff scripts get (src/script/). A plugin's state loads the same
 * library inside its sandbox instead (runtime.c), with the host functions
 * that only the library sees.
 */
#ifndef VR_LIBRARY_H
#define VR_LIBRARY_H

#include <lua.h>

/* Runs lua/vr/init.lua with its host functions (load a sibling module,
 * where a caller is; rule names a running rule, for plugins only) and
 * pushes `vr`. On failure pushes nothing, sets the vr error and returns
 * VR_EINTERNAL. */
int vr_lua_open_library(lua_State *L);

/* host.where(level): "file:line" of the function `level` up the stack, or
 * "?" (for the library and the plugin runtime). */
int vr_lua_host_where(lua_State *L);

#endif
