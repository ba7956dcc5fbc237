/*
 * fuzz_request.c - what a plugin's worker does with a request body: its
 * framing ('R', then seven fields, each a u32 length and its bytes: the
 * operation, the person, the case, the plan, as_of, ctx.summary and the
 * lifecycle; plugin.c's split_request) and the documents turned into Lua
 * tables straight from their bytes (vr_runtime_call, runtime.c's
 * push_enc), with a real plugin (mo-vr, from the source tree) running its
 * rules on whatever decodes.
 *
 * There is one reader of the value format, vr_val_walk (val.h), with three
 * modes: the tree the host builds (vr_val_decode, which fuzz_val covers),
 * the worker's Lua views (runtime.c's push_enc visitor) and the store's
 * check of a stored value (no visitor, through vr_ingest_stored_enc). This
 * target checks that the modes agree on every document: one vr_val_decode
 * accepts must not be called "does not decode" by the worker, and one it
 * refuses must not reach a rule.
 *
 * The framing is read by the worker's own reader (vr_plugin_read_request),
 * and the seeds in tests/fuzz/corpus/request/ are request bodies as
 * vr_plugin_call_docs writes them (made from the case fixtures).
 *
 * The runtime is loaded once per process (a plugin takes milliseconds to
 * load; libFuzzer runs thousands of inputs a second) and freed at exit; a
 * call keeps the views of its documents for the next call with the same
 * bytes (runtime.c, push_kept), so each input is run twice: the second
 * call takes the kept views, and must fail or succeed as the first did.
 */
#include "fuzz.h"
#include "core/buf.h"
#include "core/ingest.h"
#include "core/val.h"
#include "host/plugin.h"
#include "host/runtime.h"

#include <string.h>

static vr_runtime *rt;

static void unload(void)
{
	vr_runtime_free(rt);
	rt = NULL;
}

static vr_runtime *runtime(void)
{
	static char slot[128];

	if (!rt) {
		FUZZ_CHECK(setenv("VRTOOL_DATADIR", VR_SRCDIR, 1) == 0, "setenv");
		if (vr_runtime_load(&rt, "mo-vr", slot, sizeof(slot)) < 0)
			fprintf(stderr, "%s\n", vr_error_last());
		FUZZ_CHECK(rt, "the mo-vr plugin loads from the source tree");
		atexit(unload);
	}
	return rt;
}

/* Whether vr_val_decode takes d, and the store's reader agrees. */
static int decodes(const vr_runtime_doc *d)
{
	vr_val *v = NULL;
	vr_buf b = VR_BUF_INIT;
	vr_blob stored;
	const void *enc;
	size_t len;
	const uint32_t order = 0x01020304u;
	int ok = vr_val_decode(d->enc, d->len, &v) == 0, well;

	vr_val_free(v);
	vr_buf_put(&b, "vrv1", 4);
	vr_buf_put(&b, (const char *)&order, 4);
	vr_buf_put(&b, d->enc, d->len);
	FUZZ_CHECK(vr_buf_ok(&b), "memory for the stored form");
	stored.ptr = b.ptr;
	stored.len = b.len;
	well = vr_ingest_stored_enc(&stored, &enc, &len);
	/* an empty document has no encoding after the header: "none" (0) */
	FUZZ_CHECK(d->len == 0 ? well == 0 : (well == 1) == ok,
		   "the store's reader and vr_val_decode agree on a value");
	vr_buf_free(&b);
	return ok;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_runtime_doc docs[5];
	char op[64], as_of[64], msg[2048], msg2[2048];
	vr_val *out = NULL, *out2 = NULL;
	int all = 1, rc, rc2;

	if (vr_plugin_read_request(data, size, op, as_of, docs) < 0)
		return 0;
	for (int i = 0; i < 5; i++)
		if (!decodes(&docs[i]) && !(i == 4 && docs[i].len == 0))
			all = 0;
	msg[0] = msg2[0] = '\0';
	rc = vr_runtime_call(runtime(), op, docs, as_of, &out, msg, sizeof(msg));
	FUZZ_CHECK(rc == 0 || rc == VR_EPLUGIN, "a call succeeds or is the plugin's failure");
	FUZZ_CHECK(rc == 0 ? out != NULL : out == NULL && msg[0],
		   "a result, or no result and a message");
	if (all)
		FUZZ_CHECK(!strstr(msg, "does not decode"),
			   "the worker decodes what vr_val_decode decodes");
	else
		FUZZ_CHECK(rc != 0 && (strstr(msg, "does not decode") || strstr(msg, "too large")),
			   "the worker refuses what vr_val_decode refuses");
	rc2 = vr_runtime_call(runtime(), op, docs, as_of, &out2, msg2, sizeof(msg2));
	FUZZ_CHECK(rc2 == 0 || rc2 == VR_EPLUGIN, "a call again succeeds or fails");
	FUZZ_CHECK(!strstr(msg, "does not decode") == !strstr(msg2, "does not decode"),
		   "kept views decode as the first did");
	vr_val_free(out);
	vr_val_free(out2);
	return 0;
}
