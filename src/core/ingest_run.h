/*
 * ingest_run.h - one import under way, as ingest.c and ingest_sigs.c share
 * it (src/core only).
 */
#ifndef VR_INGEST_RUN_H
#define VR_INGEST_RUN_H

#include "core/ingest.h"

/* Items of a list by id (a plan's, the plan a signature is on), sorted by
 * id, then place in the file: a file's plans and signatures may be many,
 * so those of one plan are found by binary search, not by a pass over all. */
typedef struct { const char *id; size_t pos; } plan_pos;

/* One file's import under way. */
typedef struct {
	vr_store *s;
	vr_val *root;
	const vr_ingest_opts *o;
	const vr_ingest_rules *rules;
	vr_ingest_report *r;
	const vr_val *sigs;       /* the file's signatures (a document's, a case file's) */
	plan_pos *sig_plans;      /* the same by the plan they are on */
	size_t nsig_plans;
	unsigned char *matched;   /* a case file's: which went with a stored version */
	int document;
	int key_stored;           /* the key's public half is in the store */
	long long now;
} ingest;

/* Sorts the items of list that have `key` (caller frees *out). */
int vr_ig_by_id(const vr_val *list, const char *key, plan_pos **out, size_t *n);
/* The first of the n sorted items with id, or n. */
size_t vr_ig_first_of(const plan_pos *a, size_t n, const char *id);
/* A seal that does not verify, said as a refusal. */
int vr_ig_unverified(int err);
/* The field of obj when the file states it (not null). */
const vr_val *vr_ig_stated(const vr_val *obj, const char *key);
/* Refusals naming the signature or the plan's entry, with its line. */
int vr_ig_refuse_sig(ingest *g, int err, size_t i);
int vr_ig_refuse_plan(ingest *g, int err, size_t pos);
/* The file's signatures on one version, checked and stored. */
int vr_ig_put_signatures(ingest *g, const char *id, int version, int listed_once);

#endif
