/*
 * checks.c - the plugin's findings, measures and records for one plan
 * (checks.h).
 */
#include "app/checks.h"
#include "core/error.h"
#include "core/lifecycle.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

int vr_app_check_plan(const vr_app_case *k, vr_plugin *p, const vr_store_version_row *row,
		      const vr_val *plan, const char *as_of, vr_findings *findings,
		      vr_val *measures)
{
	vr_val *list = NULL;
	vr_plugin_doc docs[VR_PLUGIN_NDOCS];
	size_t from = findings->n;
	char rule[128];
	int err;

	vr_app_docs(k, plan, docs);
	if ((err = vr_plugin_check_docs(p, docs, row->plan_id, as_of, findings)) < 0)
		return err;
	if (k->earlier)   /* settled text: how the agency acts on it only */
		vr_findings_keep_class(findings, from, "conduct");
	for (size_t i = from; i < findings->n; i++) {
		findings->items[i].version = row->version;
		findings->items[i].vstatus = k->state ? vr_status_name(k->state->status) : NULL;
		findings->items[i].earlier = k->earlier;
	}
	/* The plugin's measures (a QA share, a fidelity band), when it has any. */
	if (k->earlier || vr_val_len(vr_val_get(vr_plugin_meta(p), "measures")) == 0)
		return 0;
	if (vr_plugin_call_docs(p, "measures", docs, as_of, &list, rule, sizeof(rule)) < 0) {
		char text[2300];
		snprintf(text, sizeof(text), "%s; the plan's measures were not computed",
			 vr_error_last());
		return vr_findings_add(findings, vr_plugin_id(p), *rule ? rule : "plugin", "error",
				       "content", "", text, "plan", row->plan_id);
	}
	for (size_t i = 0; i < vr_val_len(list) && err == 0; i++) {
		vr_val *m = vr_val_copy(vr_val_at(list, i));
		if (!m || vr_val_obj_set(m, "plan", vr_val_str(row->plan_id)) < 0 ||
		    vr_val_arr_push(measures, m) < 0)
			err = vr_error_set(VR_ENOMEM, "out of memory");
	}
	vr_val_free(list);
	return err;
}

/* Adds what a record is about. Takes rec; appends it to out. */
static int add_record(vr_val *out, vr_val *rec, const vr_app_case *k,
		      const vr_store_version_row *row, const char *plugin)
{
	int bad = !rec ||
		  vr_val_obj_set(rec, "version", vr_val_int(row->version)) < 0 ||
		  vr_val_obj_set(rec, "plan_status", vr_val_str(k->state ?
				 vr_status_name(k->state->status) : "")) < 0 ||
		  vr_val_obj_set(rec, "case", vr_val_str(k->row.id)) < 0 ||
		  vr_val_obj_set(rec, "plan", vr_val_str(row->plan_id)) < 0 ||
		  vr_val_obj_set(rec, "plugin", vr_val_str(plugin)) < 0;

	if (bad) {
		vr_val_free(rec);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	return vr_val_arr_push(out, rec) < 0 ? vr_error_set(VR_ENOMEM, "out of memory") : 0;
}

/* { id (rule), status (severity) = "error", message }: a call that failed. */
static vr_val *error_record(const char *op, const char *rule, const char *message)
{
	int check = !strcmp(op, "check");
	vr_val *rec = vr_val_obj();

	if (vr_val_obj_set(rec, check ? "rule" : "id", vr_val_str(rule)) < 0 ||
	    vr_val_obj_set(rec, check ? "severity" : "status", vr_val_str("error")) < 0 ||
	    vr_val_obj_set(rec, "message", vr_val_str(message)) < 0) {
		vr_val_free(rec);
		return NULL;
	}
	return rec;
}

/* A record the version in effect under a newer draft keeps: check's
 * conduct findings only (checks.h). */
static int earlier_keeps(const vr_val *rec, void *ud)
{
	const char *klass = vr_val_gets(rec, "class");
	(void)ud;
	return klass && !strcmp(klass, "conduct");
}

int vr_app_plan_records(const char *op, const vr_app_case *k, vr_plugin *p,
			const vr_store_version_row *row, const vr_val *plan, const char *as_of,
			vr_val *into)
{
	vr_val *list = NULL;
	vr_plugin_doc docs[VR_PLUGIN_NDOCS];
	char rule[128];
	int err = 0;

	if (k->earlier && !strcmp(op, "measures"))
		return 0;
	vr_app_docs(k, plan, docs);
	if (vr_plugin_call_docs(p, op, docs, as_of, &list, rule, sizeof(rule)) < 0)
		return add_record(into, error_record(op, *rule ? rule : "plugin", vr_error_last()),
				  k, row, vr_plugin_id(p));
	if (k->earlier && !strcmp(op, "check"))
		vr_val_arr_filter(list, 0, earlier_keeps, NULL);
	/* the plugin's records are the caller's now: moved, not copied */
	for (size_t i = 0; i < vr_val_len(list); i++) {
		if (err == 0)
			err = add_record(into, list->u.c.items[i], k, row, vr_plugin_id(p));
		else
			vr_val_free(list->u.c.items[i]);
		list->u.c.items[i] = NULL;
	}
	vr_val_free(list);
	return err;
}

vr_val *vr_app_noplugin_record(const char *op, const char *case_id, const char *agency)
{
	vr_val *rec = error_record(op, "plugin.load", vr_error_last());

	if (vr_val_obj_set(rec, "case", vr_val_str(case_id)) < 0 ||
	    vr_val_obj_set(rec, "plan", vr_val_str("-")) < 0 ||
	    vr_val_obj_set(rec, "plugin", vr_val_str(agency)) < 0) {
		vr_val_free(rec);
		return NULL;
	}
	return rec;
}
