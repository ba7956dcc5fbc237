/*
 * doc.h - plans as XML documents: writing, safe reading, canonical form,
 * schema validation, and the XSD itself.
 *
 * The mapping is driven by the model tables (model.h): an object field is an
 * element whose children are its fields in table order; a list is an element
 * holding one element per item (services/service); a scalar is an element
 * with text; agency `ext` fields are <item name=".." type="..">. Everything
 * lives in one versioned namespace, VR_NS. No attributes carry model data,
 * no DTD, no entities.
 *
 * The canonical form of a part (person, case, plan) is the exclusive C14N of
 * that element standing alone; a plan version's digest is the SHA-256 of its
 * canonical form, and it is what the store keeps.
 */
#ifndef VR_DOC_H
#define VR_DOC_H

#include <stddef.h>
#include "core/buf.h"
#include "core/diag.h"
#include "core/model.h"
#include "core/val.h"

#define VR_NS "urn:vrtool:1"
#define VR_DOC_FORMAT "1"
/* Input documents larger than this are refused before parsing. */
#define VR_DOC_MAX_BYTES (16u * 1024u * 1024u)
/* The shape of an input document, counted on its bytes before parsing
 * (doc.c, check_shape): attributes on one element, namespace declarations
 * included (vrtool writes at most two: xmlns and format, or name and
 * type); namespace declarations in the whole document (vrtool writes
 * one); how deep elements nest (vrtool's deepest is about 40: an ext's
 * items nest at most 32 deep); and the nodes libxml2 builds, counted as
 * elements, attributes, comments, CDATA sections and processing
 * instructions (a case at the model's limits, 25,000 items of at most
 * about 26 elements each, has well under 750,000). */
#define VR_DOC_MAX_ATTRS 8
#define VR_DOC_MAX_NAMESPACES 16
#define VR_DOC_MAX_DEPTH 64
#define VR_DOC_MAX_NODES 1000000

/* Initialises libxml2 and routes its messages to us, once per process. */
void vr_doc_init(void);

/* The canonical XML of v as element f (caller frees *out). */
int vr_doc_canonical(const vr_field *f, const vr_val *v, char **out, size_t *len);

/* Reads one element written by vr_doc_canonical back into a value. Problems
 * go to diags with their paths and lines; returns VR_EINPUT if any. */
int vr_doc_parse(const char *xml, size_t len, const char *source,
		 const vr_field *f, vr_val **out, vr_diags *diags);

/* Reads an exported document (<document format="1">: person, case, plan,
 * signatures) into a case tree { person, case, plans = { plan } }, ready for
 * vr_model_validate_casefile, and the signatures list (when signatures is
 * not NULL; an empty list when the document has none). Problems go to
 * diags with paths and lines. */
int vr_doc_read_document(const char *xml, size_t len, const char *source,
			 vr_val **out, vr_val **signatures, vr_diags *diags);
/* The same, then the parsed document validated against the schema at
 * xsd_path (when the model found no problem): an invalid one is
 * VR_EINPUT, "SOURCE: the document is not valid against ...". */
int vr_doc_read_valid_document(const char *xml, size_t len, const char *source,
			       const char *xsd_path, vr_val **out, vr_val **signatures,
			       vr_diags *d);

/* The whole export document of one plan version, with its signatures
 * (a list as the document model has it, or NULL), pretty-printed,
 * validated against the XSD at xsd_path before it is returned. */
int vr_doc_export(const vr_val *person, const vr_val *kase, const vr_val *plan,
		  const vr_val *signatures, const char *xsd_path, char **out, size_t *len);

/* Validates a document in memory against the XSD at xsd_path. */
int vr_doc_validate(const char *xml, size_t len, const char *xsd_path);

/* Writes the XSD that the model implies (templates/schema/vrtool-1.xsd is
 * this output, checked by a test). */
void vr_doc_xsd(vr_buf *out);

#endif
