/*
 * plugin.c - loading and running agency plugins; see plugin.h.
 *
 * Registry layout of a plugin's state, kept by reference numbers in the
 * vr_plugin: the plugin table (what plugin.lua returned), vr._check, and a
 * `state` table through which the running check names its current rule.
 */
#include "host/plugin.h"
#include "core/error.h"
#include "host/luaval.h"
#include "host/paths.h"
#include "host/sandbox.h"

#include <lauxlib.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A kind's requirements, copied out of the plugin table at load: [0] for
 * a first version, [1] for amendments. */
typedef struct {
	char *kind;
	vr_role_req *reqs[2];
	size_t nreqs[2];
	size_t nsigners[2];   /* reqs[w][0..nsigners) are signers, the rest approvals */
} kind_policy;

struct vr_plugin {
	vr_lua *x;
	char *id, *name, *version, *dir;
	int ref_plugin, ref_check, ref_state, nrules;
	kind_policy *kinds;
	size_t nkinds;
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

/* host.where(level): "file:line" of the function `level` up the stack. */
static int host_where(lua_State *L)
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

static char *dup_field(lua_State *L, int idx, const char *k)
{
	const char *s;
	char *r;

	idx = lua_absindex(L, idx);
	lua_pushstring(L, k);
	lua_rawget(L, idx);
	s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
	r = strdup(s);
	lua_pop(L, 1);
	return r;
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

static void free_reqs(vr_role_req *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < r[i].n; j++)
			free((char *)r[i].roles[j]);
		free((void *)r[i].roles);
	}
	free(r);
}

/* Appends the requirements in the list at idx (strings, or lists of
 * alternative strings; the loader has checked the shape) to *r. */
static int read_reqs(lua_State *L, int idx, vr_role_req **r, size_t *n)
{
	lua_Integer len = (lua_Integer)lua_rawlen(L, idx);

	for (lua_Integer i = 1; i <= len; i++) {
		vr_role_req *grown = realloc(*r, (*n + 1) * sizeof(**r));
		const char **roles;
		lua_Integer alts;

		if (!grown)
			return VR_ENOMEM;
		*r = grown;
		lua_rawgeti(L, idx, i);
		alts = lua_type(L, -1) == LUA_TTABLE ? (lua_Integer)lua_rawlen(L, -1) : 1;
		if (!(roles = calloc((size_t)alts, sizeof(*roles)))) {
			lua_pop(L, 1);
			return VR_ENOMEM;
		}
		(*r)[*n].roles = roles;
		(*r)[*n].n = 0;
		(*n)++;
		for (lua_Integer j = 1; j <= alts; j++) {
			const char *role;
			if (lua_type(L, -1) == LUA_TTABLE) {
				lua_rawgeti(L, -1, j);
				role = lua_tostring(L, -1);
				lua_pop(L, 1);   /* still referenced by the table */
			} else {
				role = lua_tostring(L, -1);
			}
			if (!role || !(roles[(*r)[*n - 1].n] = strdup(role))) {
				lua_pop(L, 1);
				return VR_ENOMEM;
			}
			(*r)[*n - 1].n++;
		}
		lua_pop(L, 1);
	}
	return 0;
}

/* kinds = { KIND = { signers, approvals, amendment = { signers, approvals } } } */
static int read_kinds(lua_State *L, int decl, vr_plugin *p)
{
	int err = 0;

	lua_getfield(L, decl, "kinds");
	lua_pushnil(L);
	while (err == 0 && lua_next(L, -2)) {            /* kinds k v */
		kind_policy *kp, *grown = realloc(p->kinds, (p->nkinds + 1) * sizeof(*grown));
		int t = lua_gettop(L);
		if (!grown) {
			err = VR_ENOMEM;
			lua_pop(L, 2);
			break;
		}
		p->kinds = grown;
		kp = &p->kinds[p->nkinds++];
		memset(kp, 0, sizeof(*kp));
		if (!(kp->kind = strdup(lua_tostring(L, -2)))) {
			err = VR_ENOMEM;
			lua_pop(L, 2);
			break;
		}
		for (int which = 0; which < 2 && err == 0; which++) {
			int src = t;
			if (which == 1) {
				lua_getfield(L, t, "amendment");
				if (lua_type(L, -1) != LUA_TTABLE) {
					lua_pop(L, 1);
					src = t;    /* no override: same as a first version */
				} else {
					src = lua_gettop(L);
				}
			}
			for (int f = 0; f < 2 && err == 0; f++) {
				if (f == 1)
					kp->nsigners[which] = kp->nreqs[which];
				lua_getfield(L, src, f == 0 ? "signers" : "approvals");
				if (which == 1 && src != t && lua_isnil(L, -1)) {
					/* not overridden: inherit */
					lua_pop(L, 1);
					lua_getfield(L, t, f == 0 ? "signers" : "approvals");
				}
				if (lua_type(L, -1) == LUA_TTABLE)
					err = read_reqs(L, lua_gettop(L), &kp->reqs[which],
							&kp->nreqs[which]);
				lua_pop(L, 1);
			}
			if (src != t)
				lua_pop(L, 1);
		}
		lua_settop(L, t - 1);                    /* kinds k */
	}
	lua_settop(L, decl);
	return err < 0 ? vr_error_set(VR_ENOMEM, "out of memory") : 0;
}

int vr_plugin_requirements(const vr_plugin *p, const char *kind, int amendment,
			   const vr_role_req **reqs, size_t *n)
{
	for (size_t i = 0; i < p->nkinds; i++) {
		if (strcmp(p->kinds[i].kind, kind) == 0) {
			*reqs = p->kinds[i].reqs[amendment ? 1 : 0];
			*n = p->kinds[i].nreqs[amendment ? 1 : 0];
			return 0;
		}
	}
	return vr_error_set(VR_EINPUT, "plugin %s has no plan kind '%s'", p->id, kind);
}

int vr_plugin_approvals(const vr_plugin *p, const char *kind, int amendment,
			const vr_role_req **reqs, size_t *n)
{
	int w = amendment ? 1 : 0;
	for (size_t i = 0; i < p->nkinds; i++) {
		if (strcmp(p->kinds[i].kind, kind) == 0) {
			*reqs = p->kinds[i].reqs[w] + p->kinds[i].nsigners[w];
			*n = p->kinds[i].nreqs[w] - p->kinds[i].nsigners[w];
			return 0;
		}
	}
	return vr_error_set(VR_EINPUT, "plugin %s has no plan kind '%s'", p->id, kind);
}

int vr_plugin_load(vr_plugin **out, const char *id)
{
	vr_plugin *p;
	lua_State *L;
	char dir[PATH_MAX], file[PATH_MAX + 16], chunk[PATH_MAX + 32], msg[2048];
	const char *dd;
	vr_trip trip;
	int err, env, vr;

	*out = NULL;
	if (!(dd = vr_paths_datadir()))
		return VR_ENOTFOUND;
	if ((err = vr_paths_plugin_dir(id, dir, sizeof(dir))) < 0)
		return err;
	if (!(p = calloc(1, sizeof(*p))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if ((err = vr_lua_new(&p->x, &vr_budget_plugin)) < 0)
		goto fail;
	L = vr_lua_state(p->x);
	vr_lua_push_env(L);
	env = lua_gettop(L);

	/* The library: lua/vr/init.lua(host) -> vr */
	snprintf(file, sizeof(file), "%s/lua/vr/init.lua", dd);
	snprintf(chunk, sizeof(chunk), "@%s", file);
	if ((err = vr_lua_load_file(p->x, file, chunk, env)) < 0)
		goto fail;
	lua_createtable(L, 0, 2);                          /* env init host */
	lua_pushvalue(L, env);
	lua_pushcclosure(L, host_load, 1);
	lua_setfield(L, -2, "load");
	lua_pushcfunction(L, host_where);
	lua_setfield(L, -2, "where");
	if ((err = vr_lua_call(p->x, 1, 1, msg, sizeof(msg), &trip)) < 0) {
		err = vr_error_set(VR_EPLUGIN, "the vr library failed to load: %s", msg);
		goto fail;
	}
	vr = lua_gettop(L);                                /* env vr */
	lua_pushvalue(L, vr);
	lua_setfield(L, env, "vr");

	/* The plugin: plugin.lua -> declarations, then their check */
	snprintf(file, sizeof(file), "%s/plugin.lua", dir);
	snprintf(chunk, sizeof(chunk), "@%s", file);
	if ((err = vr_lua_load_file(p->x, file, chunk, env)) < 0) {
		vr_error_wrap(VR_EPLUGIN, "plugin %s does not load: ", id);
		err = VR_EPLUGIN;
		goto fail;
	}
	if ((err = vr_lua_call(p->x, 0, 1, msg, sizeof(msg), &trip)) < 0) {
		char *tb = strstr(msg, "\nstack traceback:");
		if (tb)
			*tb = '\0';
		err = vr_error_set(VR_EPLUGIN, "plugin %s failed while loading: %s", id, msg);
		goto fail;
	}                                                  /* env vr decl */
	lua_getfield(L, vr, "_validate");
	lua_pushvalue(L, -2);
	lua_pushstring(L, id);
	lua_pushstring(L, file);
	if ((err = vr_lua_call(p->x, 3, 1, msg, sizeof(msg), &trip)) < 0) {
		err = vr_error_set(VR_EPLUGIN, "checking plugin %s failed: %s", id, msg);
		goto fail;
	}                                                  /* env vr decl errs */
	if (lua_type(L, -1) != LUA_TTABLE) {
		err = vr_error_set(VR_EPLUGIN, "checking plugin %s failed", id);
		goto fail;
	}
	if (lua_rawlen(L, -1) > 0) {
		err = join_errors(L, id);
		goto fail;
	}
	lua_pop(L, 1);                                     /* env vr decl */
	p->id = strdup(id);
	p->name = dup_field(L, -1, "name");
	p->version = dup_field(L, -1, "version");
	p->dir = strdup(dir);
	lua_getfield(L, -1, "rules");
	p->nrules = (int)lua_rawlen(L, -1);
	lua_pop(L, 1);
	if ((err = read_kinds(L, lua_gettop(L), p)) < 0)
		goto fail;
	if (!p->id || !p->name || !p->version || !p->dir) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto fail;
	}
	p->ref_plugin = luaL_ref(L, LUA_REGISTRYINDEX);    /* env vr */
	lua_getfield(L, vr, "_check");
	p->ref_check = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_newtable(L);
	p->ref_state = luaL_ref(L, LUA_REGISTRYINDEX);
	lua_settop(L, 0);
	*out = p;
	return 0;
fail:
	vr_plugin_free(p);
	return err;
}

void vr_plugin_free(vr_plugin *p)
{
	if (!p)
		return;
	if (p->x)
		vr_lua_free(p->x);
	free(p->id);
	free(p->name);
	free(p->version);
	free(p->dir);
	for (size_t i = 0; i < p->nkinds; i++) {
		free(p->kinds[i].kind);
		free_reqs(p->kinds[i].reqs[0], p->kinds[i].nreqs[0]);
		free_reqs(p->kinds[i].reqs[1], p->kinds[i].nreqs[1]);
	}
	free(p->kinds);
	free(p);
}

const char *vr_plugin_id(const vr_plugin *p) { return p->id; }
const char *vr_plugin_name(const vr_plugin *p) { return p->name; }
const char *vr_plugin_version(const vr_plugin *p) { return p->version; }
const char *vr_plugin_dir(const vr_plugin *p) { return p->dir; }
int vr_plugin_rule_count(const vr_plugin *p) { return p->nrules; }

/* A string field of the table at idx, read raw; "" when not a string. */
static const char *sfield(lua_State *L, int idx, const char *k)
{
	const char *s;

	idx = lua_absindex(L, idx);
	lua_pushstring(L, k);
	lua_rawget(L, idx);
	s = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
	lua_pop(L, 1);   /* the string stays alive: it is in the table */
	return s;
}

int vr_plugin_check(vr_plugin *p, const vr_val *person, const vr_val *kase,
		    const vr_val *plan, const char *as_of, vr_findings *out)
{
	lua_State *L = vr_lua_state(p->x);
	const char *plan_id = vr_val_gets(plan, "id");
	char msg[2048], text[2300], rule[128];
	vr_trip trip;
	int err = 0, rc, top = lua_gettop(L);

	lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref_check);   /* check */
	lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref_plugin);  /* check plugin */
	lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref_state);   /* check plugin state */
	vr_lua_push_val(L, plan);                          /* ... plan */
	vr_lua_push_val(L, kase);                          /* ... plan case */
	vr_lua_push_val(L, person);
	lua_setfield(L, -2, "person");
	lua_createtable(L, 0, 2);                          /* ... plan case ctx */
	lua_pushstring(L, as_of);
	lua_setfield(L, -2, "as_of");
	lua_pushstring(L, p->id);
	lua_setfield(L, -2, "plugin");
	rc = vr_lua_call(p->x, 5, 1, msg, sizeof(msg), &trip);
	/* Which rule ran last, if the runner got that far; cleared for the
	 * next call. */
	lua_rawgeti(L, LUA_REGISTRYINDEX, p->ref_state);
	snprintf(rule, sizeof(rule), "%s", sfield(L, lua_gettop(L), "rule"));
	lua_pushnil(L);
	lua_setfield(L, -2, "rule");
	lua_pop(L, 1);
	if (rc < 0) {
		lua_settop(L, top);
		snprintf(text, sizeof(text), "plugin %s %s%s%s; the plan was not fully "
			 "checked", p->id, msg, *rule ? " in rule " : "", rule);
		return vr_findings_add(out, p->id, *rule ? rule : "plugin", "error", "",
				       text, "plan", plan_id);
	}
	if (lua_type(L, -1) == LUA_TTABLE) {
		int t = lua_gettop(L);
		lua_Integer n = (lua_Integer)lua_rawlen(L, t);
		for (lua_Integer i = 1; i <= n && err == 0; i++) {
			lua_rawgeti(L, t, i);
			if (lua_type(L, -1) == LUA_TTABLE) {
				int f = lua_gettop(L);
				err = vr_findings_add(out, p->id, sfield(L, f, "rule"),
						      sfield(L, f, "severity"), sfield(L, f, "cite"),
						      sfield(L, f, "message"), sfield(L, f, "path"),
						      plan_id);
			}
			lua_pop(L, 1);
		}
	}
	lua_settop(L, top);
	return err;
}

/* --- the set of loaded plugins ---------------------------------------- */

struct vr_plugins {
	struct slot { char *id; vr_plugin *p; int err; char *msg; } *s;
	size_t n, cap;
};

int vr_plugins_new(vr_plugins **out)
{
	if (!(*out = calloc(1, sizeof(**out))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

void vr_plugins_free(vr_plugins *ps)
{
	if (!ps)
		return;
	for (size_t i = 0; i < ps->n; i++) {
		free(ps->s[i].id);
		free(ps->s[i].msg);
		vr_plugin_free(ps->s[i].p);
	}
	free(ps->s);
	free(ps);
}

int vr_plugins_get(vr_plugins *ps, const char *id, vr_plugin **out)
{
	struct slot *sl;
	size_t i;

	*out = NULL;
	for (i = 0; i < ps->n; i++)
		if (strcmp(ps->s[i].id, id) == 0)
			break;
	if (i == ps->n) {
		if (ps->n == ps->cap) {
			size_t cap = ps->cap ? ps->cap * 2 : 8;
			struct slot *s = realloc(ps->s, cap * sizeof(*s));
			if (!s)
				return vr_error_set(VR_ENOMEM, "out of memory");
			ps->s = s;
			ps->cap = cap;
		}
		sl = &ps->s[ps->n];
		memset(sl, 0, sizeof(*sl));
		if (!(sl->id = strdup(id)))
			return vr_error_set(VR_ENOMEM, "out of memory");
		sl->err = vr_plugin_load(&sl->p, id);
		if (sl->err < 0)
			sl->msg = strdup(vr_error_last());
		ps->n++;
	}
	sl = &ps->s[i];
	if (sl->err < 0)
		return vr_error_set(sl->err, "%s", sl->msg ? sl->msg : "plugin failed");
	*out = sl->p;
	return 0;
}
