/*
 * runtime.c - a plugin's Lua state: loading, declarations, calls; see
 * runtime.h.
 *
 * Registry of the plugin's state, kept by reference in the vr_runtime: the
 * plugin table (what plugin.lua returned) and vr._call, the runner in
 * lua/vr/plugin.lua. The library reaches the host through a `host` table
 * of C functions that only it sees: load (a sibling module), where (a
 * caller's file:line), rule (the rule now running), run (one rule under
 * its own budget, sandbox.h's vr_lua_sub), violation (the write to shared
 * state that rule attempted, if any) and data (a frozen table's contents,
 * for the runner's raw reads).
 *
 * Two environments: the library's own, which no plugin code can reach
 * (the runner's pcall, type, error are its, whatever a plugin does to its
 * globals), and the plugin's, where `vr` is the library's table. Once the
 * plugin is loaded and its declarations checked, everything it can reach
 * is frozen (vr_lua_freeze_all): its globals, `vr` and the standard
 * library tables, its declarations and the tables its functions hold as
 * upvalues. From then on a rule reads shared state and cannot change it:
 * what it sees is what every other rule and every later case sees.
 */
#include "host/runtime.h"
#include "core/error.h"
#include "core/model.h"
#include "host/library.h"
#include "host/luaval.h"
#include "host/paths.h"
#include "host/sandbox.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct vr_runtime {
	vr_lua *x;
	char *id;
	int ref_plugin, ref_call;
	vr_val *meta;
	char rule[128];         /* the rule running, or "" */
	char *slot;             /* mirror of rule for an observer, or NULL */
	size_t slot_len;
	/* the views of the last call's person, case, plan and summary, kept
	 * (by registry reference) with the bytes they were built from: the
	 * next call reuses those its request repeats (the summary always, the
	 * case for its next plan, all three for the measures after a check) */
	struct { char *bytes; size_t len; int ref; } last[5];
};

/* host.load(name, ...): runs lua/vr/<name>.lua in the sandbox env (the
 * closure's upvalue) with the remaining arguments; returns its result. */
static int host_load(lua_State *L)
{
	const char *name = luaL_checkstring(L, 1);
	const char *dd = vr_paths_datadir();
	char path[PATH_MAX], chunk[PATH_MAX + 8];
	int nargs = lua_gettop(L) - 1;

	for (const char *c = name; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || *c == '_'))
			return luaL_error(L, "bad module name '%s'", name);
	if (!dd)
		return luaL_error(L, "%s", vr_error_last());
	snprintf(path, sizeof(path), "%s/lua/vr/%s.lua", dd, name);
	snprintf(chunk, sizeof(chunk), "@%s", path);
	if (vr_lua_load_file(vr_lua_of(L), path, chunk, lua_upvalueindex(1)) < 0)
		return luaL_error(L, "%s", vr_error_last());
	lua_insert(L, 2);                    /* name fn args... */
	lua_call(L, nargs, 1);
	return 1;
}

/* host.rule(id): the runner is about to run rule id (nil: none). */
static int host_rule(lua_State *L)
{
	vr_runtime *rt = lua_touserdata(L, lua_upvalueindex(1));
	const char *id = lua_type(L, 1) == LUA_TSTRING ? lua_tostring(L, 1) : "";

	snprintf(rt->rule, sizeof(rt->rule), "%s", id);
	if (rt->slot)
		snprintf(rt->slot, rt->slot_len, "%s", id);
	return 0;
}

/* host.run(f, ...): runs f(...) as one rule, under its own budget: returns
 * true and f's results, or false, the error (or which budget it broke),
 * and whether it broke a budget (it could not finish). */
static int host_run(lua_State *L)
{
	vr_trip trip;
	int rc;

	luaL_checktype(L, 1, LUA_TFUNCTION);
	rc = vr_lua_sub(vr_lua_of(L), L, lua_gettop(L) - 1, LUA_MULTRET, &trip);
	if (rc == LUA_OK) {
		lua_pushboolean(L, 1);
		lua_insert(L, 1);
		return lua_gettop(L);
	}
	lua_pushboolean(L, 0);                   /* err false */
	lua_insert(L, -2);                       /* false err */
	lua_pushboolean(L, trip != VR_TRIP_NONE);
	return 3;
}

/* host.violation(): the first write to shared state refused since the
 * last ask ("FILE:LINE: global 'x' is ... read-only"), or nil. */
static int host_violation(lua_State *L)
{
	char msg[640];

	if (vr_lua_take_violation(vr_lua_of(L), msg, sizeof(msg)) == 0)
		return 0;
	lua_pushstring(L, msg);
	return 1;
}

static int ro_refuse(lua_State *L);

/* host.data(t): the table a frozen t or a read-only view (below) reads
 * from, or t. */
static int host_data(lua_State *L)
{
	if (lua_type(L, 1) == LUA_TTABLE && lua_getmetatable(L, 1)) {
		lua_pushliteral(L, "__newindex");
		lua_rawget(L, -2);
		if (lua_tocfunction(L, -1) == ro_refuse) {
			lua_pushliteral(L, "__index");
			lua_rawget(L, -3);
			return 1;
		}
		lua_pop(L, 2);
	}
	vr_lua_push_data(L, 1);
	return 1;
}

/* host.set(t, k, v): rawset, for vocab.lua to make a view's data table
 * canonical before any rule reads it (host.data gives that table). */
static int host_set(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_settop(L, 3);
	lua_rawset(L, 1);
	return 0;
}

/* One text field of the model for host.model_paths: the table at -1 gets
 * path = "text", or for an enumeration its words joined by spaces; a list
 * of text items is "text" at PATH[]. */
static void model_path(const char *path, const vr_field *f, void *ud)
{
	lua_State *L = ud;
	char item[600];

	if (f->type == VR_T_STR) {
		lua_pushliteral(L, "text");
		lua_setfield(L, -2, path);
	} else if (f->type == VR_T_ENUM) {
		luaL_Buffer b;
		luaL_buffinit(L, &b);
		for (const char *const *v = f->values; *v; v++) {
			if (v != f->values)
				luaL_addchar(&b, ' ');
			luaL_addstring(&b, *v);
		}
		luaL_pushresult(&b);
		lua_setfield(L, -2, path);
	} else if (f->type == VR_T_ARR && f->fields->type == VR_T_STR) {
		snprintf(item, sizeof(item), "%s[]", path);
		lua_pushliteral(L, "text");
		lua_setfield(L, -2, item);
	}
}

/* host.model_paths(): the model's text fields by their docs/model.md path,
 * for the check of a plugin's vocabulary (vocab.lua). */
static int host_model_paths(lua_State *L)
{
	lua_newtable(L);
	vr_model_walk(vr_model_casefile(), model_path, L);
	return 1;
}

/* Freezes what the plugin can reach (run under lua_pcall: it allocates).
 * Stack: env decl chunkname. */
static int freeze_plugin(lua_State *L)
{
	const char *chunk = lua_tostring(L, 3);

	vr_lua_freeze_all(L, 1, NULL, chunk);
	vr_lua_freeze_all(L, 2, "plugin", chunk);
	return 0;
}

/* The messages in the list at the top of the stack, joined by newlines. */
static int join_errors(lua_State *L, const char *id)
{
	luaL_Buffer b;
	lua_Integer n = (lua_Integer)lua_rawlen(L, -1);

	luaL_buffinit(L, &b);
	lua_pushfstring(L, "plugin %s has %d mistake(s) in its declarations:", id, (int)n);
	luaL_addvalue(&b);
	for (lua_Integer i = 1; i <= n; i++) {
		lua_rawgeti(L, -2, i);
		luaL_addstring(&b, "\n  ");
		if (lua_type(L, -1) == LUA_TSTRING)
			luaL_addvalue(&b);
		else
			lua_pop(L, 1);
	}
	luaL_pushresult(&b);
	vr_error_set(VR_EPLUGIN, "%s", lua_tostring(L, -1));
	lua_pop(L, 1);
	return VR_EPLUGIN;
}

static void cut_traceback(char *msg)
{
	char *tb = strstr(msg, "\nstack traceback:");
	if (tb)
		*tb = '\0';
}

int vr_runtime_load(vr_runtime **out, const char *id, char *rule_slot, size_t slot_len)
{
	vr_runtime *rt;
	lua_State *L;
	char dir[PATH_MAX], file[PATH_MAX + 16], chunk[PATH_MAX + 32], msg[2048];
	const char *dd;
	vr_diags d = VR_DIAGS_INIT;
	vr_trip trip;
	int err, env, libenv, vr;

	*out = NULL;
	if (!(dd = vr_paths_datadir()))
		return VR_ENOTFOUND;
	if ((err = vr_paths_plugin_dir(id, dir, sizeof(dir))) < 0)
		return err;
	if (!(rt = calloc(1, sizeof(*rt))) || !(rt->id = strdup(id))) {
		free(rt);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	rt->slot = rule_slot;
	rt->slot_len = slot_len;
	if ((err = vr_lua_new(&rt->x, &vr_budget_plugin)) < 0)
		goto fail;
	L = vr_lua_state(rt->x);
	vr_lua_push_env(L);
	env = lua_gettop(L);
	vr_lua_push_env(L);
	libenv = lua_gettop(L);                            /* env libenv */

	/* The library, in its own env: lua/vr/init.lua(host) -> vr */
	snprintf(file, sizeof(file), "%s/lua/vr/init.lua", dd);
	snprintf(chunk, sizeof(chunk), "@%s", file);
	if ((err = vr_lua_load_file(rt->x, file, chunk, libenv)) < 0)
		goto fail;
	lua_createtable(L, 0, 6);                          /* env libenv init host */
	lua_pushvalue(L, libenv);
	lua_pushcclosure(L, host_load, 1);
	lua_setfield(L, -2, "load");
	lua_pushcfunction(L, vr_lua_host_where);
	lua_setfield(L, -2, "where");
	lua_pushlightuserdata(L, rt);
	lua_pushcclosure(L, host_rule, 1);
	lua_setfield(L, -2, "rule");
	lua_pushcfunction(L, host_run);
	lua_setfield(L, -2, "run");
	lua_pushcfunction(L, host_violation);
	lua_setfield(L, -2, "violation");
	lua_pushcfunction(L, host_data);
	lua_setfield(L, -2, "data");
	lua_pushcfunction(L, host_set);
	lua_setfield(L, -2, "set");
	lua_pushcfunction(L, host_model_paths);
	lua_setfield(L, -2, "model_paths");
	if ((err = vr_lua_call(rt->x, 1, 1, msg, sizeof(msg), &trip)) < 0) {
		err = vr_error_set(VR_EPLUGIN, "the vr library failed to load: %s", msg);
		goto fail;
	}
	vr = lua_gettop(L);                                /* env libenv vr */
	lua_pushvalue(L, vr);
	lua_setfield(L, env, "vr");

	/* The plugin: plugin.lua -> declarations, then their check */
	snprintf(file, sizeof(file), "%s/plugin.lua", dir);
	snprintf(chunk, sizeof(chunk), "@%s", file);
	if ((err = vr_lua_load_file(rt->x, file, chunk, env)) < 0) {
		vr_error_wrap(VR_EPLUGIN, "plugin %s does not load: ", id);
		err = VR_EPLUGIN;
		goto fail;
	}
	if ((err = vr_lua_call(rt->x, 0, 1, msg, sizeof(msg), &trip)) < 0) {
		cut_traceback(msg);
		err = vr_error_set(VR_EPLUGIN, "plugin %s failed while loading: %s", id, msg);
		goto fail;
	}                                                  /* env libenv vr decl */
	lua_getfield(L, vr, "_validate");
	lua_pushvalue(L, -2);
	lua_pushstring(L, id);
	lua_pushstring(L, file);
	if ((err = vr_lua_call(rt->x, 3, 1, msg, sizeof(msg), &trip)) < 0) {
		err = vr_error_set(VR_EPLUGIN, "checking plugin %s failed: %s", id, msg);
		goto fail;
	}                                                  /* env libenv vr decl errs */
	if (lua_type(L, -1) != LUA_TTABLE) {
		err = vr_error_set(VR_EPLUGIN, "checking plugin %s failed", id);
		goto fail;
	}
	if (lua_rawlen(L, -1) > 0) {
		err = join_errors(L, id);
		goto fail;
	}
	lua_pop(L, 1);                                     /* env libenv vr decl */
	/* What it declared, as a plain value for the host. */
	lua_getfield(L, vr, "_meta");
	lua_pushvalue(L, -2);
	lua_pushstring(L, dir);
	if ((err = vr_lua_call(rt->x, 2, 1, msg, sizeof(msg), &trip)) < 0) {
		err = vr_error_set(VR_EPLUGIN, "reading plugin %s failed: %s", id, msg);
		goto fail;
	}
	rt->meta = vr_lua_to_val(L, -1, "meta", &d);
	lua_pop(L, 1);
	if (!rt->meta || d.n) {
		err = vr_error_set(VR_EPLUGIN, "reading plugin %s failed: %s", id,
				   d.n ? d.items[0].msg : "out of memory");
		vr_diags_free(&d);
		goto fail;
	}
	/* From here on, shared state is read-only (see above). */
	lua_pushcfunction(L, freeze_plugin);
	lua_pushvalue(L, env);
	lua_pushvalue(L, -3);
	lua_pushstring(L, chunk);
	if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
		err = vr_error_set(VR_EPLUGIN, "plugin %s is too large to load: its declarations "
				   "exceed the memory budget", id);
		goto fail;
	}
	rt->ref_plugin = luaL_ref(L, LUA_REGISTRYINDEX);   /* env libenv vr */
	lua_getfield(L, vr, "_call");
	rt->ref_call = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_settop(L, 0);
	*out = rt;
	return 0;
fail:
	vr_runtime_free(rt);
	return err;
}

void vr_runtime_free(vr_runtime *rt)
{
	if (!rt)
		return;
	if (rt->x)
		vr_lua_free(rt->x);
	for (int i = 0; i < 5; i++)
		free(rt->last[i].bytes);
	vr_val_free(rt->meta);
	free(rt->id);
	free(rt);
}

const vr_val *vr_runtime_meta(const vr_runtime *rt)
{
	return rt->meta;
}

/*
 * Read-only views, built as the documents are pushed. Each table of a
 * document is a data table D holding its fields (nested tables as their
 * views) and an empty view V whose metatable has __index = D: reading
 * v.goal.occupation is table lookups the VM does itself, with no function
 * call per field (a closure per field read, as vr.readonly does for the
 * tables it wraps, was most of the time a check spent in Lua). Writing
 * raises (__newindex), #v and pairs(v) read D (__len, __pairs, C functions
 * shared by every view), ipairs(v) goes through __index, and
 * getmetatable(v) is the string "read-only", which vr.readonly knows: it
 * returns such a view as it is. D is reachable only through the metatable,
 * which Lua code cannot get.
 */
static int ro_refuse(lua_State *L)
{
	/* where the write is: the function assigning (level 1), or the one
	 * that called table.insert and the like (level 2) */
	luaL_where(L, 1);
	if (lua_rawlen(L, -1) == 0) {
		lua_pop(L, 1);
		luaL_where(L, 2);
	}
	lua_pushliteral(L, "the case and plan are read-only in a rule");
	lua_concat(L, 2);
	return lua_error(L);
}

/* Pushes the data table of the view at index 1; raises if it is not one
 * (ro_next can be called by hand with anything). */
static void ro_data(lua_State *L)
{
	if (!lua_getmetatable(L, 1))
		luaL_error(L, "not a read-only view");
	lua_pushliteral(L, "__index");
	lua_rawget(L, -2);
	if (!lua_istable(L, -1))
		luaL_error(L, "not a read-only view");
}

static int ro_len(lua_State *L)
{
	ro_data(L);
	lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
	return 1;
}

static int ro_next(lua_State *L)
{
	lua_settop(L, 2);
	ro_data(L);                                /* view key mt data */
	lua_pushvalue(L, 2);                       /* ... data key */
	if (lua_next(L, -2))
		return 2;
	lua_pushnil(L);
	return 1;
}

static int ro_pairs(lua_State *L)
{
	lua_pushcfunction(L, ro_next);
	lua_pushvalue(L, 1);
	lua_pushnil(L);
	return 3;
}

/* The data table on top becomes its view. */
static void ro_wrap(lua_State *L)
{
	lua_createtable(L, 0, 0);                  /* data view */
	lua_createtable(L, 0, 5);                  /* data view mt */
	lua_pushvalue(L, -3);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, ro_refuse);
	lua_setfield(L, -2, "__newindex");
	lua_pushcfunction(L, ro_len);
	lua_setfield(L, -2, "__len");
	lua_pushcfunction(L, ro_pairs);
	lua_setfield(L, -2, "__pairs");
	lua_pushliteral(L, "read-only");
	lua_setfield(L, -2, "__metatable");
	lua_setmetatable(L, -2);                   /* data view */
	lua_remove(L, -2);                         /* view */
}

/*
 * The documents as Lua values, straight from their bytes (no vr_val in
 * between): push_enc is vr_val_walk's visitor that pushes each value and
 * makes each finished table its read-only view, so the limits are the
 * walker's (val.h), the same as every other reader's. Each value, once
 * made, goes into the table below it on the stack, under its key (pushed
 * just before it) or at its index; the top one stays. Each table checks
 * the stack has room for what its own level pushes (its key and table,
 * then a member's key and value, or ro_wrap's three): a nested table
 * checks again for its own.
 */
typedef struct {
	lua_State *L;
	int extra;              /* a stack index, or 0: the top table's "person" */
} pusher;

/* The value on top, made, goes to its place: table [key] value. */
static void put(lua_State *L, const vr_val_pos *at)
{
	if (at->key)
		lua_rawset(L, -3);
	else if (at->depth)
		lua_rawseti(L, -2, (lua_Integer)at->i + 1);
}

static void push_key(lua_State *L, const vr_val_pos *at)
{
	if (at->key)
		lua_pushlstring(L, at->key, at->klen);
}

static int push_null(void *ctx, const vr_val_pos *at)
{
	lua_State *L = ((pusher *)ctx)->L;

	push_key(L, at);
	lua_pushnil(L);
	put(L, at);
	return 0;
}

static int push_bool(void *ctx, const vr_val_pos *at, int b)
{
	lua_State *L = ((pusher *)ctx)->L;

	push_key(L, at);
	lua_pushboolean(L, b);
	put(L, at);
	return 0;
}

static int push_int(void *ctx, const vr_val_pos *at, long long i)
{
	lua_State *L = ((pusher *)ctx)->L;

	push_key(L, at);
	lua_pushinteger(L, (lua_Integer)i);
	put(L, at);
	return 0;
}

static int push_num(void *ctx, const vr_val_pos *at, double n)
{
	lua_State *L = ((pusher *)ctx)->L;

	push_key(L, at);
	lua_pushnumber(L, n);
	put(L, at);
	return 0;
}

static int push_str(void *ctx, const vr_val_pos *at, const char *s, size_t len)
{
	lua_State *L = ((pusher *)ctx)->L;

	push_key(L, at);
	lua_pushlstring(L, s, len);
	put(L, at);
	return 0;
}

static int push_begin(void *ctx, const vr_val_pos *at, vr_vtype type, size_t n)
{
	lua_State *L = ((pusher *)ctx)->L;

	if (n > INT_MAX || !lua_checkstack(L, 6))
		return VR_EINPUT;
	push_key(L, at);
	if (type == VR_VARR)
		lua_createtable(L, (int)n, 0);
	else
		lua_createtable(L, 0, (int)n);
	return 0;
}

static int push_end(void *ctx, const vr_val_pos *at, vr_vtype type)
{
	pusher *q = ctx;
	lua_State *L = q->L;

	if (at->depth == 0 && q->extra) {
		lua_pushvalue(L, q->extra);
		lua_setfield(L, -2, "person");
	}
	ro_wrap(L);
	put(L, at);
	return 0;
}

static const vr_val_visitor push_enc = {
	push_null, push_bool, push_int, push_num, push_str, push_begin, push_end
};

/* Pushes d as Lua values, each table as its view; `extra` (a stack index,
 * or 0) is added as field "person" of the top table (the case). Returns
 * -1, pushing nothing, when the bytes are not one well formed value or the
 * stack cannot grow. */
static int push_doc(lua_State *L, const vr_runtime_doc *d, int extra)
{
	pusher q = { L, extra };
	int top = lua_gettop(L);

	if (!lua_checkstack(L, 6) || vr_val_walk(d->enc, d->len, &push_enc, &q) < 0) {
		lua_settop(L, top);
		return -1;
	}
	return 0;
}

/* Pushes the view of docs[i]: the last one when the bytes are the same
 * (and `same`: what it depends on is the same too), else a new one, kept
 * for the next call. Returns 1 when it was the last one, 0 when new, -1
 * when the bytes do not decode (nothing pushed). */
static int push_kept(vr_runtime *rt, lua_State *L, int i, const vr_runtime_doc *d, int extra,
		     int same)
{
	char *copy;

	if (same && rt->last[i].ref > 0 && rt->last[i].len == d->len &&
	    memcmp(rt->last[i].bytes, d->enc, d->len) == 0) {
		lua_rawgeti(L, LUA_REGISTRYINDEX, rt->last[i].ref);
		return 1;
	}
	if (push_doc(L, d, extra) < 0)
		return -1;
	if (rt->last[i].ref > 0)
		luaL_unref(L, LUA_REGISTRYINDEX, rt->last[i].ref);
	rt->last[i].ref = 0;
	if ((copy = realloc(rt->last[i].bytes, d->len ? d->len : 1)) != NULL) {
		memcpy(copy, d->enc, d->len);
		rt->last[i].bytes = copy;
		rt->last[i].len = d->len;
		lua_pushvalue(L, -1);
		rt->last[i].ref = luaL_ref(L, LUA_REGISTRYINDEX);
	}
	return 0;
}

/* Forgets the views kept for the next call (after a failure, whose views
 * may be half made, or to give their memory back). */
static void drop_kept(vr_runtime *rt, lua_State *L)
{
	for (int i = 0; i < 5; i++) {
		if (rt->last[i].ref > 0)
			luaL_unref(L, LUA_REGISTRYINDEX, rt->last[i].ref);
		rt->last[i].ref = 0;
		free(rt->last[i].bytes);
		rt->last[i].bytes = NULL;
		rt->last[i].len = 0;
	}
}

/* What push_request is asked to push, and what went wrong. */
typedef struct {
	vr_runtime *rt;
	const char *op, *as_of;
	const vr_runtime_doc *docs;
	const char *bad;        /* the document that does not decode, or NULL */
} request;

/*
 * Pushes the runner and its seven arguments: op, plugin, plan, case (with
 * case.person), as_of, summary, lifecycle. Run under lua_pcall, as every
 * view is a Lua table that may not fit in the plugin's memory budget: a
 * case too large raises here, never outside a protected call.
 */
static int push_request(lua_State *L)
{
	request *q = lua_touserdata(L, 1);
	vr_runtime *rt = q->rt;
	const vr_runtime_doc *docs = q->docs;
	int same;

	lua_settop(L, 0);
	lua_rawgeti(L, LUA_REGISTRYINDEX, rt->ref_call);   /* call */
	lua_pushstring(L, q->op);                          /* call op */
	lua_rawgeti(L, LUA_REGISTRYINDEX, rt->ref_plugin); /* call op plugin */
	/* ... plan person case (with case.person), then the person goes */
	if (push_kept(rt, L, 2, &docs[2], 0, 1) < 0 ||
	    (same = push_kept(rt, L, 0, &docs[0], 0, 1)) < 0 ||
	    push_kept(rt, L, 1, &docs[1], lua_gettop(L), same) < 0) {
		q->bad = "document";
		return 0;
	}
	lua_remove(L, -2);                                 /* ... plan case */
	lua_pushstring(L, q->as_of);                       /* ... plan case as_of */
	if (push_kept(rt, L, 3, &docs[3], 0, 1) < 0) {     /* ... as_of summary */
		q->bad = "summary";
		return 0;
	}
	/* ... summary lifecycle (nil: the plan stands alone, vr.lifecycle_of) */
	if (docs[4].len == 0)
		lua_pushnil(L);
	else if (push_kept(rt, L, 4, &docs[4], 0, 1) < 0) {
		q->bad = "lifecycle";
		return 0;
	}
	return lua_gettop(L);
}

void vr_runtime_set_call_ms(vr_runtime *rt, long ms)
{
	vr_lua_set_call_ms(rt->x, ms);
}

int vr_runtime_call(vr_runtime *rt, const char *op, const vr_runtime_doc docs[5],
		    const char *as_of, vr_val **out, char *msg, size_t msglen)
{
	lua_State *L = vr_lua_state(rt->x);
	vr_diags d = VR_DIAGS_INIT;
	request q = { rt, op, as_of, docs, NULL };
	char why[2048];
	vr_trip trip;
	int rc, top = lua_gettop(L), retry = 1;

again:
	*out = NULL;
	rt->rule[0] = '\0';
	if (rt->slot)
		rt->slot[0] = '\0';
	lua_pushcfunction(L, push_request);
	lua_pushlightuserdata(L, &q);
	rc = lua_pcall(L, 1, LUA_MULTRET, 0);
	if (rc != LUA_OK || q.bad) {
		size_t n = 0;
		for (int i = 0; i < 5; i++)
			n += docs[i].len;
		lua_settop(L, top);
		drop_kept(rt, L);
		lua_gc(L, LUA_GCCOLLECT);
		if (q.bad)
			snprintf(msg, msglen, "plugin %s: the host sent a %s that does not decode",
				 rt->id, q.bad);
		else if (rc == LUA_ERRMEM)
			snprintf(msg, msglen, "the case is too large for plugin %s: its documents "
				 "(%.1f MB) do not fit as Lua tables in the plugin's memory budget "
				 "(%zu MiB), so no rule could run", rt->id, n / 1e6,
				 vr_budget_plugin.memory >> 20);
		else
			snprintf(msg, msglen, "plugin %s: the case could not be given to the "
				 "plugin: %s", rt->id, lua_type(L, -1) == LUA_TSTRING ?
				 lua_tostring(L, -1) : "an error");
		return VR_EPLUGIN;
	}
	rc = vr_lua_call(rt->x, 7, 1, why, sizeof(why), &trip);
	if (vr_lua_check_pins(rt->x) && retry--) {
		/* a rule wrote a variable of the plugin: put back, and found
		 * by running the call again, checking after every rule */
		lua_settop(L, top);
		goto again;
	}
	if (rc < 0) {
		lua_settop(L, top);
		cut_traceback(why);
		snprintf(msg, msglen, "plugin %s %s%s%s", rt->id, why,
			 *rt->rule ? " in rule " : "", rt->rule);
		return VR_EPLUGIN;
	}
	*out = vr_lua_to_val(L, -1, op, &d);
	lua_settop(L, top);
	if (!*out || d.n) {
		snprintf(msg, msglen, "plugin %s returned malformed %s: %s", rt->id, op,
			 d.n ? d.items[0].msg : "nothing");
		vr_diags_free(&d);
		vr_val_free(*out);
		*out = NULL;
		return VR_EPLUGIN;
	}
	vr_val_retype_empty(*out, VR_VARR);   /* no records: an empty list */
	return 0;
}
