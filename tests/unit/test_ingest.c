/*
 * test_ingest.c - storing a validated case: versions, idempotence, refusal
 * to overwrite, the audit entry. Real case files, a real database file.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>

#include "core/doc.h"
#include "core/error.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/sign.h"
#include "host/casefile.h"
#include "helpers.h"

#define MO VR_SRCDIR "/tests/fixtures/cases/mo-student-ssa.lua"

typedef struct {
	char dir[256], path[300];
	vr_store *s;
	vr_val *tree;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	vr_diags d = VR_DIAGS_INIT;

	if (!f || !vr_test_tmpdir(f->dir, sizeof(f->dir)))
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (vr_store_open(&f->s, f->path, VR_STORE_CREATE) < 0 ||
	    vr_casefile_load(MO, &f->tree, &d) < 0) {
		fprintf(stderr, "setup: %s\n", vr_error_last());
		return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	vr_val_free(f->tree);
	vr_store_free(f->s);
	vr_test_rmrf(f->dir);
	free(f);
	return 0;
}

static int ingest(fixture *f, vr_val *tree, vr_ingest_report *r)
{
	int err;
	if ((err = vr_store_begin(f->s)) < 0)
		return err;
	vr_ingest_opts o = { "tester", "mo.lua", 0, NULL, NULL, NULL };
	if ((err = vr_ingest_case(f->s, tree, &o, r)) < 0) {
		vr_store_rollback(f->s);
		return err;
	}
	return vr_store_commit(f->s);
}

static void test_ingest__stores_version_one_with_its_digest(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	vr_store_version_row v;
	char digest[VR_DIGEST_HEX];

	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(r.plans_new, 1);
	assert_int_equal(vr_store_get_version(f->s, "MO-2026-0001-IPE", 0, &v), 0);
	assert_int_equal(v.version, 1);
	/* the digest is the SHA-256 of exactly the stored canonical XML */
	vr_sign_sha256_hex(v.xml, strlen(v.xml), digest);
	assert_string_equal(v.digest, digest);
	assert_non_null(strstr(v.xml, "<version>1</version>"));
	vr_store_version_row_free(&v);
}

static void test_ingest__same_case_twice_changes_nothing(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	long long versions = 0, audit = 0;

	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(r.plans_new, 0);
	assert_int_equal(r.plans_same, 1);
	assert_int_equal(vr_store_count(f->s, "plan_version", &versions), 0);
	assert_int_equal(versions, 1);
	assert_int_equal(vr_store_count(f->s, "audit", &audit), 0);
	assert_int_equal(audit, 2);   /* both imports are on record */
}

static void test_ingest__a_version_number_in_the_file_is_not_trusted(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	vr_store_version_row v;

	vr_val_obj_set(vr_val_at(vr_val_get(f->tree, "plans"), 0), "version", vr_val_int(7));
	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(vr_store_get_version(f->s, "MO-2026-0001-IPE", 0, &v), 0);
	assert_int_equal(v.version, 1);
	vr_store_version_row_free(&v);
}

static void test_ingest__changed_plan_is_refused_not_overwritten(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	vr_store_version_row before, after;
	vr_val *goal;

	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(vr_store_get_version(f->s, "MO-2026-0001-IPE", 0, &before), 0);
	goal = vr_val_get(vr_val_at(vr_val_get(f->tree, "plans"), 0), "goal");
	vr_val_obj_set(goal, "occupation", vr_val_str("Pharmacist"));
	assert_int_equal(ingest(f, f->tree, &r), VR_EEXISTS);
	assert_non_null(strstr(vr_error_last(), "vrtool amend MO-2026-0001-IPE"));
	assert_int_equal(vr_store_get_version(f->s, "MO-2026-0001-IPE", 0, &after), 0);
	assert_string_equal(before.digest, after.digest);
	assert_int_equal(after.version, 1);
	vr_store_version_row_free(&before);
	vr_store_version_row_free(&after);
}

static int no_agency(const char *agency, void *ud)
{
	(void)agency;
	(void)ud;
	return 0;
}

static void test_ingest__unknown_agency_is_refused(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	long long n = -1;
	vr_ingest_opts o = { "tester", "mo.lua", 0, no_agency, NULL, NULL };

	assert_int_equal(vr_store_begin(f->s), 0);
	assert_int_equal(vr_ingest_case(f->s, f->tree, &o, &r), VR_EINPUT);
	vr_store_rollback(f->s);
	assert_non_null(strstr(vr_error_last(), "case.agency 'mo-vr' names no installed plugin"));
	assert_int_equal(vr_store_count(f->s, "case", &n), 0);
	assert_int_equal(n, 0);
}

static void test_ingest__events_are_indexed(void **state)
{
	fixture *f = *state;
	vr_ingest_report r;
	long long n = 0;

	assert_int_equal(ingest(f, f->tree, &r), 0);
	assert_int_equal(vr_store_count(f->s, "event", &n), 0);
	/* one index row per event of the case file */
	assert_true(vr_val_len(vr_val_get(vr_val_get(f->tree, "case"), "events")) >= 2);
	assert_int_equal(n, (long long)vr_val_len(vr_val_get(vr_val_get(f->tree, "case"), "events")));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_ingest__stores_version_one_with_its_digest, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest__same_case_twice_changes_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest__a_version_number_in_the_file_is_not_trusted, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest__changed_plan_is_refused_not_overwritten, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest__unknown_agency_is_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ingest__events_are_indexed, setup, teardown),
	};
	vr_sign_init();
	vr_doc_init();
	return cmocka_run_group_tests_name("ingest", tests, NULL, NULL);
}
