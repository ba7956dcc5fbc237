/*
 * ingest.c - a validated case tree into the store; see ingest.h.
 */
#include "core/ingest.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/model.h"
#include "core/sign.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int vr_ingest_plan_digest(const vr_val *plan, char **xml, size_t *len, char *digest)
{
	int err = vr_doc_canonical(vr_model_plan(), plan, xml, len);
	if (err < 0)
		return err;
	if ((err = vr_sign_sha256_hex(*xml, *len, digest)) < 0) {
		free(*xml);
		*xml = NULL;
	}
	return err;
}

static int put_plan(vr_store *s, const char *case_id, vr_val *plan, vr_buf *detail,
		    vr_ingest_report *r)
{
	const char *id = vr_val_gets(plan, "id"), *kind = vr_val_gets(plan, "kind");
	char have[VR_DIGEST_HEX], digest[VR_DIGEST_HEX];
	char *xml = NULL;
	size_t len;
	int ver, err;

	if ((err = vr_store_latest(s, id, &ver, have)) < 0)
		return err;
	/* The store numbers versions; a number in the file is not trusted. */
	if ((err = vr_val_obj_set(plan, "version", vr_val_int(ver ? ver : 1))) < 0)
		return vr_error_set(err, "out of memory");
	if ((err = vr_ingest_plan_digest(plan, &xml, &len, digest)) < 0)
		return err;
	if (ver && strcmp(have, digest) == 0) {
		r->plans_same++;
		vr_buf_printf(detail, " %s@%d=unchanged", id, ver);
		free(xml);
		return 0;
	}
	if (ver) {
		free(xml);
		return vr_error_set(VR_EEXISTS, "plan %s is already stored (version %d) with "
				    "different content; a stored plan is never overwritten: "
				    "change it by amendment (`vrtool amend %s`)", id, ver, id);
	}
	if ((err = vr_store_put_plan(s, id, case_id, kind)) == 0)
		err = vr_store_add_version(s, id, 1, vr_val_gets(plan, "date"), digest, xml);
	free(xml);
	if (err == 0) {
		r->plans_new++;
		vr_buf_printf(detail, " %s@1=%.12s", id, digest);
	}
	return err;
}

int vr_ingest_case(vr_store *s, vr_val *root, const char *actor, const char *source,
		   vr_agency_fn known_agency, void *ud, vr_ingest_report *r)
{
	vr_val *person = vr_val_get(root, "person"), *kase = vr_val_get(root, "case");
	vr_val *plans = vr_val_get(root, "plans"), *events;
	const char *case_id = vr_val_gets(kase, "id"), *agency = vr_val_gets(kase, "agency");
	vr_buf detail = VR_BUF_INIT;
	vr_store_case c;
	char *pxml = NULL, *cxml = NULL;
	size_t len, i;
	int err;

	memset(r, 0, sizeof(*r));
	if (known_agency && !known_agency(agency, ud))
		return vr_error_set(VR_EINPUT, "%s: case.agency '%s' names no installed "
				    "plugin (see `vrtool plugin list`)", source, agency);
	if ((err = vr_doc_canonical(vr_model_person(), person, &pxml, &len)) < 0 ||
	    (err = vr_doc_canonical(vr_model_case(), kase, &cxml, &len)) < 0)
		goto done;
	if ((err = vr_store_put_person(s, vr_val_gets(person, "id"), pxml)) < 0)
		goto done;
	c.id = case_id;
	c.person_id = vr_val_gets(person, "id");
	c.agency = agency;
	c.program = vr_val_gets(kase, "program");
	c.status = vr_val_gets(kase, "status");
	c.xml = cxml;
	if ((err = vr_store_put_case(s, &c)) < 0 ||
	    (err = vr_store_clear_events(s, case_id)) < 0)
		goto done;
	events = vr_val_get(kase, "events");
	for (i = 0; i < vr_val_len(events); i++) {
		const vr_val *e = vr_val_at(events, i);
		const char *date = vr_val_gets(e, "date");
		char day[11] = "";
		if (!date && vr_val_gets(e, "at")) {
			memcpy(day, vr_val_gets(e, "at"), 10);
			date = day;
		}
		if ((err = vr_store_add_event(s, case_id, (int)i + 1,
					      vr_val_gets(e, "kind"), date)) < 0)
			goto done;
	}
	vr_buf_printf(&detail, "source=%s plans:", source);
	for (i = 0; i < vr_val_len(plans); i++)
		if ((err = put_plan(s, case_id, vr_val_at(plans, i), &detail, r)) < 0)
			goto done;
	if (!vr_buf_ok(&detail)) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	{
		char object[256];
		snprintf(object, sizeof(object), "case:%s", case_id);
		err = vr_store_audit(s, actor, "import", object, vr_buf_cstr(&detail));
	}
done:
	vr_buf_free(&detail);
	free(pxml);
	free(cxml);
	return err;
}
