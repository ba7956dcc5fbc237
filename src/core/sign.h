/*
 * sign.h - digests (and, with the signatures issue, Ed25519 seals).
 *
 * A plan version is identified by the SHA-256 of its canonical XML
 * (exclusive C14N of the plan element; see doc.h). Digests are written as
 * 64 lowercase hex characters everywhere: in the store, the XML, the audit
 * log and on the printed page (its first 12 characters).
 */
#ifndef VR_SIGN_H
#define VR_SIGN_H

#include <stddef.h>

#define VR_DIGEST_HEX 65

/* Initialises libsodium once; 0 or VR_EINTERNAL. */
int vr_sign_init(void);
/* SHA-256 of data as hex into out (65 bytes). */
int vr_sign_sha256_hex(const void *data, size_t len, char out[VR_DIGEST_HEX]);

#endif
