/*
 * plugintest.h - a plugin's own test cases, run, and what `plugin lint`
 * checks before a plugin ships (app.h).
 *
 * A plugin test is a data file, plugins/<id>/tests/<name>.lua:
 *
 *   return {
 *     name = "a late IPE is an error",
 *     case = "../../../tests/fixtures/cases/mo-student-ssa.lua",  -- or the case itself
 *     plan = "MO-2026-0001-IPE",          -- default: the case's first plan
 *     as_of = "2026-11-23",
 *     findings = { "mo.520.1.ipe-within-90-days", { rule = "...", path = "..." } },
 *     deadlines = { { id = "mo.ipe-90-days", status = "met" } },
 *     fees = { { id = "...", amount = 100000 } },
 *     measures = { { id = "tx.qa-share", value = 1 } },
 *     summary = { caseload = { ["S-1"] = { cases = 21 } } },   -- ctx.summary
 *     requirements = { signers = { { "client", "representative" }, { "counselor" } },
 *                      approvals = {} },      -- what this version needs signed
 *     set = { ["plans[1].services[1].category"] = "ips_career_profile" },
 *     unset = { "case.notes[2]" },     -- the case varied, not copied
 *   }
 *
 * `findings`, when given, is the exact list of findings expected (by rule,
 * and by path or severity where an entry names them); `deadlines` and
 * `fees` list records that must be among those produced, each matching on
 * every field it names.
 */
#ifndef VR_APP_PLUGINTEST_H
#define VR_APP_PLUGINTEST_H

#include "core/val.h"

struct vr_plugin;

/*
 * What tests of one or more plugins gave. Each test's result is a value
 *   { plugin = ID, file = "tests/NAME.lua", name = NAME (absent when the
 *     file did not load), ok = bool, note = TEXT (absent: none),
 *     problems = { LINE... } (why it failed, one a line) }
 * handed to on_result as it is made (a front end prints it then) and kept
 * in results. A plugin that does not load is one failed result with no
 * file, its name "the plugin does not load".
 */
typedef struct {
	void (*on_result)(void *ud, const vr_val *result);
	void *ud;
	vr_val *results;      /* every result, in order */
	vr_val *covered;      /* { ID = true }: the rule, deadline, fee and measure ids
			       * some test expects */
	int passed, failed;
} vr_app_plugin_tests;

int vr_app_plugin_tests_init(vr_app_plugin_tests *t);
void vr_app_plugin_tests_free(vr_app_plugin_tests *t);

/* Runs the tests of plugin id (the .lua files of plugins/ID/tests/, in name order) into
 * t; keeps the plugin in *keep when not NULL (the caller frees it; NULL
 * when it did not load). Returns the number of test files, or -1 when the
 * plugin did not load (a failed result says why). */
int vr_app_plugin_test(const char *id, vr_app_plugin_tests *t, struct vr_plugin **keep);
/* The same for every plugin found (vr_paths_each_plugin). */
int vr_app_plugin_test_all(vr_app_plugin_tests *t);

/*
 * What `plugin lint` finds in loaded plugin p, whose tests gave t (run
 * with vr_app_plugin_test, ntests files): no test case, failed tests, a
 * rule, deadline, fee or measure no test expects, a plan kind no one
 * signs, a template that is not there, a word the source reads that it
 * does not declare (vocablint.h). Appends one line per problem to
 * *problems (an array, made when NULL); returns their number, or an error.
 */
int vr_app_plugin_lint(struct vr_plugin *p, const vr_app_plugin_tests *t, int ntests,
		       vr_val **problems);

#endif
