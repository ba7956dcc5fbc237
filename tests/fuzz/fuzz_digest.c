/*
 * fuzz_digest.c - the canonical digest of a plan version, as the store,
 * `vrtool verify` and the plan state compute it: a plan element read
 * (vr_doc_parse), written in canonical form (exclusive C14N), hashed
 * (vr_ingest_plan_digest). The canonical form must be a fixed point: read
 * back and written again it is the same bytes with the same digest, else
 * verify would reject a version vrtool stored itself.
 */
#include "fuzz.h"
#include "core/diag.h"
#include "core/doc.h"
#include "core/ingest.h"
#include "core/digest.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/val.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *plan = NULL, *back = NULL;
	char *xml = NULL, *again = NULL, digest[VR_DIGEST_HEX], digest2[VR_DIGEST_HEX];
	size_t len = 0, len2 = 0;

	if (vr_doc_parse((const char *)data, size, "fuzz.xml", vr_model_plan(), &plan, &d) < 0)
		goto done;
	/* Any tree the reader hands back has a canonical form; the store only
	 * ever holds those of plans the model accepts, and for them it must be
	 * a fixed point. */
	FUZZ_CHECK(vr_plan_digest(plan, &xml, &len, digest) == 0,
		   "a plan that reads has a digest");
	if (vr_model_validate(vr_model_plan(), plan, "plan", &d) > 0)
		goto done;
	if (vr_doc_parse(xml, len, "canonical", vr_model_plan(), &back, &d) < 0)
		fuzz_explain(xml, &d);
	FUZZ_CHECK(back, "a canonical form reads back");
	FUZZ_CHECK(vr_plan_digest(back, &again, &len2, digest2) == 0,
		   "and has a digest again");
	FUZZ_CHECK(len == len2 && memcmp(xml, again, len) == 0 && !strcmp(digest, digest2),
		   "a canonical form read back is the same bytes");
done:
	free(xml);
	free(again);
	vr_val_free(plan);
	vr_val_free(back);
	vr_diags_free(&d);
	return 0;
}
