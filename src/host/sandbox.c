/*
 * sandbox.c - budgeted, whitelisted Lua states; see sandbox.h.
 *
 * The vr_lua is the allocator's userdata and is also kept in the registry
 * (key: the address of `registry_key`), so C functions can find it.
 *
 * Budgets: `limit` is the most the allocator lets the state hold now
 * (budget.memory outside a call; what the state held when a call or a sub
 * began plus budget.memory inside one, never more than twice
 * budget.memory), `executed` and `deadline` count the instructions and
 * time of the innermost call or sub, `call_deadline` bounds every sub of
 * a call. A sub saves the outer counts and puts them back, so the runner's
 * own instructions are counted apart from the rules'.
 *
 * A frozen table T is empty; its metatable (marked by the key
 * `frozen_key`, whose value names T for messages) has __index = D, the
 * data table that holds what T held (with T's original metatable, so a
 * lookup still follows it), __newindex = frozen_refuse, __len and __pairs
 * that read D, and __metatable (so no code changes it). The sandbox's
 * next, rawget and rawlen read D for T, so a frozen table still looks, to
 * every function a plugin has, like the table it was.
 */
#include "host/sandbox.h"
#include "core/error.h"
#include "core/file.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HOOK_EVERY 1000

/* A plugin's rules each get 64 MiB, 20 million instructions and 1 s
 * (a rule of the shipped plugins takes microseconds), and a call (one
 * plan, every rule) 4 s, under the host's 5 s (plugin.c). */
const vr_budget vr_budget_plugin = { 64u << 20, 20000000LL, 1000, 4000 };
const vr_budget vr_budget_casefile = { 64u << 20, 5000000LL, 2000, 0 };

struct vr_lua {
	lua_State *L;
	vr_budget budget;
	size_t used, limit;
	long long executed;
	struct timespec deadline, call_deadline;
	long call_ms;       /* vr_lua_set_call_ms, or 0 */
	vr_trip trip;
	int armed;          /* budgets apply only inside vr_lua_call */
	char violation[512];/* the first refused write since the last take */
	int nviolations;
	int npins;          /* shared variables pinned by vr_lua_freeze_all */
	int strict_pins;    /* check them after every sub, not every call */
};

static const char registry_key = 'x';
static const char frozen_key = 'f';

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
	if (nsize > osize && x->used + (nsize - osize) > x->limit) {
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
	if (x->trip == VR_TRIP_NONE && lua_gethookcount(L) != HOOK_EVERY)
		/* a thread left at every instruction by an earlier, cleared trip */
		lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
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
	x->limit = budget->memory;
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

/* --- frozen tables ------------------------------------------------------ */

/* Pushes the metatable of the frozen table at idx and returns 1, or pushes
 * nothing and returns 0 when it is not one. */
static int frozen_mt(lua_State *L, int idx)
{
	if (lua_type(L, idx) != LUA_TTABLE || !lua_getmetatable(L, idx))
		return 0;
	if (lua_rawgetp(L, -1, &frozen_key) == LUA_TNIL) {
		lua_pop(L, 2);
		return 0;
	}
	lua_pop(L, 1);
	return 1;
}

void vr_lua_push_data(lua_State *L, int idx)
{
	idx = lua_absindex(L, idx);
	if (frozen_mt(L, idx)) {
		lua_pushliteral(L, "__index");
		lua_rawget(L, -2);
		lua_remove(L, -2);
	} else {
		lua_pushvalue(L, idx);
	}
}

/* __newindex of a frozen table: notes the write and refuses it, saying
 * where it was (the function assigning, or the one that called
 * table.insert and the like) and what it would have changed. */
static int frozen_refuse(lua_State *L)
{
	vr_lua *x = vr_lua_of(L);
	const char *name = "";

	luaL_where(L, 1);                                /* t k v where */
	if (lua_rawlen(L, -1) == 0) {
		lua_pop(L, 1);
		luaL_where(L, 2);
	}
	if (frozen_mt(L, 1)) {                           /* ... where mt */
		lua_rawgetp(L, -1, &frozen_key);
		name = lua_tostring(L, -1);
		lua_replace(L, -2);                      /* ... where name */
	} else {
		lua_pushliteral(L, "");
	}
	if (lua_type(L, 2) == LUA_TSTRING) {
		char key[64];
		snprintf(key, sizeof(key), "%s", lua_tostring(L, 2));
		if (*name)
			lua_pushfstring(L, "%s.%s", name, key);
		else
			lua_pushfstring(L, "global '%s'", key);
	} else {
		lua_pushfstring(L, "a field of %s", *name ? name : "the global environment");
	}
	lua_pushliteral(L, " is shared by every rule and case and is read-only while rules run");
	lua_remove(L, -3);                               /* ... where what text */
	lua_concat(L, 3);
	if (x && x->nviolations++ == 0)
		snprintf(x->violation, sizeof(x->violation), "%s", lua_tostring(L, -1));
	return lua_error(L);
}

static int frozen_len(lua_State *L)
{
	vr_lua_push_data(L, 1);
	lua_len(L, -1);
	return 1;
}

static int frozen_next(lua_State *L)
{
	lua_settop(L, 2);
	vr_lua_push_data(L, 1);                          /* t k data */
	lua_pushvalue(L, 2);
	if (lua_type(L, -2) == LUA_TTABLE && lua_next(L, -2))
		return 2;
	lua_pushnil(L);
	return 1;
}

static int frozen_pairs(lua_State *L)
{
	lua_pushcfunction(L, frozen_next);
	lua_pushvalue(L, 1);
	lua_pushnil(L);
	return 3;
}

/* A view a host or vr.readonly made: read-only already, left alone. */
static int is_view(lua_State *L, int idx)
{
	int view = 0;

	if (lua_getmetatable(L, idx)) {
		lua_pushliteral(L, "__metatable");
		if (lua_rawget(L, -2) == LUA_TSTRING)
			view = strcmp(lua_tostring(L, -1), "read-only") == 0;
		lua_pop(L, 2);
	}
	return view;
}

void vr_lua_freeze(lua_State *L, int idx, const char *name)
{
	int data, mt, had;

	idx = lua_absindex(L, idx);
	if (lua_type(L, idx) != LUA_TTABLE || is_view(L, idx))
		return;
	if (frozen_mt(L, idx)) {
		lua_pop(L, 1);
		return;
	}
	luaL_checkstack(L, 8, "freezing");
	lua_newtable(L);                                 /* data */
	data = lua_gettop(L);
	lua_pushnil(L);
	while (lua_next(L, idx)) {                       /* data k v */
		lua_pushvalue(L, -2);
		lua_insert(L, -2);                       /* data k k v */
		lua_rawset(L, data);                     /* data k */
	}
	/* emptied in a second pass: setting existing fields to nil is what
	 * lua_next allows during a traversal */
	lua_pushnil(L);
	while (lua_next(L, idx)) {                       /* data k v */
		lua_pop(L, 1);
		lua_pushvalue(L, -1);
		lua_pushnil(L);
		lua_rawset(L, idx);                      /* data k */
	}
	lua_createtable(L, 0, 7);                        /* data mt */
	mt = lua_gettop(L);
	if ((had = lua_getmetatable(L, idx))) {          /* data mt orig */
		/* the original's other metamethods (__call, __eq, __tostring,
		 * ...) stay on the table itself; lookups go on through data */
		lua_pushnil(L);
		while (lua_next(L, -2)) {                /* data mt orig k v */
			const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
			if (strcmp(k, "__index") && strcmp(k, "__newindex") && strcmp(k, "__len") &&
			    strcmp(k, "__pairs") && strcmp(k, "__metatable") && strcmp(k, "__mode") &&
			    strcmp(k, "__gc")) {
				lua_pushvalue(L, -2);
				lua_insert(L, -2);
				lua_rawset(L, mt);
			} else {
				lua_pop(L, 1);
			}
		}
		/* what getmetatable(t) said, it still says */
		lua_pushliteral(L, "__metatable");
		if (lua_rawget(L, -2) == LUA_TNIL) {
			lua_pop(L, 1);
			lua_pushvalue(L, -1);
		}
		lua_setfield(L, mt, "__metatable");
		lua_setmetatable(L, data);               /* data mt */
	} else {
		lua_pushliteral(L, "read-only");
		lua_setfield(L, mt, "__metatable");
	}
	lua_pushvalue(L, data);
	lua_setfield(L, mt, "__index");
	lua_pushcfunction(L, frozen_refuse);
	lua_setfield(L, mt, "__newindex");
	lua_pushcfunction(L, frozen_len);
	lua_setfield(L, mt, "__len");
	lua_pushcfunction(L, frozen_pairs);
	lua_setfield(L, mt, "__pairs");
	lua_pushstring(L, name ? name : "");
	lua_rawsetp(L, mt, &frozen_key);
	lua_setmetatable(L, idx);                        /* data */
	lua_pop(L, 1);
}

/* The walk of vr_lua_freeze_all: `seen` maps every table met to its name
 * and every function entered to true; `metas` holds the tables that are
 * some table's metatable; `pins` (in the registry) lists, four slots each,
 * every variable the plugin's functions share (upvalue: the function, the
 * upvalue's number, its value, a description), once per variable
 * (`ids`, by lua_upvalueid). */
typedef struct {
	vr_lua *x;
	int seen, metas, pins, ids;
	const char *source;
} walker;

static const char pins_key = 'p';

static void walk(lua_State *L, walker *w, int v, const char *name, int depth)
{
	int t = lua_type(L, v);

	v = lua_absindex(L, v);
	if (depth > 100 || (t != LUA_TTABLE && t != LUA_TFUNCTION))
		return;
	luaL_checkstack(L, 8, "freezing");
	lua_pushvalue(L, v);
	if (lua_rawget(L, w->seen) != LUA_TNIL) {
		lua_pop(L, 1);
		return;
	}
	lua_pop(L, 1);
	if (t == LUA_TFUNCTION) {
		lua_Debug ar;
		const char *up;
		if (lua_iscfunction(L, v))
			return;
		lua_pushvalue(L, v);
		if (!lua_getinfo(L, ">S", &ar) || strcmp(ar.source, w->source) != 0)
			return;
		lua_pushvalue(L, v);
		lua_pushboolean(L, 1);
		lua_rawset(L, w->seen);
		for (int i = 1; (up = lua_getupvalue(L, v, i)) != NULL; i++) {
			/* the variable, pinned the first time it is met */
			lua_pushlightuserdata(L, lua_upvalueid(L, v, i));
			if (lua_rawget(L, w->ids) == LUA_TNIL) {
				int n = w->x->npins++;
				lua_pushlightuserdata(L, lua_upvalueid(L, v, i));
				lua_pushboolean(L, 1);
				lua_rawset(L, w->ids);
				lua_pushvalue(L, v);
				lua_rawseti(L, w->pins, 4 * n + 1);
				lua_pushinteger(L, i);
				lua_rawseti(L, w->pins, 4 * n + 2);
				lua_pushvalue(L, -2);
				lua_rawseti(L, w->pins, 4 * n + 3);
				lua_pushfstring(L, "%s: local '%s' of the plugin (used by the function "
						"at line %d)", ar.short_src, *up ? up : "?",
						ar.linedefined);
				lua_rawseti(L, w->pins, 4 * n + 4);
			}
			lua_pop(L, 1);
			walk(L, w, -1, *up ? up : "an upvalue", depth + 1);
			lua_pop(L, 1);
		}
		return;
	}
	if (is_view(L, v))
		return;
	if (frozen_mt(L, v)) {
		lua_pop(L, 1);
		return;
	}
	lua_pushvalue(L, v);
	lua_pushstring(L, name ? name : "");
	lua_rawset(L, w->seen);
	if (lua_getmetatable(L, v)) {                    /* mt */
		lua_pushvalue(L, -1);
		lua_pushboolean(L, 1);
		lua_rawset(L, w->metas);
		walk(L, w, -1, name ? name : "the global environment", depth + 1);
		lua_pop(L, 1);
	}
	lua_pushnil(L);
	while (lua_next(L, v)) {                         /* k val */
		char child[96];
		if (lua_type(L, -2) == LUA_TSTRING && !name)
			snprintf(child, sizeof(child), "%.80s", lua_tostring(L, -2));
		else if (lua_type(L, -2) == LUA_TSTRING)
			snprintf(child, sizeof(child), "%.40s.%.40s", name, lua_tostring(L, -2));
		else
			snprintf(child, sizeof(child), "%.80s[...]", name ? name : "_ENV");
		walk(L, w, -2, child, depth + 1);
		walk(L, w, -1, child, depth + 1);
		lua_pop(L, 1);
	}
}

void vr_lua_freeze_all(lua_State *L, int idx, const char *name, const char *source)
{
	walker w;

	idx = lua_absindex(L, idx);
	w.x = vr_lua_of(L);
	w.source = source;
	lua_newtable(L);
	w.seen = lua_gettop(L);
	lua_newtable(L);
	w.metas = lua_gettop(L);
	lua_newtable(L);
	w.ids = lua_gettop(L);
	if (lua_rawgetp(L, LUA_REGISTRYINDEX, &pins_key) != LUA_TTABLE) {
		lua_pop(L, 1);
		lua_newtable(L);
		lua_pushvalue(L, -1);
		lua_rawsetp(L, LUA_REGISTRYINDEX, &pins_key);
		w.x->npins = 0;
	}
	w.pins = lua_gettop(L);
	/* the variables already pinned are not pinned twice */
	for (int n = 0; n < w.x->npins; n++) {
		lua_rawgeti(L, w.pins, 4 * n + 1);
		lua_rawgeti(L, w.pins, 4 * n + 2);
		lua_pushlightuserdata(L, lua_upvalueid(L, -2, (int)lua_tointeger(L, -1)));
		lua_pushboolean(L, 1);
		lua_rawset(L, w.ids);
		lua_pop(L, 2);
	}
	walk(L, &w, idx, name, 0);
	lua_pushnil(L);
	while (lua_next(L, w.seen)) {                    /* ... k name */
		if (lua_type(L, -2) == LUA_TTABLE && lua_type(L, -1) == LUA_TSTRING) {
			lua_pushvalue(L, -2);
			if (lua_rawget(L, w.metas) == LUA_TNIL)
				vr_lua_freeze(L, -3, *lua_tostring(L, -2) ? lua_tostring(L, -2) : NULL);
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
	}
	lua_pop(L, 4);
}

/* A variable the plugin's functions share that no longer holds what it
 * held at load was written: it is put back, so no later rule or case sees
 * the write, and with `record` noted as a write to shared state (naming
 * the variable; the line of the write is not known). Returns how many. */
static int check_pins(vr_lua *x, lua_State *L, int record)
{
	int changed = 0;

	if (x->npins == 0)
		return 0;
	lua_rawgetp(L, LUA_REGISTRYINDEX, &pins_key);    /* pins */
	for (int n = 0; n < x->npins; n++) {
		int i;
		lua_rawgeti(L, -1, 4 * n + 1);           /* pins f */
		i = (int)(lua_rawgeti(L, -2, 4 * n + 2), lua_tointeger(L, -1));
		lua_pop(L, 1);
		lua_getupvalue(L, -1, i);                /* pins f now */
		lua_rawgeti(L, -3, 4 * n + 3);           /* pins f now then */
		if (!lua_rawequal(L, -1, -2)) {
			changed++;
			lua_rawgeti(L, -4, 4 * n + 4);   /* pins f now then what */
			if (record && x->nviolations++ == 0)
				snprintf(x->violation, sizeof(x->violation), "%s was changed; it "
					 "is shared by every rule and case and is read-only while "
					 "rules run", lua_tostring(L, -1));
			lua_pop(L, 1);
			lua_pushvalue(L, -1);            /* pins f now then then */
			lua_setupvalue(L, -4, i);
		}
		lua_pop(L, 3);
	}
	lua_pop(L, 1);
	return changed;
}

int vr_lua_check_pins(vr_lua *x)
{
	if (x->strict_pins || check_pins(x, x->L, 0) == 0)
		return 0;
	x->strict_pins = 1;
	return 1;
}

int vr_lua_take_violation(vr_lua *x, char *msg, size_t msglen)
{
	int n = x->nviolations;

	if (n == 0)
		return 0;
	if (n > 1)
		snprintf(msg, msglen, "%s (and %d more such write%s)", x->violation, n - 1,
			 n > 2 ? "s" : "");
	else
		snprintf(msg, msglen, "%s", x->violation);
	x->nviolations = 0;
	x->violation[0] = '\0';
	return n;
}

/* next, rawget and rawlen of the sandbox: a frozen table's are its data's. */
static int safe_next(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 2);
	vr_lua_push_data(L, 1);
	lua_replace(L, 1);
	if (lua_next(L, 1))
		return 2;
	lua_pushnil(L);
	return 1;
}

static int safe_rawget(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	luaL_checkany(L, 2);
	lua_settop(L, 2);
	vr_lua_push_data(L, 1);
	lua_replace(L, 1);
	lua_rawget(L, 1);
	return 1;
}

static int safe_rawlen(lua_State *L)
{
	int t = lua_type(L, 1);

	luaL_argexpected(L, t == LUA_TTABLE || t == LUA_TSTRING, 1, "table or string");
	vr_lua_push_data(L, 1);
	lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
	return 1;
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
	lua_pushcfunction(L, safe_next);
	lua_setfield(L, -2, "next");
	lua_pushcfunction(L, safe_rawget);
	lua_setfield(L, -2, "rawget");
	lua_pushcfunction(L, safe_rawlen);
	lua_setfield(L, -2, "rawlen");
	lua_remove(L, -2);                               /* env */
}

void vr_lua_harden(lua_State *L)
{
	lua_getglobal(L, "string");
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	/* getmetatable("") is a frozen stand-in { __index = a frozen copy of
	 * the library }: the real metatable and library stay out of reach */
	lua_pushliteral(L, "");
	if (lua_getmetatable(L, -1)) {                   /* string "" mt */
		lua_createtable(L, 0, 1);                /* ... mt standin */
		lua_newtable(L);                         /* ... mt standin copy */
		lua_pushnil(L);
		while (lua_next(L, -6)) {   /* string "" mt standin copy k */
			lua_pushvalue(L, -2);
			lua_insert(L, -2);
			lua_rawset(L, -4);
		}
		vr_lua_freeze(L, -1, "string");
		lua_setfield(L, -2, "__index");
		vr_lua_freeze(L, -1, "getmetatable('')");
		lua_setfield(L, -2, "__metatable");      /* string "" mt */
		lua_pop(L, 1);
	}
	lua_pop(L, 2);
}

void vr_lua_set_call_ms(vr_lua *x, long ms)
{
	x->call_ms = ms;
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
	char *buf;
	size_t n;
	int err;

	if ((err = vr_file_read(path, (size_t)16 << 20, "a Lua file", &buf, &n)) < 0)
		return err;
	err = vr_lua_load(x, buf, n, chunkname, env_idx);
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

static void deadline_in(struct timespec *t, long ms)
{
	clock_gettime(CLOCK_MONOTONIC, t);
	t->tv_sec += ms / 1000;
	t->tv_nsec += (ms % 1000) * 1000000L;
	if (t->tv_nsec >= 1000000000L) {
		t->tv_sec++;
		t->tv_nsec -= 1000000000L;
	}
}

static int before(const struct timespec *a, const struct timespec *b)
{
	return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

/* The most the state may hold in a call or sub that begins now. */
static size_t limit_from_now(const vr_lua *x)
{
	size_t cap = x->budget.memory * 2;
	return x->used < cap - x->budget.memory ? x->used + x->budget.memory : cap;
}

const char *vr_lua_trip_text(vr_trip trip)
{
	switch (trip) {
	case VR_TRIP_MEMORY: return "exceeded its memory budget";
	case VR_TRIP_TIME: return "exceeded its time budget";
	case VR_TRIP_INSTRUCTIONS: return "exceeded its instruction budget (an endless loop?)";
	case VR_TRIP_UNSTARTED: return "was not run: the plugin's time for this call ran out "
				       "before it began";
	default: return "";
	}
}

int vr_lua_call(vr_lua *x, int nargs, int nresults, char *msg, size_t msglen,
		vr_trip *trip)
{
	lua_State *L = x->L;
	int base = lua_gettop(L) - nargs, rc;
	long ms = x->call_ms ? x->call_ms : x->budget.call_ms ? x->budget.call_ms
							      : x->budget.wall_ms;

	deadline_in(&x->call_deadline, ms);
	x->deadline = x->call_deadline;
	x->executed = 0;
	x->trip = VR_TRIP_NONE;
	x->limit = limit_from_now(x);
	x->nviolations = 0;
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
		snprintf(msg, msglen, "%s", vr_lua_trip_text(x->trip));
		x->trip = VR_TRIP_NONE;
		lua_gc(L, LUA_GCCOLLECT);
		x->limit = x->budget.memory;
		return VR_EPLUGIN;
	}
	x->limit = x->budget.memory;
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

int vr_lua_sub(vr_lua *x, lua_State *L, int nargs, int nresults, vr_trip *trip)
{
	long long executed = x->executed;
	struct timespec deadline = x->deadline;
	size_t limit = x->limit;
	int base = lua_gettop(L) - nargs, rc;    /* the function is at base */

	*trip = VR_TRIP_NONE;
	if (!x->armed || past(&x->call_deadline)) {
		lua_settop(L, base - 1);
		*trip = VR_TRIP_UNSTARTED;
		lua_pushstring(L, vr_lua_trip_text(*trip));
		return LUA_ERRRUN;
	}
	deadline_in(&x->deadline, x->budget.wall_ms);
	if (before(&x->call_deadline, &x->deadline))
		x->deadline = x->call_deadline;
	x->executed = 0;
	x->limit = limit_from_now(x);
	x->trip = VR_TRIP_NONE;
	rc = lua_pcall(L, nargs, nresults, 0);
	*trip = x->trip;
	/* Cleared here, in C, before the caller's next instruction: from now
	 * on the hook counts again, for the caller. */
	x->trip = VR_TRIP_NONE;
	x->executed = executed;
	x->deadline = deadline;
	lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
	if (x->strict_pins)
		check_pins(x, L, 1);
	if (*trip != VR_TRIP_NONE) {
		/* whatever it returned or raised, it did not finish */
		lua_settop(L, base - 1);
		lua_pushstring(L, vr_lua_trip_text(*trip));
		lua_gc(L, LUA_GCCOLLECT);
		rc = LUA_ERRRUN;
	}
	x->limit = limit;
	return rc;
}
