/*
 * plugintest.c - a plugin's own test cases, run; what lint checks
 * (plugintest.h). A test's case is loaded (or given inline), varied by its
 * `set` and `unset`, and handed to the plugin with the test's as-of date;
 * what the plugin returns is compared with what the test expects.
 */
#include "app/plugintest.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "core/file.h"
#include "core/model.h"
#include "host/casefile.h"
#include "host/paths.h"
#include "host/plugin.h"
#include "host/vocablint.h"

#include <dirent.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Appends a line to the result's problems (out of memory: the line is lost,
 * the result still fails). */
static void problem(vr_val *res, const char *fmt, ...)
{
	char line[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	vr_val_arr_push(vr_val_get(res, "problems"), vr_val_str(line));
}

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The test files of a plugin folder, sorted (caller frees each and the
 * array). */
static char **test_files(const char *dir, size_t *n)
{
	char tdir[PATH_MAX];
	char **out = NULL;
	DIR *d;
	struct dirent *e;

	*n = 0;
	snprintf(tdir, sizeof(tdir), "%s/tests", dir);
	if (!(d = opendir(tdir)))
		return NULL;
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		char **grown;
		if (l < 5 || strcmp(e->d_name + l - 4, ".lua") || e->d_name[0] == '.')
			continue;
		if (!(grown = realloc(out, (*n + 1) * sizeof(*out))))
			break;
		out = grown;
		if (!(out[*n] = malloc(strlen(tdir) + l + 2)))
			break;
		sprintf(out[*n], "%s/%s", tdir, e->d_name);
		(*n)++;
	}
	closedir(d);
	if (*n)
		qsort(out, *n, sizeof(*out), cmp_name);
	return out;
}

static int field_matches(const vr_val *want, const vr_val *got)
{
	for (size_t i = 0; i < vr_val_len(want); i++) {
		const vr_val *g = vr_val_get(got, vr_val_key(want, i));
		if (!g || !vr_val_equal(vr_val_at(want, i), g))
			return 0;
	}
	return 1;
}

/* A value as compact JSON, in a line of a result. */
static void problem_json(vr_val *res, const char *fmt, const char *what, const vr_val *v)
{
	vr_buf b = VR_BUF_INIT;
	vr_val_to_json(&b, v, -1);
	problem(res, fmt, what, vr_buf_cstr(&b));
	vr_buf_free(&b);
}

/* Compares what a test expects (`findings`, `deadlines`, ...) with what the
 * plugin produced, a problem for each mismatch. Each expected item is
 * matched with the first produced one not yet matched that has every field
 * it names (a text names the rule of a finding, the id of a record).
 * Findings are the exact list: one produced and not expected is wrong too.
 * Other records must be among those produced; when one is not, all that
 * were produced are listed. */
static int compare(vr_val *res, const char *what, const vr_val *want, const vr_val *got)
{
	int findings = !strcmp(what, "finding");
	size_t n = vr_val_len(got);
	char *used = calloc(n + 1, 1);
	int ok = 1;

	if (!used) {
		problem(res, "out of memory");
		return 0;
	}
	for (size_t i = 0; i < vr_val_len(want); i++) {
		const vr_val *w = vr_val_at(want, i);
		vr_val *spec = NULL;
		size_t j;
		if (w->type == VR_VSTR) {
			spec = vr_val_obj();
			vr_val_obj_set(spec, findings ? "rule" : "id", vr_val_copy(w));
			w = spec;
		}
		for (j = 0; j < n; j++)
			if (!used[j] && field_matches(w, vr_val_at(got, j)))
				break;
		if (j < n)
			used[j] = 1;
		else if ((ok = 0, findings))
			problem(res, "expected finding %s%s not produced",
				vr_val_gets(w, "rule") ? vr_val_gets(w, "rule") : "?",
				vr_val_gets(w, "path") ? " (at the given path)" : "");
		else
			problem_json(res, "expected %s %s not produced", what, w);
		vr_val_free(spec);
	}
	for (size_t j = 0; j < n; j++)
		if (findings && !used[j]) {
			ok = 0;
			problem(res, "unexpected finding %s: %s", vr_val_gets(vr_val_at(got, j), "rule"),
				vr_val_gets(vr_val_at(got, j), "message"));
		} else if (!findings && !ok) {
			problem_json(res, "produced %s %s", what, vr_val_at(got, j));
		}
	free(used);
	return ok;
}

static void cover(vr_app_plugin_tests *t, const vr_val *list, const char *key)
{
	for (size_t i = 0; i < vr_val_len(list); i++) {
		const vr_val *w = vr_val_at(list, i);
		const char *id = w->type == VR_VSTR ? w->u.s.s : vr_val_gets(w, key);
		if (id)
			vr_val_obj_set(t->covered, id, vr_val_bool(1));
	}
}

/*
 * A test's changes to its case (`set`, `unset`): the value at path
 * ("plans[1].services[2].category", "case.notes[1].tags[1]",
 * "case.ext.region") given, or taken away, so that a test can vary one
 * field of a shared case file rather than copy the file. Missing tables on
 * the way are made; a list item must exist, or be the next one.
 */
static int edit_path(vr_val *root, const char *path, const vr_val *value, const char *file)
{
	vr_val *v = root;
	const char *p = path;
	char name[128];

	for (;;) {
		size_t n = strcspn(p, ".[");
		vr_val *next;
		int last;
		if (n == 0 || n >= sizeof(name) || v->type != VR_VOBJ)
			return vr_error_set(VR_EINPUT, "%s: set/unset: '%s' is not a path of the "
					    "case (write plans[1].services[2].category)", file, path);
		memcpy(name, p, n);
		name[n] = '\0';
		p += n;
		last = *p == '\0';
		if (last) {
			if (!value) {
				vr_val_free(vr_val_take(v, name));
				return 0;
			}
			return vr_val_obj_set(v, name, vr_val_copy(value)) < 0 ?
			       vr_error_set(VR_ENOMEM, "out of memory") : 0;
		}
		if (!(next = vr_val_get(v, name))) {
			if (*p == '[' || vr_val_obj_set(v, name, vr_val_obj()) < 0 ||
			    !(next = vr_val_get(v, name)))
				return vr_error_set(VR_EINPUT, "%s: set/unset: '%s': no %s to index",
						    file, path, name);
		}
		v = next;
		while (*p == '[') {
			char *end;
			long i = strtol(p + 1, &end, 10);
			if (*end != ']' || i < 1 || v->type != VR_VARR || (size_t)i > v->u.c.n + 1)
				return vr_error_set(VR_EINPUT, "%s: set/unset: '%s': no item %ld of %s",
						    file, path, i, name);
			p = end + 1;
			if (*p == '\0') {
				if (!value) {
					if ((size_t)i <= v->u.c.n) {
						vr_val_free(v->u.c.items[i - 1]);
						memmove(&v->u.c.items[i - 1], &v->u.c.items[i],
							(v->u.c.n - (size_t)i) * sizeof(*v->u.c.items));
						v->u.c.n--;
					}
					return 0;
				}
				if ((size_t)i == v->u.c.n + 1)
					return vr_val_arr_push(v, vr_val_copy(value)) < 0 ?
					       vr_error_set(VR_ENOMEM, "out of memory") : 0;
				vr_val_free(v->u.c.items[i - 1]);
				if (!(v->u.c.items[i - 1] = vr_val_copy(value)))
					return vr_error_set(VR_ENOMEM, "out of memory");
				return 0;
			}
			if ((size_t)i == v->u.c.n + 1 && vr_val_arr_push(v, vr_val_obj()) < 0)
				return vr_error_set(VR_ENOMEM, "out of memory");
			v = v->u.c.items[i - 1];
		}
		if (*p != '.')
			return vr_error_set(VR_EINPUT, "%s: set/unset: '%s' is not a path", file, path);
		p++;
	}
}

/* Applies the test's `set` and `unset` to its case, then checks the case
 * again (an old field name is read as its new one, a type is checked). */
static int edit_case(const char *file, const vr_val *spec, vr_val *kase, vr_diags *d)
{
	const vr_val *set = vr_val_get(spec, "set"), *unset = vr_val_get(spec, "unset");
	int err;

	if (!set && !unset)
		return 0;
	if ((set && set->type != VR_VOBJ) || (unset && unset->type != VR_VARR &&
					       !(unset->type == VR_VOBJ && unset->u.c.n == 0)))
		return vr_error_set(VR_EINPUT, "%s: set = { [\"PATH\"] = value, ... }, unset = "
				    "{ \"PATH\", ... }", file);
	/* set first, on the case as the file has it; then unset, each in turn */
	for (size_t i = 0; i < vr_val_len(set); i++)
		if ((err = edit_path(kase, vr_val_key(set, i), vr_val_at(set, i), file)) < 0)
			return err;
	for (size_t i = 0; i < vr_val_len(unset); i++) {
		const vr_val *u = vr_val_at(unset, i);
		if (u->type != VR_VSTR)
			return vr_error_set(VR_EINPUT, "%s: unset lists paths (text)", file);
		if ((err = edit_path(kase, u->u.s.s, NULL, file)) < 0)
			return err;
	}
	if (vr_model_validate_casefile(kase, file, d) > 0)
		return vr_error_set(VR_EINPUT, "%s: its case, changed by set/unset, has %zu "
				    "problem(s)", file, d->n);
	return 0;
}

/* Loads the test's case: a path relative to the test file, or inline;
 * then its changes (set, unset). */
static int test_case_load(const char *file, const vr_val *spec, vr_val **out, vr_diags *d);

static int test_case(const char *file, const vr_val *spec, vr_val **out, vr_diags *d)
{
	int err = test_case_load(file, spec, out, d);

	if (err == 0 && (err = edit_case(file, spec, *out, d)) < 0) {
		vr_val_free(*out);
		*out = NULL;
	}
	return err;
}

static int test_case_load(const char *file, const vr_val *spec, vr_val **out, vr_diags *d)
{
	const vr_val *c = vr_val_get(spec, "case");
	char path[PATH_MAX], *slash;

	*out = NULL;
	if (c && c->type == VR_VSTR) {
		snprintf(path, sizeof(path), "%s", file);
		slash = strrchr(path, '/');
		snprintf(slash ? slash + 1 : path, sizeof(path) - (size_t)(slash ? slash + 1 - path : 0),
			 "%s", c->u.s.s);
		return vr_casefile_load(path, out, d);
	}
	if (!c || c->type != VR_VOBJ)
		return vr_error_set(VR_EINPUT, "%s: `case` must be a case file path or a case "
				    "table { person, case, plans }", file);
	if (!(*out = vr_val_copy(c)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (vr_model_validate_casefile(*out, file, d) > 0) {
		vr_val_free(*out);
		*out = NULL;
		return vr_error_set(VR_EINPUT, "%s: its case has %zu problem(s)", file, d->n);
	}
	return 0;
}

/* A new result for plugin id's test file (NULL: the plugin itself). */
static vr_val *result_new(const char *id, const char *file)
{
	vr_val *r = vr_val_obj();

	vr_val_obj_set(r, "plugin", vr_val_str(id));
	if (file)
		vr_val_obj_set(r, "file", vr_val_str(file));
	vr_val_obj_set(r, "ok", vr_val_bool(0));
	vr_val_obj_set(r, "problems", vr_val_arr());
	return r;
}

/* Hands a result on and keeps it; counts it. */
static void result_done(vr_app_plugin_tests *t, vr_val *r, int ok)
{
	if (!r || !vr_val_get(r, "problems")) {
		vr_val_free(r);
		t->failed++;
		return;
	}
	vr_val_obj_set(r, "ok", vr_val_bool(ok));
	if (ok)
		t->passed++;
	else
		t->failed++;
	if (t->on_result)
		t->on_result(t->ud, r);
	vr_val_arr_push(t->results, r);
}

static void run_test(vr_plugin *p, const char *file, vr_app_plugin_tests *t)
{
	vr_val *spec = NULL, *kase = NULL, *got = NULL, *res;
	vr_diags d = VR_DIAGS_INIT;
	const char *name, *as_of, *plan_id;
	const vr_val *plan = NULL, *plans, *life;
	const char *short_file = strstr(file, "/tests/") ? strstr(file, "/tests/") + 1 : file;
	static const char *const ops[] = { "findings", "deadlines", "fees", "measures" };
	static const char *const calls[] = { "check", "deadlines", "fees", "measures" };
	int ok = 1;
	long days;

	res = result_new(vr_plugin_id(p), short_file);
	if (vr_datafile_load(file, &spec, &d) < 0 || test_case(file, spec, &kase, &d) < 0) {
		if (d.n)
			for (size_t i = 0; i < d.n; i++)
				problem(res, "%s: %s", d.items[i].path, d.items[i].msg);
		else
			problem(res, "%s", vr_error_last());
		ok = 0;
		goto done;
	}
	name = vr_val_gets(spec, "name") ? vr_val_gets(spec, "name") : short_file;
	vr_val_obj_set(res, "name", vr_val_str(name));
	as_of = vr_val_gets(spec, "as_of");
	if (!as_of || vr_date_parse(as_of, &days) < 0) {
		problem(res, "as_of = \"YYYY-MM-DD\" is required");
		ok = 0;
		goto done;
	}
	plans = vr_val_get(kase, "plans");
	plan_id = vr_val_gets(spec, "plan");
	for (size_t i = 0; i < vr_val_len(plans) && !plan; i++)
		if (!plan_id || !strcmp(vr_val_gets(vr_val_at(plans, i), "id"), plan_id))
			plan = vr_val_at(plans, i);
	if (!plan) {
		problem(res, "the case has no plan %s", plan_id ? plan_id : "at all");
		ok = 0;
		goto done;
	}
	if (strcmp(vr_val_gets(vr_val_get(kase, "case"), "agency"), vr_plugin_id(p))) {
		char note[300];
		snprintf(note, sizeof(note), "the case's agency is %s",
			 vr_val_gets(vr_val_get(kase, "case"), "agency"));
		vr_val_obj_set(res, "note", vr_val_str(note));
	}
	/* `version` is set by the store; a test plan is a first version. */
	if (!vr_val_get(plan, "version"))
		vr_val_obj_set((vr_val *)plan, "version", vr_val_int(1));
	/* ctx.lifecycle as the test gives it (status, amendment, effective,
	 * signatures: vr.lifecycle_of fills the rest), else the plan alone */
	life = vr_val_get(spec, "lifecycle");
	for (size_t f = 0; f < vr_val_len(spec); f++) {
		static const char *const known[] = { "name", "case", "plan", "as_of", "findings",
			"deadlines", "fees", "measures", "summary", "requirements", "lifecycle", "set",
			"unset", NULL };
		const char *key = vr_val_key(spec, f);
		size_t j = 0;
		while (known[j] && strcmp(known[j], key))
			j++;
		if (!known[j]) {
			problem(res, "unknown field '%s' in the test file (name, case, set, unset, "
				"plan, as_of, findings, deadlines, fees, measures, summary, "
				"requirements, lifecycle)", key);
			ok = 0;
			goto done;
		}
	}
	/* ctx.summary as the test gives it (caseloads), else none */
	vr_plugin_set_summary(p, vr_val_get(spec, "summary") ?
			      vr_val_copy(vr_val_get(spec, "summary")) : vr_val_obj());
	if (vr_val_get(spec, "requirements")) {
		char rule[128];
		if (vr_plugin_call(p, "requirements", vr_val_get(kase, "person"),
				   vr_val_get(kase, "case"), plan, life, as_of, &got, rule,
				   sizeof(rule)) < 0) {
			problem(res, "requirements were %s", vr_error_last());
			ok = 0;
		} else if (!vr_val_equal(vr_val_at(got, 0), vr_val_get(spec, "requirements"))) {
			problem_json(res, "%s were %s", "requirements", vr_val_at(got, 0));
			ok = 0;
		}
		vr_val_free(got);
		got = NULL;
	}
	for (int k = 0; k < 4; k++) {
		const vr_val *want = vr_val_get(spec, ops[k]);
		char rule[128];
		if (!want)
			continue;
		cover(t, want, k == 0 ? "rule" : "id");
		if (vr_plugin_call(p, calls[k], vr_val_get(kase, "person"), vr_val_get(kase, "case"),
				   plan, life, as_of, &got, rule, sizeof(rule)) < 0) {
			problem(res, "%s", vr_error_last());
			ok = 0;
			continue;
		}
		if (!compare(res, k == 0 ? "finding" : calls[k], want, got))
			ok = 0;
		vr_val_free(got);
		got = NULL;
	}
	vr_plugin_set_summary(p, NULL);
done:
	result_done(t, res, ok);
	vr_diags_free(&d);
	vr_val_free(spec);
	vr_val_free(kase);
	vr_val_free(got);
}

int vr_app_plugin_tests_init(vr_app_plugin_tests *t)
{
	memset(t, 0, sizeof(*t));
	t->results = vr_val_arr();
	t->covered = vr_val_obj();
	if (!t->results || !t->covered) {
		vr_app_plugin_tests_free(t);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	return 0;
}

void vr_app_plugin_tests_free(vr_app_plugin_tests *t)
{
	vr_val_free(t->results);
	vr_val_free(t->covered);
	t->results = t->covered = NULL;
}

int vr_app_plugin_test(const char *id, vr_app_plugin_tests *t, vr_plugin **keep)
{
	vr_plugin *p = NULL;
	char **files;
	size_t n;

	if (keep)
		*keep = NULL;
	if (vr_plugin_load(&p, id) < 0) {
		vr_val *r = result_new(id, NULL);
		vr_val_obj_set(r, "name", vr_val_str("the plugin does not load"));
		problem(r, "%s", vr_error_last());
		result_done(t, r, 0);
		return -1;
	}
	files = test_files(vr_plugin_dir(p), &n);
	for (size_t i = 0; i < n; i++) {
		run_test(p, files[i], t);
		free(files[i]);
	}
	free(files);
	if (keep)
		*keep = p;
	else
		vr_plugin_free(p);
	return (int)n;
}

static int test_each(const char *id, const char *dir, void *ud)
{
	(void)dir;
	vr_app_plugin_test(id, ud, NULL);
	return 0;
}

int vr_app_plugin_test_all(vr_app_plugin_tests *t)
{
	return vr_paths_each_plugin(test_each, t);
}

/* --- lint ------------------------------------------------------------- */

/* The words the plugin's source reads that it does not declare
 * (vocablint.h), one problem a line; their number. */
static int lint_words(const vr_plugin *p, const vr_val *meta, vr_val *problems)
{
	char file[PATH_MAX];
	vr_buf out = VR_BUF_INIT;
	char line[PATH_MAX + 64], *src = NULL;
	size_t n;
	int found;

	snprintf(file, sizeof(file), "%s/plugin.lua", vr_plugin_dir(p));
	found = vr_file_read(file, VR_FILE_ANY_SIZE, "a plugin", &src, &n) < 0 ? -1
		: vr_vocablint(src, n, file, meta, &out);
	free(src);
	if (found < 0) {
		snprintf(line, sizeof(line), "%s: could not be read to check the words it reads",
			 file);
		vr_val_arr_push(problems, vr_val_str(line));
		found = 1;
	} else if (found > 0) {
		/* vocablint's lines, "  FILE:LINE: what", without their indent */
		for (const char *s = vr_buf_cstr(&out); *s;) {
			const char *e = strchr(s, '\n');
			size_t k = e ? (size_t)(e - s) : strlen(s);
			while (k && *s == ' ')
				s++, k--;
			vr_val_arr_push(problems, vr_val_strn(s, k));
			s += k + (e != NULL);
		}
		vr_val_arr_push(problems, vr_val_str("(declare each word in the plugin's "
				"vocabulary or ext: docs/plugins.md, \"Vocabularies\")"));
	}
	vr_buf_free(&out);
	return found;
}

int vr_app_plugin_lint(vr_plugin *p, const vr_app_plugin_tests *t, int ntests,
		       vr_val **problems)
{
	const vr_val *meta = vr_plugin_meta(p);
	const vr_val *kinds = vr_val_get(meta, "kinds"), *tmpl = vr_val_get(meta, "templates");
	static const char *const lists[] = { "rule_ids", "deadlines", "fees", "measures" };
	static const char *const what[] = { "rule", "deadline", "fee", "measure" };
	const char *dd = vr_paths_datadir();
	char line[2 * PATH_MAX + 200];
	vr_val *out;
	int n = 0;

	if (!*problems && !(*problems = vr_val_arr()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	out = *problems;
#define PROBLEM(...) (snprintf(line, sizeof(line), __VA_ARGS__), \
		      vr_val_arr_push(out, vr_val_str(line)), n++)
	if (ntests == 0)
		PROBLEM("%s/tests/ has no test cases: add one per rule (see docs/plugins.md)",
			vr_plugin_dir(p));
	n += t->failed;
	for (int k = 0; k < 4; k++) {
		const vr_val *ids = vr_val_get(meta, lists[k]);
		for (size_t i = 0; i < vr_val_len(ids); i++) {
			const char *rid = vr_val_at(ids, i)->u.s.s;
			if (!vr_val_get(t->covered, rid))
				PROBLEM("%s %s: no test case expects it", what[k], rid);
		}
	}
	for (size_t i = 0; i < vr_val_len(kinds); i++)
		if (vr_val_len(vr_val_get(vr_val_at(kinds, i), "signers")) == 0)
			PROBLEM("kind %s: no signers declared; no version can take effect",
				vr_val_key(kinds, i));
	for (size_t i = 0; i < vr_val_len(tmpl); i++) {
		const vr_val *langs = vr_val_at(tmpl, i);
		for (size_t j = 0; j < vr_val_len(langs); j++) {
			char path[PATH_MAX];
			FILE *f;
			snprintf(path, sizeof(path), "%s/templates/%s", dd ? dd : ".",
				 vr_val_at(langs, j)->u.s.s);
			if (!(f = fopen(path, "r")))
				PROBLEM("template %s (%s, %s): no such file %s",
					vr_val_at(langs, j)->u.s.s, vr_val_key(tmpl, i),
					vr_val_key(langs, j), path);
			else
				fclose(f);
		}
	}
#undef PROBLEM
	return n + lint_words(p, meta, out);
}
