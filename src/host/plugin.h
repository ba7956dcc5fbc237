/*
 * plugin.h - agency policy plugins: loading, contract checks, running rules.
 *
 * Each plugin lives in its own Lua state (runtime.h, sandbox.h) with its
 * own budget, registry and string metatable, in a worker process of its
 * own (see plugin.c for why), so one plugin cannot disturb another or the
 * host. The Lua half of the library (lua/vr/) is loaded into that state
 * first, in the same sandbox, and the plugin file sees it as `vr`.
 *
 * Loading checks the plugin's declarations (vr._validate in
 * lua/vr/plugin.lua) and refuses a plugin with any mistake, listing them all
 * with file and line. Running a check never fails: a rule that errs, loops
 * or exhausts memory becomes a finding that names the plugin and the rule.
 */
#ifndef VR_PLUGIN_H
#define VR_PLUGIN_H

#include "core/finding.h"
#include "core/lifecycle.h"
#include "core/val.h"
#include "host/runtime.h"

typedef struct vr_plugin vr_plugin;

/* Loads plugin `id` from the plugin search path (paths.h). On failure the
 * error message lists every problem. */
int vr_plugin_load(vr_plugin **out, const char *id);
void vr_plugin_free(vr_plugin *p);

const char *vr_plugin_id(const vr_plugin *p);
const char *vr_plugin_name(const vr_plugin *p);
const char *vr_plugin_version(const vr_plugin *p);
const char *vr_plugin_dir(const vr_plugin *p);
int vr_plugin_rule_count(const vr_plugin *p);

/*
 * The signatures and approvals a version of plan kind `kind` needs, as
 * role requirements (lifecycle.h): the plugin's kinds[kind].signers and
 * .approvals, or for an amendment (version 2 on) kinds[kind].amendment's
 * when the plugin declares one. Lent; valid while the plugin lives.
 * VR_EINPUT when the plugin has no such kind.
 */
int vr_plugin_requirements(const vr_plugin *p, const char *kind, int amendment,
			   const vr_role_req **reqs, size_t *n);

/* Whether the kind's requirements depend on the plan (a requirements
 * function): then ask with vr_plugin_call(p, "requirements", ...). */
int vr_plugin_kind_dynamic(const vr_plugin *p, const char *kind);

/* The approvals alone (the second part of the requirements). */
int vr_plugin_approvals(const vr_plugin *p, const char *kind, int amendment,
			const vr_role_req **reqs, size_t *n);

/* Gives the plugin a summary that its rules see as ctx.summary: facts that
 * look across cases (caseloads), which a plugin may not query itself.
 * Takes ownership; sent with every call. */
void vr_plugin_set_summary(vr_plugin *p, vr_val *summary);
const vr_val *vr_plugin_summary(const vr_plugin *p);

/* What the plugin declared (runtime.h's meta), lent. */
const vr_val *vr_plugin_meta(const vr_plugin *p);

/*
 * Runs op ("check", "deadlines", "fees") in the plugin's worker. On success
 * *out is the list of records (caller frees). On failure returns VR_EPLUGIN
 * with the message set (the budget broken, the time limit, a crash) and
 * the id of the rule that was running in rule ("" when none).
 */
int vr_plugin_call(vr_plugin *p, const char *op, const vr_val *person, const vr_val *kase,
		   const vr_val *plan, const vr_val *life, const char *as_of, vr_val **out,
		   char *rule, size_t rulelen);

/*
 * Runs every rule that applies to the plan's kind, as of `as_of`
 * (YYYY-MM-DD), appending findings to out. The plugin sees the case with
 * the person under case.person, and the plan, read-only; `life` is the
 * plan's lifecycle (vr_planstate_lifecycle), ctx.lifecycle, or NULL for a
 * plan that stands alone. Returns 0, or a
 * negative vr_err only when the host itself fails (out of memory).
 */
int vr_plugin_check(vr_plugin *p, const vr_val *person, const vr_val *kase,
		    const vr_val *plan, const vr_val *life, const char *as_of,
		    vr_findings *out);

/* A document for a call: the bytes of its vr_val_encode form when the
 * caller holds them (enc: a stored value, sent as it is, with no decoding
 * and encoding again), else the value v. */
typedef struct vr_plugin_doc {
	const vr_val *v;
	const void *enc;
	size_t len;
} vr_plugin_doc;

/* vr_plugin_call and vr_plugin_check with the person, case, plan and
 * lifecycle as documents (docs[0] to [3]; a lifecycle with neither v nor
 * enc is none: the plan stands alone). */
#define VR_PLUGIN_NDOCS 4
int vr_plugin_call_docs(vr_plugin *p, const char *op, const vr_plugin_doc docs[VR_PLUGIN_NDOCS],
			const char *as_of, vr_val **out, char *rule, size_t rulelen);
int vr_plugin_check_docs(vr_plugin *p, const vr_plugin_doc docs[VR_PLUGIN_NDOCS],
			 const char *plan_id, const char *as_of, vr_findings *out);

/* A request body as the worker reads it (the framing vr_plugin_call_docs
 * writes): the operation, as_of, and the five documents in the order
 * vr_runtime_call takes them (person, case, plan, summary, lifecycle),
 * lent from body. -1 when it does not frame. For the worker and fuzzing. */
int vr_plugin_read_request(const void *body, size_t len, char op[64], char as_of[64],
			   vr_runtime_doc docs[5]);

/* Loaded plugins by id, each loaded once; for commands over many cases. */
typedef struct vr_plugins vr_plugins;
int vr_plugins_new(vr_plugins **out);
void vr_plugins_free(vr_plugins *ps);
/* The plugin for id, loading it on first use. On failure returns the error
 * (the same one each time it is asked again) and *out is NULL. */
int vr_plugins_get(vr_plugins *ps, const char *id, vr_plugin **out);

#endif
