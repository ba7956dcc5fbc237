/*
 * test_sign.c - digests (core/sign.h).
 *
 * What must hold: libsodium initialises (and may be initialised again);
 * SHA-256 is the real SHA-256, checked against the published FIPS 180-2 /
 * NIST test vectors; the hex is 64 lowercase characters and NUL-terminated;
 * the digest covers exactly `len` bytes, embedded NULs included.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/sign.h"

static void hex_of(const void *data, size_t len, char out[VR_DIGEST_HEX])
{
	memset(out, 'X', VR_DIGEST_HEX);
	assert_int_equal(vr_sign_sha256_hex(data, len, out), 0);
}

static void test_sign__init_succeeds_and_is_repeatable(void **state)
{
	assert_int_equal(vr_sign_init(), 0);
	assert_int_equal(vr_sign_init(), 0);
}

static void test_sign__sha256_of_empty_string(void **state)
{
	char hex[VR_DIGEST_HEX];

	assert_int_equal(vr_sign_init(), 0);
	hex_of("", 0, hex);
	assert_string_equal(hex,
		"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_sign__sha256_of_abc(void **state)
{
	char hex[VR_DIGEST_HEX];

	assert_int_equal(vr_sign_init(), 0);
	hex_of("abc", 3, hex);
	assert_string_equal(hex,
		"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void test_sign__sha256_of_two_block_message(void **state)
{
	const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char hex[VR_DIGEST_HEX];

	assert_int_equal(vr_sign_init(), 0);
	hex_of(m, strlen(m), hex);
	assert_string_equal(hex,
		"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_sign__sha256_of_million_a(void **state)
{
	char hex[VR_DIGEST_HEX];
	char *m = malloc(1000000);

	assert_non_null(m);
	memset(m, 'a', 1000000);
	assert_int_equal(vr_sign_init(), 0);
	hex_of(m, 1000000, hex);
	free(m);
	assert_string_equal(hex,
		"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_sign__hex_is_64_lowercase_and_terminated(void **state)
{
	char hex[VR_DIGEST_HEX];

	assert_int_equal(vr_sign_init(), 0);
	hex_of("vrtool", 6, hex);
	assert_int_equal(hex[64], '\0');
	assert_int_equal(strlen(hex), 64);
	for (int i = 0; i < 64; i++)
		assert_non_null(strchr("0123456789abcdef", hex[i]));
}

static void test_sign__digest_covers_exactly_len_bytes(void **state)
{
	char a[VR_DIGEST_HEX], b[VR_DIGEST_HEX], c[VR_DIGEST_HEX];

	assert_int_equal(vr_sign_init(), 0);
	hex_of("abc", 3, a);
	hex_of("abcdef", 3, b);      /* the prefix only */
	hex_of("abc\0", 4, c);       /* a trailing NUL is data */
	assert_string_equal(a, b);
	assert_string_not_equal(a, c);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sign__init_succeeds_and_is_repeatable),
		cmocka_unit_test(test_sign__sha256_of_empty_string),
		cmocka_unit_test(test_sign__sha256_of_abc),
		cmocka_unit_test(test_sign__sha256_of_two_block_message),
		cmocka_unit_test(test_sign__sha256_of_million_a),
		cmocka_unit_test(test_sign__hex_is_64_lowercase_and_terminated),
		cmocka_unit_test(test_sign__digest_covers_exactly_len_bytes),
	};

	return cmocka_run_group_tests_name("sign", tests, NULL, NULL);
}
