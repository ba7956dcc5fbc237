/*
 * sign.c - SHA-256 digests, signature records and Ed25519 seals over
 * libsodium; see sign.h.
 *
 * The secret key file is one line: "vrtool-ed25519-secret-1 <128 hex>"
 * (libsodium's 64-byte secret key, which embeds the public key). The
 * secret is kept in sodium_malloc'd memory and wiped when freed.
 */
#include "core/sign.h"
#include "core/error.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define KEY_TAG "vrtool-ed25519-secret-1 "

struct vr_key {
	unsigned char *sk;            /* crypto_sign_SECRETKEYBYTES, sodium_malloc */
	char id[VR_KEY_ID_HEX];
	char pub[VR_PUBKEY_HEX];
};

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

static const char *const methods[] = { "electronic", "wet", "initials", NULL };
static const char *const meanings[] = { "agree", "approve", "review", "assign_ticket", NULL };

static int one_of(const char *v, const char *const *list)
{
	for (; v && *list; list++)
		if (strcmp(v, *list) == 0)
			return 1;
	return 0;
}

int vr_sign_method_ok(const char *method)
{
	return one_of(method, methods);
}

int vr_sign_meaning_ok(const char *meaning)
{
	return one_of(meaning, meanings);
}

int vr_sign_is_digest_hex(const char *s)
{
	size_t i;

	for (i = 0; s[i]; i++)
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return i == 64;
}

static void field(vr_buf *b, const char *k, const char *v, int last)
{
	vr_buf_json_str(b, k, strlen(k));
	vr_buf_putc(b, ':');
	vr_buf_json_str(b, v ? v : "", v ? strlen(v) : 0);
	if (!last)
		vr_buf_putc(b, ',');
}

void vr_sign_record(vr_buf *b, const vr_sig_fields *f)
{
	vr_buf_putc(b, '{');
	field(b, "at", f->at, 0);
	field(b, "digest", f->digest, 0);
	field(b, "identity", f->identity, 0);
	field(b, "intent", f->intent, 0);
	field(b, "key_id", f->key_id, 0);
	field(b, "meaning", f->meaning, 0);
	field(b, "method", f->method, 0);
	field(b, "plan", f->plan, 0);
	if (f->recorded_by)
		field(b, "recorded_by", f->recorded_by, 0);
	field(b, "role", f->role, 0);
	field(b, "scan_sha256", f->scan_sha256, 0);
	if (f->seen)
		field(b, "seen", f->seen, 0);
	vr_buf_puts(b, "\"signer\":{");
	field(b, "id", f->signer_id, 0);
	field(b, "name", f->signer_name, 1);
	vr_buf_printf(b, "},\"version\":%d}", f->version);
}

void vr_sign_withdrawal_record(vr_buf *b, const vr_withdrawal_fields *f)
{
	vr_buf_putc(b, '{');
	field(b, "at", f->at, 0);
	field(b, "by", f->by, 0);
	field(b, "key_id", f->key_id, 0);
	field(b, "plan", f->plan, 0);
	field(b, "reason", f->reason, 0);
	field(b, "signature_record_sha256", f->signature_record_sha256, 0);
	field(b, "withdraws", "signature", 1);
	vr_buf_putc(b, '}');
}

static int finish(vr_key *k)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES];

	if (crypto_sign_ed25519_sk_to_pk(pk, k->sk) != 0)
		return vr_error_set(VR_EINTERNAL, "cannot derive the public key");
	sodium_bin2hex(k->pub, sizeof(k->pub), pk, sizeof(pk));
	return vr_key_id_of(k->pub, k->id);
}

static vr_key *alloc_key(void)
{
	vr_key *k = calloc(1, sizeof(*k));
	if (!k)
		return NULL;
	if (!(k->sk = sodium_malloc(crypto_sign_SECRETKEYBYTES))) {
		free(k);
		return NULL;
	}
	return k;
}

int vr_key_create(const char *path, vr_key **out)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES];
	char hex[crypto_sign_SECRETKEYBYTES * 2 + 1], line[sizeof(hex) + 64];
	vr_key *k;
	size_t len, off = 0;
	int fd, err;

	*out = NULL;
	if (!(k = alloc_key()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (crypto_sign_keypair(pk, k->sk) != 0) {
		vr_key_free(k);
		return vr_error_set(VR_EINTERNAL, "cannot generate a key pair");
	}
	if ((err = finish(k)) < 0) {
		vr_key_free(k);
		return err;
	}
	sodium_bin2hex(hex, sizeof(hex), k->sk, crypto_sign_SECRETKEYBYTES);
	len = (size_t)snprintf(line, sizeof(line), KEY_TAG "%s\n", hex);
	sodium_memzero(hex, sizeof(hex));
	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		sodium_memzero(line, sizeof(line));
		vr_key_free(k);
		return vr_error_set(errno == EEXIST ? VR_EEXISTS : VR_EIO, "cannot create the key "
				    "file %s: %s", path, strerror(errno));
	}
	while (off < len) {
		ssize_t w = write(fd, line + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	sodium_memzero(line, sizeof(line));
	if (off < len || fsync(fd) != 0 || close(fd) != 0) {
		unlink(path);
		vr_key_free(k);
		return vr_error_set(VR_EIO, "cannot write the key file %s: %s", path, strerror(errno));
	}
	*out = k;
	return 0;
}

int vr_key_load(const char *path, vr_key **out)
{
	char line[crypto_sign_SECRETKEYBYTES * 2 + 64];
	size_t bin_len = 0;
	FILE *f;
	vr_key *k;
	int err;

	*out = NULL;
	if (!(f = fopen(path, "r")))
		return vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "no signing key at %s "
				    "(%s): `vrtool init` creates it beside the database", path,
				    strerror(errno));
	if (!fgets(line, sizeof(line), f)) {
		fclose(f);
		return vr_error_set(VR_EIO, "cannot read the key file %s", path);
	}
	fclose(f);
	if (strncmp(line, KEY_TAG, strlen(KEY_TAG)) != 0) {
		sodium_memzero(line, sizeof(line));
		return vr_error_set(VR_EINPUT, "%s is not a vrtool key file", path);
	}
	if (!(k = alloc_key()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (sodium_hex2bin(k->sk, crypto_sign_SECRETKEYBYTES, line + strlen(KEY_TAG),
			   crypto_sign_SECRETKEYBYTES * 2, NULL, &bin_len, NULL) != 0 ||
	    bin_len != crypto_sign_SECRETKEYBYTES) {
		sodium_memzero(line, sizeof(line));
		vr_key_free(k);
		return vr_error_set(VR_EINPUT, "the key file %s is damaged", path);
	}
	sodium_memzero(line, sizeof(line));
	if ((err = finish(k)) < 0) {
		vr_key_free(k);
		return err;
	}
	*out = k;
	return 0;
}

void vr_key_free(vr_key *k)
{
	if (!k)
		return;
	sodium_free(k->sk);
	free(k);
}

const char *vr_key_id(const vr_key *k) { return k->id; }
const char *vr_key_public_hex(const vr_key *k) { return k->pub; }

int vr_key_id_of(const char *pub_hex, char id[VR_KEY_ID_HEX])
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES];
	char full[VR_DIGEST_HEX];
	size_t n = 0;
	int err;

	if (sodium_hex2bin(pk, sizeof(pk), pub_hex, strlen(pub_hex), NULL, &n, NULL) != 0 ||
	    n != sizeof(pk))
		return vr_error_set(VR_EINPUT, "'%.70s' is not a public key", pub_hex);
	if ((err = vr_sign_sha256_hex(pk, sizeof(pk), full)) < 0)
		return err;
	memcpy(id, full, VR_KEY_ID_HEX - 1);
	id[VR_KEY_ID_HEX - 1] = '\0';
	return 0;
}

int vr_key_seal(const vr_key *k, const char *text, size_t len, char seal[VR_SEAL_HEX])
{
	unsigned char sig[crypto_sign_BYTES];

	if (crypto_sign_detached(sig, NULL, (const unsigned char *)text, len, k->sk) != 0)
		return vr_error_set(VR_EINTERNAL, "sealing failed");
	sodium_bin2hex(seal, VR_SEAL_HEX, sig, sizeof(sig));
	return 0;
}

int vr_seal_verify(const char *pub_hex, const char *text, size_t len, const char *seal_hex)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
	size_t n = 0;

	if (!pub_hex || sodium_hex2bin(pk, sizeof(pk), pub_hex, strlen(pub_hex), NULL, &n, NULL) != 0 ||
	    n != sizeof(pk))
		return vr_error_set(VR_EINPUT, "malformed public key");
	if (!seal_hex || sodium_hex2bin(sig, sizeof(sig), seal_hex, strlen(seal_hex), NULL, &n, NULL) != 0 ||
	    n != sizeof(sig))
		return vr_error_set(VR_EVERIFY, "the seal is malformed");
	if (crypto_sign_verify_detached(sig, (const unsigned char *)text, len, pk) != 0)
		return vr_error_set(VR_EVERIFY, "the seal does not match the record");
	return 0;
}

int vr_sign_check_seal(const char *pub_hex, const char *key_id, const char *text,
		       size_t len, const char *seal_hex)
{
	int err;

	if (!seal_hex || !*seal_hex)
		return vr_error_set(VR_EVERIFY, "it has no seal");
	if ((err = vr_seal_verify(pub_hex, text, len, seal_hex)) == VR_EVERIFY)
		return vr_error_set(VR_EVERIFY, "its seal does not verify against key %s: the "
				    "record was changed after it was sealed, or the seal is "
				    "not that key's", key_id ? key_id : "(none)");
	return err;
}
