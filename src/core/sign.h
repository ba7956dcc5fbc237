/*
 * sign.h - digests, the signature record, and Ed25519 seals.
 *
 * A plan version is identified by the SHA-256 of its canonical XML
 * (exclusive C14N of the plan element; see doc.h). Digests are written as
 * 64 lowercase hex characters everywhere: in the store, the XML, the audit
 * log and on the printed page (its first 12 characters).
 *
 * A signature is a record (who, in which role, by which method, with which
 * meaning, the words shown to them, how their identity was checked, when,
 * over which plan, version and digest) whose canonical text is sealed with
 * the installation's Ed25519 key. The canonical text is built from the
 * fields by one function, vr_sign_record, here: the store and an exported
 * document carry the fields; a verifier rebuilds the text and checks the
 * seal, so a changed byte in any field, or a record moved to another plan
 * or version, fails.
 *
 * The key pair lives beside the database: DB.key (the secret key, mode
 * 0600) and its public half in the database (install_key table) and in the
 * export of `vrtool key export`. The key id is the first 16 hex digits of
 * SHA-256(public key).
 */
#ifndef VR_SIGN_H
#define VR_SIGN_H

#include <stddef.h>
#include "core/buf.h"

#define VR_DIGEST_HEX 65
#define VR_KEY_ID_HEX 17
#define VR_PUBKEY_HEX 65        /* 32 bytes */
#define VR_SEAL_HEX 129         /* 64 bytes */

/* Initialises libsodium once; 0 or VR_EINTERNAL. */
int vr_sign_init(void);
/* Whether s is a SHA-256 as vrtool writes one: 64 lower-case hex digits. */
int vr_sign_is_digest_hex(const char *s);
/* SHA-256 of data as hex into out (65 bytes). */
int vr_sign_sha256_hex(const void *data, size_t len, char out[VR_DIGEST_HEX]);

/* How a signature was given, and what it means: the words vrtool records
 * (docs/model.md, signatures), the one list that `vrtool sign` and import
 * both apply. */
int vr_sign_method_ok(const char *method);     /* electronic, wet, initials */
int vr_sign_meaning_ok(const char *meaning);   /* agree, approve, review, assign_ticket */

typedef struct {
	const char *plan;
	int version;
	const char *digest;
	const char *role, *signer_id, *signer_name, *method, *meaning;
	const char *intent;       /* the statement shown to the signer */
	const char *identity;     /* how the signer's identity was checked */
	const char *at;           /* ISO 8601 with offset */
	const char *scan_sha256;  /* a wet-ink scan's digest, or NULL */
	const char *key_id;
	/* since schema 4; left out of the record when NULL, so records sealed
	 * before them read back the same */
	const char *seen;         /* conduct findings the signer was shown */
	const char *recorded_by;  /* who recorded a wet-ink signature */
} vr_sig_fields;

/* Appends the canonical text of a signature record (JSON, keys sorted,
 * absent fields as ""). */
void vr_sign_record(vr_buf *b, const vr_sig_fields *f);

/* A withdrawal of a signature, as sealed: the hash of the signature's
 * record (which names it in any database: its number is local), the plan,
 * why, who withdrew it and when. */
typedef struct {
	const char *signature_record_sha256, *plan, *reason, *by, *at, *key_id;
} vr_withdrawal_fields;
void vr_sign_withdrawal_record(vr_buf *b, const vr_withdrawal_fields *f);

typedef struct vr_key vr_key;

/* Creates a key pair: the secret key file at path (mode 0600, refused if
 * it exists); *out holds both halves. */
int vr_key_create(const char *path, vr_key **out);
/* Loads the secret key file at path. VR_ENOTFOUND when it is missing. */
int vr_key_load(const char *path, vr_key **out);
void vr_key_free(vr_key *k);
const char *vr_key_id(const vr_key *k);
const char *vr_key_public_hex(const vr_key *k);

/* Seals text (detached Ed25519 signature, hex, 129 bytes). */
int vr_key_seal(const vr_key *k, const char *text, size_t len, char seal[VR_SEAL_HEX]);
/* Checks a seal over text with a public key given in hex. 0 when it holds,
 * VR_EVERIFY when it does not, VR_EINPUT for malformed hex. */
int vr_seal_verify(const char *pub_hex, const char *text, size_t len, const char *seal_hex);
/* Whether seal_hex is the seal of key key_id (whose public half is
 * pub_hex) over text: 0 when it holds; VR_EVERIFY "its seal does not
 * verify against key K ..." when it does not or is malformed; VR_EINPUT
 * for a malformed public key. What every check of a seal says, in
 * `vrtool verify` and at import (ingest.h, vr_ingest_check_seal). */
int vr_sign_check_seal(const char *pub_hex, const char *key_id, const char *text,
		       size_t len, const char *seal_hex);
/* The key id of a public key in hex. */
int vr_key_id_of(const char *pub_hex, char id[VR_KEY_ID_HEX]);

#endif
