/*
 * script.h - the `vr` API of staff scripts (docs/scripting.md): a Lua front
 * end over the application layer, as the command line is another.
 * `vrtool run` and `vrtool shell` (src/cli/cmd_run.c) make a state with it
 * and run a script, or read lines, in it.
 */
#ifndef VR_SCRIPT_H
#define VR_SCRIPT_H

#include <lua.h>

/* The run's own options: the database and as-of date its db objects use
 * by default, and --json (vr.options.json, for scripts that print). */
typedef struct {
	const char *db;          /* NULL: $VRTOOL_DB, else ./vrtool.db */
	const char *as_of;       /* YYYY-MM-DD */
	int json;
} vr_script_opts;

/* A full Lua state (scripts are trusted code: every standard library)
 * with `vr`: the pure-Lua library (vr.date, vr.money, vr.case), vr.open and
 * the db methods, vr.csv, vr.json, vr.today, vr.term, vr.options. */
int vr_script_state(const vr_script_opts *o, lua_State **out);

/* A message handler for lua_pcall that adds the traceback. */
int vr_script_traceback(lua_State *L);

#endif
