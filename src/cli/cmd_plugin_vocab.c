/*
 * cmd_plugin_vocab.c - `vrtool plugin vocab ID [--json | --format luals]`:
 * the words a plugin reads (its declared vocabularies and agency fields,
 * lua/vr/vocab.lua), with what each means and where the source names it,
 * the plan kinds and who signs them, and the clocks and payments it
 * computes: what a person entering cases needs without reading the plugin
 * (docs/model.md, "Vocabularies"). Part of the `plugin` command
 * (cmd_plugin.c).
 */
#include "cli/cli.h"
#include "core/error.h"
#include "core/term.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

static const char *sv(const vr_val *v, const char *k)
{
	const char *s = vr_val_gets(v, k);
	return s ? s : "";
}

/* One declared value: its spelling, meaning, source and old spellings. */
static void print_value(const vr_val *e, int indent)
{
	const vr_val *was = vr_val_get(e, "was");

	printf("%*s%-28s %s", indent, "", vr_term(sv(e, "value")), vr_term(sv(e, "meaning")));
	if (*sv(e, "cite"))
		printf(" [%s]", vr_term(sv(e, "cite")));
	for (size_t i = 0; i < vr_val_len(was); i++)
		printf("%s%s", i ? ", " : " (was: ", vr_term(vr_val_at(was, i)->u.s.s));
	printf("%s\n", vr_val_len(was) ? ")" : "");
}

static void print_field(const vr_val *f, int indent)
{
	const vr_val *vals = vr_val_get(f, "values"), *fields = vr_val_get(f, "fields");
	const vr_val *items = vr_val_get(f, "items"), *was = vr_val_get(f, "was");

	printf("%*s%-24s %-12s %s", indent, "", vr_term(sv(f, "name")), sv(f, "type"),
	       vr_term(sv(f, "meaning")));
	if (*sv(f, "cite"))
		printf(" [%s]", vr_term(sv(f, "cite")));
	for (size_t i = 0; i < vr_val_len(was); i++)
		printf("%s%s", i ? ", " : " (was: ", vr_term(vr_val_at(was, i)->u.s.s));
	printf("%s\n", vr_val_len(was) ? ")" : "");
	for (size_t i = 0; i < vr_val_len(vals); i++)
		print_value(vr_val_at(vals, i), indent + 4);
	for (size_t i = 0; i < vr_val_len(fields); i++)
		print_field(vr_val_at(fields, i), indent + 4);
	if (items)
		print_field(items, indent + 4);
}

static void print_declared(const char *title, const vr_val *list)
{
	if (!vr_val_len(list))
		return;
	printf("\n%s\n", title);
	for (size_t i = 0; i < vr_val_len(list); i++) {
		const vr_val *d = vr_val_at(list, i), *kinds = vr_val_get(d, "applies_to");
		printf("  %-40s %s", vr_term(sv(d, "id")), vr_term(sv(d, "what")));
		if (*sv(d, "code") && !strstr(sv(d, "what"), sv(d, "code")))
			printf(" (code %s)", vr_term(sv(d, "code")));
		printf("\n");
		for (size_t k = 0; k < vr_val_len(kinds); k++)
			printf("%s%s", k ? ", " : "    on plans of kind ",
			       vr_term(vr_val_at(kinds, k)->u.s.s));
		if (vr_val_len(kinds))
			printf("\n");
		if (*sv(d, "from") || *sv(d, "starts"))
			printf("    starts: %s\n", *sv(d, "starts") ? vr_term(sv(d, "starts")) :
			       sv(d, "from"));
		if (*sv(d, "met_by") || *sv(d, "stops"))
			printf("    met by: %s\n", *sv(d, "stops") ? vr_term(sv(d, "stops")) :
			       sv(d, "met_by"));
		if (*sv(d, "earned_by"))
			printf("    earned by: %s\n", vr_term(sv(d, "earned_by")));
		printf("    source: %s\n", vr_term(sv(d, "cite")));
	}
}

/* The plan kinds and who signs them: which clocks run on a plan in effect
 * depends on it. */
static void print_kinds(const vr_val *kinds)
{
	printf("\nPlan kinds, and who signs (a version takes effect when all have)\n");
	for (size_t i = 0; i < vr_val_len(kinds); i++) {
		const vr_val *k = vr_val_at(kinds, i);
		static const char *const parts[] = { "signers", "approvals" };
		printf("  %s", vr_term(vr_val_key(kinds, i)));
		if (*sv(k, "title"))
			printf(" (%s)", vr_term(sv(k, "title")));
		for (int j = 0; j < 2; j++) {
			const vr_val *reqs = vr_val_get(k, parts[j]);
			if (!vr_val_len(reqs))
				continue;
			printf("%s %s:", j ? ";" : "", parts[j]);
			for (size_t r = 0; r < vr_val_len(reqs); r++) {
				const vr_val *alts = vr_val_at(reqs, r);
				printf("%s", r ? "," : "");
				for (size_t a = 0; a < vr_val_len(alts); a++)
					printf("%s%s", a ? " or " : " ", vr_term(vr_val_at(alts, a)->u.s.s));
			}
		}
		{
			const vr_val *dyn = vr_val_get(k, "dynamic");
			if (dyn && dyn->type == VR_VBOOL && dyn->u.b)
				printf(" (the plugin may ask for others, depending on the plan)");
		}
		printf("\n");
	}
}

/* The LuaLS name of a path: the plugin's id (`-` as `_`), then the path
 * without its root and brackets ("wi_dvr.services.category"). */
static void alias_name(const char *id, const char *path, char *out, size_t n)
{
	size_t j = 0;

	if (!strncmp(path, "plans[].", 8))
		path += 8;
	else if (!strncmp(path, "case.", 5))
		path += 5;
	for (; *id && j + 1 < n; id++)
		out[j++] = *id == '-' ? '_' : *id;
	if (j + 1 < n)
		out[j++] = '.';
	for (; *path && j + 1 < n; path++)
		if (*path != '[' && *path != ']')
			out[j++] = *path;
	out[j] = '\0';
}

/* A value's LuaLS line: `---| "value" # meaning`. */
static void luals_values(const vr_val *list)
{
	for (size_t i = 0; i < vr_val_len(list); i++) {
		const vr_val *e = vr_val_at(list, i);
		printf("---| \"%s\" # ", vr_term(sv(e, "value")));
		printf("%s\n", vr_term(sv(e, "meaning")));
	}
}

static const char *luals_type(const char *t)
{
	return !strcmp(t, "boolean") ? "boolean" : !strcmp(t, "number") ? "number" :
	       !strcmp(t, "whole number") || !strcmp(t, "money") ? "integer" :
	       !strcmp(t, "table") ? "table" : !strcmp(t, "list") ? "any[]" : "string";
}

/* One ext field as a LuaLS field; a "one of" gets an alias of its own. */
static void luals_field(const char *cls, const vr_val *f, vr_buf *aliases)
{
	const char *type = sv(f, "type");
	const vr_val *items = vr_val_get(f, "items");

	if (!strcmp(type, "one of")) {
		const vr_val *vals = vr_val_get(f, "values");
		vr_buf_printf(aliases, "\n---@alias %s.%s\n", cls, sv(f, "name"));
		for (size_t i = 0; i < vr_val_len(vals); i++)
			vr_buf_printf(aliases, "---| \"%s\" # %s\n",
				      vr_term(sv(vr_val_at(vals, i), "value")),
				      vr_term(sv(vr_val_at(vals, i), "meaning")));
		printf("---@field %s? %s.%s %s\n", sv(f, "name"), cls, sv(f, "name"),
		       vr_term(sv(f, "meaning")));
	} else if (!strcmp(type, "list") && items) {
		printf("---@field %s? %s[] %s\n", sv(f, "name"), luals_type(sv(items, "type")),
		       vr_term(sv(f, "meaning")));
	} else {
		printf("---@field %s? %s %s\n", sv(f, "name"), luals_type(type),
		       vr_term(sv(f, "meaning")));
	}
}

/*
 * `vrtool plugin vocab ID --format luals`: the vocabulary as a LuaLS meta file,
 * so an editor completes the plugin's words and agency fields: an alias per
 * vocabulary (its values, each with its meaning) and a class per place of
 * agency fields. Shipped beside each plugin as vocab.d.lua (a test keeps it
 * the same as this output).
 */
static void luals(const char *id, const vr_val *values, const vr_val *ext)
{
	vr_buf aliases = VR_BUF_INIT;
	char name[256];

	printf("---@meta\n-- The words plugin %s reads, for the Lua language server. Generated by\n"
	       "-- `vrtool plugin vocab %s --format luals`; do not edit (docs/plugins.md, 2a).\n", id, id);
	for (size_t i = 0; i < vr_val_len(values); i++) {
		const vr_val *v = vr_val_at(values, i);
		alias_name(id, sv(v, "path"), name, sizeof(name));
		printf("\n---%s\n---@alias %s\n", vr_term(*sv(v, "meaning") ? sv(v, "meaning") :
						     sv(v, "path")), name);
		luals_values(vr_val_get(v, "values"));
	}
	for (size_t i = 0; i < vr_val_len(ext); i++) {
		const vr_val *e = vr_val_at(ext, i), *fields = vr_val_get(e, "fields");
		char place[200];
		snprintf(place, sizeof(place), "%s.ext", sv(e, "place"));
		alias_name(id, place, name, sizeof(name));
		printf("\n---The agency fields of %s\n---@class %s\n", place, name);
		for (size_t j = 0; j < vr_val_len(fields); j++)
			luals_field(name, vr_val_at(fields, j), &aliases);
	}
	if (aliases.len)
		fputs(vr_buf_cstr(&aliases), stdout);
	vr_buf_free(&aliases);
}

/*
 * `vrtool plugin vocab ID [--json]`: the words the plugin reads (its
 * declared vocabularies and agency fields, lua/vr/vocab.lua), with what
 * each means and where the source names it, and the clocks and payments
 * it computes from them: what a person entering cases needs to know
 * without reading the plugin (docs/model.md, "Vocabularies").
 */
int vr_cli_plugin_vocab(vr_cli *c, const char *id)
{
	vr_plugin *p = NULL;
	const vr_val *meta, *voc, *values, *ext;
	int err;

	if ((err = vr_plugin_load(&p, id)) < 0)
		return vr_cli_fail("plugin", err);
	meta = vr_plugin_meta(p);
	voc = vr_val_get(meta, "vocab");
	values = vr_val_get(voc, "values");
	ext = vr_val_get(voc, "ext");
	if (c->format && !strcmp(c->format, "luals")) {
		luals(id, values, ext);
		vr_plugin_free(p);
		return EXIT_OK;
	}
	if (c->format) {
		vr_plugin_free(p);
		return vr_cli_usage(&vr_cmd_plugin, "plugin vocab --format: luals (or --json)");
	}
	if (c->json) {
		vr_buf b = VR_BUF_INIT;
		vr_val *o = vr_val_obj();
		if (!o || vr_val_obj_set(o, "plugin", vr_val_str(id)) < 0 ||
		    vr_val_obj_set(o, "name", vr_val_str(vr_plugin_name(p))) < 0 ||
		    vr_val_obj_set(o, "version", vr_val_str(vr_plugin_version(p))) < 0 ||
		    vr_val_obj_set(o, "vocabulary", vr_val_copy(values)) < 0 ||
		    vr_val_obj_set(o, "ext", vr_val_copy(ext)) < 0 ||
		    vr_val_obj_set(o, "deadlines", vr_val_copy(vr_val_get(meta, "clocks"))) < 0 ||
		    vr_val_obj_set(o, "fees", vr_val_copy(vr_val_get(meta, "payments"))) < 0 ||
		    vr_val_obj_set(o, "kinds", vr_val_copy(vr_val_get(meta, "kinds"))) < 0) {
			vr_val_free(o);
			vr_plugin_free(p);
			return vr_cli_fail("plugin", vr_error_set(VR_ENOMEM, "out of memory"));
		}
		vr_val_to_json(&b, o, -1);
		err = vr_buf_ok(&b) ? 0 : vr_error_set(VR_ENOMEM, "out of memory");
		if (!err)
			printf("%s\n", vr_buf_cstr(&b));
		vr_buf_free(&b);
		vr_val_free(o);
		vr_plugin_free(p);
		return err ? vr_cli_fail("plugin", err) : EXIT_OK;
	}
	printf("plugin %s (%s, version %s): the values it reads\n", id,
	       vr_term(vr_plugin_name(p)), vr_term(vr_plugin_version(p)));
	printf("Values match whatever their case and separators (\"Career-Profile\" is "
	       "career_profile);\nan old spelling (was) is read as the new one, with a warning.\n");
	for (size_t i = 0; i < vr_val_len(values); i++) {
		const vr_val *v = vr_val_at(values, i), *list = vr_val_get(v, "values");
		const vr_val *open = vr_val_get(v, "open"), *en = vr_val_get(v, "enum");
		const vr_val *staff = vr_val_get(v, "staff");
		printf("\n%s (%s)\n", sv(v, "path"),
		       en && en->type == VR_VBOOL && en->u.b ? "a model enumeration: the values it reads" :
		       open && open->type == VR_VBOOL && open->u.b ?
		       "open: another value is kept, with a warning that no rule reads it" :
		       "closed: another value is refused");
		if (*sv(v, "meaning"))
			printf("  %s\n", vr_term(sv(v, "meaning")));
		if (staff && staff->type == VR_VBOOL && staff->u.b)
			printf("  (or the id of a member of the case's staff)\n");
		for (size_t j = 0; j < vr_val_len(list); j++)
			print_value(vr_val_at(list, j), 2);
	}
	if (vr_val_len(ext))
		printf("\nAgency fields (ext): only these are accepted, each of its type\n");
	for (size_t i = 0; i < vr_val_len(ext); i++) {
		const vr_val *e = vr_val_at(ext, i), *fields = vr_val_get(e, "fields");
		printf("  %s.ext\n", sv(e, "place"));
		for (size_t j = 0; j < vr_val_len(fields); j++)
			print_field(vr_val_at(fields, j), 4);
	}
	print_kinds(vr_val_get(meta, "kinds"));
	print_declared("Deadlines it computes", vr_val_get(meta, "clocks"));
	print_declared("Fees it computes", vr_val_get(meta, "payments"));
	vr_plugin_free(p);
	return EXIT_OK;
}
