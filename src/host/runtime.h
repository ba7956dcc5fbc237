/*
 * runtime.h - one agency plugin in one Lua state, in this process.
 *
 * This is the Lua side of a plugin: its state (sandbox.h) with the vr
 * library (lua/vr/) and the plugin's declarations loaded and checked, and
 * the calls that run its rules, deadlines and fees. The host does not call
 * it directly: each plugin's runtime lives in a worker process of its own
 * (plugin.h), so that a plugin stuck inside a C function or crashing takes
 * only its worker down. Tests and the worker use it as is.
 */
#ifndef VR_RUNTIME_H
#define VR_RUNTIME_H

#include <stddef.h>
#include "core/val.h"

typedef struct vr_runtime vr_runtime;

/* Loads plugin id from the plugin path and checks its declarations; on
 * failure the error lists every problem with file and line. `rule_slot`
 * (may be NULL) is where the id of the running rule is written while a
 * call runs, so that someone outside can tell which rule hung. */
int vr_runtime_load(vr_runtime **out, const char *id, char *rule_slot, size_t slot_len);
void vr_runtime_free(vr_runtime *rt);

/* What the plugin declared: { id, name, version, rules, dir, kinds = {
 * KIND = { title, signers = {{roles..},..}, approvals = ..., amendment =
 * { signers, approvals } } } }, lent. */
const vr_val *vr_runtime_meta(const vr_runtime *rt);

/* A document for a call, in vr_val_encode's form (lent). */
typedef struct {
	const void *enc;
	size_t len;
} vr_runtime_doc;

/*
 * Runs op ("check", "deadlines", "fees", "measures", "requirements") on
 * one plan of a case as of as_of. docs are the person, the case, the plan,
 * ctx.summary and the plan's lifecycle (planstate.h; length 0: none, the
 * plan stands alone), encoded; they become the Lua tables straight from
 * their bytes. On success *out is the list of records (caller frees):
 * findings { rule, severity, cite, message, path }, deadlines or fees.
 * Each rule runs under its own budget (sandbox.h's vr_lua_sub): one that
 * breaks it becomes an error finding of its own and the others still run.
 * When the runner itself fails or breaks the call's budget, a document
 * does not decode, or the documents are too large to become Lua tables in
 * the plugin's memory budget ("the case is too large for plugin X"),
 * returns VR_EPLUGIN with msg saying what happened and in which rule, if
 * any; never aborts.
 */
int vr_runtime_call(vr_runtime *rt, const char *op, const vr_runtime_doc docs[5],
		    const char *as_of, vr_val **out, char *msg, size_t msglen);

/* Bounds the wall-clock time of each following call (all its rules) to
 * ms (0: the plugin budget's), so that a worker answers, with the rules
 * that finished, before its host stops waiting. */
void vr_runtime_set_call_ms(vr_runtime *rt, long ms);

#endif
