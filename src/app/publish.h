/*
 * publish.h - the newest version of every plan, written into one folder
 * with its audit record, all or none: what `export --all` and
 * `render --all` do, and a script's db:export_all / db:render_all (app.h).
 */
#ifndef VR_APP_PUBLISH_H
#define VR_APP_PUBLISH_H

#include "app/app.h"
#include "app/render.h"
#include "core/store.h"

typedef struct {
	/* NULL: the export document of each plan (DIR/<plan>-v<N>.xml);
	 * else each plan rendered with these options (.html or .pdf) */
	const vr_app_render_opts *render;
	const char *dir;          /* the folder, made when missing */
	const char *agency;       /* NULL: every agency's cases */
	int one_process;          /* work alone (a script), never fork a process per core */
	/* Optional: called before each plan, in the process that shows
	 * progress (done counts for every process, about; total every plan). */
	void (*progress)(void *ud, long long done, long long total, const char *plan_id);
	/* Optional: a plan left out because its plugin failed (render; the
	 * run goes on), with the plugin's message. */
	void (*left_out)(void *ud, const char *plan_id, int version, const char *why);
	void *ud;
} vr_app_publish_opts;

typedef struct {
	/* 1: this process led a process per core (batch.h); `rc` is the
	 * highest status they ended with (-1: one failed to run), `opened`
	 * says whether the folder opened. 0: it did the work itself. */
	int lead, rc, opened;
	long long published;      /* files written, each with its audit record */
	long long skipped;        /* plans left out: their plugin failed */
} vr_app_published;

/*
 * Writes every plan's newest version into o->dir, taking `s` when not NULL
 * (one process then) else opening the caseload itself. Returns 0 or the
 * error that left nothing written and nothing recorded. In a process of a
 * run over every core, it ends the process's part (vr_app_shards_finish);
 * its front end then returns to main() (vr_app_shard_child). Plans left
 * out are not an error: out->skipped counts them.
 */
int vr_app_publish(const vr_app *a, vr_store *s, const vr_app_publish_opts *o,
		   vr_app_published *out);

#endif
