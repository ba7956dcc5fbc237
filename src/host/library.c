/*
 * library.c - the vr library in a full Lua state (library.h).
 */
#include "host/library.h"
#include "core/error.h"
#include "host/paths.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>

/* host.load(name, ...): runs lua/vr/<name>.lua with the remaining
 * arguments and returns its result (a name of lower-case letters only). */
static int host_load(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	char path[PATH_MAX];
	int nargs = lua_gettop(L) - 1;

	for (const char *c = name; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || *c == '_'))
			return luaL_error(L, "bad module name '%s'", name);
	snprintf(path, sizeof(path), "%s/lua/vr/%s.lua", vr_paths_datadir(), name);
	if (luaL_loadfilex(L, path, "t") != LUA_OK)
		return lua_error(L);
	lua_insert(L, 2);
	lua_call(L, nargs, 1);
	return 1;
}

int vr_lua_host_where(lua_State *L)
{
	lua_Debug ar;
	int level = (int)luaL_optinteger(L, 1, 1);

	if (!lua_getstack(L, level, &ar) || !lua_getinfo(L, "Sl", &ar)) {
		lua_pushliteral(L, "?");
		return 1;
	}
	lua_pushfstring(L, "%s:%d", ar.short_src, ar.currentline);
	return 1;
}

/* host.rule(id): which rule runs; a script runs none */
static int host_rule(lua_State *L)
{
	(void)L;
	return 0;
}

static int traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);
	luaL_traceback(L, L, msg ? msg : "(an error object that is not a string)", 1);
	return 1;
}

int vr_lua_open_library(lua_State *L)
{
	char path[PATH_MAX];
	const char *dd = vr_paths_datadir();

	if (!dd)
		return VR_ENOTFOUND;
	snprintf(path, sizeof(path), "%s/lua/vr/init.lua", dd);
	lua_pushcfunction(L, traceback);
	if (luaL_loadfilex(L, path, "t") != LUA_OK) {
		vr_error_set(VR_EINTERNAL, "%s", lua_tostring(L, -1));
		lua_pop(L, 2);
		return VR_EINTERNAL;
	}
	luaL_newlib(L, ((const luaL_Reg[]){ { "load", host_load }, { "where", vr_lua_host_where },
					     { "rule", host_rule }, { NULL, NULL } }));
	if (lua_pcall(L, 1, 1, -3) != LUA_OK) {
		vr_error_set(VR_EINTERNAL, "the vr library does not load: %s", lua_tostring(L, -1));
		lua_pop(L, 2);
		return VR_EINTERNAL;
	}
	lua_remove(L, -2);
	return 0;
}
