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
 *
 * Inside a call, vr_lua_sub runs one piece of untrusted code (a rule) under
 * a budget of its own: its instructions and time counted from its start,
 * its memory counted above what the state held when it started. Its trip
 * is charged to it and cleared when it returns, in C, before any other Lua
 * code runs, so the code that called it (the rule runner) goes on.
 *
 * Shared state is made read-only with vr_lua_freeze: a frozen table keeps
 * its identity (every reference to it stays valid) but holds nothing
 * itself; its contents move to a data table its metatable reads through, so
 * every write reaches __newindex, which refuses it, notes it for
 * vr_lua_take_violation (a plugin that catches the error is still named)
 * and raises "FILE:LINE: ... is read-only". The string metatable of every
 * state is hidden behind a frozen stand-in (vr_lua_harden).
 */
#ifndef VR_SANDBOX_H
#define VR_SANDBOX_H

#include <lua.h>
#include <stddef.h>

typedef struct vr_lua vr_lua;

typedef struct {
	size_t memory;          /* bytes the state may hold; a vr_lua_sub may
				 * hold as much again above its start */
	long long instructions; /* VM instructions per call, and per vr_lua_sub */
	long wall_ms;           /* wall-clock milliseconds per vr_lua_sub, and
				 * per call when call_ms is 0 */
	long call_ms;           /* wall-clock milliseconds per call (0: wall_ms) */
} vr_budget;

typedef enum {
	VR_TRIP_NONE, VR_TRIP_INSTRUCTIONS, VR_TRIP_MEMORY, VR_TRIP_TIME,
	VR_TRIP_UNSTARTED       /* vr_lua_sub: the call's time was spent before it began */
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
 * cannot be reached through the string metatable either, and hides the
 * string metatable: getmetatable("") is a frozen stand-in, so no code in
 * the state can change what string methods do. */
void vr_lua_harden(lua_State *L);

/* Sets the wall-clock bound of each following vr_lua_call (0: the budget's). */
void vr_lua_set_call_ms(vr_lua *x, long ms);

/*
 * Freezes the table at idx in place (see above); `name` is how a refused
 * write names it ("vr", "string"; NULL: the global environment, whose keys
 * are named "global 'k'"). A table already frozen, or a view with a
 * protected metatable, is left as it is. Raises on out of memory: call it
 * inside a protected call.
 */
void vr_lua_freeze(lua_State *L, int idx, const char *name);
/*
 * Freezes every table reachable from the value at idx: fields, keys, and
 * the upvalues of the Lua functions whose source is `source` (other
 * functions, C or of another chunk, are not entered, so a trusted
 * library's private state stays its own). Tables used as metatables are
 * not frozen (the VM reads metamethods raw), nor are their contents
 * entered. Children are named after their parent ("vr.date") or, from an
 * upvalue, after the upvalue. Raises on out of memory.
 */
void vr_lua_freeze_all(lua_State *L, int idx, const char *name, const char *source);
/*
 * The variables the frozen functions share (their upvalues: a `local` of
 * the plugin file) cannot be frozen; vr_lua_freeze_all pins their values
 * instead. Checking them after every sub would cost a quarter of a check,
 * so they are checked after each call: when one changed, it is put back,
 * from then on they are checked (and a change is a violation of the sub
 * that made it) after every sub, and this returns 1: the caller runs the
 * call again to find the rule. Returns 0 when nothing changed.
 */
int vr_lua_check_pins(vr_lua *x);
/* If the value at idx is a frozen table, pushes its data table (for
 * trusted code that must read raw); else pushes the value itself. */
void vr_lua_push_data(lua_State *L, int idx);
/* The first write to frozen state refused since the last take, as
 * "FILE:LINE: ... is read-only" (and how many more there were); returns
 * 0 when there was none. Clears the record. */
int vr_lua_take_violation(vr_lua *x, char *msg, size_t msglen);

/*
 * From a C function running inside vr_lua_call: calls the function below
 * nargs arguments (lua_pcall, in L) under a budget of its own (see above),
 * never past the call's own wall-clock bound; a sub that would start after
 * that bound is not run (*trip VR_TRIP_UNSTARTED). Returns lua_pcall's
 * status with its results or error object on the stack; on a trip, the
 * error object is replaced by a message saying which budget, and the
 * state is collected so the next sub starts clean.
 */
int vr_lua_sub(vr_lua *x, lua_State *L, int nargs, int nresults, vr_trip *trip);
/* What a trip means, in words ("exceeded its memory budget"). */
const char *vr_lua_trip_text(vr_trip trip);

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
