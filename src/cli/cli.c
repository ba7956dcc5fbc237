/*
 * cli.c - shared command-line plumbing; see cli.h: options, the database
 * and key, reading case files and documents, the plugin of a case with its
 * summary, the walk over cases and plans, the export document and audit
 * objects. Writing files and batches over every core are in files.c.
 */
#include "cli/cli.h"
#include "core/date.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/term.h"
#include "core/ingest.h"
#include "core/model.h"
#include "core/sign.h"
#include "host/casefile.h"
#include "host/planstate.h"
#include "host/lualines.h"
#include "host/paths.h"

#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int vr_cli_usage(const vr_cmd *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "vrtool %s: ", cmd->name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: vrtool %s\n", cmd->usage);
	return EXIT_USAGE;
}

static int take(const vr_cmd *cmd, int argc, char **argv, int *i, const char **out)
{
	const char *opt = argv[*i], *eq = strchr(opt, '=');

	if (eq && opt[0] == '-' && opt[1] == '-') {
		*out = eq + 1;
		return 0;
	}
	if (*i + 1 >= argc)
		return vr_cli_usage(cmd, "%s needs a value", opt);
	*out = argv[++*i];
	return 0;
}

static int is(const char *arg, const char *name)
{
	size_t n = strlen(name);
	return strncmp(arg, name, n) == 0 && (arg[n] == '\0' || arg[n] == '=');
}

int vr_cli_parse(vr_cli *c, const vr_cmd *cmd, int argc, char **argv)
{
	const char *v;
	long days;
	int only_args = 0;

	if (!(c->args = calloc((size_t)argc + 1, sizeof(char *))) ||
	    !(c->sets = calloc((size_t)argc + 1, sizeof(char *)))) {
		fprintf(stderr, "vrtool: out of memory\n");
		return EXIT_INTERNAL;
	}
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		/* vrtool run SCRIPT ...: after the script, options other than
		 * vrtool's --db, --plugin-path and --as-of are the script's own
		 * (--csv, --json, --pdf), passed on in arg */
		int script_opt = c->nargs >= 1 && strcmp(cmd->name, "run") == 0 &&
			!is(a, "--db") && !is(a, "--plugin-path") && !is(a, "--as-of") &&
			strcmp(a, "--") != 0;
		if (only_args || script_opt || a[0] != '-' || strcmp(a, "-") == 0) {
			c->args[c->nargs++] = argv[i];
		} else if (strcmp(a, "--") == 0) {
			only_args = 1;
		} else if (is(a, "--db")) {
			if (take(cmd, argc, argv, &i, &c->db))
				return EXIT_USAGE;
		} else if (is(a, "--plugin-path")) {
			if (take(cmd, argc, argv, &i, &c->plugin_path))
				return EXIT_USAGE;
		} else if (is(a, "--as-of")) {
			if (take(cmd, argc, argv, &i, &c->as_of))
				return EXIT_USAGE;
			if (vr_date_parse(c->as_of, &days) < 0)
				return vr_cli_usage(cmd, "--as-of: %s", vr_error_last());
		} else if (strcmp(a, "-o") == 0 || is(a, "--out")) {
			if (take(cmd, argc, argv, &i, &c->out))
				return EXIT_USAGE;
		} else if (is(a, "--agency")) {
			if (take(cmd, argc, argv, &i, &c->agency))
				return EXIT_USAGE;
		} else if (is(a, "--version")) {
			char *end;
			if (take(cmd, argc, argv, &i, &v))
				return EXIT_USAGE;
			c->version = (int)strtol(v, &end, 10);
			if (*end || c->version < 1)
				return vr_cli_usage(cmd, "--version takes a version number (1, 2, ...)");
		} else if (is(a, "--role") || is(a, "--name") || is(a, "--signer-id") ||
			   is(a, "--method") || is(a, "--meaning") || is(a, "--at") ||
			   is(a, "--from") || is(a, "--reason") || is(a, "--status") ||
			   is(a, "--identity") || is(a, "--intent") || is(a, "--scan") ||
			   is(a, "--key") || is(a, "--format") || is(a, "--lang") ||
			   is(a, "--withdraw")) {
			const char **slot = is(a, "--identity") ? &c->identity :
				is(a, "--withdraw") ? &c->withdraw :
				is(a, "--format") ? &c->format : is(a, "--lang") ? &c->lang :
				is(a, "--intent") ? &c->intent : is(a, "--scan") ? &c->scan :
				is(a, "--key") ? &c->key :
				is(a, "--role") ? &c->role : is(a, "--name") ? &c->name :
				is(a, "--signer-id") ? &c->signer_id : is(a, "--method") ? &c->method :
				is(a, "--meaning") ? &c->meaning : is(a, "--at") ? &c->at :
				is(a, "--from") ? &c->from : is(a, "--reason") ? &c->reason : &c->status;
			if (take(cmd, argc, argv, &i, slot))
				return EXIT_USAGE;
		} else if (is(a, "--set")) {
			if (take(cmd, argc, argv, &i, &v))
				return EXIT_USAGE;
			if (!strchr(v, '='))
				return vr_cli_usage(cmd, "--set takes PATH=VALUE, e.g. "
						    "--set goal.occupation=Pharmacist");
			c->sets[c->nsets++] = (char *)v;
		} else if (strcmp(a, "--large-print") == 0) {
			c->large_print = 1;
		} else if (strcmp(a, "--json") == 0) {
			c->json = 1;
		} else if (strcmp(a, "--force") == 0) {
			c->force = 1;
		} else if (strcmp(a, "--with-key") == 0) {
			c->with_key = 1;
		} else if (strcmp(a, "--verify") == 0) {
			c->verify = 1;
		} else if (strcmp(a, "--all") == 0) {
			c->all = 1;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			c->help = 1;
		} else {
			return vr_cli_usage(cmd, "unknown option %s", a);
		}
	}
	if (!c->as_of) {
		vr_date_format(vr_date_today(), c->today);
		c->as_of = c->today;
	}
	return 0;
}

const char *vr_cli_db(const vr_cli *c)
{
	const char *env = getenv("VRTOOL_DB");
	if (c->db)
		return c->db;
	if (env && *env)
		return env;
	return "vrtool.db";
}

int vr_cli_open(vr_cli *c, int mode, vr_store **out)
{
	return vr_store_open(out, vr_cli_db(c), mode);
}

void vr_cli_key_path(const vr_cli *c, char *out, size_t n)
{
	snprintf(out, n, "%s.key", vr_cli_db(c));
}

int vr_cli_key(const vr_cli *c, vr_key **out)
{
	char path[PATH_MAX];
	vr_cli_key_path(c, path, sizeof(path));
	return vr_key_load(path, out);
}

const char *vr_cli_actor(void)
{
	static char buf[128];
	const char *a = getenv("VRTOOL_ACTOR");
	struct passwd *pw;

	if (a && *a)
		return a;
	if ((pw = getpwuid(getuid())) && pw->pw_name)
		return pw->pw_name;
	snprintf(buf, sizeof(buf), "uid:%u", (unsigned)getuid());
	return buf;
}

int vr_cli_fail(const char *cmd, int err)
{
	/* a message may quote a plugin or a file: escaped for the terminal */
	fprintf(stderr, "vrtool %s: %s\n", cmd, vr_term(vr_error_last()));
	return vr_error_exit_code(err);
}

int vr_cli_print_buf(vr_buf *b, const char *tail)
{
	if (tail)
		vr_buf_puts(b, tail);
	if (!vr_buf_ok(b))
		return vr_error_set(VR_ENOMEM, "out of memory");
	if (fputs(vr_buf_cstr(b), stdout) == EOF || fflush(stdout) != 0)
		return vr_error_set(VR_EIO, "writing the output: %s", strerror(errno));
	return 0;
}

/* The first problems of a file: enough to fix, not a flood on the screen. */
#define DIAGS_SHOWN 20

void vr_cli_print_diags(const char *source, const vr_diags *d)
{
	size_t shown = d->n < DIAGS_SHOWN ? d->n : DIAGS_SHOWN;

	for (size_t i = 0; i < shown; i++) {
		const vr_diag *g = &d->items[i];
		if (g->line)
			fprintf(stderr, "%s:%d: ", source, g->line);
		else
			fprintf(stderr, "%s: ", source);
		fprintf(stderr, "%s%s%s\n", g->path, *g->path ? ": " : "", g->msg);
	}
	if (d->n - shown + d->more)
		fprintf(stderr, "%s: ... and %zu more problem(s) like these; fix those above and "
			"import again to see the rest\n", source, d->n - shown + d->more);
	if (d->oom)
		fprintf(stderr, "%s: (more problems; out of memory listing them)\n", source);
}

void vr_cli_case_free(vr_cli_case *c)
{
	vr_store_case_row_free(&c->row);
	vr_val_free(c->person);
	vr_val_free(c->kase);
	c->person = c->kase = NULL;
	memset(c->enc, 0, sizeof(c->enc)); /* they pointed into the row */
}

/* A stored document as a value (vr_ingest_read_stored: the value stored
 * beside its XML, or the parsed XML for rows older than migration 3). */
static int parse_part(const char *xml, const vr_blob *val, const char *what,
		      const vr_field *f, vr_val **out)
{
	return vr_ingest_read_checked(f, xml, val, what, out);
}

/* With docs, a part whose stored value can be sent as it is is not
 * decoded: its encoding goes in out->enc (checked well formed once, here). */
static int load_case(vr_store *s, const char *id, vr_cli_case *out, int docs)
{
	int err;

	memset(out, 0, sizeof(*out));
	if ((err = vr_store_get_case(s, id, &out->row)) < 0)
		return err;
	if ((!docs || vr_ingest_stored_enc(&out->row.person_val, &out->enc[0].enc,
					   &out->enc[0].len) <= 0) &&
	    (err = parse_part(out->row.person_xml, &out->row.person_val, "person",
			      vr_model_person(), &out->person)) < 0)
		goto bad;
	if ((!docs || vr_ingest_stored_enc(&out->row.val, &out->enc[1].enc,
					   &out->enc[1].len) <= 0) &&
	    (err = parse_part(out->row.xml, &out->row.val, "case", vr_model_case(),
			      &out->kase)) < 0)
		goto bad;
	return 0;
bad:
	vr_cli_case_free(out);
	return err;
}

int vr_cli_load_case(vr_store *s, const char *id, vr_cli_case *out)
{
	return load_case(s, id, out, 0);
}

int vr_cli_parse_plan(const char *xml, const char *plan_id, vr_val **out)
{
	char what[160];
	snprintf(what, sizeof(what), "plan %s", plan_id);
	return parse_part(xml, NULL, what, vr_model_plan(), out);
}

int vr_cli_read_plan(const vr_store_version_row *r, vr_val **out)
{
	char what[160];
	snprintf(what, sizeof(what), "plan %s", r->plan_id);
	return parse_part(r->xml, &r->val, what, vr_model_plan(), out);
}

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int read_document(const char *path, vr_val **out, vr_val **sigs, vr_diags *d)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;
	int err;

	if (!f)
		return vr_error_set(VR_ENOTFOUND, "%s: %s", path, strerror(errno));
	if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
		fclose(f);
		return vr_error_set(VR_EIO, "%s: cannot read: %s", path, strerror(errno));
	}
	if ((unsigned long)n > VR_DOC_MAX_BYTES) {
		fclose(f);
		return vr_error_set(VR_EINPUT, "%s: %ld bytes; a document may hold at most %u",
				    path, n, VR_DOC_MAX_BYTES);
	}
	if (!(buf = malloc((size_t)n + 1))) {
		fclose(f);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	if (fread(buf, 1, (size_t)n, f) != (size_t)n || ferror(f)) {
		fclose(f);
		free(buf);
		return vr_error_set(VR_EIO, "%s: cannot read", path);
	}
	fclose(f);
	/* The schema first: it also knows element order and attributes. */
	{
		const char *dd = vr_paths_datadir();
		char xsd[PATH_MAX];
		if (!dd) {
			free(buf);
			return VR_ENOTFOUND;
		}
		snprintf(xsd, sizeof(xsd), "%s/templates/schema/vrtool-1.xsd", dd);
		err = vr_doc_read_valid_document(buf, (size_t)n, path, xsd, out, sigs, d);
	}
	free(buf);
	if (err == 0 && vr_model_validate_casefile(*out, path, d) > 0) {
		vr_val_free(*out);
		*out = NULL;
		err = vr_error_set(VR_EINPUT, "%s: %zu problem(s)", path, d->n);
	}
	return err;
}

/* The lines of a case file's items, from its text: the values of a case
 * file carry no lines once it has run (lualines.h). NULL when the file
 * cannot be read or scanned. Scanned once, however many lines are asked. */
vr_lualines *vr_cli_casefile_lines(const char *path)
{
	FILE *f = fopen(path, "rb");
	vr_buf b = VR_BUF_INIT;
	vr_lualines *l = NULL;
	char chunk[65536];
	size_t n;

	if (!f)
		return NULL;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		vr_buf_put(&b, chunk, n);
	if (!ferror(f) && vr_buf_ok(&b) && b.len)
		l = vr_lualines_scan(b.ptr, b.len);
	fclose(f);
	vr_buf_free(&b);
	return l;
}

int vr_cli_casefile_line(const char *path, const char *where)
{
	vr_lualines *l = vr_cli_casefile_lines(path);
	int line = l ? vr_lualines_find(l, where) : 0;

	vr_lualines_free(l);
	return line;
}

int vr_cli_read_input(const char *cmd, const char *path, vr_val **out, int *document)
{
	return vr_cli_read_input_sigs(cmd, path, out, document, NULL);
}

int vr_cli_read_input_sigs(const char *cmd, const char *path, vr_val **out, int *document,
			   vr_val **signatures)
{
	vr_diags d = VR_DIAGS_INIT;
	char dir[PATH_MAX];
	const char *agency;
	int err;

	*out = NULL;
	*document = ends_with(path, ".xml");
	if (!*document && !ends_with(path, ".lua")) {
		fprintf(stderr, "vrtool %s: %s: give a case file (.lua, a Lua table) or a "
			"vrtool document (.xml); see docs/model.md\n", cmd, path);
		return VR_EINPUT;
	}
	if (signatures)
		*signatures = NULL;
	err = *document ? read_document(path, out, signatures, &d)
			: vr_casefile_load(path, out, &d);
	if (err == 0) {
		agency = vr_val_gets(vr_val_get(*out, "case"), "agency");
		if (vr_paths_plugin_dir(agency, dir, sizeof(dir)) < 0) {
			vr_diags_add(&d, "case.agency", vr_val_get(vr_val_get(*out, "case"),
								   "agency")->line,
				     "'%s' names no installed plugin (see `vrtool plugin list`, "
				     "or add its folder with --plugin-path)", agency);
			vr_val_free(*out);
			*out = NULL;
			err = VR_EINPUT;
		}
	}
	/* what was read but deserves a word: an old field name */
	vr_lualines *lines = err == 0 && d.nnotes && !*document ? vr_cli_casefile_lines(path) : NULL;
	for (size_t i = 0; err == 0 && i < d.nnotes; i++) {
		int line = d.notes[i].line ? d.notes[i].line
			   : lines ? vr_lualines_find(lines, d.notes[i].path) : 0;
		if (line)
			fprintf(stderr, "vrtool %s: warning: %s:%d: %s: %s\n", cmd, vr_term(path),
				line, d.notes[i].path, d.notes[i].msg);
		else
			fprintf(stderr, "vrtool %s: warning: %s: %s: %s\n", cmd, vr_term(path),
				d.notes[i].path, d.notes[i].msg);
	}
	vr_lualines_free(lines);
	if (err < 0 && signatures) {
		vr_val_free(*signatures);
		*signatures = NULL;
	}
	if (err < 0) {
		if (d.n)
			vr_cli_print_diags(path, &d);
		else
			/* a message may quote a plugin or a file: escaped for the terminal */
	fprintf(stderr, "vrtool %s: %s\n", cmd, vr_term(vr_error_last()));
	}
	vr_diags_free(&d);
	return err;
}

/* One loaded plugin per agency for the life of the command. */
#include "host/plugin.h"
static vr_plugins *cli_plugins;

static int add_load(const char *staff_id, const char *role, long long cases, void *ud)
{
	vr_val *caseload = ud, *who = vr_val_get(caseload, staff_id), *roles;
	const vr_val *n;

	if (!who) {
		if (vr_val_obj_set(caseload, staff_id, vr_val_obj()) < 0 ||
		    !(who = vr_val_get(caseload, staff_id)) ||
		    vr_val_obj_set(who, "cases", vr_val_int(0)) < 0 ||
		    vr_val_obj_set(who, "roles", vr_val_obj()) < 0)
			return vr_error_set(VR_ENOMEM, "out of memory");
	}
	roles = vr_val_get(who, "roles");
	n = vr_val_get(who, "cases");
	if (vr_val_obj_set(roles, role, vr_val_int(cases)) < 0 ||
	    vr_val_obj_set(who, "cases", vr_val_int(n->u.i + cases)) < 0)
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

/* ctx.summary for an agency: { caseload = { STAFF = { cases = N, roles =
 * { ROLE = N } } } }, counting the agency's cases that are not closed. */
static int summary_for(vr_store *s, const char *agency, const char *case_id, vr_val **out)
{
	vr_val *sum = vr_val_obj(), *caseload = vr_val_obj();
	int err;

	if (!sum || !caseload || vr_val_obj_set(sum, "caseload", caseload) < 0) {
		vr_val_free(sum);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	if ((err = vr_store_caseload(s, agency, case_id, add_load, caseload)) < 0) {
		vr_val_free(sum);
		return err;
	}
	*out = sum;
	return 0;
}

/*
 * ctx.summary is computed once per plugin per run, for the whole agency.
 * A command about one case asks only for the caseloads of the staff that
 * case lists (vr_cli_plugin_for_case): a lookup instead of a scan of every
 * case, which kept `vrtool check CASE` from starting fast on a large
 * database. Such a summary is remembered as scoped to its case and
 * replaced when another case, or the whole agency, is asked for.
 */
static vr_plugin *scoped;
static char scoped_case[256];

static int plugin_with_summary(vr_store *s, const char *agency, const char *case_id,
			       vr_plugin **out)
{
	vr_val *sum = NULL;
	int err, fresh;

	if (!cli_plugins && (err = vr_plugins_new(&cli_plugins)) < 0)
		return err;
	if ((err = vr_plugins_get(cli_plugins, agency, out)) < 0)
		return err;
	fresh = !vr_plugin_summary(*out) ||
		(*out == scoped && (!case_id || strcmp(case_id, scoped_case) != 0));
	if (fresh && s) {
		if (case_id && strlen(case_id) >= sizeof(scoped_case))
			case_id = NULL; /* absurdly long: the whole agency */
		if ((err = summary_for(s, agency, case_id, &sum)) < 0)
			return err;
		vr_plugin_set_summary(*out, sum);
		if (case_id) {
			scoped = *out;
			snprintf(scoped_case, sizeof(scoped_case), "%s", case_id);
		} else if (*out == scoped) {
			scoped = NULL;
		}
	}
	return 0;
}

int vr_cli_plugin_for(vr_store *s, const char *agency, vr_plugin **out)
{
	return plugin_with_summary(s, agency, NULL, out);
}

int vr_cli_plugin_for_case(vr_store *s, const char *agency, const char *case_id,
			   vr_plugin **out)
{
	return plugin_with_summary(s, agency, case_id, out);
}

void vr_cli_plugins_free(void)
{
	vr_plugins_free(cli_plugins);
	cli_plugins = NULL;
	scoped = NULL;
}

typedef struct {
	vr_cli *c;
	vr_store *s;
	vr_cli_plan_fn fn;
	vr_cli_noplugin_fn nofn;
	void *ud;
	vr_cli_case k;
	vr_plugin *p;
	long long cases, plans;
	int docs;               /* vr_cli_walk_docs: no decoding of stored values */
	int in_effect_too;      /* also the version in effect, when not the newest */
	int in_effect_only;     /* the version in effect instead of the newest */
	int closed;             /* the case being walked is closed */
} walker;

static int visit(walker *w, const vr_store_version_row *r, const vr_planstate *ps)
{
	vr_val *plan = NULL;
	vr_cli_enc *pe = &w->k.enc[2];
	int err;

	pe->enc = NULL;
	pe->len = 0;
	if ((!w->docs || vr_ingest_stored_enc(&r->val, &pe->enc, &pe->len) <= 0) &&
	    (err = vr_cli_read_plan(r, &plan)) < 0)
		return err;
	if (!(w->k.life = vr_planstate_lifecycle(ps, r->version))) {
		vr_val_free(plan);
		return VR_ENOMEM;
	}
	w->k.state = vr_planstate_version(ps, r->version);
	err = w->fn(w->ud, &w->k, w->p, r, plan);
	vr_val_free(w->k.life);
	w->k.life = NULL;
	w->k.state = NULL;
	vr_val_free(plan);
	return err;
}

/* The newest version of a plan, with the plan's lifecycle (what rules see
 * as ctx.lifecycle); first the version in effect when it is an older one
 * and the walk asks for it (deadlines: clocks follow the plan in effect). */
static int walk_version(const vr_store_version_row *r, void *ud)
{
	walker *w = ud;
	vr_planstate ps;
	vr_plugin_doc pc[2];
	int err = 0, eff;

	for (int i = 0; i < 2; i++) {
		pc[i].v = i ? w->k.kase : w->k.person;
		pc[i].enc = pc[i].v ? NULL : w->k.enc[i].enc;
		pc[i].len = pc[i].v ? 0 : w->k.enc[i].len;
	}
	if ((err = vr_planstate_load_docs(w->s, w->p, r->plan_id, pc, w->closed, 1, &ps)) < 0) {
		/* the plugin failed on this plan (a `requirements` function that
		 * loops, say): a finding on the case, and on to the next plan */
		if (err != VR_EPLUGIN)
			return err;
		w->plans++;
		vr_error_wrap(err, "plan %s: its status could not be computed, so it was not "
			      "checked: ", r->plan_id);
		return w->nofn(w->ud, w->k.row.id, w->k.row.agency);
	}
	w->plans++;
	eff = vr_planstate_effective(&ps);
	if ((w->in_effect_too || w->in_effect_only) && eff && eff != r->version) {
		vr_store_version_row e;
		if ((err = vr_store_get_version(w->s, r->plan_id, eff, &e)) == 0) {
			w->k.earlier = !w->in_effect_only;
			err = visit(w, &e, &ps);
			w->k.earlier = 0;
			vr_store_version_row_free(&e);
		}
		if (w->in_effect_only) {
			vr_planstate_free(&ps);
			return err;
		}
	}
	if (err == 0)
		err = visit(w, r, &ps);
	vr_planstate_free(&ps);
	return err;
}

static int walk_one(const char *id, const char *agency, walker *w)
{
	int err;

	w->cases++;
	if ((w->c->all ? vr_cli_plugin_for(w->s, agency, &w->p)
		       : vr_cli_plugin_for_case(w->s, agency, id, &w->p)) < 0)
		return w->nofn(w->ud, id, agency);
	if ((err = load_case(w->s, id, &w->k, w->docs)) < 0)
		return err;
	w->closed = w->k.kase ? vr_case_is_closed(w->k.kase)
			      : w->k.row.status && !strcmp(w->k.row.status, "closed");
	if (!w->k.kase && !w->closed &&
	    (err = vr_store_case_has_event(w->s, id, "closure", &w->closed)) < 0) {
		vr_cli_case_free(&w->k);
		return err;
	}
	err = vr_store_each_latest(w->s, id, walk_version, w);
	vr_cli_case_free(&w->k);
	return err;
}

/* With the cases shared among processes (vr_cli_shards_ordered), each
 * takes its own and marks where each ends in its output. */
static int walk_case(const char *id, const char *agency, void *ud)
{
	int err;

	if (!vr_cli_sharded())
		return walk_one(id, agency, ud);
	if (!vr_cli_shard_mine())
		return 0;
	err = walk_one(id, agency, ud);
	vr_cli_shard_case_end();
	return err;
}

static int walk(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn, void *ud,
		long long *cases, long long *plans, int docs)
{
	walker w;
	int err;

	memset(&w, 0, sizeof(w));
	w.docs = docs & 1;
	w.in_effect_too = (docs & 2) != 0;
	w.in_effect_only = (docs & 4) != 0;
	w.c = c;
	w.s = s;
	w.fn = fn;
	w.nofn = nofn;
	w.ud = ud;
	if (c->all) {
		err = vr_store_each_case(s, c->agency, walk_case, &w);
	} else {
		vr_store_case_row row;
		if ((err = vr_store_get_case(s, c->args[0], &row)) == 0) {
			err = walk_case(row.id, row.agency, &w);
			vr_store_case_row_free(&row);
		}
	}
	*cases = w.cases;
	*plans = w.plans;
	return err;
}

int vr_cli_walk(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn, void *ud,
		long long *cases, long long *plans)
{
	return walk(c, s, fn, nofn, ud, cases, plans, 0);
}

int vr_cli_walk_docs(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
		     void *ud, long long *cases, long long *plans)
{
	return walk(c, s, fn, nofn, ud, cases, plans, 1);
}

int vr_cli_walk_in_effect(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans)
{
	return walk(c, s, fn, nofn, ud, cases, plans, 1 | 2);
}

int vr_cli_walk_effective(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans)
{
	return walk(c, s, fn, nofn, ud, cases, plans, 1 | 4);
}

void vr_cli_docs(const vr_cli_case *k, const vr_val *plan, vr_plugin_doc *docs)
{
	const vr_val *v[3] = { k->person, k->kase, plan };

	for (int i = 0; i < 3; i++) {
		docs[i].v = v[i];
		docs[i].enc = v[i] ? NULL : k->enc[i].enc;
		docs[i].len = v[i] ? 0 : k->enc[i].len;
	}
	docs[3].v = k->life;
	docs[3].enc = NULL;
	docs[3].len = 0;
}

/* --- the export document of a stored version ------------------------ */

static int put(vr_val *o, const char *k, const char *v)
{
	return v ? vr_val_obj_set(o, k, vr_val_str(v)) : 0;
}

/* A stored signature as the document carries it (model.c signature_f). */
static int add_sig(const vr_store_sig_row *g, void *ud)
{
	vr_val **list = ud, *o = vr_val_obj(), *signer = vr_val_obj();

	if (!o || !signer || put(o, "plan", g->plan_id) < 0 ||
	    vr_val_obj_set(o, "version", vr_val_int(g->version)) < 0 ||
	    put(o, "digest", g->digest) < 0 || put(o, "role", g->role) < 0 ||
	    put(signer, "id", g->signer_id) < 0 || put(signer, "name", g->signer_name) < 0 ||
	    vr_val_obj_set(o, "signer", signer) < 0 || put(o, "method", g->method) < 0 ||
	    put(o, "meaning", g->meaning) < 0 || put(o, "intent", g->intent) < 0 ||
	    put(o, "identity", g->identity) < 0 || put(o, "at", g->at) < 0 ||
	    put(o, "scan_sha256", g->scan_sha256) < 0 || put(o, "key_id", g->key_id) < 0 ||
	    put(o, "seal", g->seal) < 0 || put(o, "seen", g->seen) < 0 ||
	    put(o, "recorded_by", g->recorded_by) < 0) {
		if (!o)
			vr_val_free(signer);
		vr_val_free(o);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	if (g->withdrawal_id) {
		vr_val *w = vr_val_obj();
		if (!w || put(w, "reason", g->w_reason) < 0 || put(w, "by", g->w_by) < 0 ||
		    put(w, "at", g->w_at) < 0 || put(w, "key_id", g->w_key_id) < 0 ||
		    put(w, "seal", g->w_seal) < 0 || vr_val_obj_set(o, "withdrawal", w) < 0) {
			vr_val_free(o);
			return vr_error_set(VR_ENOMEM, "out of memory");
		}
	}
	if (vr_val_arr_push(list[0], o) < 0)
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

typedef struct {
	int version;
	vr_val *list;
} sig_filter;

static int add_sig_of_version(const vr_store_sig_row *g, void *ud)
{
	sig_filter *f = ud;
	return g->version == f->version ? add_sig(g, &f->list) : 0;
}

int vr_cli_document(vr_store *s, const vr_store_version_row *v, const char *xsd, char **xml,
		    size_t *len)
{
	vr_cli_case k;
	vr_val *plan = NULL;
	sig_filter sigs = { v->version, vr_val_arr() };
	int err;

	*xml = NULL;
	if (!sigs.list)
		return vr_error_set(VR_ENOMEM, "out of memory");
	if ((err = vr_cli_load_case(s, v->case_id, &k)) < 0) {
		vr_val_free(sigs.list);
		return err;
	}
	/* on failure the caller says what was not made (exported, rendered) */
	if ((err = vr_cli_read_plan(v, &plan)) == 0 &&
	    (err = vr_store_each_signature(s, v->plan_id, add_sig_of_version, &sigs)) == 0)
		err = vr_doc_export(k.person, k.kase, plan, sigs.list, xsd, xml, len);
	vr_val_free(plan);
	vr_val_free(sigs.list);
	vr_cli_case_free(&k);
	return err;
}

int vr_cli_xsd(char *out, size_t n)
{
	const char *dd = vr_paths_datadir();
	if (!dd)
		return VR_ENOTFOUND;
	snprintf(out, n, "%s/templates/schema/vrtool-1.xsd", dd);
	return 0;
}

/* --- the audit objects of a case ---------------------------------------- */

static int collect_plan(const char *plan_id, const char *kind, void *ud)
{
	vr_cli_objects *o = ud;
	char **grown = realloc(o->plans, (o->nplans + 1) * sizeof(*grown));

	(void)kind;
	if (!grown)
		return vr_error_set(VR_ENOMEM, "out of memory");
	o->plans = grown;
	if (!(grown[o->nplans] = strdup(plan_id)))
		return vr_error_set(VR_ENOMEM, "out of memory");
	o->nplans++;
	return 0;
}

int vr_cli_objects_load(vr_store *s, const char *case_id, vr_cli_objects *o)
{
	vr_store_case_row row;
	int err;

	memset(o, 0, sizeof(*o));
	if (!case_id)
		return 0;
	o->case_id = case_id;
	if ((err = vr_store_get_case(s, case_id, &row)) < 0)
		return err;
	vr_store_case_row_free(&row);
	if ((err = vr_store_each_plan(s, case_id, collect_plan, o)) < 0)
		vr_cli_objects_free(o);
	return err;
}

int vr_cli_objects_match(const vr_cli_objects *o, const char *object)
{
	if (!o->case_id)
		return 1;
	if (!strncmp(object, "case:", 5) && !strcmp(object + 5, o->case_id))
		return 1;
	if (strncmp(object, "plan:", 5) != 0)
		return 0;
	for (size_t i = 0; i < o->nplans; i++) {
		size_t n = strlen(o->plans[i]);
		if (!strncmp(object + 5, o->plans[i], n) &&
		    (object[5 + n] == '@' || object[5 + n] == '\0'))
			return 1;
	}
	return 0;
}

void vr_cli_objects_free(vr_cli_objects *o)
{
	for (size_t i = 0; i < o->nplans; i++)
		free(o->plans[i]);
	free(o->plans);
	o->plans = NULL;
	o->nplans = 0;
}
