/*
 * doc_libxml.h - what doc.c and doc_read.c share inside the core: libxml2's
 * messages, collected per thread (never printed), the one safe parse, and
 * validation against the XSD, serialised bytes kept. For src/core/doc*.c
 * and render.c only.
 */
#ifndef VR_DOC_LIBXML_H
#define VR_DOC_LIBXML_H

#include <libxml/tree.h>
#include <stddef.h>

/* libxml2's messages since the last reset (empty when none). */
void vr_doc_reset_msgs(void);
const char *vr_doc_msgs(void);

/* Parses xml with the safe options (doc.c's opening comment); refuses any
 * DOCTYPE, any encoding but UTF-8, and processing instructions at the top. */
int vr_doc_safe_parse(const char *xml, size_t len, const char *source, xmlDocPtr *out);

/* Validates a parsed document against the XSD at xsd_path. */
int vr_doc_validate_tree(xmlDocPtr doc, const char *xsd_path);

/* The n bytes libxml2 serialised at mem, as a string of our own (*out,
 * NUL-terminated, the caller frees) and its length; mem stays libxml2's. */
int vr_doc_keep_bytes(const xmlChar *mem, int n, char **out, size_t *len);

#endif
