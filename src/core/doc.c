/*
 * doc.c - the XML mapping of the model; see doc.h.
 *
 * Reading is defensive: input may come from outside the agency. The parser
 * never touches the network (XML_PARSE_NONET), never substitutes entities or
 * loads a DTD (neither NOENT nor DTDLOAD is set), and a document with any
 * DOCTYPE is refused outright, so no entity can be declared at all. A
 * document is UTF-8: one that declares or is in another encoding is refused
 * before parsing, and the parser never switches encoding (IGNORE_ENC), so no
 * converter (iconv, gconv modules) is ever loaded for input. Nothing but the
 * root element and comments may stand at the top (no <?xml-stylesheet?>),
 * and XInclude is never processed: an <xi:include> is an unknown element.
 * Sizes are capped before parsing. libxml2's messages are collected (never
 * printed) and become the message of the error we return.
 */
#include "core/doc.h"
#include "core/doc_libxml.h"
#include "core/path.h"
#include "core/date.h"
#include "core/error.h"

#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <math.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* --- libxml2 messages -------------------------------------------------- */

static _Thread_local char xml_msgs[2048];

/* The schema validator quotes the value it refuses ("Element 'x': '1953-02-30'
 * is not a valid value of ...", "The value 'y' is not an element of the set
 * ..."): a value can be personal, so messages keep the element and what is
 * wrong and say "the value" instead of quoting it. */
static void unquote_values(const char *in, char *out, size_t n)
{
	size_t o = 0;

	while (*in && o + 1 < n) {
		const char *q = NULL;
		if (!strncmp(in, ": '", 3))
			q = in + 3;
		else if (!strncmp(in, "The value '", 11))
			q = in + 11;
		if (q) {
			const char *end = strstr(q, "' ");
			if (end && (!strncmp(end, "' is ", 5) || !strncmp(end, "' has ", 6))) {
				int k = snprintf(out + o, n - o, "%s the value",
						 *in == ':' ? ":" : "The value");
				o = k < 0 ? o : (size_t)k + o >= n ? n - 1 : o + (size_t)k;
				in = end + 1;
				continue;
			}
		}
		out[o++] = *in++;
	}
	out[o] = '\0';
}

static void on_xml_error(void *ctx, xmlErrorPtr e)
{
	size_t used = strlen(xml_msgs);
	char line[512], plain[512];
	const char *msg, *pre = "";
	size_t n;

	(void)ctx;
	if (!e || !e->message || used > sizeof(xml_msgs) - 64)
		return;
	msg = e->message;
	/* libxml2's advice in these two is an option the user cannot set, or
	 * to declare another encoding, which vrtool refuses */
	if (strstr(msg, "Excessive depth")) {
		msg = "elements are nested more than 256 deep";
	} else if (!strncmp(msg, "Input is not proper UTF-8", 25)) {
		pre = "the text is not UTF-8; ";
		msg = strstr(msg, "Bytes:") ? strstr(msg, "Bytes:") : "";
	}
	if (e->domain == XML_FROM_SCHEMASV) {
		unquote_values(msg, plain, sizeof(plain));
		msg = plain;
	}
	snprintf(line, sizeof(line), "%sline %d: %s%s", used ? "; " : "", e->line, pre,
		 msg);
	n = strlen(line);
	while (n && (line[n - 1] == '\n' || line[n - 1] == ' '))
		line[--n] = '\0';
	/* one line ("Input is not proper UTF-8 ...\nBytes: ...") */
	for (char *c = line; *c; c++)
		if (*c == '\n')
			*c = ' ';
	strncat(xml_msgs, line, sizeof(xml_msgs) - used - 1);
}

static void on_generic_error(void *ctx, const char *fmt, ...)
{
	(void)ctx;
	(void)fmt;
}

void vr_doc_init(void)
{
	static int done;

	if (done)
		return;
	done = 1;
	xmlInitParser();
	xmlSetStructuredErrorFunc(NULL, on_xml_error);
	xmlSetGenericErrorFunc(NULL, on_generic_error);
}

const char *vr_doc_msgs(void)
{
	return xml_msgs;
}

void vr_doc_reset_msgs(void)
{
	vr_doc_init();
	xml_msgs[0] = '\0';
}

/* --- writing ----------------------------------------------------------- */

static void format_num(const vr_val *v, char *out, size_t n)
{
	if (v->type == VR_VINT) {
		snprintf(out, n, "%lld", v->u.i);
		return;
	}
	/* Shortest form that reads back to the same double; never exponent
	 * notation, which xs:decimal does not allow. */
	for (int prec = 1; prec <= 17; prec++) {
		snprintf(out, n, "%.*f", prec, v->u.n);
		if (strtod(out, NULL) == v->u.n)
			break;
	}
	/* Trim trailing zeros ("37.50" -> "37.5"). */
	if (strchr(out, '.')) {
		size_t l = strlen(out);
		while (l > 1 && out[l - 1] == '0')
			out[--l] = '\0';
		if (out[l - 1] == '.')
			out[--l] = '\0';
	}
}

static const char *ext_type(const vr_val *v)
{
	switch (v->type) {
	case VR_VNULL: return "null";
	case VR_VBOOL: return "bool";
	case VR_VINT: return "int";
	case VR_VNUM: return "number";
	case VR_VSTR: return "string";
	case VR_VARR: return "array";
	case VR_VOBJ: return "object";
	}
	return "null";
}

static int add_text(xmlNodePtr parent, xmlNsPtr ns, const char *name,
		    const char *text, xmlNodePtr *out)
{
	xmlNodePtr n = xmlNewDocNode(parent->doc, ns, BAD_CAST name, NULL);

	if (!n)
		return vr_error_set(VR_ENOMEM, "out of memory building XML");
	if (text && *text) {
		xmlNodePtr t = xmlNewDocTextLen(parent->doc, BAD_CAST text, (int)strlen(text));
		if (!t || !xmlAddChild(n, t)) {
			xmlFreeNode(t);
			xmlFreeNode(n);
			return vr_error_set(VR_ENOMEM, "out of memory building XML");
		}
	}
	if (!xmlAddChild(parent, n)) {
		xmlFreeNode(n);
		return vr_error_set(VR_ENOMEM, "out of memory building XML");
	}
	if (out)
		*out = n;
	return 0;
}

static int scalar_text(const vr_val *v, char *tmp, size_t n, const char **text)
{
	switch (v->type) {
	case VR_VSTR: *text = v->u.s.s; return 0;
	case VR_VBOOL: *text = v->u.b ? "true" : "false"; return 0;
	case VR_VINT:
	case VR_VNUM: format_num(v, tmp, n); *text = tmp; return 0;
	case VR_VNULL: *text = ""; return 0;
	default: return -1;
	}
}

static int write_ext_items(xmlNodePtr parent, xmlNsPtr ns, const vr_val *v)
{
	size_t i;
	int err;

	for (i = 0; i < vr_val_len(v); i++) {
		const vr_val *c = vr_val_at(v, i);
		const char *text = NULL;
		char tmp[64];
		xmlNodePtr item;

		if (c->type != VR_VARR && c->type != VR_VOBJ)
			scalar_text(c, tmp, sizeof(tmp), &text);
		if ((err = add_text(parent, ns, "item", text, &item)) < 0)
			return err;
		if (v->type == VR_VOBJ &&
		    !xmlNewProp(item, BAD_CAST "name", BAD_CAST vr_val_key(v, i)))
			return vr_error_set(VR_ENOMEM, "out of memory building XML");
		if (!xmlNewProp(item, BAD_CAST "type", BAD_CAST ext_type(c)))
			return vr_error_set(VR_ENOMEM, "out of memory building XML");
		if ((c->type == VR_VARR || c->type == VR_VOBJ) &&
		    (err = write_ext_items(item, ns, c)) < 0)
			return err;
	}
	return 0;
}

static int write_field(xmlNodePtr parent, xmlNsPtr ns, const vr_field *f,
		       const vr_val *v)
{
	xmlNodePtr n;
	const vr_field *c;
	const char *text;
	char tmp[64];
	size_t i;
	int err;

	if (!v || v->type == VR_VNULL)
		return 0;
	switch (f->type) {
	case VR_T_OBJ:
		if ((err = add_text(parent, ns, f->name, NULL, &n)) < 0)
			return err;
		for (c = f->fields; c->name; c++)
			if ((err = write_field(n, ns, c, vr_val_get(v, c->name))) < 0)
				return err;
		return 0;
	case VR_T_ARR:
		if ((err = add_text(parent, ns, f->name, NULL, &n)) < 0)
			return err;
		for (i = 0; i < vr_val_len(v); i++)
			if ((err = write_field(n, ns, f->fields, vr_val_at(v, i))) < 0)
				return err;
		return 0;
	case VR_T_EXT:
		if ((err = add_text(parent, ns, f->name, NULL, &n)) < 0)
			return err;
		return write_ext_items(n, ns, v);
	default:
		if (scalar_text(v, tmp, sizeof(tmp), &text) < 0)
			return vr_error_set(VR_EINTERNAL, "field %s holds a container", f->name);
		return add_text(parent, ns, f->name, text, NULL);
	}
}

/* A new document whose root is element f holding v. */
static int build(const vr_field *f, const vr_val *v, xmlDocPtr *out)
{
	xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
	xmlNodePtr holder = NULL, root;
	xmlNsPtr ns;
	int err;

	if (!doc || !(holder = xmlNewDocNode(doc, NULL, BAD_CAST "holder", NULL)))
		goto oom;
	xmlDocSetRootElement(doc, holder);
	if (!(ns = xmlNewNs(holder, BAD_CAST VR_NS, NULL)))
		goto oom;
	if ((err = write_field(holder, ns, f, v)) < 0) {
		xmlFreeDoc(doc);
		return err;
	}
	/* Move the element up to be the root, carrying the namespace. */
	root = holder->children;
	xmlUnlinkNode(root);
	xmlDocSetRootElement(doc, root);
	if (!xmlNewNs(root, BAD_CAST VR_NS, NULL))
		goto oom;
	xmlSetNs(root, root->nsDef);
	xmlReconciliateNs(doc, root);
	xmlFreeNode(holder);
	*out = doc;
	return 0;
oom:
	xmlFreeDoc(doc);
	return vr_error_set(VR_ENOMEM, "out of memory building XML");
}

static int c14n(xmlDocPtr doc, char **out, size_t *len)
{
	xmlChar *mem = NULL;
	int n;

	vr_doc_reset_msgs();
	n = xmlC14NDocDumpMemory(doc, NULL, XML_C14N_EXCLUSIVE_1_0, NULL, 0, &mem);
	if (n < 0 || !mem)
		return vr_error_set(VR_EINTERNAL, "canonicalising XML failed: %s", xml_msgs);
	if (!(*out = malloc((size_t)n + 1))) {
		xmlFree(mem);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	memcpy(*out, mem, (size_t)n);
	(*out)[n] = '\0';
	xmlFree(mem);
	*len = (size_t)n;
	return 0;
}

int vr_doc_canonical(const vr_field *f, const vr_val *v, char **out, size_t *len)
{
	xmlDocPtr doc = NULL;
	int err;

	vr_doc_init();
	if ((err = build(f, v, &doc)) < 0)
		return err;
	err = c14n(doc, out, len);
	xmlFreeDoc(doc);
	return err;
}

/* --- schema ------------------------------------------------------------ */

static xmlSchemaPtr cached_schema;
static char cached_path[1024];

static int load_schema(const char *xsd_path, xmlSchemaPtr *out)
{
	xmlSchemaParserCtxtPtr pctx;
	xmlSchemaPtr s;

	if (cached_schema && strcmp(cached_path, xsd_path) == 0) {
		*out = cached_schema;
		return 0;
	}
	vr_doc_reset_msgs();
	if (!(pctx = xmlSchemaNewParserCtxt(xsd_path)))
		return vr_error_set(VR_EINTERNAL, "cannot read the schema %s", xsd_path);
	s = xmlSchemaParse(pctx);
	xmlSchemaFreeParserCtxt(pctx);
	if (!s)
		return vr_error_set(VR_EINTERNAL, "the schema %s does not load: %s",
				    xsd_path, xml_msgs);
	if (cached_schema)
		xmlSchemaFree(cached_schema);
	cached_schema = s;
	snprintf(cached_path, sizeof(cached_path), "%s", xsd_path);
	*out = s;
	return 0;
}

int vr_doc_validate_tree(xmlDocPtr doc, const char *xsd_path)
{
	xmlSchemaPtr schema = NULL;
	xmlSchemaValidCtxtPtr vctx;
	int err, rc;

	if ((err = load_schema(xsd_path, &schema)) < 0)
		return err;
	if (!(vctx = xmlSchemaNewValidCtxt(schema)))
		return vr_error_set(VR_ENOMEM, "out of memory validating XML");
	vr_doc_reset_msgs();
	rc = xmlSchemaValidateDoc(vctx, doc);
	xmlSchemaFreeValidCtxt(vctx);
	if (rc > 0)
		return vr_error_set(VR_EINPUT, "the document is not valid against %s: %s",
				    xsd_path, xml_msgs);
	if (rc < 0)
		return vr_error_set(VR_EINTERNAL, "schema validation failed internally: %s",
				    xml_msgs);
	return 0;
}

int vr_doc_validate(const char *xml, size_t len, const char *xsd_path)
{
	xmlDocPtr doc = NULL;
	int err;

	if ((err = vr_doc_safe_parse(xml, len, "document", &doc)) < 0)
		return err;
	err = vr_doc_validate_tree(doc, xsd_path);
	xmlFreeDoc(doc);
	return err;
}

int vr_doc_export(const vr_val *person, const vr_val *kase, const vr_val *plan,
		  const vr_val *signatures, const char *xsd_path, char **out, size_t *len)
{
	xmlDocPtr doc;
	xmlNodePtr root;
	xmlNsPtr ns;
	xmlChar *mem = NULL;
	int n = 0, err;

	vr_doc_init();
	if (!(doc = xmlNewDoc(BAD_CAST "1.0")) ||
	    !(root = xmlNewDocNode(doc, NULL, BAD_CAST "document", NULL))) {
		xmlFreeDoc(doc);
		return vr_error_set(VR_ENOMEM, "out of memory building XML");
	}
	xmlDocSetRootElement(doc, root);
	if (!(ns = xmlNewNs(root, BAD_CAST VR_NS, NULL)) ||
	    !xmlNewProp(root, BAD_CAST "format", BAD_CAST VR_DOC_FORMAT)) {
		err = vr_error_set(VR_ENOMEM, "out of memory building XML");
		goto done;
	}
	xmlSetNs(root, ns);
	if ((err = write_field(root, ns, vr_model_person(), person)) < 0 ||
	    (err = write_field(root, ns, vr_model_case(), kase)) < 0 ||
	    (err = write_field(root, ns, vr_model_plan(), plan)) < 0 ||
	    (signatures && vr_val_len(signatures) &&
	     (err = write_field(root, ns, vr_model_signatures(), signatures)) < 0))
		goto done;
	if ((err = vr_doc_validate_tree(doc, xsd_path)) < 0)
		goto done;
	xmlDocDumpFormatMemoryEnc(doc, &mem, &n, "UTF-8", 1);
	if (!mem || n <= 0) {
		err = vr_error_set(VR_ENOMEM, "serialising XML failed");
		goto done;
	}
	err = vr_doc_keep_bytes(mem, n, out, len);
done:
	xmlFree(mem);
	xmlFreeDoc(doc);
	return err;
}

int vr_doc_keep_bytes(const xmlChar *mem, int n, char **out, size_t *len)
{
	if (n < 0 || !(*out = malloc((size_t)n + 1)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	memcpy(*out, mem, (size_t)n);
	(*out)[n] = '\0';
	*len = (size_t)n;
	return 0;
}

/* --- XSD generation ---------------------------------------------------- */

static void pad(vr_buf *b, int depth)
{
	for (int i = 0; i < depth; i++)
		vr_buf_puts(b, "  ");
}

static void xsd_field(vr_buf *b, const vr_field *f, int depth, int in_array);

static void xsd_complex(vr_buf *b, const vr_field *f, int depth)
{
	const vr_field *c;

	pad(b, depth);
	vr_buf_puts(b, "<xs:complexType>\n");
	pad(b, depth + 1);
	vr_buf_puts(b, "<xs:sequence>\n");
	if (f->type == VR_T_OBJ)
		for (c = f->fields; c->name; c++)
			xsd_field(b, c, depth + 2, 0);
	else
		xsd_field(b, f->fields, depth + 2, 1);
	pad(b, depth + 1);
	vr_buf_puts(b, "</xs:sequence>\n");
	pad(b, depth);
	vr_buf_puts(b, "</xs:complexType>\n");
}

static void xsd_field(vr_buf *b, const vr_field *f, int depth, int in_array)
{
	const char *type = NULL;
	/* depth 1: a global element, which takes no occurrence bounds */
	const char *occurs = depth == 1 ? ""
			     : in_array ? " minOccurs=\"0\" maxOccurs=\"unbounded\""
			     : (f->flags & VR_F_REQUIRED) ? "" : " minOccurs=\"0\"";

	switch (f->type) {
	case VR_T_STR: type = "xs:string"; break;
	case VR_T_DATE: type = "vr:date"; break;
	case VR_T_DATETIME: type = "vr:dateTime"; break;
	case VR_T_INT: type = "xs:integer"; break;
	case VR_T_MONEY: type = "vr:cents"; break;
	case VR_T_NUM: type = "vr:amount"; break;
	case VR_T_BOOL: type = "xs:boolean"; break;
	case VR_T_EXT: type = "vr:ext"; break;
	default: break;
	}
	pad(b, depth);
	if (type) {
		vr_buf_printf(b, "<xs:element name=\"%s\" type=\"%s\"%s/>\n", f->name, type,
			      occurs);
		return;
	}
	vr_buf_printf(b, "<xs:element name=\"%s\"%s>\n", f->name, occurs);
	if (f->type == VR_T_ENUM) {
		pad(b, depth + 1);
		vr_buf_puts(b, "<xs:simpleType>\n");
		pad(b, depth + 2);
		vr_buf_puts(b, "<xs:restriction base=\"xs:string\">\n");
		for (const char *const *e = f->values; *e; e++) {
			pad(b, depth + 3);
			vr_buf_printf(b, "<xs:enumeration value=\"%s\"/>\n", *e);
		}
		pad(b, depth + 2);
		vr_buf_puts(b, "</xs:restriction>\n");
		pad(b, depth + 1);
		vr_buf_puts(b, "</xs:simpleType>\n");
	} else {
		xsd_complex(b, f, depth + 1);
	}
	pad(b, depth);
	vr_buf_puts(b, "</xs:element>\n");
}

void vr_doc_xsd(vr_buf *b)
{
	vr_buf_puts(b,
		"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		"<!-- vrtool document schema, format " VR_DOC_FORMAT ".\n"
		"     Generated from src/core/model.c by `vrtool schema`; do not edit by\n"
		"     hand (tests/unit/test_doc.c checks that the two agree). -->\n"
		"<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
		"           xmlns:vr=\"" VR_NS "\"\n"
		"           targetNamespace=\"" VR_NS "\"\n"
		"           elementFormDefault=\"qualified\">\n"
		"  <xs:simpleType name=\"date\">\n"
		"    <xs:restriction base=\"xs:date\">\n"
		"      <xs:pattern value=\"\\d{4}-\\d{2}-\\d{2}\"/>\n"
		"    </xs:restriction>\n"
		"  </xs:simpleType>\n"
		"  <xs:simpleType name=\"dateTime\">\n"
		"    <xs:restriction base=\"xs:dateTime\">\n"
		"      <xs:pattern value=\".+(Z|[+\\-]\\d{2}:\\d{2})\"/>\n"
		"    </xs:restriction>\n"
		"  </xs:simpleType>\n"
		"  <xs:simpleType name=\"cents\">\n"
		"    <xs:restriction base=\"xs:nonNegativeInteger\"/>\n"
		"  </xs:simpleType>\n"
		"  <xs:simpleType name=\"amount\">\n"
		"    <xs:restriction base=\"xs:decimal\">\n"
		"      <xs:minInclusive value=\"0\"/>\n"
		"    </xs:restriction>\n"
		"  </xs:simpleType>\n"
		"  <xs:complexType name=\"ext\">\n"
		"    <xs:sequence>\n"
		"      <xs:element name=\"item\" type=\"vr:extItem\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n"
		"    </xs:sequence>\n"
		"  </xs:complexType>\n"
		"  <xs:complexType name=\"extItem\" mixed=\"true\">\n"
		"    <xs:sequence>\n"
		"      <xs:element name=\"item\" type=\"vr:extItem\" minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n"
		"    </xs:sequence>\n"
		"    <xs:attribute name=\"name\" type=\"xs:string\"/>\n"
		"    <xs:attribute name=\"type\" use=\"required\">\n"
		"      <xs:simpleType>\n"
		"        <xs:restriction base=\"xs:string\">\n"
		"          <xs:enumeration value=\"null\"/>\n"
		"          <xs:enumeration value=\"bool\"/>\n"
		"          <xs:enumeration value=\"int\"/>\n"
		"          <xs:enumeration value=\"number\"/>\n"
		"          <xs:enumeration value=\"string\"/>\n"
		"          <xs:enumeration value=\"array\"/>\n"
		"          <xs:enumeration value=\"object\"/>\n"
		"        </xs:restriction>\n"
		"      </xs:simpleType>\n"
		"    </xs:attribute>\n"
		"  </xs:complexType>\n");
	/* The parts, each also usable as a root (the store keeps them so). */
	xsd_field(b, vr_model_person(), 1, 0);
	xsd_field(b, vr_model_case(), 1, 0);
	xsd_field(b, vr_model_plan(), 1, 0);
	vr_buf_puts(b,
		"  <xs:element name=\"document\">\n"
		"    <xs:complexType>\n"
		"      <xs:sequence>\n"
		"        <xs:element ref=\"vr:person\"/>\n"
		"        <xs:element ref=\"vr:case\"/>\n"
		"        <xs:element ref=\"vr:plan\"/>\n");
	xsd_field(b, vr_model_signatures(), 4, 0);
	vr_buf_puts(b,
		"      </xs:sequence>\n"
		"      <xs:attribute name=\"format\" type=\"xs:string\" fixed=\"" VR_DOC_FORMAT "\" use=\"required\"/>\n"
		"    </xs:complexType>\n"
		"  </xs:element>\n"
		"</xs:schema>\n");
}
