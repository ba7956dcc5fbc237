/*
 * fuzz_xml.c - `vrtool import x.xml` up to the database: an exported
 * document read into a case tree (vr_doc_read_document), checked against the
 * XSD, then against the model, as cli.c's read_document does.
 */
#include "fuzz.h"
#include "core/diag.h"
#include "core/doc.h"
#include "core/model.h"
#include "core/val.h"

#define XSD VR_SRCDIR "/templates/schema/vrtool-1.xsd"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *tree = NULL, *sigs = NULL;
	const char *xml = (const char *)data;

	if (vr_doc_read_document(xml, size, "fuzz.xml", &tree, &sigs, &d) == 0) {
		FUZZ_CHECK(tree && sigs, "a document read without error has a tree");
		if (vr_doc_validate(xml, size, XSD) == 0)
			vr_model_validate_casefile(tree, "fuzz.xml", &d);
	} else {
		FUZZ_CHECK(!tree, "a refused document leaves no tree");
	}
	vr_val_free(tree);
	vr_val_free(sigs);
	vr_diags_free(&d);
	return 0;
}
