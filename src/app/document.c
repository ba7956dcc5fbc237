/*
 * document.c - the export document of a stored plan version, and the audit
 * objects of a case. See document.h.
 */
#include "app/document.h"
#include "app/cases.h"
#include "app/app.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/model.h"
#include "host/paths.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --- the export document of a stored version ------------------------ */

static int put(vr_val *o, const char *k, const char *v)
{
	return v ? vr_val_obj_set(o, k, vr_val_str(v)) : 0;
}

/* A stored signature as the document carries it (model.c signature_f). */
static int add_sig(const vr_store_sig_row *g, void *ud)
{
	vr_val **list = ud, *o = vr_val_obj(), *signer = vr_val_obj();

	if (!o || !signer || put(o, "plan", g->plan_id) < 0 ||
	    vr_val_obj_set(o, "version", vr_val_int(g->version)) < 0 ||
	    put(o, "digest", g->digest) < 0 || put(o, "role", g->role) < 0 ||
	    put(signer, "id", g->signer_id) < 0 || put(signer, "name", g->signer_name) < 0 ||
	    vr_val_obj_set(o, "signer", signer) < 0 || put(o, "method", g->method) < 0 ||
	    put(o, "meaning", g->meaning) < 0 || put(o, "intent", g->intent) < 0 ||
	    put(o, "identity", g->identity) < 0 || put(o, "at", g->at) < 0 ||
	    put(o, "scan_sha256", g->scan_sha256) < 0 || put(o, "key_id", g->key_id) < 0 ||
	    put(o, "seal", g->seal) < 0 || put(o, "seen", g->seen) < 0 ||
	    put(o, "recorded_by", g->recorded_by) < 0) {
		if (!o)
			vr_val_free(signer);
		vr_val_free(o);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	if (g->withdrawal_id) {
		vr_val *w = vr_val_obj();
		if (!w || put(w, "reason", g->w_reason) < 0 || put(w, "by", g->w_by) < 0 ||
		    put(w, "at", g->w_at) < 0 || put(w, "key_id", g->w_key_id) < 0 ||
		    put(w, "seal", g->w_seal) < 0 || vr_val_obj_set(o, "withdrawal", w) < 0) {
			vr_val_free(o);
			return vr_error_set(VR_ENOMEM, "out of memory");
		}
	}
	if (vr_val_arr_push(list[0], o) < 0)
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

typedef struct {
	int version;
	vr_val *list;
} sig_filter;

static int add_sig_of_version(const vr_store_sig_row *g, void *ud)
{
	sig_filter *f = ud;
	return g->version == f->version ? add_sig(g, &f->list) : 0;
}

int vr_app_document(vr_store *s, const vr_store_version_row *v, const char *xsd, char **xml,
		    size_t *len)
{
	vr_app_case k;
	vr_val *plan = NULL;
	sig_filter sigs = { v->version, vr_val_arr() };
	int err;

	*xml = NULL;
	if (!sigs.list)
		return vr_error_set(VR_ENOMEM, "out of memory");
	if ((err = vr_app_load_case(s, v->case_id, &k)) < 0) {
		vr_val_free(sigs.list);
		return err;
	}
	/* on failure the caller says what was not made (exported, rendered) */
	if ((err = vr_app_read_plan(v, &plan)) == 0 &&
	    (err = vr_store_each_signature(s, v->plan_id, add_sig_of_version, &sigs)) == 0)
		err = vr_doc_export(k.person, k.kase, plan, sigs.list, xsd, xml, len);
	vr_val_free(plan);
	vr_val_free(sigs.list);
	vr_app_case_free(&k);
	return err;
}

int vr_app_xsd(char *out, size_t n)
{
	const char *dd = vr_paths_datadir();
	if (!dd)
		return VR_ENOTFOUND;
	snprintf(out, n, "%s/templates/schema/vrtool-1.xsd", dd);
	return 0;
}

/* --- the audit objects of a case ---------------------------------------- */

static int collect_plan(const char *plan_id, const char *kind, void *ud)
{
	vr_app_objects *o = ud;
	char **grown = realloc(o->plans, (o->nplans + 1) * sizeof(*grown));

	(void)kind;
	if (!grown)
		return vr_error_set(VR_ENOMEM, "out of memory");
	o->plans = grown;
	if (!(grown[o->nplans] = strdup(plan_id)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	o->nplans++;
	return 0;
}

int vr_app_objects_load(vr_store *s, const char *case_id, vr_app_objects *o)
{
	vr_store_case_row row;
	int err;

	memset(o, 0, sizeof(*o));
	if (!case_id)
		return 0;
	o->case_id = case_id;
	if ((err = vr_store_get_case(s, case_id, &row)) < 0)
		return err;
	vr_store_case_row_free(&row);
	if ((err = vr_store_each_plan(s, case_id, collect_plan, o)) < 0)
		vr_app_objects_free(o);
	return err;
}

int vr_app_objects_match(const vr_app_objects *o, const char *object)
{
	if (!o->case_id)
		return 1;
	if (!strncmp(object, "case:", 5) && !strcmp(object + 5, o->case_id))
		return 1;
	if (strncmp(object, "plan:", 5) != 0)
		return 0;
	for (size_t i = 0; i < o->nplans; i++) {
		size_t n = strlen(o->plans[i]);
		if (!strncmp(object + 5, o->plans[i], n) &&
		    (object[5 + n] == '@' || object[5 + n] == '\0'))
			return 1;
	}
	return 0;
}

void vr_app_objects_free(vr_app_objects *o)
{
	for (size_t i = 0; i < o->nplans; i++)
		free(o->plans[i]);
	free(o->plans);
	o->plans = NULL;
	o->nplans = 0;
}

int vr_app_record_and_write(vr_store *s, const char *action, const char *object,
			    const char *detail, const vr_app_sink *to, const char *data,
			    size_t len, int in_tx)
{
	int err;

	if (!in_tx && (err = vr_store_begin(s)) < 0)
		return err;
	if ((err = vr_store_audit(s, vr_app_actor(), action, object, detail)) < 0 ||
	    (err = to->write(to->ud, data, len)) < 0 ||
	    (!in_tx && (err = vr_store_commit(s)) < 0)) {
		if (!in_tx)
			vr_store_rollback(s);
	}
	return err;
}

int vr_app_export(vr_store *s, const vr_store_version_row *v, const char *xsd,
		  const vr_app_sink *to, const char *note, int in_tx)
{
	char object[300], detail[PATH_MAX + 200];
	char *xml = NULL;
	size_t len;
	int err;

	if ((err = vr_app_document(s, v, xsd, &xml, &len)) < 0)
		return vr_error_wrap(err, "plan %s version %d was not exported: ", v->plan_id,
				     v->version);
	snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
	snprintf(detail, sizeof(detail), "digest=%s to=%s%s", v->digest, to->name,
		 note ? note : "");
	err = vr_app_record_and_write(s, "export", object, detail, to, xml, len, in_tx);
	free(xml);
	return err;
}
