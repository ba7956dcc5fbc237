/*
 * test_doc.c - the XML mapping: canonical form, round trip, safe reading,
 * schema validation, and the XSD generated from the model.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <libxml/c14n.h>
#include <libxml/parser.h>

#include "core/doc.h"
#include "core/error.h"
#include "core/model.h"
#include "core/sign.h"
#include "helpers.h"

#define XSD VR_SRCDIR "/templates/schema/vrtool-1.xsd"

static vr_val *sample_plan(void)
{
	vr_val *p = vr_val_obj(), *goal = vr_val_obj(), *svcs = vr_val_arr();
	vr_val *s = vr_val_obj(), *ext = vr_val_obj(), *nested = vr_val_obj();
	vr_val *list = vr_val_arr();

	vr_val_obj_set(p, "id", vr_val_str("P-1"));
	vr_val_obj_set(p, "kind", vr_val_str("IPE"));
	vr_val_obj_set(p, "version", vr_val_int(1));
	vr_val_obj_set(p, "date", vr_val_str("2026-03-01"));
	vr_val_obj_set(goal, "occupation", vr_val_str("Baker & <Pastry> \"chef\""));
	vr_val_obj_set(goal, "hours_week", vr_val_num(37.5));
	vr_val_obj_set(goal, "wage_cents_hour", vr_val_int(1525));
	vr_val_obj_set(p, "goal", goal);
	vr_val_obj_set(s, "id", vr_val_str("S1"));
	vr_val_obj_set(s, "description", vr_val_str("Training"));
	vr_val_obj_set(s, "modality", vr_val_str("individual"));
	vr_val_arr_push(svcs, s);
	vr_val_obj_set(p, "services", svcs);
	vr_val_obj_set(nested, "fund", vr_val_int(97));
	vr_val_obj_set(nested, "ratio", vr_val_num(0.9));
	vr_val_obj_set(nested, "whole_number", vr_val_num(3.0));
	vr_val_arr_push(list, vr_val_str("a"));
	vr_val_arr_push(list, vr_val_bool(1));
	vr_val_obj_set(ext, "service_68", nested);
	vr_val_obj_set(ext, "tags", list);
	vr_val_obj_set(ext, "flag", vr_val_bool(0));
	vr_val_obj_set(p, "ext", ext);
	return p;
}

static void test_doc__canonical_is_stable_and_namespaced(void **state)
{
	vr_val *p = sample_plan();
	char *a = NULL, *b = NULL;
	size_t la, lb;

	(void)state;
	assert_int_equal(vr_doc_canonical(vr_model_plan(), p, &a, &la), 0);
	assert_int_equal(vr_doc_canonical(vr_model_plan(), p, &b, &lb), 0);
	assert_int_equal(la, lb);
	assert_memory_equal(a, b, la);
	assert_true(strncmp(a, "<plan xmlns=\"urn:vrtool:1\"><id>P-1</id>", 39) == 0);
	assert_non_null(strstr(a, "<occupation>Baker &amp; &lt;Pastry&gt; \"chef\"</occupation>"));
	assert_non_null(strstr(a, "<hours_week>37.5</hours_week>"));
	assert_null(strstr(a, "<?xml"));
	free(a);
	free(b);
	vr_val_free(p);
}

static void test_doc__round_trip_is_lossless(void **state)
{
	vr_val *p = sample_plan(), *back = NULL;
	vr_diags d = VR_DIAGS_INIT;
	char *xml = NULL, *again = NULL;
	size_t len, len2;

	(void)state;
	assert_int_equal(vr_doc_canonical(vr_model_plan(), p, &xml, &len), 0);
	assert_int_equal(vr_doc_parse(xml, len, "t", vr_model_plan(), &back, &d), 0);
	assert_int_equal(d.n, 0);
	assert_true(vr_val_equal(p, back));
	/* ext keeps its types: a whole-valued number stays a number */
	assert_int_equal(vr_val_path(back, "ext.service_68.whole_number")->type, VR_VNUM);
	assert_int_equal(vr_val_path(back, "ext.service_68.fund")->type, VR_VINT);
	assert_int_equal(vr_val_path(back, "ext.tags")->type, VR_VARR);
	assert_int_equal(vr_doc_canonical(vr_model_plan(), back, &again, &len2), 0);
	assert_int_equal(len, len2);
	assert_memory_equal(xml, again, len);
	free(xml);
	free(again);
	vr_val_free(p);
	vr_val_free(back);
	vr_diags_free(&d);
}

static int parse_fails(const char *xml, const char *want)
{
	vr_val *v = NULL;
	vr_diags d = VR_DIAGS_INIT;
	int err = vr_doc_parse(xml, strlen(xml), "in.xml", vr_model_plan(), &v, &d);
	int found = strstr(vr_error_last(), want) != NULL;

	for (size_t i = 0; i < d.n; i++)
		if (strstr(d.items[i].msg, want) || strstr(d.items[i].path, want))
			found = 1;
	if (!found)
		fprintf(stderr, "wanted '%s'; error: %s; first diag: %s\n", want,
			vr_error_last(), d.n ? d.items[0].msg : "-");
	vr_val_free(v);
	vr_diags_free(&d);
	return err < 0 && found;
}

static void test_doc__refuses_doctype_and_entities(void **state)
{
	(void)state;
	assert_true(parse_fails("<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				"<plan xmlns=\"urn:vrtool:1\"><id>&x;</id></plan>",
				"DOCTYPE is not allowed"));
	assert_true(parse_fails("<!DOCTYPE plan SYSTEM \"http://example.invalid/x.dtd\">"
				"<plan xmlns=\"urn:vrtool:1\"/>", "DOCTYPE is not allowed"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><id>&undeclared;</id></plan>",
				"not well-formed"));
}

static void test_doc__reports_bad_documents_with_paths(void **state)
{
	(void)state;
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><id>x</id>", "not well-formed"));
	assert_true(parse_fails("<plan><id>x</id></plan>", "expected the root element <plan>"));
	assert_true(parse_fails("<case xmlns=\"urn:vrtool:1\"/>", "expected the root element"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><colour>red</colour></plan>",
				"unexpected element <colour>"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><version>one</version></plan>",
				"is not a whole number"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><services><service>"
				"<cost_cents>12.5</cost_cents></service></services></plan>",
				"services[1].cost_cents"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><id>a</id><id>b</id></plan>",
				"appears twice"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\">text<id>a</id></plan>",
				"text is not allowed here"));
}

static void test_doc__refuses_oversized_input(void **state)
{
	size_t n = VR_DOC_MAX_BYTES + 10;
	char *big = malloc(n + 1);
	vr_val *v = NULL;
	vr_diags d = VR_DIAGS_INIT;

	(void)state;
	assert_non_null(big);
	memset(big, ' ', n);
	big[n] = '\0';
	assert_int_equal(vr_doc_parse(big, n, "big.xml", vr_model_plan(), &v, &d), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "the limit is"));
	free(big);
	vr_diags_free(&d);
}

/* A plan whose <id> carries n attributes (open: how the tag starts, e.g.
 * "<id" or "<id\n"), in a buffer the caller frees. */
static char *plan_with_attrs(int n, const char *open, const char *quote)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_puts(&b, "<plan xmlns=\"urn:vrtool:1\">");
	vr_buf_puts(&b, open);
	for (int i = 0; i < n; i++)
		vr_buf_printf(&b, " a%d = %sx>=y%s", i, quote, quote);
	vr_buf_puts(&b, ">P-1</id></plan>");
	assert_true(vr_buf_ok(&b));
	return b.ptr;
}

static int parses(const char *xml)
{
	vr_val *v = NULL;
	vr_diags d = VR_DIAGS_INIT;
	int err = vr_doc_parse(xml, strlen(xml), "in.xml", vr_model_plan(), &v, &d);

	if (err < 0)
		fprintf(stderr, "refused: %s; first diag: %s\n", vr_error_last(),
			d.n ? d.items[0].msg : "-");
	vr_val_free(v);
	vr_diags_free(&d);
	return err == 0;
}

static void test_doc__shape_limits_before_parsing(void **state)
{
	char *xml;
	vr_buf b = VR_BUF_INIT;

	(void)state;
	/* at the limit: read; one more: refused, naming the element and line */
	xml = plan_with_attrs(VR_DOC_MAX_ATTRS, "<id", "\"");
	assert_true(parses(xml));
	free(xml);
	xml = plan_with_attrs(VR_DOC_MAX_ATTRS + 1, "\n<id\n", "'");
	assert_true(parse_fails(xml, "in.xml:2: the element <id> has more than 8 attributes"));
	free(xml);
	/* '=' and '>' in quoted values, comments, CDATA and processing
	 * instructions are no attributes and end no tag */
	assert_true(parses("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			   "<!-- <a b=1 c=2 d=3 e=4 f=5 g=6 h=7 i=8 j=9 k=10> -->"
			   "<plan xmlns=\"urn:vrtool:1\"><id>P=1<!-- = = = = = = = = = = --></id>"
			   "<kind x:a='=\"=\"=\"=\"=\"=\"=\"=\"=' xmlns:x=\"urn:x\">IPE</kind></plan>"));
	assert_true(parse_fails("<plan xmlns=\"urn:vrtool:1\"><id><![CDATA[<a b=1 c=2 d=3 e=4 f=5 "
				"g=6 h=7 i=8 j=9 k=10>]]></id></plan>", "found a CDATA section"));
	/* namespace declarations in the whole document */
	vr_buf_puts(&b, "<plan xmlns=\"urn:vrtool:1\">");
	for (int i = 0; i < VR_DOC_MAX_NAMESPACES; i++)
		vr_buf_printf(&b, "<ext xmlns:p%d=\"urn:p%d\">", i, i);
	for (int i = 0; i < VR_DOC_MAX_NAMESPACES; i++)
		vr_buf_puts(&b, "</ext>");
	vr_buf_puts(&b, "</plan>");
	assert_true(vr_buf_ok(&b));
	assert_true(parse_fails(b.ptr, "in.xml:1: more than 16 namespace declarations"));
	vr_buf_free(&b);
	/* depth: 64 levels are read (the model then refuses what it does not
	 * know); 65 are refused before parsing */
	vr_buf_puts(&b, "<plan xmlns=\"urn:vrtool:1\">\n<ext>");
	for (int i = 2; i < VR_DOC_MAX_DEPTH; i++)
		vr_buf_puts(&b, "<item type=\"array\">");
	for (int i = 2; i < VR_DOC_MAX_DEPTH; i++)
		vr_buf_puts(&b, "</item>");
	vr_buf_puts(&b, "</ext></plan>");
	assert_true(parse_fails(b.ptr, "ext nested too deeply"));
	vr_buf_free(&b);
	vr_buf_puts(&b, "<plan xmlns=\"urn:vrtool:1\">\n<ext>");
	for (int i = 2; i <= VR_DOC_MAX_DEPTH; i++)
		vr_buf_puts(&b, "<item type=\"array\">");
	vr_buf_puts(&b, "</item></ext></plan>");
	assert_true(parse_fails(b.ptr, "in.xml:2: elements are nested more than 64 deep"));
	vr_buf_free(&b);
	/* nodes: the plan and a million comments, refused before libxml2
	 * builds any of them */
	vr_buf_puts(&b, "<plan xmlns=\"urn:vrtool:1\">");
	for (int i = 0; i < VR_DOC_MAX_NODES; i++)
		vr_buf_put(&b, "<!---->", 7);
	vr_buf_puts(&b, "</plan>");
	assert_true(vr_buf_ok(&b));
	assert_true(parse_fails(b.ptr, "in.xml:1: more than 1000000 elements, attributes and "
				"comments"));
	vr_buf_free(&b);
}

/* Visibility callback for C14N of one subtree: the node and its
 * descendants, with their attributes and namespace nodes. */
static int in_subtree(void *root, xmlNodePtr node, xmlNodePtr parent)
{
	xmlNodePtr n = node && node->type == XML_NAMESPACE_DECL ? parent : node;
	for (; n; n = n->parent)
		if (n == root)
			return 1;
	return 0;
}

static void test_doc__export_validates_and_keeps_the_plan_digest(void **state)
{
	vr_val *person = vr_val_obj(), *name = vr_val_obj(), *kase = vr_val_obj();
	vr_val *plan = sample_plan();
	char *xml = NULL, *canon = NULL, d1[VR_DIGEST_HEX], d2[VR_DIGEST_HEX];
	size_t len, clen;
	xmlDocPtr doc;
	xmlNodePtr n;
	xmlChar *sub = NULL;
	int sublen;

	(void)state;
	vr_val_obj_set(person, "id", vr_val_str("PER-1"));
	vr_val_obj_set(name, "given", vr_val_str("Ana"));
	vr_val_obj_set(name, "family", vr_val_str("Ejemplo"));
	vr_val_obj_set(person, "name", name);
	vr_val_obj_set(kase, "id", vr_val_str("C-1"));
	vr_val_obj_set(kase, "agency", vr_val_str("mo-vr"));
	assert_int_equal(vr_doc_export(person, kase, plan, NULL, XSD, &xml, &len), 0);
	assert_non_null(strstr(xml, "<document xmlns=\"urn:vrtool:1\" format=\"1\">"));

	/* The plan element inside the document canonicalises to the very bytes
	 * whose digest the store keeps. */
	assert_int_equal(vr_doc_canonical(vr_model_plan(), plan, &canon, &clen), 0);
	doc = xmlReadMemory(xml, (int)len, "x", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
	assert_non_null(doc);
	for (n = xmlDocGetRootElement(doc)->children; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, "plan"))
			break;
	assert_non_null(n);
	{
		xmlOutputBufferPtr ob = xmlAllocOutputBuffer(NULL);
		assert_non_null(ob);
		assert_true(xmlC14NExecute(doc, in_subtree, n, XML_C14N_EXCLUSIVE_1_0, NULL, 0,
					   ob) >= 0);
		sublen = (int)xmlOutputBufferGetSize(ob);
		sub = xmlStrndup(xmlOutputBufferGetContent(ob), sublen);
		xmlOutputBufferClose(ob);
	}
	assert_int_equal(vr_sign_sha256_hex(canon, clen, d1), 0);
	assert_int_equal(vr_sign_sha256_hex(sub, (size_t)sublen, d2), 0);
	assert_string_equal(d1, d2);

	xmlFree(sub);
	xmlFreeDoc(doc);
	free(xml);
	free(canon);
	vr_val_free(person);
	vr_val_free(kase);
	vr_val_free(plan);
}

static void test_doc__export_refuses_an_invalid_document(void **state)
{
	vr_val *person = vr_val_obj(), *kase = vr_val_obj(), *plan = sample_plan();
	char *xml = NULL;
	size_t len = 0;

	(void)state;
	/* person without a name: the XSD requires it */
	vr_val_obj_set(person, "id", vr_val_str("PER-1"));
	vr_val_obj_set(kase, "id", vr_val_str("C-1"));
	vr_val_obj_set(kase, "agency", vr_val_str("mo-vr"));
	assert_int_equal(vr_doc_export(person, kase, plan, NULL, XSD, &xml, &len), VR_EINPUT);
	assert_null(xml);
	assert_non_null(strstr(vr_error_last(), "not valid against"));
	assert_non_null(strstr(vr_error_last(), "name"));
	vr_val_free(person);
	vr_val_free(kase);
	vr_val_free(plan);
}

static void test_doc__validate_reports_line(void **state)
{
	const char *bad = "<document xmlns=\"urn:vrtool:1\" format=\"1\">\n<person/>\n</document>";
	(void)state;
	assert_int_equal(vr_doc_validate(bad, strlen(bad), XSD), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "line 2"));
}

static void test_doc__shipped_xsd_matches_the_model(void **state)
{
	vr_buf b = VR_BUF_INIT;
	size_t len;
	char *shipped = vr_test_slurp(XSD, &len);

	(void)state;
	assert_non_null(shipped);
	vr_doc_xsd(&b);
	assert_true(vr_buf_ok(&b));
	assert_int_equal(b.len, len);
	assert_memory_equal(b.ptr, shipped, len);
	free(shipped);
	vr_buf_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_doc__canonical_is_stable_and_namespaced),
		cmocka_unit_test(test_doc__round_trip_is_lossless),
		cmocka_unit_test(test_doc__refuses_doctype_and_entities),
		cmocka_unit_test(test_doc__reports_bad_documents_with_paths),
		cmocka_unit_test(test_doc__refuses_oversized_input),
		cmocka_unit_test(test_doc__shape_limits_before_parsing),
		cmocka_unit_test(test_doc__export_validates_and_keeps_the_plan_digest),
		cmocka_unit_test(test_doc__export_refuses_an_invalid_document),
		cmocka_unit_test(test_doc__validate_reports_line),
		cmocka_unit_test(test_doc__shipped_xsd_matches_the_model),
	};
	vr_doc_init();
	vr_sign_init();
	return cmocka_run_group_tests_name("doc", tests, NULL, NULL);
}
