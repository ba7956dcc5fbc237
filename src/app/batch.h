/*
 * batch.h - files written safely, and batches over every core (app.h).
 */
#ifndef VR_APP_BATCH_H
#define VR_APP_BATCH_H

#include "app/app.h"
#include "core/store.h"

#include <stddef.h>

/* Writes data to path atomically (temporary file, fsync, rename) with the
 * given mode. A symbolic link where the file would go is refused, never
 * followed nor replaced. (Standard output is the front end's to write.) */
int vr_app_write_file(const char *path, const char *data, size_t len, int mode);

/*
 * Files named after ids are made inside a folder opened once: dirfd, from
 * vr_app_dir_open (create: mkdir it first when missing), then
 * vr_app_write_file_at(dirfd, dir, name, ...) with openat/renameat relative
 * to it (dir only names it in messages). A name holding '/' or "..", or
 * "." or empty, is refused (vr_app_bad_name), as is a symbolic link at it.
 */
int vr_app_dir_open(const char *dir, int create, int *fd);
int vr_app_bad_name(const char *name);
int vr_app_write_file_at(int dirfd, const char *dir, const char *name, const char *data,
			 size_t len, int mode);

/*
 * The files of a run over every case written into one folder (export
 * --all, render --all), with their audit records: all of them, or none.
 * Each file is written whole under a temporary name in the folder
 * ("NAME.tmp-PID") as it comes; at the end vr_app_batch_end syncs the
 * folder, gives each its name and commits every audit record in one
 * transaction. A run that fails anywhere removes them all and records
 * nothing. With a process per core, each process hands what it staged to
 * the lead (vr_app_shards_lead), which publishes every process's files
 * only when all of them succeeded.
 *
 *   vr_app_batch_open(b, s, dir, action)  makes and opens the folder
 *   vr_app_batch_write(b, object, detail, name, data, len)  stages the file
 *       `name` (made from ids: no '/', no "..") and keeps its audit record
 *   vr_app_batch_end(b, err)  publishes (err == 0) or removes what is
 *       staged, closes the folder; returns err or the publication's error;
 *       b->done counts the files published (or handed to the lead)
 */
typedef struct {
	char *tmp, *name, *object, *detail;
} vr_app_staged;

typedef struct {
	vr_store *s;
	const char *dir;
	int dirfd;
	const char *action;
	vr_app_staged *items;
	size_t n, cap;
	long long done;
} vr_app_batch;

int vr_app_batch_open(vr_app_batch *b, vr_store *s, const char *dir, const char *action);
int vr_app_batch_write(vr_app_batch *b, const char *object, const char *detail,
		       const char *name, const char *data, size_t len);
int vr_app_batch_end(vr_app_batch *b, int err);

/*
 * Runs over every case use every core. The run forks one
 * process per core ($VRTOOL_JOBS caps it) before the database is opened.
 * In the parent it waits for them and returns 1 with what they did summed
 * in *done and, in *rc, the highest status they ended with, or -1 when one
 * could not be run or read (vr_error_last says why); in a child, or when
 * one process is enough, it returns 0 and the operation goes on, taking
 * only the cases vr_app_shard_mine accepts, and ends with vr_app_shards_end
 * (or _finish), which hands the child's sums and status to the parent. A
 * child then returns to its front end, whose main() ends the process
 * (vr_app_shard_child): no function here exits. Each case is taken by
 * exactly one process; their audit records interleave under the store's
 * write lock (the store's walks hold no read snapshot while they write).
 */
int vr_app_shard_mine(void);                 /* the next case: is it this process's? */
int vr_app_sharded(void);                    /* more than one process at work */
int vr_app_shard_progress(void);             /* the process that shows progress: the
					      * number of processes, else 0 */
void vr_app_shards_end(long long done, int rc);
/* Is this process a child of a run over every core (1), one whose start
 * failed (-1: it took no case), or not (0)? Its main() ends it with _exit
 * once the front end's operation has returned. */
int vr_app_shard_child(void);
/*
 * The same for operations whose text output must come out in case order
 * (check, deadlines, fees --all): each process writes its standard output
 * into a pipe, ending each case it takes with vr_app_shard_case_end
 * (vr_app_walk does both), and the parent merges the pipes case by case as
 * they arrive. A process ends with vr_app_shards_finish, sending nsums
 * counts that the parent receives summed in sums.
 */
int vr_app_shards_ordered(long long *sums, int nsums, int *rc);
void vr_app_shard_case_end(void);
void vr_app_shards_finish(const long long *sums, int nsums, int rc);

/* What the lead of a batch run over every core did (vr_app_shards_lead). */
typedef struct {
	int rc;                /* the processes' highest status, -1: one failed to run */
	int opened;            /* the folder opened (else err says why it did not) */
	int err;               /* publishing failed (vr_error_last): nothing is left */
	size_t published;      /* files published, each with its audit record */
	long long skipped;     /* plans left out: their plugin failed */
} vr_app_lead;
/* For a batch into the folder dir: starts the processes; in the parent,
 * once they are done, publishes the files they staged with their audit
 * records (`action`) when every one succeeded, else removes them all, and
 * returns 1 with what happened in *out; elsewhere returns 0. */
int vr_app_shards_lead(const vr_app *a, const char *dir, const char *action,
		       vr_app_lead *out);

#endif
