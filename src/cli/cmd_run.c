/*
 * cmd_run.c - `vrtool run SCRIPT.lua [ARGS...]` and `vrtool shell`: the
 * command line's front ends of the script API (src/script/, script.h): a
 * state with `vr`, then a script run in it, or lines read and run.
 */
#include "cli/cli.h"
#include "core/error.h"
#include "script/script.h"

#include <lauxlib.h>
#include <lualib.h>
#include <readline/history.h>
#include <readline/readline.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The script state for the command's options. */
static int new_state(const vr_cli *c, lua_State **L)
{
	vr_script_opts o = { c->db, c->as_of, c->json };
	return vr_script_state(&o, L);
}

static int run(vr_cli *c)
{
	lua_State *L = NULL;
	int err, rc;

	if (c->nargs < 1)
		return vr_cli_usage(&vr_cmd_run, "name a script");
	if ((err = new_state(c, &L)) < 0)
		return vr_cli_fail("run", err);
	/* arg: the script at 0, its arguments from 1 */
	lua_createtable(L, c->nargs, 1);
	for (int i = 0; i < c->nargs; i++) {
		lua_pushstring(L, c->args[i]);
		lua_rawseti(L, -2, i);
	}
	lua_setglobal(L, "arg");
	lua_pushcfunction(L, vr_script_traceback);
	if (luaL_loadfilex(L, c->args[0], "t") != LUA_OK) {
		fprintf(stderr, "vrtool run: %s\n", lua_tostring(L, -1));
		lua_close(L);
		return EXIT_INPUT;
	}
	for (int i = 1; i < c->nargs; i++)
		lua_pushstring(L, c->args[i]);
	rc = lua_pcall(L, c->nargs - 1, 0, -(c->nargs + 1));
	if (rc != LUA_OK) {
		fprintf(stderr, "vrtool run: %s\n", lua_tostring(L, -1));
		lua_close(L);
		return EXIT_INPUT;
	}
	lua_close(L);      /* closes every db, rolling back an open transaction */
	fflush(stdout);
	return EXIT_OK;
}

/* After the script's name, every word but --db, --plugin-path and --as-of
 * is the script's (VR_CMD_SCRIPT): --json before it is vrtool's, and the
 * script reads it as vr.options.json. */
const vr_cmd vr_cmd_run = {
	.name = "run", .run = run,
	.summary = "run a staff script with the vr API (docs/scripting.md); arguments in `arg`",
	.forms = (const char *const[]){ "SCRIPT.lua [ARGS...]", NULL },
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_JSON] = VR_SO_ALL,
		    [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
	.flags = VR_CMD_SCRIPT,
};

/* --- the shell ---------------------------------------------------------- */

static int shell(vr_cli *c)
{
	lua_State *L = NULL;
	char *line;
	int err;

	if (c->nargs)
		return vr_cli_usage(&vr_cmd_shell, "takes no arguments");
	if ((err = new_state(c, &L)) < 0)
		return vr_cli_fail("shell", err);
	printf("vrtool %s shell: Lua 5.4 with the vr API (db = vr.open()); ctrl-D ends\n",
	       VR_VERSION);
	while ((line = readline("vr> "))) {
		int top = lua_gettop(L);
		if (*line)
			add_history(line);
		lua_pushcfunction(L, vr_script_traceback);
		/* an expression is printed; otherwise it runs as a statement */
		lua_pushfstring(L, "return %s", line);
		if (luaL_loadbufferx(L, lua_tostring(L, -1), lua_rawlen(L, -1), "=shell", "t") != LUA_OK) {
			lua_pop(L, 2);
			if (luaL_loadbufferx(L, line, strlen(line), "=shell", "t") != LUA_OK) {
				printf("%s\n", lua_tostring(L, -1));
				lua_settop(L, top);
				free(line);
				continue;
			}
		} else {
			lua_remove(L, -2);
		}
		if (lua_pcall(L, 0, LUA_MULTRET, top + 1) != LUA_OK) {
			printf("%s\n", lua_tostring(L, -1));
		} else {
			int last = lua_gettop(L);
			for (int i = top + 2; i <= last; i++) {
				int mark = lua_gettop(L);
				if (lua_type(L, i) == LUA_TTABLE) {
					lua_getglobal(L, "vr");
					lua_getfield(L, -1, "json");
					lua_pushvalue(L, i);
					lua_pushinteger(L, 2);
					if (lua_pcall(L, 2, 1, 0) == LUA_OK)
						printf("%s\n", lua_tostring(L, -1));
					else
						printf("%s\n", luaL_tolstring(L, i, NULL));
				} else {
					printf("%s\n", luaL_tolstring(L, i, NULL));
				}
				lua_settop(L, mark);
			}
		}
		lua_settop(L, top);
		free(line);
	}
	printf("\n");
	lua_close(L);
	return EXIT_OK;
}

const vr_cmd vr_cmd_shell = {
	.name = "shell", .run = shell,
	.summary = "an interactive Lua prompt with the vr API and line editing",
	.forms = (const char *const[]){ "", NULL },
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
