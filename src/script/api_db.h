/*
 * api_db.h - what the parts of the script API share (src/script/ only):
 * the db object and the helpers every db method uses.
 */
#ifndef VR_SCRIPT_API_DB_H
#define VR_SCRIPT_API_DB_H

#include "script/script.h"
#include "app/app.h"
#include "core/store.h"

#include <lauxlib.h>
#include <limits.h>

#define DB_MT "vr.Db"

typedef struct {
	vr_store *s;
	vr_app app;          /* the database and the as-of date, for src/app */
	char path[PATH_MAX];
	int in_tx;
} db_t;

/* The run's own options (vr_script_state keeps them in the registry). */
const vr_script_opts *vr_script_opts_of(lua_State *L);
/* The db object at index i, open; raises when it is closed. */
db_t *vr_script_check_db(lua_State *L, int i);
/* Raises the last vrtool error in the script (its traceback says where). */
int vr_script_raise(lua_State *L);

/* The text field k of the table at index t, or NULL. */
const char *vr_script_field_str(lua_State *L, int t, const char *k);

/* The db methods over cases and plans (api_cases.c). */
int vr_script_db_cases(lua_State *L);
int vr_script_db_plans(lua_State *L);
int vr_script_db_case(lua_State *L);

#endif
