/*
 * sandbox.h - Lua states with budgets: the one way the host runs Lua code
 * it does not trust (plugins, case files).
 *
 * Each vr_lua owns one lua_State with
 *   - a memory budget, enforced by its allocator;
 *   - an instruction budget and a wall-clock bound, enforced by a count hook;
 *   - an environment of whitelisted globals (vr_lua_env) instead of _G.
 * Once a budget is exceeded the state is "tripped": the hook raises an error
 * at every following instruction, so a plugin that catches the error with
 * pcall, or runs in a coroutine (5.4 copies the hook into new threads),
 * still cannot go on. vr_lua_call reports the trip whatever the call
 * returned. Loading accepts text chunks only, never bytecode.
 */
#ifndef VR_SANDBOX_H
#define VR_SANDBOX_H

#include <lua.h>
#include <stddef.h>

typedef struct vr_lua vr_lua;

typedef struct {
	size_t memory;          /* bytes the state may hold */
	long long instructions; /* VM instructions per call */
	long wall_ms;           /* wall-clock milliseconds per call */
} vr_budget;

typedef enum {
	VR_TRIP_NONE, VR_TRIP_INSTRUCTIONS, VR_TRIP_MEMORY, VR_TRIP_TIME
} vr_trip;

/* The default budget of a plugin call, and of loading a case file. */
extern const vr_budget vr_budget_plugin;
extern const vr_budget vr_budget_casefile;

int vr_lua_new(vr_lua **out, const vr_budget *budget);
void vr_lua_free(vr_lua *x);
lua_State *vr_lua_state(vr_lua *x);
/* The vr_lua that owns L (for C functions called from Lua). */
vr_lua *vr_lua_of(lua_State *L);

/* Pushes a fresh table of the safe standard functions: base functions
 * without load, dofile, loadfile, require, print, collectgarbage, rawset;
 * string (no dump), table, math (no random), utf8, coroutine. */
void vr_lua_push_env(lua_State *L);
/* Removes string.dump from the state's string library itself, so that it
 * cannot be reached through the string metatable either. */
void vr_lua_harden(lua_State *L);

/* Loads a text chunk and sets its _ENV to the table at env_idx; pushes the
 * function. On failure returns VR_EINPUT with the message (file:line). */
int vr_lua_load(vr_lua *x, const char *buf, size_t len, const char *chunkname,
		int env_idx);
int vr_lua_load_file(vr_lua *x, const char *path, const char *chunkname, int env_idx);

/*
 * Calls the function below nargs arguments under the budget (lua_pcall with
 * a traceback handler). Returns 0, or VR_EPLUGIN with a message in msg that
 * says what went wrong: the error (only if it is a string; error objects
 * of other types are never converted, their __tostring is plugin code), or
 * which budget was exceeded. *trip says which budget, if any.
 */
int vr_lua_call(vr_lua *x, int nargs, int nresults, char *msg, size_t msglen,
		vr_trip *trip);

#endif
