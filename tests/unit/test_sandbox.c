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
static const vr_budget small = { 8u << 20, 2000000LL, 600000 };
static const vr_budget quick = { 8u << 20, 1000000000000LL, 200 };
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

static void test_sandbox__states_do_not_share_string_metatables(void **state)
{
	vr_lua *a = NULL, *b = NULL;
	vr_trip trip;
	char out[256];

	(void)state;
	assert_int_equal(vr_lua_new(&a, &small), 0);
	assert_int_equal(vr_lua_new(&b, &small), 0);
	assert_int_equal(run_in(a, "getmetatable('').__index.upper = function() return 'poisoned' end"
				" return ('x'):upper()", &trip, out, sizeof(out)), 0);
	assert_string_equal(out, "poisoned");
	assert_int_equal(run_in(b, "return ('x'):upper()", &trip, out, sizeof(out)), 0);
	assert_string_equal(out, "X");
	vr_lua_free(a);
	vr_lua_free(b);
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
		cmocka_unit_test(test_sandbox__states_do_not_share_string_metatables),
	};
	return cmocka_run_group_tests_name("sandbox", tests, NULL, NULL);
}
