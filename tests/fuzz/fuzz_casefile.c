/*
 * fuzz_casefile.c - `vrtool import x.lua` up to the database: the case file
 * run in its sandbox and checked against the model (vr_casefile_read), the
 * line scanner over the same bytes (lualines.c, which the loader only
 * reaches when there are problems), and, for a file that loads, what the
 * import does next with each plan: its canonical XML and digest, which must
 * read back to the same bytes (or `vrtool verify` would call the stored
 * version tampered with).
 */
#include "fuzz.h"
#include "core/diag.h"
#include "core/doc.h"
#include "core/ingest.h"
#include "core/digest.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/val.h"
#include "host/casefile.h"
#include "host/lualines.h"

#include <string.h>

static const char *const paths[] = {
	"person", "person.name.given", "case.agency", "plans[1]", "plans[1].services[2].provider",
	"plans[2].goal.occupation", "case.events[3].date", "x[", "",
};

/* The canonical form of part f of the tree must read back to itself. */
static void check_round_trip(const vr_field *f, const vr_val *v)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *back = NULL;
	char *xml = NULL, *again = NULL;
	size_t len = 0, len2 = 0;

	FUZZ_CHECK(vr_doc_canonical(f, v, &xml, &len) == 0, "a valid part has a canonical form");
	if (vr_doc_parse(xml, len, "canonical", f, &back, &d) < 0)
		fuzz_explain(xml, &d);
	FUZZ_CHECK(back, "a canonical form reads back");
	FUZZ_CHECK(vr_doc_canonical(f, back, &again, &len2) == 0, "and is canonical again");
	FUZZ_CHECK(len == len2 && memcmp(xml, again, len) == 0,
		   "a canonical form read back is the same bytes");
	free(xml);
	free(again);
	vr_val_free(back);
	vr_diags_free(&d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *tree = NULL;
	vr_lualines *lines;

	if ((lines = vr_lualines_scan((const char *)data, size))) {
		for (size_t i = 0; i < sizeof(paths) / sizeof(*paths); i++)
			(void)vr_lualines_find(lines, paths[i]);
		vr_lualines_free(lines);
	}
	if (vr_casefile_read((const char *)data, size, "fuzz.lua", &tree, &d) == 0) {
		const vr_val *plans = vr_val_get(tree, "plans");
		FUZZ_CHECK(d.n == 0, "a case file that loads has no problems");
		check_round_trip(vr_model_person(), vr_val_get(tree, "person"));
		check_round_trip(vr_model_case(), vr_val_get(tree, "case"));
		for (size_t i = 0; i < vr_val_len(plans); i++) {
			char *xml = NULL, digest[VR_DIGEST_HEX];
			size_t len;
			FUZZ_CHECK(vr_plan_digest(vr_val_at(plans, i), &xml, &len, digest) == 0,
				   "a valid plan has a digest");
			free(xml);
			check_round_trip(vr_model_plan(), vr_val_at(plans, i));
		}
	} else {
		FUZZ_CHECK(!tree, "a refused case file leaves no tree");
	}
	vr_val_free(tree);
	vr_diags_free(&d);
	return 0;
}
