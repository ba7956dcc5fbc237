/*
 * casefile.c - Lua case files to validated value trees; see casefile.h.
 */
#include "host/casefile.h"
#include "core/error.h"
#include "core/model.h"
#include "host/luaval.h"
#include "host/sandbox.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

int vr_casefile_load(const char *path, vr_val **out, vr_diags *diags)
{
	vr_lua *x = NULL;
	lua_State *L;
	vr_val *v = NULL;
	vr_trip trip;
	char msg[1024], chunk[512];
	int err;

	*out = NULL;
	if ((err = vr_lua_new(&x, &vr_budget_casefile)) < 0)
		return err;
	L = vr_lua_state(x);
	lua_newtable(L);                                  /* env (empty) */
	snprintf(chunk, sizeof(chunk), "@%s", path);
	if ((err = vr_lua_load_file(x, path, chunk, -1)) < 0) {
		if (err == VR_EINPUT)
			vr_error_wrap(VR_EINPUT, "case file syntax error: ");
		goto done;
	}
	if ((err = vr_lua_call(x, 0, 1, msg, sizeof(msg), &trip)) < 0) {
		char *tb = strstr(msg, "\nstack traceback:");
		if (tb)
			*tb = '\0';
		if (trip != VR_TRIP_NONE)
			vr_error_set(VR_EINPUT, "%s: the case file %s; a case file holds data "
				     "only (no loops or computation)", path, msg);
		else
			vr_error_set(VR_EINPUT, "%s; a case file holds data only (no function "
				     "calls or library use)", msg);
		err = VR_EINPUT;
		goto done;
	}
	if (lua_type(L, -1) != LUA_TTABLE) {
		err = vr_error_set(VR_EINPUT, "%s: a case file must end with `return { person "
				   "= {...}, case = {...}, plans = {...} }`", path);
		goto done;
	}
	if (!(v = vr_lua_to_val(L, -1, "", diags)) ||
	    vr_model_validate_casefile(v, path, diags) > 0) {
		err = vr_error_set(VR_EINPUT, "%s: %zu problem(s)", path, diags->n);
		goto done;
	}
	*out = v;
	v = NULL;
done:
	vr_val_free(v);
	vr_lua_free(x);
	return err;
}
