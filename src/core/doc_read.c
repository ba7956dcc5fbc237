/*
 * doc_read.c - reading an XML document into the model's value tree (doc.h),
 * defensively: the rules of doc.c's opening comment (no network, no DTD,
 * no entities, UTF-8 only, sizes capped before parsing) are applied here.
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

/* --- reading ----------------------------------------------------------- */

static int in_ns(xmlNodePtr n)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, VR_NS) == 0;
}

/* Why an element of another namespace is unexpected, for its message. */
static const char *foreign(xmlNodePtr n)
{
	const char *href = n->ns && n->ns->href ? (const char *)n->ns->href : "";

	if (in_ns(n))
		return "";
	if (!strcmp(href, "http://www.w3.org/2001/XInclude") ||
	    !strcmp(href, "http://www.w3.org/2003/XInclude"))
		return " (XInclude is not processed in vrtool documents)";
	return " (not in the vrtool namespace " VR_NS ")";
}

/* What a node that is not an element or text is, for messages. */
static const char *node_kind(xmlNodePtr n)
{
	switch (n->type) {
	case XML_CDATA_SECTION_NODE: return "a CDATA section";
	case XML_PI_NODE: return "a processing instruction";
	case XML_ENTITY_REF_NODE: return "an entity reference";
	default: return "a node that is not text";
	}
}

/* Element children only; text between elements must be white space. */
static int check_children(xmlNodePtr n, const char *path, vr_diags *d)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE) {
			if (!xmlIsBlankNode(c)) {
				vr_diags_add(d, path, xmlGetLineNo(c),
					     "text is not allowed here, only elements");
				return -1;
			}
		} else if (c->type == XML_ELEMENT_NODE || c->type == XML_COMMENT_NODE) {
			continue;
		} else {
			vr_diags_add(d, path, xmlGetLineNo(c),
				     "only elements are allowed here, found %s",
				     node_kind(c));
			return -1;
		}
	}
	return 0;
}

/* The text of a scalar element; NULL (with a diagnostic) if it holds
 * anything but text. Caller frees with xmlFree. */
static xmlChar *text_of(xmlNodePtr n, const char *path, vr_diags *d)
{
	xmlNodePtr c;
	for (c = n->children; c; c = c->next) {
		if (c->type == XML_ELEMENT_NODE) {
			vr_diags_add(d, path, xmlGetLineNo(c),
				     "expected text only in <%s>, found the element <%s>%s",
				     (const char *)n->name, (const char *)c->name,
				     foreign(c));
			return NULL;
		}
		if (c->type != XML_TEXT_NODE && c->type != XML_COMMENT_NODE) {
			vr_diags_add(d, path, xmlGetLineNo(c),
				     "expected text only in <%s>, found %s",
				     (const char *)n->name, node_kind(c));
			return NULL;
		}
	}
	return xmlNodeGetContent(n);
}

static int parse_ll(const char *s, long long *out)
{
	char *end;
	errno = 0;
	if (!*s || (*s != '-' && (*s < '0' || *s > '9')))
		return -1;
	*out = strtoll(s, &end, 10);
	return errno || *end ? -1 : 0;
}

static vr_val *scalar_val(vr_ftype t, const char *s, const char *path, int line,
			  vr_diags *d)
{
	long long i;
	double x;
	char *end;

	switch (t) {
	case VR_T_INT:
	case VR_T_MONEY:
		if (parse_ll(s, &i) < 0)
			break;
		return vr_val_int(i);
	case VR_T_NUM:
		if (parse_ll(s, &i) == 0)
			return vr_val_int(i);
		errno = 0;
		x = strtod(s, &end);
		if (!*s || *end || errno || !isfinite(x))
			break;
		return vr_val_num(x);
	case VR_T_BOOL:
		if (!strcmp(s, "true") || !strcmp(s, "1"))
			return vr_val_bool(1);
		if (!strcmp(s, "false") || !strcmp(s, "0"))
			return vr_val_bool(0);
		break;
	default:
		return vr_val_str(s);
	}
	vr_diags_add(d, path, line, "is not %s", vr_model_type_name(t));
	return NULL;
}

static vr_val *read_ext(xmlNodePtr n, const char *path, vr_diags *d, int depth);

static vr_val *read_ext_item(xmlNodePtr c, const char *path, vr_diags *d, int depth)
{
	xmlChar *type = xmlGetProp(c, BAD_CAST "type");
	xmlChar *text = NULL;
	vr_val *v = NULL;
	static const struct { const char *name; vr_ftype t; } scalars[] = {
		{ "int", VR_T_INT }, { "number", VR_T_NUM }, { "bool", VR_T_BOOL },
		{ "string", VR_T_STR },
	};

	if (!type) {
		vr_diags_add(d, path, xmlGetLineNo(c), "ext item without a type");
		return NULL;
	}
	if (!strcmp((char *)type, "object") || !strcmp((char *)type, "array")) {
		v = read_ext(c, path, d, depth + 1);
		/* read_ext gives an array for unnamed items, an object for named
		 * ones; the declared type must agree (empty ones take it). */
		if (v) {
			vr_val_retype_empty(v, strcmp((char *)type, "array") ? VR_VOBJ : VR_VARR);
			if (v->type != (strcmp((char *)type, "array") ? VR_VOBJ : VR_VARR)) {
				vr_diags_add(d, path, xmlGetLineNo(c), "ext item of type %s has %s "
					     "items", (char *)type, v->type == VR_VARR ? "unnamed" : "named");
				vr_val_free(v);
				v = NULL;
			}
		}
	} else if (!strcmp((char *)type, "null")) {
		v = vr_val_null();
	} else {
		size_t k;
		for (k = 0; k < sizeof(scalars) / sizeof(*scalars); k++)
			if (!strcmp((char *)type, scalars[k].name))
				break;
		if (k == sizeof(scalars) / sizeof(*scalars)) {
			vr_diags_add(d, path, xmlGetLineNo(c), "ext item type '%.20s' unknown",
				     (char *)type);
		} else if ((text = text_of(c, path, d))) {
			v = scalar_val(scalars[k].t, (char *)text, path, xmlGetLineNo(c), d);
			/* a number that happens to be whole stays a number */
			if (v && scalars[k].t == VR_T_NUM && v->type == VR_VINT)
				v->type = VR_VNUM, v->u.n = (double)v->u.i;
		}
	}
	xmlFree(type);
	xmlFree(text);
	return v;
}

/* Reads the <item> children of n as an object (named) or array (unnamed). */
static vr_val *read_ext(xmlNodePtr n, const char *path, vr_diags *d, int depth)
{
	vr_val *obj = vr_val_obj(), *arr = vr_val_arr();
	xmlNodePtr c;
	char sub[512];
	int named = -1, err = 0;
	size_t idx = 0;

	if (!obj || !arr || depth > 32 || check_children(n, path, d) < 0) {
		if (depth > 32)
			vr_diags_add(d, path, xmlGetLineNo(n), "ext nested too deeply");
		goto fail;
	}
	for (c = n->children; c; c = c->next) {
		xmlChar *name;
		vr_val *v;

		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (!in_ns(c) || strcmp((const char *)c->name, "item")) {
			vr_diags_add(d, path, xmlGetLineNo(c), "expected <item> in ext, found <%s>%s",
				     (const char *)c->name, foreign(c));
			goto fail;
		}
		name = xmlGetProp(c, BAD_CAST "name");
		if (named < 0)
			named = name != NULL;
		idx++;
		if (name)
			vr_path_child(sub, sizeof(sub), path, (const char *)name, 0);
		else
			vr_path_child(sub, sizeof(sub), path, NULL, idx);
		if ((named && !name) || (!named && name)) {
			vr_diags_add(d, sub, xmlGetLineNo(c),
				     "ext items are either all named or all unnamed");
			xmlFree(name);
			goto fail;
		}
		if (!(v = read_ext_item(c, sub, d, depth))) {
			xmlFree(name);
			goto fail;
		}
		err = name ? vr_val_obj_set(obj, (char *)name, v) : vr_val_arr_push(arr, v);
		xmlFree(name);
		if (err < 0)
			goto fail;
	}
	if (named == 0) {
		vr_val_free(obj);
		return arr;
	}
	vr_val_free(arr);
	return obj;
fail:
	vr_val_free(obj);
	vr_val_free(arr);
	return NULL;
}

/*
 * The path of the field being read ("plan.services[2].provider") lives in
 * one buffer: a child appends its part and the parent cuts it off again.
 * Most documents have no finding, so the path is built by memcpy, not
 * formatted per element (the formatting was a tenth of a check).
 */
#define PATH_MAX_LEN 512


/* path: a PATH_MAX_LEN buffer holding the field's path, len its length. */
static vr_val *read_field(const vr_field *f, xmlNodePtr n, char *path, size_t len,
			  vr_diags *d)
{
	const char *sub = path;
	vr_val *v = NULL;
	xmlNodePtr c;
	xmlChar *text;
	size_t idx = 0;

	switch (f->type) {
	case VR_T_OBJ:
		if (check_children(n, path, d) < 0 || !(v = vr_val_obj()))
			return NULL;
		for (c = n->children; c; c = c->next) {
			const vr_field *cf;
			vr_val *cv;
			if (c->type != XML_ELEMENT_NODE)
				continue;
			size_t m = vr_path_field(path, PATH_MAX_LEN, len, (const char *)c->name);
			const char *now = in_ns(c) ? vr_model_renamed(f, (const char *)c->name) : NULL;
			cf = NULL;
			if (now && (cf = vr_model_child(f, now))) {
				/* an old name, read as the new one (model.h) */
				vr_diags_note(d, sub, xmlGetLineNo(c), "<%s> is now called <%s> "
					      "(read as %s)", (const char *)c->name, now, now);
				path[len] = '\0';
				m = vr_path_field(path, PATH_MAX_LEN, len, now);
			} else if (in_ns(c)) {
				cf = vr_model_child(f, (const char *)c->name);
			}
			if (!cf) {
				vr_diags_add(d, sub, xmlGetLineNo(c),
					     "unexpected element <%s>%s", (const char *)c->name,
					     foreign(c));
			} else if (vr_val_get(v, cf->name)) {
				vr_diags_add(d, sub, xmlGetLineNo(c), "<%s> appears twice",
					     cf->name);
			} else if ((cv = read_field(cf, c, path, m, d))) {
				vr_val_obj_set(v, cf->name, cv);
			}
			path[len] = '\0';
		}
		break;
	case VR_T_ARR:
		if (check_children(n, path, d) < 0 || !(v = vr_val_arr()))
			return NULL;
		for (c = n->children; c; c = c->next) {
			vr_val *cv;
			if (c->type != XML_ELEMENT_NODE)
				continue;
			size_t m = vr_path_item(path, PATH_MAX_LEN, len, ++idx);
			if (!in_ns(c) || strcmp((const char *)c->name, f->fields->name)) {
				vr_diags_add(d, sub, xmlGetLineNo(c), "expected <%s>, found <%s>%s",
					     f->fields->name, (const char *)c->name, foreign(c));
			} else if ((cv = read_field(f->fields, c, path, m, d))) {
				vr_val_arr_push(v, cv);
			}
			path[len] = '\0';
		}
		break;
	case VR_T_EXT:
		v = read_ext(n, path, d, 0);
		vr_val_retype_empty(v, VR_VOBJ);
		break;
	default:
		if (!(text = text_of(n, path, d)))
			return NULL;
		v = scalar_val(f->type, (const char *)text, path, xmlGetLineNo(n), d);
		xmlFree(text);
		break;
	}
	if (v)
		v->line = xmlGetLineNo(n);
	return v;
}

/* SAX: the parser met <!DOCTYPE: stop before the internal subset (and any
 * entity declared in it) is read. */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext,
		       const xmlChar *sys)
{
	xmlParserCtxtPtr p = ctx;

	(void)name;
	(void)ext;
	(void)sys;
	*(int *)p->_private = 1;
	xmlStopParser(p);
}

/*
 * Refuses a document that is not UTF-8 before the parser sees it: one
 * with a UTF-16 or UTF-32 byte order mark or NUL bytes where "<?xml" should
 * be, or whose XML declaration names another encoding. (The parser runs
 * with IGNORE_ENC anyway; this is for the message: otherwise a Latin-1
 * declaration over UTF-8 bytes reads "Zoë" as "ZoÃ«" without a word.)
 */
static int check_encoding(const char *xml, size_t len, const char *source)
{
	const unsigned char *u = (const unsigned char *)xml;
	const char *end, *e;
	char enc[41];
	size_t n = 0;
	char q;

	if (len >= 2 && ((u[0] == 0xFE && u[1] == 0xFF) || (u[0] == 0xFF && u[1] == 0xFE) ||
			 u[0] == 0 || u[1] == 0))
		return vr_error_set(VR_EINPUT, "%s: the document is in UTF-16 or UTF-32; "
				    "vrtool documents are UTF-8 (convert it, e.g. with "
				    "iconv -f UTF-16 -t UTF-8)", source);
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		xml += 3, len -= 3;
	/* the declaration, if any, is the first thing and ends within a line */
	if (len < 6 || strncmp(xml, "<?xml", 5) || !strchr(" \t\r\n", xml[5]) ||
	    !(end = memchr(xml, '>', len < 256 ? len : 256)))
		return 0;
	for (e = xml + 5; e + 8 <= end && strncmp(e, "encoding", 8); e++)
		;
	if (e + 8 > end)
		return 0;
	for (e += 8; e < end && strchr(" \t\r\n=", *e); e++)
		;
	if (e >= end || (*e != '"' && *e != '\''))
		return 0;                       /* malformed: the parser says so */
	for (q = *e++; e < end && *e != q && n < sizeof(enc) - 1; e++)
		enc[n++] = (*e >= 0x20 && *e < 0x7f) ? *e : '?';
	enc[n] = '\0';
	if (!strcasecmp(enc, "UTF-8") || !strcasecmp(enc, "UTF8"))
		return 0;
	return vr_error_set(VR_EINPUT, "%s: the document declares encoding=\"%s\"; "
			    "vrtool documents are UTF-8 (if it is UTF-8 already, correct "
			    "the declaration; if not, convert it first, e.g. with iconv -f %s "
			    "-t UTF-8)", source, enc, enc);
}

/* Whether the prolog (what stands before the root element) holds a
 * <!DOCTYPE: found before the parser sees it, even when the DOCTYPE is
 * itself malformed (a PUBLIC id without its system literal). */
static int has_doctype(const char *xml, size_t len)
{
	const char *p = xml, *end = xml + len, *close;
	size_t n;

	while ((p = memchr(p, '<', (size_t)(end - p))) && end - p >= 2) {
		if (end - p >= 9 && !memcmp(p, "<!DOCTYPE", 9))
			return 1;
		if (end - p >= 4 && !memcmp(p, "<!--", 4))
			close = "-->";
		else if (p[1] == '?')
			close = "?>";
		else
			return 0;                       /* the root element */
		n = strlen(close);
		for (p += 2; (size_t)(end - p) >= n && memcmp(p, close, n); p++)
			;
	}
	return 0;
}

/* Refuses anything beside the root element and comments at the top of the
 * document: a <?xml-stylesheet?> there would ask a reader to fetch a file. */
static int check_top(xmlDocPtr doc, const char *source)
{
	for (xmlNodePtr c = doc->children; c; c = c->next)
		if (c->type == XML_PI_NODE)
			return vr_error_set(VR_EINPUT, "%s:%ld: a processing instruction "
					    "(<?%s ...?>) is not allowed in vrtool documents",
					    source, xmlGetLineNo(c), (const char *)c->name);
	return 0;
}

/* Passes p over the first `close` from p on, counting the lines it crosses;
 * 0 when there is none (the document is cut short: the parser says so). */
static int skip_past(const char **p, const char *end, const char *close, int *line)
{
	size_t n = strlen(close);
	const char *q;

	for (q = *p; (size_t)(end - q) >= n; q++) {
		if (*q == '\n')
			(*line)++;
		else if (*q == *close && !memcmp(q, close, n)) {
			*p = q + n;
			return 1;
		}
	}
	return 0;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether the attribute whose '=' is at eq, in the start tag from tag on,
 * declares a namespace (xmlns="..." or xmlns:p="..."). */
static int declares_ns(const char *tag, const char *eq)
{
	const char *e = eq, *b;

	while (e > tag && is_space(e[-1]))
		e--;
	for (b = e; b > tag && !is_space(b[-1]) && b[-1] != '"' && b[-1] != '\''; b--)
		;
	return (e - b == 5 && !memcmp(b, "xmlns", 5)) || (e - b > 6 && !memcmp(b, "xmlns:", 6));
}

/* Whether c may stand in an element's name as a message quotes it. */
static int name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == ':' || c == '_' || c == '-' || c == '.';
}

static int too_many_nodes(const char *source, int line)
{
	return vr_error_set(VR_EINPUT, "%s:%d: more than %d elements, attributes and "
			    "comments; a vrtool document of a case at the model's limits has "
			    "well under that", source, line, VR_DOC_MAX_NODES);
}

/*
 * Refuses, before libxml2 sees it, a document whose shape costs more than
 * a vrtool document can need: more than VR_DOC_MAX_ATTRS attributes on one
 * element, more than VR_DOC_MAX_NAMESPACES namespace declarations,
 * elements nested more than VR_DOC_MAX_DEPTH deep, or more than
 * VR_DOC_MAX_NODES nodes. libxml2 2.9 compares each attribute of an
 * element with every one before it (xmlParseStartTag2), so 40,000
 * attributes on one element took 1.9 s and 200,000 did not finish in 40
 * s; and it looks up each prefixed name among
 * every namespace in scope (xmlSearchNs), so 480 declarations over 60
 * levels and 1.8 million prefixed elements under them took 3 s. vrtool
 * writes at most two attributes per element and one namespace. What is
 * left is linear, but a tree costs over 100 bytes a node: 16 MiB of <x/>
 * was 4 million elements, 1.4 s and 550 MB before the model refused the
 * first of them, and 16 MiB of <!----> 2.4 million comments and 410 MB; a
 * million nodes is more than a case at the model's limits has.
 *
 * One pass over the bytes: in a start tag, each '=' outside a quoted value
 * is an attribute (for well-formed XML exactly the attribute count: a name
 * cannot hold '='); comments, CDATA sections and processing instructions
 * are passed over, so a '<' or '=' in them counts for nothing. Input that
 * is not well-formed where this looks is left for the parser to refuse
 * with its own message: whatever this pass misreads, the parser reads no
 * element that this pass has not counted.
 */
static int check_shape(const char *xml, size_t len, const char *source)
{
	const char *p = xml, *end = xml + len, *name;
	int line = 1, depth = 0, nns = 0, at, nattr;
	long nodes = 0;
	char quote;
	size_t n;

	while (p < end) {
		if (*p == '\n') {
			line++;
			p++;
			continue;
		}
		if (*p != '<') {
			p++;
			continue;
		}
		/* every node but an end tag counts: element, comment, CDATA, PI */
		n = (size_t)(end - p);
		if ((n < 2 || p[1] != '/') && ++nodes > VR_DOC_MAX_NODES)
			return too_many_nodes(source, line);
		if (n >= 4 && !memcmp(p, "<!--", 4)) {
			p += 4;
			if (!skip_past(&p, end, "-->", &line))
				return 0;
		} else if (n >= 9 && !memcmp(p, "<![CDATA[", 9)) {
			p += 9;
			if (!skip_past(&p, end, "]]>", &line))
				return 0;
		} else if (n >= 2 && p[1] == '?') {
			p += 2;
			if (!skip_past(&p, end, "?>", &line))
				return 0;
		} else if (n >= 2 && (p[1] == '/' || p[1] == '!')) {
			if (p[1] == '/' && depth > 0)
				depth--;
			p += 2;
			if (!skip_past(&p, end, ">", &line))
				return 0;
		} else {
			/* a start tag: <name attr="v" ...> or <name .../> */
			name = ++p;
			at = line;
			nattr = 0;
			quote = 0;
			for (; p < end && (quote || *p != '>'); p++) {
				if (*p == '\n')
					line++;
				if (quote) {
					if (*p == quote)
						quote = 0;
					continue;
				}
				if (*p == '"' || *p == '\'') {
					quote = *p;
					continue;
				}
				if (*p != '=')
					continue;
				/* an attribute */
				if (++nodes > VR_DOC_MAX_NODES)
					return too_many_nodes(source, line);
				if (declares_ns(name, p) && ++nns > VR_DOC_MAX_NAMESPACES)
					return vr_error_set(VR_EINPUT, "%s:%d: more than %d namespace "
							    "declarations (xmlns); a vrtool "
							    "document needs one, xmlns=\"" VR_NS "\" "
							    "on <document>", source, line,
							    VR_DOC_MAX_NAMESPACES);
				if (++nattr > VR_DOC_MAX_ATTRS) {
					for (n = 0; name + n < end && n < 40 && name_char(name[n]); n++)
						;
					return vr_error_set(VR_EINPUT, "%s:%d: the element <%.*s> has more "
							    "than %d attributes; a vrtool document's "
							    "elements have at most two (format, or name "
							    "and type) besides xmlns", source, at,
							    (int)n, name, VR_DOC_MAX_ATTRS);
				}
			}
			if (p >= end)
				return 0;
			if (p[-1] != '/' && ++depth > VR_DOC_MAX_DEPTH)
				return vr_error_set(VR_EINPUT, "%s:%d: elements are nested more than %d "
						    "deep; a vrtool document's deepest are an ext's "
						    "items, at most 32 inside one another", source,
						    at, VR_DOC_MAX_DEPTH);
			p++;
		}
	}
	return 0;
}

/* Parses xml with the safe options; refuses any DOCTYPE, any encoding but
 * UTF-8, and processing instructions at the top. */
int vr_doc_safe_parse(const char *xml, size_t len, const char *source, xmlDocPtr *out)
{
	xmlParserCtxtPtr p;
	xmlDocPtr doc;
	int doctype = 0, err;

	vr_doc_reset_msgs();
	if (len > VR_DOC_MAX_BYTES)
		return vr_error_set(VR_EINPUT, "%s: document is %zu bytes; the limit is %u",
				    source, len, VR_DOC_MAX_BYTES);
	if ((err = check_encoding(xml, len, source)) < 0)
		return err;
	if (has_doctype(xml, len))
		return vr_error_set(VR_EINPUT,
				    "%s: a DOCTYPE is not allowed in vrtool documents "
				    "(remove the <!DOCTYPE ...> line)", source);
	if ((err = check_shape(xml, len, source)) < 0)
		return err;
	if (!(p = xmlNewParserCtxt()))
		return vr_error_set(VR_ENOMEM, "out of memory reading XML");
	p->_private = &doctype;
	p->sax->internalSubset = on_doctype;
	/* No URL: nothing relative can resolve against the document's place,
	 * and libxml2 (2.9) looks for XInclude markers among all the preceding
	 * nodes of each error's node when the document has a URL, which makes
	 * 400,000 invalid elements take 10 minutes to report. */
	doc = xmlCtxtReadMemory(p, xml, (int)len, NULL, NULL,
				XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
	xmlFreeParserCtxt(p);
	if (doctype || (doc && (doc->intSubset || doc->extSubset))) {
		xmlFreeDoc(doc);
		return vr_error_set(VR_EINPUT,
				    "%s: a DOCTYPE is not allowed in vrtool documents "
				    "(remove the <!DOCTYPE ...> line)", source);
	}
	if (!doc)
		return vr_error_set(VR_EINPUT, "%s: not well-formed XML: %s", source,
				    *vr_doc_msgs() ? vr_doc_msgs() : "unreadable");
	if ((err = check_top(doc, source)) < 0) {
		xmlFreeDoc(doc);
		return err;
	}
	*out = doc;
	return 0;
}

int vr_doc_parse(const char *xml, size_t len, const char *source,
		 const vr_field *f, vr_val **out, vr_diags *d)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	vr_val *v = NULL;
	size_t before = d->n;
	int err;

	*out = NULL;
	if ((err = vr_doc_safe_parse(xml, len, source, &doc)) < 0)
		return err;
	root = xmlDocGetRootElement(doc);
	if (!root || !in_ns(root) || strcmp((const char *)root->name, f->name)) {
		vr_diags_add(d, "", root ? xmlGetLineNo(root) : 0,
			     "expected the root element <%s> in namespace %s", f->name, VR_NS);
	} else {
		char path[PATH_MAX_LEN] = "";
		v = read_field(f, root, path, 0, d);
	}
	xmlFreeDoc(doc);
	if (d->n > before || !v) {
		vr_val_free(v);
		return vr_error_set(VR_EINPUT, "%s: %zu problem(s) in the document",
				    source, d->n - before);
	}
	*out = v;
	return 0;
}


/* Reads a document; with xsd, also validates the same parsed tree against
 * the schema once the model has read it without a problem (one parse for
 * both, where reading and validating each parsed it). */
static int read_document(const char *xml, size_t len, const char *source, const char *xsd,
			 vr_val **out, vr_val **signatures, vr_diags *d)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	xmlChar *format = NULL;
	vr_val *v = NULL, *plans = NULL;
	size_t before = d->n;
	int err;

	*out = NULL;
	if ((err = vr_doc_safe_parse(xml, len, source, &doc)) < 0)
		return err;
	root = xmlDocGetRootElement(doc);
	if (!root || !in_ns(root) || strcmp((const char *)root->name, "document")) {
		vr_diags_add(d, "", root ? xmlGetLineNo(root) : 0,
			     "expected a vrtool document: <document xmlns=\"%s\" format=\"%s\">",
			     VR_NS, VR_DOC_FORMAT);
	} else if (!(format = xmlGetProp(root, BAD_CAST "format")) ||
		   strcmp((const char *)format, VR_DOC_FORMAT)) {
		vr_diags_add(d, "", xmlGetLineNo(root), "document format '%s' is not one this "
			     "vrtool reads (%s)", format ? (const char *)format : "(none)",
			     VR_DOC_FORMAT);
	} else {
		char path[PATH_MAX_LEN] = "";
		v = read_field(vr_model_document(), root, path, 0, d);
	}
	xmlFree(format);
	if (xsd && d->n == before && v && (err = vr_doc_validate_tree(doc, xsd)) < 0) {
		xmlFreeDoc(doc);
		vr_val_free(v);
		return vr_error_wrap(err, "%s: ", source);
	}
	xmlFreeDoc(doc);
	if (d->n > before || !v)
		goto bad;
	/* { person, case, plan, signatures } -> { person, case, plans = { plan } } */
	{
		vr_val *sigs = vr_val_take(v, "signatures");
		if (!sigs)
			sigs = vr_val_arr();
		if (signatures)
			*signatures = sigs;
		else
			vr_val_free(sigs);
	}
	if (!(plans = vr_val_arr()) || vr_val_arr_push(plans, vr_val_take(v, "plan")) < 0 ||
	    vr_val_obj_set(v, "plans", plans) < 0) {
		vr_val_free(v);
		if (signatures) {
			vr_val_free(*signatures);
			*signatures = NULL;
		}
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	*out = v;
	return 0;
bad:
	vr_val_free(v);
	return vr_error_set(VR_EINPUT, "%s: %zu problem(s) in the document", source,
			    d->n - before);
}

int vr_doc_read_document(const char *xml, size_t len, const char *source,
			 vr_val **out, vr_val **signatures, vr_diags *d)
{
	return read_document(xml, len, source, NULL, out, signatures, d);
}

int vr_doc_read_valid_document(const char *xml, size_t len, const char *source,
			       const char *xsd_path, vr_val **out, vr_val **signatures,
			       vr_diags *d)
{
	return read_document(xml, len, source, xsd_path, out, signatures, d);
}
