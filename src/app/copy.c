/*
 * copy.c - a caseload moved between databases (copy.h).
 */
#include "app/copy.h"
#include "app/verify.h"
#include "core/audit.h"
#include "core/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const char *const vr_app_copy_tables[8] = { "person", "case", "event", "plan",
					    "plan_version", "signature", "audit", "install_key" };

typedef struct {
	vr_store *to;
	vr_app_copied *out;
	int failed;
} checker;

static int check_plan(const char *plan_id, const char *kind, void *ud)
{
	checker *c = ud;
	vr_app_verify_report r;
	int err;

	(void)kind;
	if ((err = vr_app_verify_plan(c->to, plan_id, NULL, &r)) < 0) {
		vr_app_verify_report_free(&r);
		return err;
	}
	for (size_t i = 0; i < r.n && !c->failed; i++)
		if (r.checks[i].why) {
			c->failed = 1;
			vr_error_set(VR_EVERIFY, "the copy of plan %s does not verify: %s: %s",
				     plan_id, r.checks[i].what, r.checks[i].why);
		}
	c->out->seals += r.seals;
	vr_app_verify_report_free(&r);
	c->out->plans_verified++;
	return c->failed ? VR_EVERIFY : 0;
}

static int check_case(const char *id, const char *agency, void *ud)
{
	checker *c = ud;
	(void)agency;
	return vr_store_each_plan(c->to, id, check_plan, c);
}

/* The copy, before it is committed: counts, plans, the chain. */
static int check_copy(vr_store *from, vr_store *to, vr_app_copied *out)
{
	checker c = { to, out, 0 };
	vr_audit_result a, b;
	int err;

	for (int i = 0; i < 8; i++) {
		long long n = 0;
		if ((err = vr_store_count(from, vr_app_copy_tables[i], &out->rows[i])) < 0 ||
		    (err = vr_store_count(to, vr_app_copy_tables[i], &n)) < 0)
			return err;
		if (n != out->rows[i])
			return vr_error_set(VR_EVERIFY, "the copy has %lld row(s) in %s, the "
					    "original %lld", n, vr_app_copy_tables[i], out->rows[i]);
	}
	if ((err = vr_store_each_case(to, NULL, check_case, &c)) < 0)
		return err;
	if ((err = vr_audit_verify(from, &a)) < 0)
		return err;
	if (a.broken)
		return vr_error_set(VR_EVERIFY, "the audit chain of %s breaks, so its copy could "
				    "not be shown whole: %s (`vrtool audit verify` on it says the "
				    "same)", vr_store_path(from), a.why);
	if ((err = vr_audit_verify(to, &b)) < 0)
		return err;
	if (b.broken)
		return vr_error_set(VR_EVERIFY, "the copy's audit chain breaks: %s", b.why);
	if (b.entries != a.entries || strcmp(a.last, b.last))
		return vr_error_set(VR_EVERIFY, "the copy's audit chain ends at entry %lld (%.12s), "
				    "the original's at %lld (%.12s)", b.entries, b.last,
				    a.entries, a.last);
	snprintf(out->last_hash, sizeof(out->last_hash), "%s", b.last);
	return 0;
}

/* Whether name is a file that is there (a server's database is not one). */
static int file_exists(const char *name)
{
	struct stat st;
	return !vr_store_on_server(name) && stat(name, &st) == 0;
}

static void remove_file(const char *path)
{
	static const char *const side[] = { "", "-wal", "-shm", "-journal" };
	char p[4096];

	for (size_t i = 0; i < sizeof(side) / sizeof(*side); i++) {
		snprintf(p, sizeof(p), "%s%s", path, side[i]);
		(void)unlink(p);
	}
}

int vr_app_copy(const char *from, const char *to, vr_store_progress_fn fn, void *ud,
		vr_app_copied *out)
{
	vr_store *src = NULL, *dst = NULL;
	int made, err;

	memset(out, 0, sizeof(*out));
	if (!strcmp(from, to)) {
		char named[300];
		vr_store_describe(from, named, sizeof(named));
		return vr_error_set(VR_EINPUT, "copy from %s to itself: name another database",
				    named);
	}
	made = !vr_store_on_server(to) && !file_exists(to);
	if ((err = vr_store_open(&src, from, VR_STORE_OPEN)) < 0)
		return err;
	if ((err = vr_store_open(&dst, to, VR_STORE_CREATE)) < 0)
		goto done;
	if ((err = vr_store_begin_read(src)) < 0 || (err = vr_store_begin(dst)) < 0 ||
	    (err = vr_store_transfer(src, dst, fn, ud)) < 0 ||
	    (err = check_copy(src, dst, out)) < 0 || (err = vr_store_commit(dst)) < 0)
		goto done;
done:
	if (dst)
		vr_store_rollback(dst);
	if (src)
		vr_store_rollback(src);
	vr_store_free(dst);
	vr_store_free(src);
	if (err < 0 && made)
		remove_file(to);
	return err;
}
