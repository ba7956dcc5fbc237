/*
 * luaval.c - Lua <-> value tree; see luaval.h.
 */
#include "host/luaval.h"
#include "core/path.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

#define MAX_DEPTH 48

void vr_lua_push_val(lua_State *L, const vr_val *v)
{
	size_t i;

	luaL_checkstack(L, 4, "value too deep");
	switch (v ? v->type : VR_VNULL) {
	case VR_VNULL: lua_pushnil(L); break;
	case VR_VBOOL: lua_pushboolean(L, v->u.b); break;
	case VR_VINT: lua_pushinteger(L, (lua_Integer)v->u.i); break;
	case VR_VNUM: lua_pushnumber(L, v->u.n); break;
	case VR_VSTR: lua_pushlstring(L, v->u.s.s, v->u.s.len); break;
	case VR_VARR:
		lua_createtable(L, (int)v->u.c.n, 0);
		for (i = 0; i < v->u.c.n; i++) {
			vr_lua_push_val(L, v->u.c.items[i]);
			lua_rawseti(L, -2, (lua_Integer)i + 1);
		}
		break;
	case VR_VOBJ:
		lua_createtable(L, 0, (int)v->u.c.n);
		for (i = 0; i < v->u.c.n; i++) {
			vr_lua_push_val(L, v->u.c.items[i]);
			lua_setfield(L, -2, v->u.c.keys[i]);
		}
		break;
	}
}

static vr_val *conv(lua_State *L, int idx, const char *path, vr_diags *d, int depth);

static vr_val *conv_table(lua_State *L, int idx, const char *path, vr_diags *d,
			  int depth)
{
	char sub[512];
	lua_Integer count = 0, ints = 0, maxint = 0;
	int strings = 0;
	vr_val *v;

	if (depth > MAX_DEPTH) {
		vr_diags_add(d, path, 0, "tables nested more than %d deep (does a table "
			     "contain itself?)", MAX_DEPTH);
		return NULL;
	}
	lua_pushnil(L);
	while (lua_next(L, idx)) {
		count++;
		if (lua_type(L, -2) == LUA_TSTRING) {
			strings++;
		} else if (lua_isinteger(L, -2) && lua_tointeger(L, -2) >= 1) {
			ints++;
			if (lua_tointeger(L, -2) > maxint)
				maxint = lua_tointeger(L, -2);
		} else {
			vr_diags_add(d, path, 0, "a field name must be text; this table has a key "
				     "that is %s", lua_type(L, -2) == LUA_TNUMBER ?
				     "not a list position (1, 2, ...)" : luaL_typename(L, -2));
			lua_pop(L, 2);
			return NULL;
		}
		lua_pop(L, 1);
	}
	if (strings && ints) {
		vr_diags_add(d, path, 0, "a table is either a list { a, b } or a record "
			     "{ name = value }, not a mix of both");
		return NULL;
	}
	if (ints && maxint != ints) {
		lua_Integer gap = 1;
		while (gap <= maxint) {
			lua_rawgeti(L, idx, gap);
			if (lua_isnil(L, -1)) {
				lua_pop(L, 1);
				break;
			}
			lua_pop(L, 1);
			gap++;
		}
		vr_diags_add(d, path, 0, "the list has a gap: item [%lld] is missing (items "
			     "are numbered 1, 2, 3, ... without holes)", (long long)gap);
		return NULL;
	}
	/* A bad item is reported and stands as null, so that the rest of the
	 * file is still checked and every problem is reported at once. */
	if (!strings) {
		if (!(v = vr_val_arr()))
			return NULL;
		for (lua_Integer i = 1; i <= ints; i++) {
			vr_val *item;
			snprintf(sub, sizeof(sub), "%s[%lld]", path, (long long)i);
			lua_rawgeti(L, idx, i);
			item = conv(L, lua_gettop(L), sub, d, depth + 1);
			lua_pop(L, 1);
			vr_val_arr_push(v, item ? item : vr_val_null());
		}
	} else {
		if (!(v = vr_val_obj()))
			return NULL;
		lua_pushnil(L);
		while (lua_next(L, idx)) {
			size_t kl;
			const char *k = lua_tolstring(L, -2, &kl);
			vr_val *item;
			vr_path_child(sub, sizeof(sub), path, k, 0);
			if (strlen(k) != kl) {
				/* it would be cut at the NUL, maybe onto another */
				vr_diags_add(d, sub, 0, "a field name contains a NUL byte");
				lua_pop(L, 1);
				continue;
			}
			item = conv(L, lua_gettop(L), sub, d, depth + 1);
			lua_pop(L, 1);
			vr_val_obj_set(v, k, item ? item : vr_val_null());
		}
		vr_val_sort_keys(v);
	}
	return v;
}

static vr_val *conv(lua_State *L, int idx, const char *path, vr_diags *d, int depth)
{
	size_t len;
	const char *s;

	luaL_checkstack(L, 6, "value too deep");
	switch (lua_type(L, idx)) {
	case LUA_TNIL: return vr_val_null();
	case LUA_TBOOLEAN: return vr_val_bool(lua_toboolean(L, idx));
	case LUA_TNUMBER:
		if (lua_isinteger(L, idx))
			return vr_val_int((long long)lua_tointeger(L, idx));
		return vr_val_num((double)lua_tonumber(L, idx));
	case LUA_TSTRING:
		s = lua_tolstring(L, idx, &len);
		return vr_val_strn(s, len);
	case LUA_TTABLE:
		return conv_table(L, idx, path, d, depth);
	default:
		vr_diags_add(d, path, 0, "a %s is not data: case files hold only text, "
			     "numbers, true/false and tables", luaL_typename(L, idx));
		return NULL;
	}
}

vr_val *vr_lua_to_val(lua_State *L, int idx, const char *path, vr_diags *d)
{
	return conv(L, lua_absindex(L, idx), path ? path : "", d, 0);
}
