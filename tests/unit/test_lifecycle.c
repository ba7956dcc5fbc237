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
#define T0 "2026-04-01T10:00:00Z"
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
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 } };
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
	vr_sig_ref s[] = { { 1, D1, "representative", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 },
			   { 1, D1, "supervisor", T0, 0, 1 } };
	(void)state;
	vr_lifecycle_compute(v, 1, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
}

static void test_lifecycle__amendment_takes_effect_only_when_signed(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 }, { .version = 2, .digest = D2 } };
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 }, { 1, D1, "supervisor", T0, 0, 1 },
			   { 2, D2, "client", T0, 0, 0 }, { 2, D2, "counselor", T0, 0, 0 } };
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
	vr_sig_ref s[] = { { 1, D3, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 }, { 1, D1, "supervisor", T0, 0, 1 } };
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
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 3, D3, "client", T0, 0, 0 },
			   { 3, D3, "counselor", T0, 0, 0 }, { 3, D3, "supervisor", T0, 0, 1 } };
	(void)state;
	vr_lifecycle_compute(v, 3, s, 4, &req, 0);
	assert_int_equal(v[0].status, VR_ST_SUPERSEDED);
	assert_int_equal(v[1].status, VR_ST_SUPERSEDED);
	assert_int_equal(v[2].status, VR_ST_IN_EFFECT);
	vr_lifecycle_compute(v, 3, s, 4, &req, 1);
	assert_int_equal(v[2].status, VR_ST_CLOSED);
}

/* Nothing took effect before version 3, so it is still the initial plan:
 * the amendment's signers (no supervisor) do not put it in effect. */
static void test_lifecycle__initial_until_a_version_took_effect(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 }, { .version = 2, .digest = D2 } };
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 },
			   { 2, D2, "client", T0, 0, 0 }, { 2, D2, "counselor", T0, 0, 0 },
			   { 2, D2, "supervisor", "2026-04-03T09:00:00-05:00", 0, 1 } };
	char missing[128];
	(void)state;
	vr_lifecycle_compute(v, 2, s, 4, &req, 0);
	assert_int_equal(v[0].amendment, 0);
	assert_int_equal(v[1].amendment, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	assert_int_equal(v[1].status, VR_ST_AWAITING);
	vr_lifecycle_missing(&v[1], s, 4, &req, missing, sizeof(missing));
	assert_string_equal(missing, "supervisor");
	/* the approval puts version 2 in effect, as the initial plan */
	vr_lifecycle_compute(v, 2, s, 5, &req, 0);
	assert_int_equal(v[1].status, VR_ST_IN_EFFECT);
	assert_int_equal(v[1].amendment, 0);
	assert_string_equal(v[1].effective_at, "2026-04-03T09:00:00-05:00");
	assert_int_equal(v[0].status, VR_ST_SUPERSEDED);
}

/* Once version 1 took effect, version 2 is an amendment whatever order the
 * versions come in. */
static void test_lifecycle__amendment_after_effect_in_any_order(void **state)
{
	vr_version_state v[] = { { .version = 2, .digest = D2 }, { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 0, 0 },
			   { 1, D1, "supervisor", T0, 0, 1 } };
	(void)state;
	vr_lifecycle_compute(v, 2, s, 3, &req, 0);
	assert_int_equal(v[1].amendment, 0);
	assert_int_equal(v[0].amendment, 1);
	assert_int_equal(v[1].status, VR_ST_IN_EFFECT);
	assert_int_equal(v[0].status, VR_ST_DRAFT);
}

/* A version takes effect with its last required signature: of each
 * requirement the first signature meeting it, of those the latest, by the
 * instant (offsets count: 20:00-06:00 is 02:00Z the next day). */
static void test_lifecycle__took_effect_at_the_completing_signature(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "counselor", "2026-04-02T20:00:00-06:00", 0, 0 },
			   { 1, D1, "client", "2026-04-03T01:00:00Z", 0, 0 },
			   { 1, D1, "representative", "2026-04-05T10:00:00Z", 0, 0 },
			   /* 01:30Z: before the counselor's 02:00Z, so stale */
			   { 1, D1, "supervisor", "2026-04-03T01:30:00+00:00", 0, 1 },
			   { 1, D1, "supervisor", "2026-04-02T21:30:00-05:00", 0, 1 } };
	(void)state;
	vr_lifecycle_compute(v, 1, s, 4, &req, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	vr_lifecycle_compute(v, 1, s, 5, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
	assert_string_equal(v[0].effective_at, "2026-04-02T21:30:00-05:00");
}

/* A withdrawn signature counts for nothing: the status falls back. */
static void test_lifecycle__withdrawn_signature_counts_for_nothing(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "client", T0, 0, 0 }, { 1, D1, "counselor", T0, 1, 0 },
			   { 1, D1, "supervisor", T0, 0, 1 } };
	char missing[128];
	(void)state;
	vr_lifecycle_compute(v, 1, s, 3, &req, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	assert_int_equal(v[0].nsigned, 2);
	assert_null(v[0].effective_at);
	vr_lifecycle_missing(&v[0], s, 3, &req, missing, sizeof(missing));
	assert_string_equal(missing, "counselor");
}

/* An approval given before a signature it approves (the counselor's,
 * withdrawn and given again after it) is stale: the version waits for the
 * supervisor to approve again. */
static void test_lifecycle__stale_approval_counts_for_nothing(void **state)
{
	vr_version_state v[] = { { .version = 1, .digest = D1 } };
	vr_sig_ref s[] = { { 1, D1, "client", "2026-04-02T09:00:00Z", 0, 0 },
			   { 1, D1, "counselor", "2026-04-02T09:10:00Z", 1, 0 },
			   { 1, D1, "supervisor", "2026-04-02T10:00:00Z", 0, 1 },
			   { 1, D1, "counselor", "2026-04-03T09:00:00Z", 0, 0 },
			   { 1, D1, "supervisor", "2026-04-04T09:00:00Z", 0, 1 } };
	char missing[128];
	(void)state;
	vr_lifecycle_compute(v, 1, s, 4, &req, 0);
	assert_int_equal(v[0].status, VR_ST_AWAITING);
	assert_int_equal(vr_lifecycle_counts(&v[0], s, 4, &req, 2), 0);
	assert_int_equal(vr_lifecycle_counts(&v[0], s, 4, &req, 3), 1);
	vr_lifecycle_missing(&v[0], s, 4, &req, missing, sizeof(missing));
	assert_string_equal(missing, "supervisor");
	vr_lifecycle_compute(v, 1, s, 5, &req, 0);
	assert_int_equal(v[0].status, VR_ST_IN_EFFECT);
	assert_string_equal(v[0].effective_at, "2026-04-04T09:00:00Z");
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
		cmocka_unit_test(test_lifecycle__initial_until_a_version_took_effect),
		cmocka_unit_test(test_lifecycle__amendment_after_effect_in_any_order),
		cmocka_unit_test(test_lifecycle__took_effect_at_the_completing_signature),
		cmocka_unit_test(test_lifecycle__withdrawn_signature_counts_for_nothing),
		cmocka_unit_test(test_lifecycle__stale_approval_counts_for_nothing),
		cmocka_unit_test(test_lifecycle__status_names_parse),
	};
	return cmocka_run_group_tests_name("lifecycle", tests, NULL, NULL);
}
