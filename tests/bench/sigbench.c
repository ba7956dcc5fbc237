/*
 * sigbench.c - signatures and verifications per second, through the real
 * core code, on the plan versions of a benchmark database.
 *
 * usage: sigbench DB
 *
 * sign:   what `vrtool sign` does to seal: SHA-256 of the stored plan (the
 *         store keeps its canonical XML) checked against its digest -> the
 *         signature record (sign.h) -> Ed25519 seal
 * verify: rebuild the record from its fields -> check the seal, and
 *         recompute the version's digest from its stored XML
 * floor:  Ed25519 sign / verify alone on the same records (libsodium)
 */
#include "core/buf.h"
#include "core/doc.h"
#include "core/model.h"
#include "core/sign.h"

#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	sqlite3 *db;
	sqlite3_stmt *q;
	char **xml = NULL, **ids = NULL, **stored = NULL, (*digest)[VR_DIGEST_HEX], (*seal)[VR_SEAL_HEX];
	vr_buf *rec;
	size_t n = 0, cap = 0;
	vr_key *key = NULL;
	char keypath[] = "/tmp/vrtool-sigbench-XXXXXX";
	double t0, t_sign, t_verify, t_fsign, t_fverify;
	int fd;

	if (argc != 2 || sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "usage: sigbench DB\n");
		return 2;
	}
	if (vr_sign_init() < 0)
		return 1;
	vr_doc_init();
	if (sqlite3_prepare_v2(db, "SELECT plan_id, xml, digest FROM plan_version", -1, &q, NULL) != SQLITE_OK)
		return 1;
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			xml = realloc(xml, cap * sizeof(*xml));
			ids = realloc(ids, cap * sizeof(*ids));
			stored = realloc(stored, cap * sizeof(*stored));
			if (!xml || !ids || !stored)
				return 1;
		}
		ids[n] = strdup((const char *)sqlite3_column_text(q, 0));
		xml[n] = strdup((const char *)sqlite3_column_text(q, 1));
		stored[n] = strdup((const char *)sqlite3_column_text(q, 2));
		n++;
	}
	sqlite3_finalize(q);
	sqlite3_close(db);
	if ((fd = mkstemp(keypath)) < 0)
		return 1;
	close(fd);
	unlink(keypath);
	if (vr_key_create(keypath, &key) < 0)
		return 1;
	unlink(keypath);
	digest = calloc(n, sizeof(*digest));
	seal = calloc(n, sizeof(*seal));
	rec = calloc(n, sizeof(*rec));

	t0 = now();
	for (size_t i = 0; i < n; i++) {
		vr_sig_fields f = { ids[i], 1, NULL, "client", "P-1", "Test Signer", "electronic",
				    "agree", "I have read this plan and I agree to it.", "photo ID",
				    "2026-11-23T10:00:00-06:00", NULL, vr_key_id(key), NULL, NULL };
		if (vr_sign_sha256_hex(xml[i], strlen(xml[i]), digest[i]) < 0 ||
		    strcmp(digest[i], stored[i]) != 0)
			return 1;
		f.digest = digest[i];
		vr_sign_record(&rec[i], &f);
		if (vr_key_seal(key, rec[i].ptr, rec[i].len, seal[i]) < 0)
			return 1;
	}
	t_sign = now() - t0;

	t0 = now();
	for (size_t i = 0; i < n; i++) {
		char again[VR_DIGEST_HEX];
		vr_buf r2 = VR_BUF_INIT;
		vr_sig_fields f = { ids[i], 1, digest[i], "client", "P-1", "Test Signer",
				    "electronic", "agree", "I have read this plan and I agree to it.",
				    "photo ID", "2026-11-23T10:00:00-06:00", NULL, vr_key_id(key), NULL, NULL };
		vr_sign_record(&r2, &f);
		if (vr_seal_verify(vr_key_public_hex(key), r2.ptr, r2.len, seal[i]) < 0 ||
		    vr_sign_sha256_hex(xml[i], strlen(xml[i]), again) < 0) {
			fprintf(stderr, "verification failed on %s\n", ids[i]);
			return 1;
		}
		vr_buf_free(&r2);
	}
	t_verify = now() - t0;

	/* the floor: Ed25519 alone, on the same records */
	{
		unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
		unsigned char sig[crypto_sign_BYTES];
		crypto_sign_keypair(pk, sk);
		t0 = now();
		for (size_t i = 0; i < n; i++)
			crypto_sign_detached(sig, NULL, (unsigned char *)rec[i].ptr, rec[i].len, sk);
		t_fsign = now() - t0;
		t0 = now();
		for (size_t i = 0; i < n; i++) {
			crypto_sign_detached(sig, NULL, (unsigned char *)rec[i].ptr, rec[i].len, sk);
			if (crypto_sign_verify_detached(sig, (unsigned char *)rec[i].ptr, rec[i].len, pk))
				return 1;
		}
		t_fverify = now() - t0 - t_fsign;
	}
	/* one line per stage: name, seconds, per second, microseconds */
	printf("%-8s %10.3f %12.0f %10.1f\n", "sign", t_sign, n / t_sign, t_sign * 1e6 / n);
	printf("%-8s %10.3f %12.0f %10.1f\n", "verify", t_verify, n / t_verify,
	       t_verify * 1e6 / n);
	printf("%-8s %10.3f %12.0f %10.1f\n", "ed-sign", t_fsign, n / t_fsign, t_fsign * 1e6 / n);
	if (t_fverify > 0)
		printf("%-8s %10.3f %12.0f %10.1f\n", "ed-open", t_fverify, n / t_fverify,
		       t_fverify * 1e6 / n);
	for (size_t i = 0; i < n; i++) {
		free(xml[i]);
		free(ids[i]);
		vr_buf_free(&rec[i]);
	}
	free(xml);
	free(ids);
	free(rec);
	free(digest);
	free(seal);
	vr_key_free(key);
	return 0;
}
