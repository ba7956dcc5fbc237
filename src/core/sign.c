/*
 * sign.c - SHA-256 digests over libsodium; see sign.h.
 */
#include "core/sign.h"
#include "core/error.h"

#include <sodium.h>

int vr_sign_init(void)
{
	if (sodium_init() < 0)
		return vr_error_set(VR_EINTERNAL, "libsodium failed to initialise");
	return 0;
}

int vr_sign_sha256_hex(const void *data, size_t len, char out[VR_DIGEST_HEX])
{
	unsigned char h[crypto_hash_sha256_BYTES];

	if (crypto_hash_sha256(h, data, len) != 0)
		return vr_error_set(VR_EINTERNAL, "SHA-256 failed");
	sodium_bin2hex(out, VR_DIGEST_HEX, h, sizeof(h));
	return 0;
}
