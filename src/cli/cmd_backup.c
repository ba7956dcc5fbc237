/*
 * cmd_backup.c - `vrtool backup DEST [--force] [--with-key]` and
 * `vrtool backup --verify FILE`.
 *
 * The copy and its checks are core/backup.c; here: the flags, stopping
 * cleanly on Ctrl-C or SIGTERM (the copy checks between steps, and leaves
 * nothing behind), the audit record of the backup in the database it was
 * made from, and what is printed.
 *
 * The audit record is written after the backup is in place, as export's
 * are after their files: the log never claims a backup that is not on
 * disk. A backup whose record cannot be written is removed again, so every
 * backup on disk is in the log. The copy does not contain its own record.
 *
 * The signing key is not copied unless --with-key: docs/security.md.
 */
#include "cli/cli.h"
#include "core/backup.h"
#include "core/error.h"

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int progress(void *ud, long long done, long long total)
{
	(void)ud;
	(void)done;
	(void)total;
	return stop;
}

static int catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	if (sigemptyset(&sa.sa_mask) != 0)
		return -1;
	for (size_t i = 0; i < sizeof(sigs) / sizeof(*sigs); i++)
		if (sigaction(sigs[i], &sa, NULL) != 0)
			return -1;
	return 0;
}

static void print_contents(const vr_backup_info *b)
{
	printf("  %lld case(s), %lld person(s), %lld plan(s), %lld plan version(s), "
	       "%lld signature(s)\n", b->cases, b->persons, b->plans, b->versions, b->signatures);
	printf("  %lld audit entries, the chain whole up to hash %.12s; schema version %d; "
	       "%lld bytes\n", b->audit_entries, b->audit_last, b->schema_version, b->bytes);
}

static int verify_file(const char *path)
{
	char key[PATH_MAX];
	struct stat st;
	vr_backup_info b;
	int err, have_key;

	snprintf(key, sizeof(key), "%s.key", path);
	have_key = stat(key, &st) == 0;
	if ((err = vr_backup_verify(path, have_key ? key : NULL, &b)) < 0)
		return vr_cli_fail("backup", err);
	printf("ok   %s verifies: SQLite integrity check, schema, audit chain\n", path);
	print_contents(&b);
	if (have_key)
		printf("  %s is the database's signing key\n", key);
	return EXIT_OK;
}

/* The audit record of a backup, in the database it was made from. */
static int record(vr_cli *c, const char *dest, const vr_backup_info *b)
{
	vr_store *s = NULL;
	char detail[PATH_MAX + 200];
	int err;

	snprintf(detail, sizeof(detail), "to %s: %lld bytes, %lld audit entries up to %.12s, %s",
		 dest, b->bytes, b->audit_entries, b->audit_last,
		 b->key ? "with the signing key" : "without the signing key");
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		return err;
	if ((err = vr_store_begin(s)) == 0 &&
	    ((err = vr_store_audit(s, vr_app_actor(), "backup", "database", detail)) < 0 ||
	     (err = vr_store_commit(s)) < 0))
		vr_store_rollback(s);
	vr_store_free(s);
	return err;
}

static int run(vr_cli *c)
{
	const char *db = vr_app_db(&c->app), *dest;
	char key[PATH_MAX], dest_key[PATH_MAX + 8];
	struct timespec t0, t1;
	vr_backup_info b;
	int err;

	if (c->nargs != 1)
		return vr_cli_usage(&vr_cmd_backup, c->verify ? "name the backup to check" :
				    "name the backup file to write");
	dest = c->args[0];
	if (c->verify) {
		if (c->force || c->with_key)
			return vr_cli_usage(&vr_cmd_backup, "--verify takes no --force or --with-key");
		return verify_file(dest);
	}
	vr_app_key_path(&c->app, key, sizeof(key));
	snprintf(dest_key, sizeof(dest_key), "%s.key", dest);
	if (catch_signals() != 0) {
		fprintf(stderr, "vrtool backup: cannot catch signals\n");
		return EXIT_INTERNAL;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((err = vr_backup_create(db, dest, c->with_key ? key : NULL,
				    c->force ? VR_BACKUP_FORCE : 0, progress, NULL, &b)) < 0)
		return vr_cli_fail("backup", err);
	if ((err = record(c, dest, &b)) < 0) {
		unlink(dest);
		if (c->with_key)
			unlink(dest_key);
		fprintf(stderr, "vrtool backup: %s: the backup could not be recorded in the audit "
			"log, so %s was removed again; try again\n", vr_error_last(), dest);
		return vr_cli_exit_code(err);
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("backed up %s to %s (mode 0600) in %.2f s; the copy verified: SQLite integrity "
	       "check, schema, audit chain\n", db, dest,
	       (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	print_contents(&b);
	if (c->with_key)
		printf("  the signing key %s is copied to %s (mode 0600): whoever holds it can seal "
		       "signatures; keep it as carefully as the original\n", key, dest_key);
	else
		printf("  the signing key %s is NOT in the backup: keep a copy of it apart from the "
		       "backups (it is a secret), or use --with-key\n", key);
	printf("  restore: with no vrtool running, copy %s to the database's path%s; check a "
	       "backup with `vrtool backup --verify %s`\n", dest,
	       c->with_key ? " and its .key beside it" : "", dest);
	return EXIT_OK;
}

/* Form 0 makes a backup, form 1 checks one. */
static const vr_opt opts[] = {
	{ "force", 0, NULL, offsetof(vr_cli, force), NULL, VR_FORM(0), 0,
	  "replace DEST if it exists" },
	{ "with-key", 0, NULL, offsetof(vr_cli, with_key), NULL, VR_FORM(0), 0,
	  "also copy the signing key, to DEST.key (0600)" },
	{ "verify", 0, NULL, offsetof(vr_cli, verify), NULL, VR_FORM(1), 0,
	  "check a backup (and FILE.key); exit 1 if it fails" },
	{ NULL }
};

const vr_cmd vr_cmd_backup = {
	.name = "backup", .run = run,
	.summary = "copy the database while in use, verify the copy, then put it in place "
		"(mode 0600)",
	.forms = (const char *const[]){ "DEST", "--verify FILE", NULL },
	.opts = opts,
	.shared = { [VR_SO_DB] = VR_SO_ALL, [VR_SO_KEY] = VR_SO_ALL },
};
