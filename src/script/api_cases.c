/*
 * api_cases.c - the script API's cases and plans as Lua tables: db:cases{}
 * and db:plans{} (lazy iterators: one query per step, nothing held open
 * between steps), db:case(id). Part of api.c's `vr` API.
 */
#include "script/api_db.h"
#include "app/cases.h"
#include "core/error.h"
#include "core/date.h"
#include "host/planstate.h"
#include "host/luaval.h"
#include "host/plugin.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- cases and plans as Lua tables ------------------------------------ */

typedef struct {
	lua_State *L;
	db_t *d;
	vr_app_case *k;
	int n;
} plan_walk;

static int push_plan(const char *plan_id, const char *kind, void *ud)
{
	plan_walk *w = ud;
	lua_State *L = w->L;
	vr_planstate ps;
	vr_store_version_row v;
	vr_val *content = NULL;
	char missing[512];
	int err;

	if ((err = vr_app_plan_state(w->d->s, w->k, plan_id, 1, &ps, NULL)) < 0)
		return err;
	if ((err = vr_store_get_version(w->d->s, plan_id, 0, &v)) < 0) {
		vr_planstate_free(&ps);
		return err;
	}
	err = vr_app_read_plan(&v, &content);
	vr_planstate_missing(&ps, v.version, missing, sizeof(missing));
	lua_createtable(L, 0, 10);
	lua_pushstring(L, plan_id);
	lua_setfield(L, -2, "id");
	lua_pushstring(L, kind);
	lua_setfield(L, -2, "kind");
	lua_pushstring(L, w->k->row.id);
	lua_setfield(L, -2, "case");
	lua_pushstring(L, w->k->row.agency);
	lua_setfield(L, -2, "agency");
	lua_pushinteger(L, vr_planstate_effective(&ps));
	lua_setfield(L, -2, "in_effect");
	lua_pushinteger(L, v.version);
	lua_setfield(L, -2, "newest");
	lua_pushstring(L, v.date);
	lua_setfield(L, -2, "date");
	lua_pushstring(L, vr_status_name(ps.v[ps.nv - 1].status));
	lua_setfield(L, -2, "status");
	lua_pushstring(L, missing);
	lua_setfield(L, -2, "to_sign");
	lua_createtable(L, (int)ps.nv, 0);
	for (size_t i = 0; i < ps.nv; i++) {
		lua_createtable(L, 0, 8);
		lua_pushinteger(L, ps.v[i].version);
		lua_setfield(L, -2, "version");
		lua_pushstring(L, ps.dates[i]);
		lua_setfield(L, -2, "date");
		lua_pushstring(L, ps.v[i].digest);
		lua_setfield(L, -2, "digest");
		lua_pushstring(L, vr_status_name(ps.v[i].status));
		lua_setfield(L, -2, "status");
		/* the signatures that count: on its digest, not withdrawn */
		lua_pushinteger(L, (lua_Integer)ps.v[i].nsigned);
		lua_setfield(L, -2, "signatures");
		lua_pushboolean(L, ps.v[i].amendment);
		lua_setfield(L, -2, "amendment");
		if (ps.v[i].effective_at) {
			lua_pushlstring(L, ps.v[i].effective_at, 10);
			lua_setfield(L, -2, "effective");
		}
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "versions");
	vr_lua_push_val(L, content);
	lua_setfield(L, -2, "plan");
	lua_rawseti(L, -2, ++w->n);
	vr_val_free(content);
	vr_store_version_row_free(&v);
	vr_planstate_free(&ps);
	return err;
}

/* Pushes { id, agency, program, status, person, case, plans = {...} }. */
static int push_case(lua_State *L, db_t *d, const char *id)
{
	vr_app_case k;
	plan_walk w = { L, d, &k, 0 };
	int err;

	if ((err = vr_app_load_case(d->s, id, &k)) < 0)
		return err;
	lua_createtable(L, 0, 8);
	lua_pushstring(L, k.row.id);
	lua_setfield(L, -2, "id");
	lua_pushstring(L, k.row.agency);
	lua_setfield(L, -2, "agency");
	lua_pushstring(L, k.row.program ? k.row.program : "");
	lua_setfield(L, -2, "program");
	lua_pushstring(L, k.row.status ? k.row.status : "");
	lua_setfield(L, -2, "status");
	vr_lua_push_val(L, k.person);
	lua_setfield(L, -2, "person");
	vr_lua_push_val(L, k.kase);
	lua_setfield(L, -2, "case");
	lua_newtable(L);
	err = vr_store_each_plan(d->s, id, push_plan, &w);
	lua_setfield(L, -2, "plans");
	vr_app_case_free(&k);
	if (err < 0)
		lua_pop(L, 1);
	return err;
}

/* Whether the case table on top passes the filter at index f: status (a
 * plan with a version in that status), kind, since/until (a plan dated
 * within). */
static int case_matches(lua_State *L, int f)
{
	const char *status = vr_script_field_str(L, f, "status"), *kind = vr_script_field_str(L, f, "kind");
	const char *since = vr_script_field_str(L, f, "since"), *until = vr_script_field_str(L, f, "until");
	int c = lua_gettop(L), ok = !status && !kind && !since && !until;

	if (ok)
		return 1;
	lua_getfield(L, c, "plans");
	for (lua_Integer i = 1; !ok && lua_rawgeti(L, -1, i) == LUA_TTABLE; i++) {
		const char *k = vr_script_field_str(L, lua_gettop(L), "kind");
		const char *d = vr_script_field_str(L, lua_gettop(L), "date");
		int good = (!kind || (k && !strcmp(k, kind))) && (!since || (d && strcmp(d, since) >= 0)) &&
			   (!until || (d && strcmp(d, until) <= 0));
		if (good && status) {
			int any = 0;
			lua_getfield(L, -1, "versions");
			for (lua_Integer j = 1; !any && lua_rawgeti(L, -1, j) == LUA_TTABLE; j++) {
				const char *st = vr_script_field_str(L, lua_gettop(L), "status");
				any = st && !strcmp(st, status);
				lua_pop(L, 1);
			}
			lua_pop(L, 2);
			good = any;
		}
		ok = good;
		lua_pop(L, 1);
	}
	lua_settop(L, c);
	return ok;
}

/* the iterator state: upvalues db, filter, last id */
static int cases_next(lua_State *L)
{
	db_t *d = vr_script_check_db(L, lua_upvalueindex(1));
	int f = lua_upvalueindex(2);
	char after[256], id[256];

	snprintf(after, sizeof(after), "%s", lua_tostring(L, lua_upvalueindex(3)));
	for (;;) {
		int err = vr_store_next_case(d->s, after, vr_script_field_str(L, f, "agency"),
					     vr_script_field_str(L, f, "staff"), id, sizeof(id));
		if (err == VR_ENOTFOUND)
			return 0;
		if (err < 0)
			return vr_script_raise(L);
		lua_pushstring(L, id);
		lua_replace(L, lua_upvalueindex(3));
		snprintf(after, sizeof(after), "%s", id);
		if (push_case(L, d, id) < 0)
			return vr_script_raise(L);
		if (case_matches(L, f))
			return 1;
		lua_pop(L, 1);
	}
}

/* db:cases{ agency=, staff=, status=, kind=, since=, until= } -> iterator */
int vr_script_db_cases(lua_State *L)
{
	vr_script_check_db(L, 1);
	if (!lua_isnoneornil(L, 2))
		luaL_checktype(L, 2, LUA_TTABLE);
	lua_settop(L, 2);
	if (lua_isnil(L, 2)) {
		lua_newtable(L);
		lua_replace(L, 2);
	}
	lua_pushliteral(L, "");
	lua_pushcclosure(L, cases_next, 3);
	return 1;
}

/* db:plans{...} -> iterator over plans (each with .case, the case id, and
 * .case_record, the case table) */
static int plans_next(lua_State *L)
{
	/* upvalues: the case iterator, the current case, the index in it */
	for (;;) {
		lua_Integer i = lua_tointeger(L, lua_upvalueindex(3));
		if (lua_type(L, lua_upvalueindex(2)) == LUA_TTABLE) {
			lua_getfield(L, lua_upvalueindex(2), "plans");
			if (lua_rawgeti(L, -1, i + 1) == LUA_TTABLE) {
				lua_pushinteger(L, i + 1);
				lua_replace(L, lua_upvalueindex(3));
				lua_pushvalue(L, lua_upvalueindex(2));
				lua_setfield(L, -2, "case_record");
				return 1;
			}
			lua_pop(L, 2);
		}
		lua_pushvalue(L, lua_upvalueindex(1));
		lua_call(L, 0, 1);
		if (lua_isnil(L, -1))
			return 0;
		lua_replace(L, lua_upvalueindex(2));
		lua_pushinteger(L, 0);
		lua_replace(L, lua_upvalueindex(3));
	}
}

int vr_script_db_plans(lua_State *L)
{
	vr_script_db_cases(L);
	lua_pushnil(L);
	lua_pushinteger(L, 0);
	lua_pushcclosure(L, plans_next, 3);
	return 1;
}

/* db:case(id) -> case table | nil, message */
int vr_script_db_case(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	if (push_case(L, d, luaL_checkstring(L, 2)) < 0) {
		lua_pushnil(L);
		lua_pushstring(L, vr_error_last());
		return 2;
	}
	return 1;
}
