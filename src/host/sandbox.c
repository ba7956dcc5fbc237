/*
 * sandbox.c - budgeted, whitelisted Lua states; see sandbox.h.
 *
 * The vr_lua is the allocator's userdata and is also kept in the registry
 * (key: the address of `registry_key`), so C functions can find it.
 */
#include "host/sandbox.h"
#include "core/error.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HOOK_EVERY 1000

const vr_budget vr_budget_plugin = { 64u << 20, 20000000LL, 2000 };
const vr_budget vr_budget_casefile = { 64u << 20, 5000000LL, 2000 };

struct vr_lua {
	lua_State *L;
	vr_budget budget;
	size_t used;
	long long executed;
	struct timespec deadline;
	vr_trip trip;
	int armed;          /* budgets apply only inside vr_lua_call */
};

static const char registry_key = 'x';

static void *budget_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	vr_lua *x = ud;
	void *p;

	if (!ptr)
		osize = 0;
	if (nsize == 0) {
		free(ptr);
		x->used -= osize;
		return NULL;
	}
	if (nsize > osize && x->used + (nsize - osize) > x->budget.memory) {
		if (x->armed && x->trip == VR_TRIP_NONE)
			x->trip = VR_TRIP_MEMORY;
		return NULL;
	}
	if (!(p = realloc(ptr, nsize)))
		return NULL;
	x->used = x->used - osize + nsize;
	return p;
}

static int past(const struct timespec *deadline)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > deadline->tv_sec ||
	       (now.tv_sec == deadline->tv_sec && now.tv_nsec >= deadline->tv_nsec);
}

static void hook(lua_State *L, lua_Debug *ar)
{
	vr_lua *x = vr_lua_of(L);

	(void)ar;
	if (!x || !x->armed)
		return;
	if (x->trip == VR_TRIP_NONE) {
		x->executed += HOOK_EVERY;
		if (x->executed > x->budget.instructions)
			x->trip = VR_TRIP_INSTRUCTIONS;
		else if (past(&x->deadline))
			x->trip = VR_TRIP_TIME;
	}
	if (x->trip != VR_TRIP_NONE) {
		/* From now on, every instruction of every thread raises. */
		lua_sethook(L, hook, LUA_MASKCOUNT, 1);
		luaL_error(L, "budget exceeded");
	}
}

int vr_lua_new(vr_lua **out, const vr_budget *budget)
{
	vr_lua *x = calloc(1, sizeof(*x));

	if (!x)
		return vr_error_set(VR_ENOMEM, "out of memory");
	x->budget = *budget;
	if (!(x->L = lua_newstate(budget_alloc, x))) {
		free(x);
		return vr_error_set(VR_ENOMEM, "cannot create a Lua state");
	}
	lua_pushlightuserdata(x->L, (void *)&registry_key);
	lua_pushlightuserdata(x->L, x);
	lua_rawset(x->L, LUA_REGISTRYINDEX);
	/* Only the libraries a sandbox can use exist in the state at all: no
	 * io, os, package or debug to leak by mistake. */
	{
		static const luaL_Reg libs[] = {
			{ LUA_GNAME, luaopen_base }, { LUA_STRLIBNAME, luaopen_string },
			{ LUA_TABLIBNAME, luaopen_table }, { LUA_MATHLIBNAME, luaopen_math },
			{ LUA_UTF8LIBNAME, luaopen_utf8 }, { LUA_COLIBNAME, luaopen_coroutine },
			{ NULL, NULL }
		};
		for (const luaL_Reg *l = libs; l->func; l++) {
			luaL_requiref(x->L, l->name, l->func, 1);
			lua_pop(x->L, 1);
		}
	}
	vr_lua_harden(x->L);
	lua_sethook(x->L, hook, LUA_MASKCOUNT, HOOK_EVERY);
	*out = x;
	return 0;
}

void vr_lua_free(vr_lua *x)
{
	if (!x)
		return;
	lua_close(x->L);
	free(x);
}

lua_State *vr_lua_state(vr_lua *x)
{
	return x->L;
}

vr_lua *vr_lua_of(lua_State *L)
{
	vr_lua *x;

	lua_pushlightuserdata(L, (void *)&registry_key);
	lua_rawget(L, LUA_REGISTRYINDEX);
	x = lua_touserdata(L, -1);
	lua_pop(L, 1);
	return x;
}

static void copy_fields(lua_State *L, int from, const char *const *names)
{
	for (; *names; names++) {
		lua_getfield(L, from, *names);   /* env ... value */
		lua_setfield(L, -2, *names);
	}
}

static void copy_lib(lua_State *L, const char *lib, const char *const *drop)
{
	/* env */
	lua_newtable(L);                                 /* env copy */
	lua_getglobal(L, lib);                           /* env copy lib */
	lua_pushnil(L);
	while (lua_next(L, -2)) {                        /* env copy lib k v */
		int keep = 1;
		if (lua_type(L, -2) == LUA_TSTRING)
			for (const char *const *d = drop; d && *d; d++)
				if (strcmp(lua_tostring(L, -2), *d) == 0)
					keep = 0;
		if (keep) {
			lua_pushvalue(L, -2);            /* env copy lib k v k */
			lua_insert(L, -2);               /* env copy lib k k v */
			lua_rawset(L, -5);               /* env copy lib k */
		} else {
			lua_pop(L, 1);
		}
	}
	lua_pop(L, 1);                                   /* env copy */
	lua_setfield(L, -2, lib);                        /* env */
}

/*
 * Two functions of the standard library would let sandboxed code run with
 * the count hook switched off, because Lua disables hooks while it runs a
 * __gc finaliser and while it runs an xpcall message handler raised from
 * inside a hook. The sandbox gets versions without those doors.
 */

/* setmetatable(t, mt), refusing a metatable that asks for finalisation
 * (Lua marks an object for __gc only when it gets its metatable, so
 * checking here is enough). */
static int safe_setmetatable(lua_State *L)
{
	if (lua_type(L, 2) == LUA_TTABLE) {
		lua_pushliteral(L, "__gc");
		if (lua_rawget(L, 2) != LUA_TNIL)
			return luaL_error(L, "__gc metamethods are not available in the sandbox");
		lua_pop(L, 1);
	}
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_insert(L, 1);
	lua_call(L, lua_gettop(L) - 1, 1);
	return 1;
}

/* xpcall(f, handler, ...): runs f under pcall, then the handler as plain
 * code, with hooks on, on the error object. No traceback is lost that a
 * plugin could use: it has no debug library. */
static int safe_xpcall(lua_State *L)
{
	int n = lua_gettop(L);

	luaL_checktype(L, 2, LUA_TFUNCTION);
	lua_pushvalue(L, 1);                     /* f h args... f */
	for (int i = 3; i <= n; i++)
		lua_pushvalue(L, i);
	if (lua_pcall(L, n - 2, LUA_MULTRET, 0) == LUA_OK) {
		lua_pushboolean(L, 1);
		lua_replace(L, n);               /* reuse a slot below the results */
		return lua_gettop(L) - n + 1;
	}
	lua_pushboolean(L, 0);                   /* ... err false */
	lua_pushvalue(L, 2);                     /* ... err false h */
	lua_pushvalue(L, -3);                    /* ... err false h err */
	/* Whether the handler succeeds or fails, what it left is the second
	 * result: its value, or its own error object. */
	(void)lua_pcall(L, 1, 1, 0);             /* ... err false result */
	return 2;
}

void vr_lua_push_env(lua_State *L)
{
	static const char *const base[] = {
		"assert", "error", "getmetatable", "ipairs", "next", "pairs",
		"pcall", "rawequal", "rawget", "rawlen", "select", "setmetatable",
		"tonumber", "tostring", "type", "xpcall", "_VERSION", NULL
	};
	static const char *const no_dump[] = { "dump", NULL };
	static const char *const no_random[] = { "random", "randomseed", NULL };

	lua_newtable(L);                                 /* env */
	lua_pushglobaltable(L);                          /* env G */
	lua_insert(L, -2);                               /* G env */
	copy_fields(L, -2, base);
	copy_lib(L, "string", no_dump);
	copy_lib(L, "table", NULL);
	copy_lib(L, "math", no_random);
	copy_lib(L, "utf8", NULL);
	copy_lib(L, "coroutine", NULL);
	lua_getfield(L, -2, "setmetatable");             /* G env setmetatable */
	lua_pushcclosure(L, safe_setmetatable, 1);
	lua_setfield(L, -2, "setmetatable");
	lua_pushcfunction(L, safe_xpcall);
	lua_setfield(L, -2, "xpcall");
	lua_remove(L, -2);                               /* env */
}

void vr_lua_harden(lua_State *L)
{
	lua_getglobal(L, "string");
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);
}

int vr_lua_load(vr_lua *x, const char *buf, size_t len, const char *chunkname,
		int env_idx)
{
	lua_State *L = x->L;
	int rc;

	env_idx = lua_absindex(L, env_idx);
	rc = luaL_loadbufferx(L, buf, len, chunkname, "t");
	if (rc != LUA_OK) {
		const char *m = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1)
							       : "cannot load";
		rc = vr_error_set(VR_EINPUT, "%s", m);
		lua_pop(L, 1);
		return rc;
	}
	lua_pushvalue(L, env_idx);
	if (!lua_setupvalue(L, -2, 1))
		lua_pop(L, 1);   /* a chunk with no upvalue uses no globals */
	return 0;
}

int vr_lua_load_file(vr_lua *x, const char *path, const char *chunkname, int env_idx)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;
	int err;

	if (!f)
		return vr_error_set(VR_ENOTFOUND, "cannot open %s", path);
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return vr_error_set(VR_EIO, "cannot read %s", path);
	}
	if (n > 16L << 20) {
		fclose(f);
		return vr_error_set(VR_EINPUT, "%s is larger than 16 MiB", path);
	}
	if (!(buf = malloc((size_t)n + 1))) {
		fclose(f);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	if (fread(buf, 1, (size_t)n, f) != (size_t)n || ferror(f)) {
		free(buf);
		fclose(f);
		return vr_error_set(VR_EIO, "cannot read %s", path);
	}
	fclose(f);
	err = vr_lua_load(x, buf, (size_t)n, chunkname, env_idx);
	free(buf);
	return err;
}

static int traceback(lua_State *L)
{
	/* Only a string message gets a traceback; anything else passes as is
	 * and is described by type, never converted. */
	if (lua_type(L, 1) == LUA_TSTRING)
		luaL_traceback(L, L, lua_tostring(L, 1), 1);
	return 1;
}

int vr_lua_call(vr_lua *x, int nargs, int nresults, char *msg, size_t msglen,
		vr_trip *trip)
{
	lua_State *L = x->L;
	int base = lua_gettop(L) - nargs, rc;
	long ms = x->budget.wall_ms;

	clock_gettime(CLOCK_MONOTONIC, &x->deadline);
	x->deadline.tv_sec += ms / 1000;
	x->deadline.tv_nsec += (ms % 1000) * 1000000L;
	if (x->deadline.tv_nsec >= 1000000000L) {
		x->deadline.tv_sec++;
		x->deadline.tv_nsec -= 1000000000L;
	}
	x->executed = 0;
	x->trip = VR_TRIP_NONE;
	x->armed = 1;
	lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
	lua_pushcfunction(L, traceback);
	lua_insert(L, base);
	rc = lua_pcall(L, nargs, nresults, base);
	x->armed = 0;
	lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
	lua_remove(L, base);
	*trip = x->trip;
	if (x->trip != VR_TRIP_NONE) {
		if (rc == LUA_OK)
			lua_pop(L, nresults == LUA_MULTRET ? lua_gettop(L) - base + 1 : nresults);
		else
			lua_pop(L, 1);
		snprintf(msg, msglen, "%s",
			 x->trip == VR_TRIP_MEMORY ? "exceeded its memory budget" :
			 x->trip == VR_TRIP_TIME ? "exceeded its time budget" :
			 "exceeded its instruction budget (an endless loop?)");
		x->trip = VR_TRIP_NONE;
		lua_gc(L, LUA_GCCOLLECT);
		return VR_EPLUGIN;
	}
	if (rc != LUA_OK) {
		if (lua_type(L, -1) == LUA_TSTRING)
			snprintf(msg, msglen, "%s", lua_tostring(L, -1));
		else
			snprintf(msg, msglen, "raised an error object of type %s",
				 luaL_typename(L, -1));
		lua_pop(L, 1);
		return VR_EPLUGIN;
	}
	return 0;
}
