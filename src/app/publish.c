/*
 * publish.c - every plan's newest version into one folder (publish.h):
 * each document made (vr_app_document) or page rendered (vr_app_render)
 * and staged in one batch (batch.h), published with its audit record when
 * the whole run succeeded, else removed.
 */
#include "app/publish.h"
#include "app/batch.h"
#include "app/document.h"
#include "core/error.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	vr_store *s;
	const vr_app_publish_opts *o;
	char xsd[PATH_MAX];
	vr_app_batch batch;
	long long seen, total, skipped;
} run;

/* One plan's newest version, staged as DIR/<plan>-v<N>.<ext> (a name made
 * from an id: vr_app_batch_write refuses one that is a path). */
static int publish_one(const vr_store_version_row *v, void *ud)
{
	run *r = ud;
	const vr_app_render_opts *ro = r->o->render;
	char name[NAME_MAX + 1];
	int err;

	if (snprintf(name, sizeof(name), "%s-v%d.%s", v->plan_id, v->version,
		     !ro ? "xml" : ro->pdf ? "pdf" : "html") >= (int)sizeof(name))
		return vr_error_set(VR_EINPUT, "plan %s: its id is too long for a file name",
				    v->plan_id);
	r->seen++;
	if (r->o->progress && vr_app_shard_progress())
		r->o->progress(r->o->ud, r->seen * vr_app_shard_progress(), r->total, v->plan_id);
	if (ro) {
		if ((err = vr_app_render(r->s, ro, v, NULL, &r->batch, name)) != VR_EPLUGIN)
			return err;
		if (r->o->left_out)
			r->o->left_out(r->o->ud, v->plan_id, v->version, vr_error_last());
		r->skipped++;
		return 0;
	}
	{
		char object[300], detail[2 * PATH_MAX + 100];
		char *xml = NULL;
		size_t len;
		if ((err = vr_app_document(r->s, v, r->xsd, &xml, &len)) < 0)
			return vr_error_wrap(err, "plan %s version %d was not exported: ",
					     v->plan_id, v->version);
		snprintf(object, sizeof(object), "plan:%s@%d", v->plan_id, v->version);
		snprintf(detail, sizeof(detail), "digest=%s to=%s/%s", v->digest, r->o->dir, name);
		err = vr_app_batch_write(&r->batch, object, detail, name, xml, len);
		free(xml);
		return err;
	}
}

static int publish_case(const char *id, const char *agency, void *ud)
{
	(void)agency;
	if (!vr_app_shard_mine())
		return 0;
	return vr_store_each_latest(((run *)ud)->s, id, publish_one, ud);
}

int vr_app_publish(const vr_app *a, vr_store *s, const vr_app_publish_opts *o,
		   vr_app_published *out)
{
	const char *action = o->render ? "render" : "export";
	long long sums[2] = { 0, 0 };
	run r;
	int err;

	memset(out, 0, sizeof(*out));
	memset(&r, 0, sizeof(r));
	r.o = o;
	if ((err = vr_app_xsd(r.xsd, sizeof(r.xsd))) < 0)
		return err;
	if (!s && !o->one_process) { /* every core: the lead publishes what they staged */
		vr_app_lead l;
		if (vr_app_shards_lead(a, o->dir, action, &l)) {
			out->lead = 1;
			out->rc = l.rc;
			out->opened = l.opened;
			out->published = (long long)l.published;
			out->skipped = l.skipped;
			return l.err;
		}
	}
	if (s)
		r.s = s;
	else if ((err = vr_app_open(a, VR_STORE_OPEN, &r.s)) < 0)
		goto done;
	if ((err = vr_store_count(r.s, "plan", &r.total)) == 0 &&
	    (err = vr_app_batch_open(&r.batch, r.s, o->dir, action)) == 0) {
		err = vr_app_batch_end(&r.batch,
				       vr_store_each_case(r.s, o->agency, publish_case, &r));
		out->published = r.batch.done;
		out->skipped = r.skipped;
	}
	if (!s)
		vr_store_free(r.s);
done:
	sums[0] = out->published;
	sums[1] = out->skipped;
	vr_app_shards_finish(sums, 2, err); /* a process of a run over every core ends here */
	return err;
}
