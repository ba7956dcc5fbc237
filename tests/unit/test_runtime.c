/*
 * test_runtime.c - a plugin's Lua state in this process (runtime.h): the
 * views of a request's documents are built inside a protected call, so a
 * case too large for the plugin's memory is a message, never an abort,
 * and the runtime goes on with the next case. (The CLI refuses such a case
 * at import, so only this level can hand one to the worker.)
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/buf.h"
#include "core/error.h"
#include "core/val.h"
#include "host/runtime.h"
#include "helpers.h"

/* A case of mo-vr with `events` contact events, a plan, and its documents
 * encoded as the worker receives them; *bufs are freed by the caller. */
static void make_docs(size_t events, vr_buf bufs[4], vr_runtime_doc docs[5])
{
	vr_val *person = vr_val_obj(), *kase = vr_val_obj(), *plan = vr_val_obj();
	vr_val *name = vr_val_obj(), *list = vr_val_arr(), *summary = vr_val_obj();
	const vr_val *all[4];

	vr_val_obj_set(name, "given", vr_val_str("Big"));
	vr_val_obj_set(name, "family", vr_val_str("Case"));
	vr_val_obj_set(person, "id", vr_val_str("P-BIG"));
	vr_val_obj_set(person, "name", name);
	for (size_t i = 0; i < events; i++) {
		vr_val *e = vr_val_obj();
		vr_val_obj_set(e, "kind", vr_val_str("contact"));
		vr_val_obj_set(e, "date", vr_val_str("2026-03-01"));
		vr_val_arr_push(list, e);
	}
	vr_val_obj_set(kase, "id", vr_val_str("C-BIG"));
	vr_val_obj_set(kase, "agency", vr_val_str("mo-vr"));
	vr_val_obj_set(kase, "events", list);
	vr_val_obj_set(plan, "id", vr_val_str("C-BIG-IPE"));
	vr_val_obj_set(plan, "kind", vr_val_str("IPE"));
	vr_val_obj_set(plan, "date", vr_val_str("2026-03-01"));
	all[0] = person;
	all[1] = kase;
	all[2] = plan;
	all[3] = summary;
	for (int i = 0; i < 4; i++) {
		vr_buf b = VR_BUF_INIT;
		vr_val_encode(&b, all[i]);
		assert_true(vr_buf_ok(&b));
		bufs[i] = b;
		docs[i].enc = b.ptr;
		docs[i].len = b.len;
	}
	docs[4].enc = "";
	docs[4].len = 0;
	vr_val_free(person);
	vr_val_free(kase);
	vr_val_free(plan);
	vr_val_free(summary);
}

static void free_docs(vr_buf bufs[4])
{
	for (int i = 0; i < 4; i++)
		vr_buf_free(&bufs[i]);
}

static void test_runtime__a_case_too_large_is_a_message_not_an_abort(void **state)
{
	vr_runtime *rt = NULL;
	vr_runtime_doc docs[5];
	vr_buf bufs[4];
	vr_val *out = NULL;
	char slot[128], msg[2048];

	(void)state;
	assert_int_equal(setenv("VRTOOL_DATADIR", VR_SRCDIR, 1), 0);
	if (vr_runtime_load(&rt, "mo-vr", slot, sizeof(slot)) < 0)
		fail_msg("%s", vr_error_last());
	/* 250,000 events: about 9 MB encoded, more than 64 MiB as Lua tables
	 * (before issue 16: the worker aborted with signal 6) */
	make_docs(250000, bufs, docs);
	assert_int_equal(vr_runtime_call(rt, "check", docs, "2026-11-23", &out, msg, sizeof(msg)),
			 VR_EPLUGIN);
	assert_null(out);
	if (!strstr(msg, "the case is too large for plugin mo-vr: its documents"))
		fail_msg("got: %s", msg);
	assert_non_null(strstr(msg, "memory budget (64 MiB)"));
	free_docs(bufs);
	/* the same runtime checks the next case, and again */
	make_docs(3, bufs, docs);
	for (int i = 0; i < 2; i++) {
		if (vr_runtime_call(rt, "check", docs, "2026-11-23", &out, msg, sizeof(msg)) != 0)
			fail_msg("%s", msg);
		assert_non_null(out);
		assert_true(vr_val_len(out) > 0);
		vr_val_free(out);
		out = NULL;
	}
	free_docs(bufs);
	vr_runtime_free(rt);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_runtime__a_case_too_large_is_a_message_not_an_abort),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
