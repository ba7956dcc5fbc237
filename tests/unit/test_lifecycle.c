/*
 * test_lifecycle.c - version status from signatures.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "core/error.h"
#include "core/lifecycle.h"
#include "helpers.h"

static const char *const client_or_rep[] = { "client", "representative" };
static const char *const counselor[] = { "counselor" };
static const char *const supervisor[] = { "supervisor" };
static const vr_role_req initial[] = { { client_or_rep, 2 }, { counselor, 1 }, { supervisor, 1 } };
static const vr_role_req amendment[] = { { client_or_rep, 2 }, { counselor, 1 } };
static const vr_requirements req = { { initial, amendment }, { 3, 2 } };

#define D1 "1111111111111111111111111111111111111111111111111111111111111111"
#define D2 "2222222222222222222222222222222222222222222222222222222222222222"
#define D3 "3333333333333333333333333333333333333333333333333333333333333333"

static void test_lifecycle__unsigned_is_draft(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	(void)state;
	vr_lifecycle_compute(v, 1, NULL, 0, &req, 0);
	assert_int_equal(v[0].status, VR_ST_DRAFT);
	assert_int_equal(v[0].complete, 0);
}

static void test_lifecycle__partly_signed_awaits(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "client" }, { 1, D1, "counselor" } };
	char missing[128];
	(void)state;
	vr_lifecycle_compute(v, 1, s, 2, &req, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	assert_int_equal(v[0].nsigned, 2);
	vr_lifecycle_missing(&v[0], s, 2, &req, missing, sizeof(missing));
	assert_string_equal(missing, "supervisor");
}

static void test_lifecycle__representative_stands_for_client(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "representative" }, { 1, D1, "counselor" },
			   { 1, D1, "supervisor" } };
	(void)state;
	vr_lifecycle_compute(v, 1, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
}

static void test_lifecycle__amendment_takes_effect_only_when_signed(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 }, { .version = 2, .digest = D2 } };
	vr_sig_ref s[] = { { 1, D1, "client" }, { 1, D1, "counselor" }, { 1, D1, "supervisor" },
			   { 2, D2, "client" }, { 2, D2, "counselor" } };
	(void)state;
	vr_lifecycle_compute(v, 2, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
	assert_int_equal(v[1].status, VR_ST_DRAFT);
	vr_lifecycle_compute(v, 2, s, 4, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
	assert_int_equal(v[1].status, VR_ST_AWAITING);
	/* amendments need no supervisor here */
	vr_lifecycle_compute(v, 2, s, 5, &req, 0);
	assert_int_equal(v[0].status, VR_ST_SUPERSEDED);
	assert_int_equal(v[1].status, VR_ST_IN_EFFECT);
}

static void test_lifecycle__signature_on_another_digest_counts_for_nothing(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D3, "client" }, { 1, D1, "counselor" }, { 1, D1, "supervisor" } };
	char missing[128];
	(void)state;
	vr_lifecycle_compute(v, 1, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	vr_lifecycle_missing(&v[0], s, 3, &req, missing, sizeof(missing));
	assert_string_equal(missing, "client or representative");
}

static void test_lifecycle__older_drafts_are_superseded_and_closed_cases_close(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 }, { .version = 2, .digest = D2 }, { .version = 3, .digest = D3 } };
	vr_sig_ref s[] = { { 1, D1, "client" }, { 3, D3, "client" }, { 3, D3, "counselor" } };
	(void)state;
	vr_lifecycle_compute(v, 3, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_SUPERSEDED);
	assert_int_equal(v[1].status, VR_ST_SUPERSEDED);
	assert_int_equal(v[2].status, VR_ST_IN_EFFECT);
	vr_lifecycle_compute(v, 3, s, 3, &req, 1);
	assert_int_equal(v[2].status, VR_ST_CLOSED);
}

static void test_lifecycle__status_names_parse(void **state)
{
	vr_status st;
	(void)state;
	assert_int_equal(vr_status_parse("in-effect", &st), 0);
	assert_int_equal(st, VR_ST_IN_EFFECT);
	assert_int_equal(vr_status_parse("awaiting", &st), 0);
	assert_int_equal(st, VR_ST_AWAITING);
	assert_int_equal(vr_status_parse("superseded", &st), 0);
	assert_int_equal(vr_status_parse("lost", &st), VR_EINPUT);
	assert_string_equal(vr_status_name(VR_ST_AWAITING), "awaiting signatures");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lifecycle__unsigned_is_draft),
		cmocka_unit_test(test_lifecycle__partly_signed_awaits),
		cmocka_unit_test(test_lifecycle__representative_stands_for_client),
		cmocka_unit_test(test_lifecycle__amendment_takes_effect_only_when_signed),
		cmocka_unit_test(test_lifecycle__signature_on_another_digest_counts_for_nothing),
		cmocka_unit_test(test_lifecycle__older_drafts_are_superseded_and_closed_cases_close),
		cmocka_unit_test(test_lifecycle__status_names_parse),
	};
	return cmocka_run_group_tests_name("lifecycle", tests, NULL, NULL);
}
