/*
 * checks.h - what an agency's plugin says about one plan, as every front
 * end shows it (app.h): check's findings and measures, the deadlines, fees
 * and measures as records. Each is called from a walk (app/cases.h,
 * vr_app_walk_op) with the case, the plugin and the plan visited.
 *
 * The version in effect, visited beside a newer version not yet in effect
 * (k->earlier), is settled text: only how the agency acts on it is news,
 * so it keeps its conduct findings only and has no measures.
 */
#ifndef VR_APP_CHECKS_H
#define VR_APP_CHECKS_H

#include "app/cases.h"
#include "core/finding.h"
#include "core/val.h"

struct vr_plugin;

/* check: the plan's findings appended to *findings, each with its version,
 * that version's status and `earlier`; its measures appended to measures
 * (each with `plan`). A measures call that fails is an error finding. */
int vr_app_check_plan(const vr_app_case *k, struct vr_plugin *p,
		      const vr_store_version_row *row, const vr_val *plan, const char *as_of,
		      vr_findings *findings, vr_val *measures);

/*
 * op ("deadlines", "fees", "measures", "check"): the plugin's records for
 * the plan, appended to the array `into`, each with version, plan_status,
 * case, plan and plugin added. A call the plugin fails is one record { id (or
 * rule, for check) = the rule, status (severity) = "error", message }: a
 * finding, not an error; the walk goes on.
 */
int vr_app_plan_records(const char *op, const vr_app_case *k, struct vr_plugin *p,
			const vr_store_version_row *row, const vr_val *plan, const char *as_of,
			vr_val *into);

/* The record of a case whose plugin did not load (vr_error_last() says
 * why), for op's records: { id = "plugin.load", status = "error", message,
 * case, plan = "-", plugin = agency }. NULL when out of memory. */
vr_val *vr_app_noplugin_record(const char *op, const char *case_id, const char *agency);

#endif
