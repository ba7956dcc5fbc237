/*
 * fuzz_bigcase.c - case files of extreme sizes, through what an import and
 * an exchange do with them: read in the sandbox and checked against the
 * model (vr_casefile_read), each plan's canonical form and digest, the
 * whole written as an exported document (vr_doc_export, checked against
 * the schema) and that document read back as another installation's
 * import reads it (vr_doc_read_valid_document, with its limits on shape).
 *
 * libFuzzer's inputs are small (run.sh: at most 64 KiB), and the costs
 * this target is for come with 100,000 events or 30 levels of nesting. So
 * an input is a template: "@N(text)@" stands for text N times (N up to
 * 999999, nested up to 4 deep), everything else for itself, and the
 * expansion stops growing a little past the 16 MiB a case file may hold,
 * so that the size limit is met too. `return { ..., events = {
 * @100000({ kind = "contact", date = "2026-01-02" },)@ } }` is 100,000
 * events; the seeds in tests/fuzz/corpus/bigcase/ and bigcase.dict push
 * each list and each kind of nesting of the model.
 *
 * Properties: nothing crashes or leaks; a case file that loads has a
 * digest for each plan; the document vrtool exports of it, when within the
 * document size limit, reads back (the shape limits of doc.c never refuse
 * what vrtool writes) to a plan with the same digest.
 */
#include "fuzz.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/ingest.h"
#include "core/digest.h"
#include "core/model.h"
#include "core/sign.h"
#include "core/val.h"
#include "host/casefile.h"

#include <string.h>

/* A little more than a case file may hold (casefile.c: 16 MiB). */
#define LIMIT ((size_t)17 << 20)

/* Appends the expansion of [p, end) to b; at depth > 0 stops after the
 * ")@" that closes the current repeat. Returns where it stopped. */
static const uint8_t *expand(vr_buf *b, const uint8_t *p, const uint8_t *end, int depth)
{
	while (p < end) {
		if (depth && end - p >= 2 && p[0] == ')' && p[1] == '@')
			return p + 2;
		if (*p == '@' && depth < 4) {
			const uint8_t *q = p + 1;
			unsigned long n = 0;
			int digits = 0;
			while (q < end && *q >= '0' && *q <= '9' && digits < 6) {
				n = n * 10 + (unsigned long)(*q++ - '0');
				digits++;
			}
			if (digits && q < end && *q == '(') {
				size_t start = b->len, one;
				char *unit;
				p = expand(b, q + 1, end, depth + 1);
				one = b->len - start;
				if (n == 0) {
					b->len = start;
				} else if (one && n > 1 && (unit = malloc(one))) {
					memcpy(unit, b->ptr + start, one);
					for (unsigned long k = 1; k < n && b->len <= LIMIT; k++)
						vr_buf_put(b, unit, one);
					free(unit);
				}
				continue;
			}
		}
		if (b->len <= LIMIT)
			vr_buf_putc(b, (char)*p);
		p++;
	}
	return p;
}

/* Each plan of a loaded tree: its digest; the document of it exported and
 * read back, when it fits the size limit, to the same digest. */
static void exchange(const vr_val *tree)
{
	const vr_val *plans = vr_val_get(tree, "plans");
	const char *xsd = VR_SRCDIR "/templates/schema/vrtool-1.xsd";

	for (size_t i = 0; i < vr_val_len(plans); i++) {
		const vr_val *plan = vr_val_at(plans, i), *back_plan;
		char *canon = NULL, *doc = NULL, digest[VR_DIGEST_HEX], again[VR_DIGEST_HEX];
		vr_val *back = NULL, *sigs = NULL;
		vr_diags d = VR_DIAGS_INIT;
		size_t len, dlen;

		FUZZ_CHECK(vr_plan_digest(plan, &canon, &len, digest) == 0,
			   "a valid plan has a digest");
		free(canon);
		canon = NULL;
		if (vr_doc_export(vr_val_get(tree, "person"), vr_val_get(tree, "case"), plan, NULL,
				  xsd, &doc, &dlen) < 0)
			fprintf(stderr, "export: %s\n", vr_error_last());
		FUZZ_CHECK(doc, "a valid case exports as a document");
		if (dlen <= VR_DOC_MAX_BYTES) {
			if (vr_doc_read_valid_document(doc, dlen, "exported.xml", xsd, &back, &sigs,
						       &d) < 0)
				fuzz_explain(doc, &d);
			FUZZ_CHECK(back, "an exported document reads back");
			back_plan = vr_val_at(vr_val_get(back, "plans"), 0);
			FUZZ_CHECK(vr_plan_digest(back_plan, &canon, &len, again) == 0 &&
				   !strcmp(digest, again), "to a plan with the same digest");
		}
		free(canon);
		free(doc);
		vr_val_free(back);
		vr_val_free(sigs);
		vr_diags_free(&d);
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_buf b = VR_BUF_INIT;
	vr_diags d = VR_DIAGS_INIT;
	vr_val *tree = NULL;

	expand(&b, data, data + size, 0);
	if (!vr_buf_ok(&b)) {
		vr_buf_free(&b);
		return 0;
	}
	if (vr_casefile_read(b.ptr ? b.ptr : "", b.len, "big.lua", &tree, &d) == 0) {
		FUZZ_CHECK(d.n == 0, "a case file that loads has no problems");
		exchange(tree);
	} else {
		FUZZ_CHECK(!tree, "a refused case file leaves no tree");
	}
	vr_val_free(tree);
	vr_diags_free(&d);
	vr_buf_free(&b);
	return 0;
}
