/*
 * cmd_plugin.c - `vrtool plugin list|test|lint`: the plugins, their own
 * test cases, and what a policy analyst should look at before shipping one.
 *
 * A plugin test is a data file, plugins/<id>/tests/<name>.lua:
 *
 *   return {
 *     name = "a late IPE is an error",
 *     case = "../../../tests/fixtures/cases/mo-student-ssa.lua",  -- or the case itself
 *     plan = "MO-2026-0001-IPE",          -- default: the case's first plan
 *     as_of = "2026-11-23",
 *     findings = { "mo.520.1.ipe-within-90-days", { rule = "...", path = "..." } },
 *     deadlines = { { id = "mo.ipe-90-days", status = "met" } },
 *     fees = { { id = "...", amount = 100000 } },
 *     measures = { { id = "tx.qa-share", value = 1 } },
 *     summary = { caseload = { ["S-1"] = { cases = 21 } } },   -- ctx.summary
 *     requirements = { signers = { { "client", "representative" }, { "counselor" } },
 *                      approvals = {} },      -- what this version needs signed
 *     set = { ["plans[1].services[1].category"] = "ips_career_profile" },
 *     unset = { "case.notes[2]" },     -- the case varied, not copied
 *   }
 *
 * `findings`, when given, is the exact list of findings expected (by rule,
 * and by path or severity where an entry names them); `deadlines` and
 * `fees` list records that must be among those produced, each matching on
 * every field it names.
 */
#include "cli/cli.h"
#include "core/date.h"
#include "core/error.h"
#include "core/term.h"
#include "core/model.h"
#include "host/casefile.h"
#include "host/paths.h"
#include "host/plugin.h"
#include "host/vocablint.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int bad;

static int list_one(const char *id, const char *dir, void *ud)
{
	vr_plugin *p = NULL;
	(void)ud;

	if (vr_plugin_load(&p, id) < 0) {
		printf("%-10s BROKEN  %s\n           %s\n", id, dir, vr_error_last());
		bad = 1;
		return 0;
	}
	printf("%-10s %-8s %3d rules %2zu deadlines %2zu fees  %s\n           %s\n", id,
	       vr_plugin_version(p), vr_plugin_rule_count(p),
	       vr_val_len(vr_val_get(vr_plugin_meta(p), "deadlines")),
	       vr_val_len(vr_val_get(vr_plugin_meta(p), "fees")), vr_plugin_name(p), dir);
	vr_plugin_free(p);
	return 0;
}

/* --- tests ------------------------------------------------------------ */

typedef struct {
	int passed, failed;
	vr_val *covered;      /* ids expected by some test: { id = true } */
} tally;

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

/* The FAIL line of the test being run, printed before its first detail. */
static char pending[600];

static void fail_header(void)
{
	if (*pending) {
		printf("%s\n", pending);
		pending[0] = '\0';
	}
}

static void fail_line(int *first, const char *fmt, const char *a, const char *b)
{
	(void)first;
	fail_header();
	printf("       ");
	printf(fmt, vr_term(a), vr_term(b));   /* a plugin's text: escaped */
	printf("\n");
}

/* Compares expected findings with those produced; prints each mismatch. */
static int compare_findings(const vr_val *want, const vr_val *got)
{
	size_t n = vr_val_len(got);
	char *used = calloc(n + 1, 1);
	int ok = 1, first = 1;

	for (size_t i = 0; i < vr_val_len(want); i++) {
		const vr_val *w = vr_val_at(want, i);
		vr_val *spec = NULL;
		size_t j;
		if (w->type == VR_VSTR) {
			spec = vr_val_obj();
			vr_val_obj_set(spec, "rule", vr_val_copy(w));
			w = spec;
		}
		for (j = 0; j < n; j++)
			if (!used[j] && field_matches(w, vr_val_at(got, j)))
				break;
		if (j < n) {
			used[j] = 1;
		} else {
			ok = 0;
			fail_line(&first, "expected finding %s%s not produced",
				  vr_val_gets(w, "rule") ? vr_val_gets(w, "rule") : "?",
				  vr_val_gets(w, "path") ? " (at the given path)" : "");
		}
		vr_val_free(spec);
	}
	for (size_t j = 0; j < n; j++)
		if (!used[j]) {
			ok = 0;
			fail_line(&first, "unexpected finding %s: %s",
				  vr_val_gets(vr_val_at(got, j), "rule"),
				  vr_val_gets(vr_val_at(got, j), "message"));
		}
	free(used);
	return ok;
}

static int compare_records(const char *what, const vr_val *want, const vr_val *got)
{
	size_t n = vr_val_len(got);
	char *used = calloc(n + 1, 1);
	int ok = 1, first = 1;

	for (size_t i = 0; i < vr_val_len(want); i++) {
		const vr_val *w = vr_val_at(want, i);
		size_t j;
		for (j = 0; j < n; j++)
			if (!used[j] && field_matches(w, vr_val_at(got, j)))
				break;
		if (j < n) {
			used[j] = 1;
			continue;
		}
		ok = 0;
		{
			vr_buf b = VR_BUF_INIT;
			vr_val_to_json(&b, w, -1);
			fail_line(&first, "expected %s %s not produced", what, vr_buf_cstr(&b));
			vr_buf_free(&b);
		}
	}
	if (!ok)
		for (size_t j = 0; j < n; j++) {
			vr_buf b = VR_BUF_INIT;
			vr_val_to_json(&b, vr_val_at(got, j), -1);
			fail_line(&first, "produced %s %s", what, vr_buf_cstr(&b));
			vr_buf_free(&b);
		}
	free(used);
	return ok;
}

static void cover(tally *t, const vr_val *list, const char *key)
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

static void run_test(vr_plugin *p, const char *file, tally *t)
{
	vr_val *spec = NULL, *kase = NULL, *got = NULL;
	vr_diags d = VR_DIAGS_INIT;
	const char *name, *as_of, *plan_id;
	const vr_val *plan = NULL, *plans, *life;
	const char *short_file = strstr(file, "/tests/") ? strstr(file, "/tests/") + 1 : file;
	static const char *const ops[] = { "findings", "deadlines", "fees", "measures" };
	static const char *const calls[] = { "check", "deadlines", "fees", "measures" };
	int ok = 1;
	long days;

	if (vr_datafile_load(file, &spec, &d) < 0 || test_case(file, spec, &kase, &d) < 0) {
		printf("FAIL %s  %s\n", vr_plugin_id(p), short_file);
		if (d.n)
			for (size_t i = 0; i < d.n; i++)
				printf("       %s: %s\n", d.items[i].path, d.items[i].msg);
		else
			printf("       %s\n", vr_error_last());
		t->failed++;
		goto done;
	}
	name = vr_val_gets(spec, "name") ? vr_val_gets(spec, "name") : short_file;
	as_of = vr_val_gets(spec, "as_of");
	if (!as_of || vr_date_parse(as_of, &days) < 0) {
		printf("FAIL %s  %s (%s)\n       as_of = \"YYYY-MM-DD\" is required\n",
		       vr_plugin_id(p), name, short_file);
		t->failed++;
		goto done;
	}
	plans = vr_val_get(kase, "plans");
	plan_id = vr_val_gets(spec, "plan");
	for (size_t i = 0; i < vr_val_len(plans) && !plan; i++)
		if (!plan_id || !strcmp(vr_val_gets(vr_val_at(plans, i), "id"), plan_id))
			plan = vr_val_at(plans, i);
	if (!plan) {
		printf("FAIL %s  %s (%s)\n       the case has no plan %s\n", vr_plugin_id(p), name,
		       short_file, plan_id ? plan_id : "at all");
		t->failed++;
		goto done;
	}
	if (strcmp(vr_val_gets(vr_val_get(kase, "case"), "agency"), vr_plugin_id(p)))
		printf("note %s  %s: the case's agency is %s\n", vr_plugin_id(p), short_file,
		       vr_val_gets(vr_val_get(kase, "case"), "agency"));
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
			printf("FAIL %s  %s (%s)\n       unknown field '%s' in the test file (name, "
			       "case, set, unset, plan, as_of, findings, deadlines, fees, measures, "
			       "summary, requirements, lifecycle)\n", vr_plugin_id(p), name, short_file, key);
			t->failed++;
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
				   sizeof(rule)) < 0 ||
		    !vr_val_equal(vr_val_at(got, 0), vr_val_get(spec, "requirements"))) {
			vr_buf b = VR_BUF_INIT;
			snprintf(pending, sizeof(pending), "FAIL %s  %s (%s)", vr_plugin_id(p), name,
				 short_file);
			fail_header();
			vr_val_to_json(&b, got ? vr_val_at(got, 0) : NULL, -1);
			printf("       requirements were %s\n", got ? vr_buf_cstr(&b) : vr_error_last());
			vr_buf_free(&b);
			ok = 0;
		}
		vr_val_free(got);
		got = NULL;
	}
	snprintf(pending, sizeof(pending), "FAIL %s  %s (%s)", vr_plugin_id(p), name, short_file);
	for (int k = 0; k < 4; k++) {
		const vr_val *want = vr_val_get(spec, ops[k]);
		char rule[128];
		if (!want)
			continue;
		cover(t, want, k == 0 ? "rule" : "id");
		if (vr_plugin_call(p, calls[k], vr_val_get(kase, "person"), vr_val_get(kase, "case"),
				   plan, life, as_of, &got, rule, sizeof(rule)) < 0) {
			fail_header();
			printf("       %s\n", vr_error_last());
			ok = 0;
			continue;
		}
		if (k == 0 ? !compare_findings(want, got) : !compare_records(calls[k], want, got))
			ok = 0;
		vr_val_free(got);
		got = NULL;
	}
	vr_plugin_set_summary(p, NULL);
	pending[0] = '\0';
	if (ok) {
		printf("ok   %s  %s (%s)\n", vr_plugin_id(p), name, short_file);
		t->passed++;
	} else {
		t->failed++;
	}
done:
	vr_diags_free(&d);
	vr_val_free(spec);
	vr_val_free(kase);
	vr_val_free(got);
}

static int test_plugin(const char *id, tally *t, vr_plugin **keep)
{
	vr_plugin *p = NULL;
	char **files;
	size_t n;

	if (vr_plugin_load(&p, id) < 0) {
		printf("FAIL %s  the plugin does not load\n       %s\n", id, vr_error_last());
		t->failed++;
		return 0;
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
	test_plugin(id, ud, NULL);
	return 0;
}

/* --- lint ------------------------------------------------------------- */

/* The words the plugin's source reads that it does not declare
 * (vocablint.h), printed; the number of them. */
static int lint_words(const vr_plugin *p, const vr_val *meta)
{
	char file[PATH_MAX];
	FILE *f;
	vr_buf src = VR_BUF_INIT, out = VR_BUF_INIT;
	char chunk[65536];
	size_t n;
	int found;

	snprintf(file, sizeof(file), "%s/plugin.lua", vr_plugin_dir(p));
	if (!(f = fopen(file, "rb"))) {
		printf("  %s: cannot read it to check the words it reads\n", file);
		return 1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		vr_buf_put(&src, chunk, n);
	found = ferror(f) || !vr_buf_ok(&src) ? -1
		: vr_vocablint(src.ptr ? src.ptr : "", src.len, file, meta, &out);
	fclose(f);
	if (found < 0) {
		printf("  %s: could not be read to check the words it reads\n", file);
		found = 1;
	} else if (found > 0) {
		fputs(vr_buf_cstr(&out), stdout);
		printf("  (declare each word in the plugin's vocabulary or ext: docs/plugins.md, "
		       "\"Vocabularies\")\n");
	}
	vr_buf_free(&src);
	vr_buf_free(&out);
	return found;
}

static int lint(vr_cli *c, const char *id)
{
	tally t = { 0, 0, vr_val_obj() };
	vr_plugin *p = NULL;
	const vr_val *meta;
	int problems = 0, ntests;
	static const char *const lists[] = { "rule_ids", "deadlines", "fees", "measures" };
	static const char *const what[] = { "rule", "deadline", "fee", "measure" };

	(void)c;
	ntests = test_plugin(id, &t, &p);
	if (!p) {
		vr_val_free(t.covered);
		return EXIT_FINDINGS;
	}
	meta = vr_plugin_meta(p);
	printf("lint %s: %d test(s), %d passed, %d failed\n", id, ntests, t.passed, t.failed);
	if (ntests == 0) {
		printf("  %s/tests/ has no test cases: add one per rule (see docs/plugins.md)\n",
		       vr_plugin_dir(p));
		problems++;
	}
	problems += t.failed;
	for (int k = 0; k < 4; k++) {
		const vr_val *ids = vr_val_get(meta, lists[k]);
		for (size_t i = 0; i < vr_val_len(ids); i++) {
			const char *rid = vr_val_at(ids, i)->u.s.s;
			if (!vr_val_get(t.covered, rid)) {
				printf("  %s %s: no test case expects it\n", what[k], rid);
				problems++;
			}
		}
	}
	{
		const vr_val *kinds = vr_val_get(meta, "kinds");
		const vr_val *tmpl = vr_val_get(meta, "templates");
		for (size_t i = 0; i < vr_val_len(kinds); i++) {
			const vr_val *k = vr_val_at(kinds, i);
			if (vr_val_len(vr_val_get(k, "signers")) == 0) {
				printf("  kind %s: no signers declared; no version can take effect\n",
				       vr_val_key(kinds, i));
				problems++;
			}
		}
		for (size_t i = 0; i < vr_val_len(tmpl); i++) {
			const vr_val *langs = vr_val_at(tmpl, i);
			for (size_t j = 0; j < vr_val_len(langs); j++) {
				char path[PATH_MAX];
				const char *dd = vr_paths_datadir();
				FILE *f;
				snprintf(path, sizeof(path), "%s/templates/%s", dd ? dd : ".",
					 vr_val_at(langs, j)->u.s.s);
				if (!(f = fopen(path, "r"))) {
					printf("  template %s (%s, %s): no such file %s\n",
					       vr_val_at(langs, j)->u.s.s, vr_val_key(tmpl, i),
					       vr_val_key(langs, j), path);
					problems++;
				} else {
					fclose(f);
				}
			}
		}
	}
	problems += lint_words(p, meta);
	printf("lint %s: %d problem(s)\n", id, problems);
	vr_plugin_free(p);
	vr_val_free(t.covered);
	return problems ? EXIT_FINDINGS : EXIT_OK;
}

static int run(vr_cli *c)
{
	int err;
	const char *sub = c->nargs ? c->args[0] : "";

	if (!strcmp(sub, "list") && c->nargs == 1) {
		if ((err = vr_paths_each_plugin(list_one, NULL)) < 0)
			return vr_cli_fail("plugin", err);
		return bad ? EXIT_INPUT : EXIT_OK;
	}
	if (!strcmp(sub, "test") && c->nargs <= 2) {
		tally t = { 0, 0, vr_val_obj() };
		if (c->nargs == 2)
			test_plugin(c->args[1], &t, NULL);
		else if ((err = vr_paths_each_plugin(test_each, &t)) < 0)
			return vr_cli_fail("plugin", err);
		vr_val_free(t.covered);
		printf("%d passed, %d failed\n", t.passed, t.failed);
		return t.failed ? EXIT_FINDINGS : EXIT_OK;
	}
	if (!strcmp(sub, "lint") && c->nargs == 2)
		return lint(c, c->args[1]);
	if (!strcmp(sub, "vocab") && c->nargs == 2)
		return vr_cli_plugin_vocab(c, c->args[1]);
	return vr_cli_usage(&vr_cmd_plugin, "the subcommands are list, test [ID], lint ID, "
			    "vocab ID");
}

static const vr_opt opts[] = {
	{ "format", 0, "luals", offsetof(vr_cli, format), NULL, VR_FORM(3), 0,
	  "for vocab: a LuaLS meta file, for editors" },
	{ NULL }
};

const vr_cmd vr_cmd_plugin = {
	.name = "plugin", .run = run,
	.summary = "list the plugins found, run their test cases, lint one before it ships, or "
		"list the values one reads",
	.forms = (const char *const[]){ "list", "test [ID]", "lint ID", "vocab ID", NULL },
	.opts = opts,
	.shared = { [VR_SO_JSON] = VR_FORM(3), [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
