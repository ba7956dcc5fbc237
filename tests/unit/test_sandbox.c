/*
 * test_sandbox.c - budgeted Lua states: what a sandboxed chunk can reach,
 * and that every budget stops it, however it tries to go on.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <lauxlib.h>

#include "core/error.h"
#include "host/sandbox.h"
#include "helpers.h"

/* A generous wall clock, so that under valgrind the instruction and memory
 * budgets, not the clock, are what stops these tests. */
static const vr_budget small = { 8u << 20, 2000000LL, 600000, 0 };
static const vr_budget quick = { 8u << 20, 1000000000000LL, 200, 0 };
static const vr_budget *budget = &small;

/* Runs src in a fresh sandbox env; returns the call's result code, the
 * trip, and (when it returns a string) the string in out. */
static int run_in(vr_lua *x, const char *src, vr_trip *trip, char *out, size_t n)
{
	lua_State *L = vr_lua_state(x);
	char msg[1024];
	int err;

	vr_lua_push_env(L);
	err = vr_lua_load(x, src, strlen(src), "=test", -1);
	lua_remove(L, -2);
	if (err < 0) {
		snprintf(out, n, "%s", vr_error_last());
		return err;
	}
	err = vr_lua_call(x, 0, 1, msg, sizeof(msg), trip);
	if (err < 0) {
		snprintf(out, n, "%s", msg);
		return err;
	}
	snprintf(out, n, "%s", lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "");
	lua_pop(L, 1);
	return 0;
}

static void expect(const char *src, int want_err, vr_trip want_trip, const char *want_text)
{
	vr_lua *x = NULL;
	vr_trip trip = VR_TRIP_NONE;
	char out[1024];
	int top;

	assert_int_equal(vr_lua_new(&x, budget), 0);
	top = lua_gettop(vr_lua_state(x));
	assert_int_equal(run_in(x, src, &trip, out, sizeof(out)) < 0, want_err);
	assert_int_equal(trip, want_trip);
	if (!strstr(out, want_text))
		fail_msg("for %s\nwanted '%s' in '%s'", src, want_text, out);
	assert_int_equal(lua_gettop(vr_lua_state(x)), top);
	/* the state is usable again with a fresh budget */
	assert_int_equal(run_in(x, "return 'again'", &trip, out, sizeof(out)), 0);
	assert_string_equal(out, "again");
	vr_lua_free(x);
}

static void test_sandbox__whitelist_only(void **state)
{
	(void)state;
	expect("return type(io) .. type(os) .. type(require) .. type(package) .. type(debug)"
	       " .. type(load) .. type(loadfile) .. type(dofile) .. type(collectgarbage)"
	       " .. type(print) .. type(rawset) .. type(string.dump) .. type(math.random)",
	       0, VR_TRIP_NONE, "nilnilnilnilnilnilnilnilnilnilnilnilnil");
	expect("return type(string.format) .. type(table.concat) .. type(math.floor)"
	       " .. type(utf8.char) .. type(pcall) .. type(coroutine.wrap)",
	       0, VR_TRIP_NONE, "functionfunctionfunctionfunctionfunctionfunction");
	/* string.dump is gone from the library itself, not only from the env */
	expect("return type(getmetatable('').__index.dump)", 0, VR_TRIP_NONE, "nil");
}

static void test_sandbox__refuses_bytecode(void **state)
{
	vr_lua *x = NULL;
	const char bin[] = "\x1bLua\x54\x00 junk";

	(void)state;
	assert_int_equal(vr_lua_new(&x, &small), 0);
	vr_lua_push_env(vr_lua_state(x));
	assert_int_equal(vr_lua_load(x, bin, sizeof(bin) - 1, "=bin", -1), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "binary"));
	vr_lua_free(x);
}

static void test_sandbox__endless_loop_is_stopped(void **state)
{
	(void)state;
	expect("while true do end", 1, VR_TRIP_INSTRUCTIONS, "instruction budget");
}

static void test_sandbox__wall_clock_is_bounded(void **state)
{
	(void)state;
	budget = &quick;
	expect("while true do end", 1, VR_TRIP_TIME, "time budget");
	expect("while true do pcall(function() while true do end end) end", 1, VR_TRIP_TIME,
	       "time budget");
	budget = &small;
}

static void test_sandbox__pcall_cannot_swallow_the_budget(void **state)
{
	(void)state;
	expect("for i = 1, 1e9 do pcall(function() while true do end end) end return 'escaped'",
	       1, VR_TRIP_INSTRUCTIONS, "instruction budget");
}

static void test_sandbox__coroutines_cannot_escape(void **state)
{
	(void)state;
	expect("local co = coroutine.wrap(function() while true do end end) co()",
	       1, VR_TRIP_INSTRUCTIONS, "instruction budget");
	expect("while true do coroutine.resume(coroutine.create(function() while true do end end)) end",
	       1, VR_TRIP_INSTRUCTIONS, "instruction budget");
}

/* Lua runs xpcall message handlers and __gc finalisers with hooks off;
 * the sandbox must not let either become a way around the budget. */
static void test_sandbox__no_hookless_code(void **state)
{
	(void)state;
	expect("xpcall(function() error('x') end, function() while true do end end)",
	       1, VR_TRIP_INSTRUCTIONS, "instruction budget");
	expect("while true do xpcall(function() while true do end end, function() while true do end end) end",
	       1, VR_TRIP_INSTRUCTIONS, "instruction budget");
	expect("setmetatable({}, { __gc = function() while true do end end })",
	       1, VR_TRIP_NONE, "__gc metamethods are not available");
	expect("setmetatable({}, { __gc = false })", 1, VR_TRIP_NONE, "__gc metamethods");
	/* xpcall still works as xpcall */
	expect("local ok, e = xpcall(function(a) error('x' .. a, 0) end, function(m) return 'got ' .. m end, 7)"
	       " return tostring(ok) .. ' ' .. e", 0, VR_TRIP_NONE, "false got x7");
	expect("local ok, a, b = xpcall(function(x, y) return x + y, 'two' end, error, 2, 3)"
	       " return tostring(ok) .. a .. b", 0, VR_TRIP_NONE, "true5two");
}

static void test_sandbox__memory_bomb_is_stopped(void **state)
{
	(void)state;
	expect("local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(64) .. i end",
	       1, VR_TRIP_MEMORY, "memory budget");
	expect("local t = {} while true do pcall(function() t[#t + 1] = ('y'):rep(1e5) .. #t end) end",
	       1, VR_TRIP_MEMORY, "memory budget");
}

static void test_sandbox__error_objects_are_not_converted(void **state)
{
	(void)state;
	expect("error(setmetatable({}, { __tostring = function() return 'ran plugin code' end }))",
	       1, VR_TRIP_NONE, "error object of type table");
	expect("error('plain message')", 1, VR_TRIP_NONE, "plain message");
}

static void test_sandbox__the_string_metatable_is_read_only(void **state)
{
	vr_lua *a = NULL;
	vr_trip trip;
	char out[1024];

	(void)state;
	assert_int_equal(vr_lua_new(&a, &small), 0);
	assert_true(run_in(a, "getmetatable('').__index.upper = function() return 'poisoned' end",
			   &trip, out, sizeof(out)) < 0);
	assert_non_null(strstr(out, "test:1: string.upper is shared by every rule and case"));
	assert_true(run_in(a, "getmetatable('').__index = function() return nil end",
			   &trip, out, sizeof(out)) < 0);
	assert_non_null(strstr(out, "test:1: getmetatable('').__index is shared"));
	/* caught or not, the writes were refused, and noted */
	assert_int_equal(vr_lua_take_violation(a, out, sizeof(out)), 1);
	assert_int_equal(run_in(a, "pcall(function() getmetatable('').__index.upper = nil end)"
				" return ('x'):upper() .. #getmetatable('').__index.rep('z', 3)",
				&trip, out, sizeof(out)), 0);
	assert_string_equal(out, "X3");
	assert_int_equal(vr_lua_take_violation(a, out, sizeof(out)), 1);
	assert_non_null(strstr(out, "test:1: string.upper is shared"));
	vr_lua_free(a);
}

/* sub(f, ...): f under a budget of its own (vr_lua_sub): true, results...
 * or false, message, trip. */
static int t_sub(lua_State *L)
{
	vr_trip trip;
	int rc = vr_lua_sub(vr_lua_of(L), L, lua_gettop(L) - 1, LUA_MULTRET, &trip);

	if (rc == LUA_OK) {
		lua_pushboolean(L, 1);
		lua_insert(L, 1);
		return lua_gettop(L);
	}
	lua_pushboolean(L, 0);
	lua_insert(L, -2);
	lua_pushinteger(L, trip);
	return 3;
}

/* Runs src with sub() and a table t = { a = 1, { x = 1 } } frozen in its
 * env (with the functions of chunk "=test" entered); returns the result. */
static int run_frozen(vr_lua *x, const char *src, vr_trip *trip, char *out, size_t n)
{
	lua_State *L = vr_lua_state(x);
	char msg[1024];
	int err;

	vr_lua_push_env(L);
	lua_pushcfunction(L, t_sub);
	lua_setfield(L, -2, "sub");
	assert_int_equal(luaL_dostring(L, "return { a = 1, { x = 1 } }"), 0);
	lua_setfield(L, -2, "t");
	err = vr_lua_load(x, src, strlen(src), "=test", -1);
	assert_int_equal(err, 0);
	vr_lua_freeze_all(L, -2, NULL, "=test");
	vr_lua_freeze_all(L, -1, "chunk", "=test");
	lua_remove(L, -2);
	err = vr_lua_call(x, 0, 1, msg, sizeof(msg), trip);
	if (err < 0) {
		snprintf(out, n, "%s", msg);
		return err;
	}
	snprintf(out, n, "%s", lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "");
	lua_pop(L, 1);
	return 0;
}

static void test_sandbox__frozen_tables_read_as_before_and_refuse_writes(void **state)
{
	vr_lua *x = NULL;
	vr_trip trip;
	char out[1024];
	int top;

	(void)state;
	assert_int_equal(vr_lua_new(&x, &small), 0);
	top = lua_gettop(vr_lua_state(x));
	assert_int_equal(run_frozen(x,
		"local w = {}\n"
		"for _, f in ipairs({ function() t.a = 2 end, function() t[1].x = 2 end,\n"
		"    function() table.insert(t, 3) end, function() x = 1 end,\n"
		"    function() pcall = nil end, function() setmetatable(t, nil) end }) do\n"
		"  local ok, e = pcall(f)\n"
		"  w[#w + 1] = ok and 'WROTE' or e\n"
		"end\n"
		"local keys = 0 for _ in pairs(t) do keys = keys + 1 end\n"
		"return table.concat(w, '|') .. '|' .. t.a .. #t .. rawget(t, 'a') .. rawlen(t)\n"
		"  .. tostring(next(t) ~= nil) .. keys .. t[1].x .. tostring(x)",
		&trip, out, sizeof(out)), 0);
	if (!strstr(out, "|1111true21nil"))
		fail_msg("got %s", out);
	assert_null(strstr(out, "WROTE"));
	assert_non_null(strstr(out, "test:2: t.a is shared by every rule and case"));
	assert_non_null(strstr(out, "test:2: t[...].x is shared"));
	assert_non_null(strstr(out, "test:3: a field of t is shared"));
	assert_non_null(strstr(out, "test:3: global 'x' is shared"));
	assert_non_null(strstr(out, "test:4: global 'pcall' is shared"));
	assert_non_null(strstr(out, "cannot change a protected metatable"));
	assert_non_null(strstr(out, "|1111true21nil"));
	assert_int_equal(vr_lua_take_violation(x, out, sizeof(out)), 5);
	assert_non_null(strstr(out, "test:2: t.a is shared"));
	assert_non_null(strstr(out, "(and 4 more such writes)"));
	assert_int_equal(vr_lua_take_violation(x, out, sizeof(out)), 0);
	assert_int_equal(lua_gettop(vr_lua_state(x)), top);
	vr_lua_free(x);
}

/* A trip inside a sub is the sub's: the caller goes on, and so do the
 * next subs, in a coroutine or not. */
static void test_sandbox__a_sub_is_charged_its_own_trip(void **state)
{
	vr_lua *x = NULL;
	vr_trip trip = VR_TRIP_NONE;
	char out[1024];

	(void)state;
	assert_int_equal(vr_lua_new(&x, &small), 0);
	assert_int_equal(run_frozen(x,
		"local r = {}\n"
		"local function add(...) for i = 1, select('#', ...) do r[#r + 1] = tostring((select(i, ...))) end end\n"
		"add(sub(function() while true do end end))\n"
		"add(sub(function() coroutine.wrap(function() while true do pcall(function() while true do end end) end end)() end))\n"
		"add(sub(function() local t = {} for i = 1, 1e8 do t[i] = ('x'):rep(64) .. i end end))\n"
		"add(sub(function() local co = coroutine.wrap(function() local t = {} while true do t[#t + 1] = ('y'):rep(1000) .. #t end end)\n"
		"  pcall(co) return 'went on' end))\n"
		"add(sub(function(a, b) return a + b, 'fine' end, 2, 3))\n"
		"return table.concat(r, '|')",
		&trip, out, sizeof(out)), 0);
	assert_int_equal(trip, VR_TRIP_NONE);
	assert_string_equal(out,
		"false|exceeded its instruction budget (an endless loop?)|1|"
		"false|exceeded its instruction budget (an endless loop?)|1|"
		"false|exceeded its memory budget|2|"
		"false|exceeded its memory budget|2|"
		"true|5|fine");
	vr_lua_free(x);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sandbox__whitelist_only),
		cmocka_unit_test(test_sandbox__refuses_bytecode),
		cmocka_unit_test(test_sandbox__endless_loop_is_stopped),
		cmocka_unit_test(test_sandbox__wall_clock_is_bounded),
		cmocka_unit_test(test_sandbox__pcall_cannot_swallow_the_budget),
		cmocka_unit_test(test_sandbox__coroutines_cannot_escape),
		cmocka_unit_test(test_sandbox__no_hookless_code),
		cmocka_unit_test(test_sandbox__memory_bomb_is_stopped),
		cmocka_unit_test(test_sandbox__error_objects_are_not_converted),
		cmocka_unit_test(test_sandbox__the_string_metatable_is_read_only),
		cmocka_unit_test(test_sandbox__frozen_tables_read_as_before_and_refuse_writes),
		cmocka_unit_test(test_sandbox__a_sub_is_charged_its_own_trip),
	};
	return cmocka_run_group_tests_name("sandbox", tests, NULL, NULL);
}
