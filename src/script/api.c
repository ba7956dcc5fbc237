/*
 * api.c - the `vr` API of staff scripts (docs/scripting.md), over the
 * application layer: `vrtool run` and `vrtool shell` (cmd_run.c) are its
 * front ends, as the commands are the application layer's.
 *
 * Scripts are trusted staff code (DESIGN.md): a full Lua state with the
 * standard libraries, the pure-Lua vr library (vr.date, vr.money, vr.case)
 * and the C API below (vr.open, vr.csv, vr.json, vr.today). They reach
 * plans only through the code the commands use: the store, the plugins in
 * their workers, the document and render paths (src/app/). No command is
 * run in a child process, nothing is read from /proc, and the run's own
 * options (--db, --as-of, --json, --plugin-path) are the state's, kept in
 * its registry (vr_script_state), not a global.
 *
 * A db object is a userdata ("vr.Db") that closes with __gc or __close.
 * Iterators are lazy: db:cases{} fetches the next case id with one query
 * per step and holds nothing open between steps, so a script can walk a
 * statewide caseload without loading it. Writes (db:import) run inside a
 * transaction the script opens with db:begin() and ends with db:commit() or
 * db:rollback(); without one, each write is its own. A transaction still
 * open when the script ends is rolled back, and said so.
 */
#include "script/api_db.h"
#include "app/app.h"
#include "app/cases.h"
#include "app/document.h"
#include "app/import.h"
#include "app/input.h"
#include "app/checks.h"
#include "app/publish.h"
#include "app/render.h"
#include "app/verify.h"
#include "core/buf.h"
#include "core/date.h"
#include "core/error.h"
#include "core/sign.h"
#include "core/term.h"
#include "core/ingest.h"
#include "core/render.h"
#include "host/library.h"
#include "host/luaval.h"
#include "host/paths.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>


/* The run's own options, kept in the state's registry under this key. */
static const char opts_key = 'o';

const vr_script_opts *vr_script_opts_of(lua_State *L)
{
	const vr_script_opts *o;
	lua_rawgetp(L, LUA_REGISTRYINDEX, &opts_key);
	o = lua_touserdata(L, -1);
	lua_pop(L, 1);
	return o;
}

db_t *vr_script_check_db(lua_State *L, int i)
{
	db_t *d = luaL_checkudata(L, i, DB_MT);
	if (!d->s)
		luaL_error(L, "the database is closed");
	return d;
}

int vr_script_raise(lua_State *L)
{
	return luaL_error(L, "%s", vr_error_last());
}

static int db_close(lua_State *L)
{
	db_t *d = luaL_checkudata(L, 1, DB_MT);
	if (d->s) {
		if (d->in_tx) {
			vr_store_rollback(d->s);
			fprintf(stderr, "vrtool run: %s: a transaction was still open when the script "
				"ended; it was rolled back\n", vr_store_path(d->s));
		}
		vr_store_free(d->s);
		d->s = NULL;
	}
	return 0;
}

/* vr.open([path]) -> db | nil, message */
static int l_open(lua_State *L)
{
	const vr_script_opts *o = vr_script_opts_of(L);
	vr_app defaults = { o->db, o->as_of, NULL };
	const char *path = luaL_optstring(L, 1, vr_app_db(&defaults));
	db_t *d = lua_newuserdatauv(L, sizeof(*d), 0);

	memset(d, 0, sizeof(*d));
	luaL_setmetatable(L, DB_MT);
	snprintf(d->path, sizeof(d->path), "%s", path);
	d->app.db = d->path;
	d->app.as_of = o->as_of;
	if (vr_store_open(&d->s, path, VR_STORE_OPEN) < 0) {
		lua_pushnil(L);
		lua_pushstring(L, vr_error_last());
		return 2;
	}
	return 1;
}

const char *vr_script_field_str(lua_State *L, int t, const char *k)
{
	const char *v = NULL;
	if (lua_type(L, t) == LUA_TTABLE) {
		lua_getfield(L, t, k);
		v = lua_tostring(L, -1);
		lua_pop(L, 1);   /* a string field stays alive in its table */
	}
	return v;
}

static const char *as_of_arg(lua_State *L, int i)
{
	const char *a = luaL_optstring(L, i, vr_script_opts_of(L)->as_of);
	long days;
	if (vr_date_parse(a, &days) < 0)
		luaL_argerror(L, i, vr_error_last());
	return a;
}

/* --- rules, deadlines, fees ------------------------------------------- */

typedef struct {
	lua_State *L;
	const char *op, *as_of;
	int n;
} op_walk;

static int op_plan(void *ud, const vr_app_case *k, vr_plugin *p,
		   const vr_store_version_row *row, const vr_val *plan)
{
	op_walk *w = ud;
	vr_val *list = vr_val_arr();
	int err = list ? vr_app_plan_records(w->op, k, p, row, plan, w->as_of, list)
		       : vr_error_set(VR_ENOMEM, "out of memory");

	for (size_t i = 0; i < vr_val_len(list); i++) {
		vr_lua_push_val(w->L, vr_val_at(list, i));
		lua_rawseti(w->L, -2, ++w->n);
	}
	vr_val_free(list);
	return err;
}

static int no_plugin(void *ud, const char *case_id, const char *agency)
{
	op_walk *w = ud;
	vr_val *rec = vr_app_noplugin_record(w->op, case_id, agency);

	if (!rec)
		return vr_error_set(VR_ENOMEM, "out of memory");
	vr_lua_push_val(w->L, rec);
	lua_rawseti(w->L, -2, ++w->n);
	vr_val_free(rec);
	return 0;
}

/* db:check(case [, as_of]) / db:deadlines / db:fees / db:measures -> list */
static int run_op(lua_State *L, const char *op)
{
	db_t *d = vr_script_check_db(L, 1);
	op_walk w = { L, op, NULL, 0 };
	vr_app_scope sc = { luaL_checkstring(L, 2), NULL };
	long long cases, plans;

	w.as_of = as_of_arg(L, 3);
	lua_newtable(L);
	/* the versions the commands visit (vr_app_walk_op) */
	if (vr_app_walk_op(op, &sc, d->s, op_plan, no_plugin, &w, &cases, &plans) < 0)
		return vr_script_raise(L);
	return 1;
}

static int db_check(lua_State *L) { return run_op(L, "check"); }
static int db_deadlines(lua_State *L) { return run_op(L, "deadlines"); }
static int db_fees(lua_State *L) { return run_op(L, "fees"); }
static int db_measures(lua_State *L) { return run_op(L, "measures"); }

/* --- documents ---------------------------------------------------------- */

/* A file the script names, written atomically (vr_app_write_file). */
static int write_path(void *ud, const char *data, size_t len)
{
	return vr_app_write_file(ud, data, len, 0600);
}

/* db:export(plan, path [, version]): as `vrtool export`, inside the
 * script's transaction when one is open */
static int db_export(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	const char *plan = luaL_checkstring(L, 2), *path = luaL_checkstring(L, 3);
	int version = (int)luaL_optinteger(L, 4, 0);
	vr_app_sink to = { write_path, (void *)path, path };
	vr_store_version_row v;
	char xsd[PATH_MAX];
	int err;

	if ((err = vr_app_xsd(xsd, sizeof(xsd))) < 0 ||
	    (err = vr_store_get_version(d->s, plan, version, &v)) < 0)
		return vr_script_raise(L);
	err = vr_app_export(d->s, &v, xsd, &to, " (script)", d->in_tx);
	vr_store_version_row_free(&v);
	if (err < 0)
		return vr_script_raise(L);
	lua_pushstring(L, path);
	return 1;
}

/* The render options a script gives in the table at t (db:render,
 * db:render_all): format, lang, large_print; as of the run's date. */
static int render_opts(lua_State *L, int t, const db_t *d, vr_app_render_opts *o)
{
	const char *format = vr_script_field_str(L, t, "format");
	const char *lang = vr_script_field_str(L, t, "lang");

	memset(o, 0, sizeof(*o));
	if (format && strcmp(format, "html") && strcmp(format, "pdf"))
		return luaL_error(L, "render: format is \"html\" or \"pdf\", not \"%s\"", format);
	if (lang && !vr_app_render_lang_ok(lang))
		return luaL_error(L, "render: lang is \"en\" or \"es\", not \"%s\"", lang);
	lua_getfield(L, t, "large_print");
	o->large_print = lua_toboolean(L, -1);
	lua_pop(L, 1);
	o->pdf = format && !strcmp(format, "pdf");
	o->lang = lang;
	o->as_of = d->app.as_of;
	if (o->pdf && !vr_render_weasyprint())
		return luaL_error(L, "render: %s", vr_error_last());
	if (vr_app_xsd(o->xsd, sizeof(o->xsd)) < 0)
		return vr_script_raise(L);
	return 0;
}

/* db:render(plan, { out = path, format = "html"|"pdf", lang = "en"|"es",
 * large_print = bool, version = n }): as `vrtool render` (the same
 * operation, app/render.h), recorded in its own transaction */
static int db_render(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	const char *plan = luaL_checkstring(L, 2), *out;
	vr_app_render_opts o;
	vr_store_version_row v;
	vr_app_sink to;
	int version = 0, err;

	luaL_checktype(L, 3, LUA_TTABLE);
	out = vr_script_field_str(L, 3, "out");
	lua_getfield(L, 3, "version");
	if (lua_isinteger(L, -1))
		version = (int)lua_tointeger(L, -1);
	lua_pop(L, 1);
	if (!out)
		return luaL_error(L, "render needs { out = PATH }");
	if (d->in_tx)
		return luaL_error(L, "render writes its own audit entry: call it outside db:begin()");
	render_opts(L, 3, d, &o);
	to.write = write_path;
	to.ud = (void *)out;
	to.name = out;
	if ((err = vr_store_get_version(d->s, plan, version, &v)) < 0)
		return vr_script_raise(L);
	err = vr_app_render(d->s, &o, &v, &to, NULL, NULL);
	vr_store_version_row_free(&v);
	if (err < 0)
		return luaL_error(L, "rendering plan %s failed: %s", plan, vr_error_last());
	lua_pushstring(L, out);
	return 1;
}

/* A plan left out of db:render_all: its plugin failed (kept in the result). */
static void publish_left_out(void *ud, const char *plan_id, int version, const char *why)
{
	lua_State *L = ud;
	lua_createtable(L, 0, 3);
	lua_pushstring(L, plan_id);
	lua_setfield(L, -2, "plan");
	lua_pushinteger(L, version);
	lua_setfield(L, -2, "version");
	lua_pushstring(L, why);
	lua_setfield(L, -2, "message");
	lua_rawseti(L, -2, (lua_Integer)luaL_len(L, -2) + 1);
}

/* db:export_all{ out = DIR [, agency = ID] } / db:render_all{ out = DIR,
 * format, lang, large_print, agency }: as `vrtool export --all` and
 * `render --all` (the same operation, app/publish.h), in this process:
 * every plan's newest version into DIR with its audit record, all or
 * none. -> { published = N, left_out = { {plan, version, message}... } } */
static int publish(lua_State *L, int render)
{
	db_t *d = vr_script_check_db(L, 1);
	vr_app_render_opts ro;
	vr_app_publish_opts o;
	vr_app_published p;
	int err;

	luaL_checktype(L, 2, LUA_TTABLE);
	memset(&o, 0, sizeof(o));
	if (!(o.dir = vr_script_field_str(L, 2, "out")))
		return luaL_error(L, "%s needs { out = DIR }", render ? "render_all" : "export_all");
	o.agency = vr_script_field_str(L, 2, "agency");
	if (d->in_tx)
		return luaL_error(L, "%s writes its own audit entries: call it outside db:begin()",
				  render ? "render_all" : "export_all");
	if (render) {
		render_opts(L, 2, d, &ro);
		ro.whole_agency = 1;
		o.render = &ro;
	}
	o.one_process = 1;
	o.left_out = publish_left_out;
	o.ud = L;
	lua_createtable(L, 0, 2);
	lua_newtable(L);               /* left_out, filled as plans are left out */
	if ((err = vr_app_publish(&d->app, d->s, &o, &p)) < 0)
		return vr_script_raise(L);
	lua_setfield(L, -2, "left_out");
	lua_pushinteger(L, p.published);
	lua_setfield(L, -2, "published");
	return 1;
}

static int db_export_all(lua_State *L) { return publish(L, 0); }
static int db_render_all(lua_State *L) { return publish(L, 1); }

/* db:audit{ case = id } -> list of { seq, at, actor, action, object, detail } */
typedef struct {
	lua_State *L;
	vr_app_objects objects;
	int n;
} audit_walk;

static int audit_row(const vr_store_audit_row *r, void *ud)
{
	audit_walk *w = ud;
	if (!vr_app_objects_match(&w->objects, r->object))
		return 0;
	lua_createtable(w->L, 0, 6);
	lua_pushinteger(w->L, r->seq);
	lua_setfield(w->L, -2, "seq");
	lua_pushstring(w->L, r->at);
	lua_setfield(w->L, -2, "at");
	lua_pushstring(w->L, r->actor);
	lua_setfield(w->L, -2, "actor");
	lua_pushstring(w->L, r->action);
	lua_setfield(w->L, -2, "action");
	lua_pushstring(w->L, r->object);
	lua_setfield(w->L, -2, "object");
	lua_pushstring(w->L, r->detail);
	lua_setfield(w->L, -2, "detail");
	lua_rawseti(w->L, -2, ++w->n);
	return 0;
}

static int db_audit(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	audit_walk w = { L, { NULL, NULL, 0 }, 0 };
	int err;

	if (vr_app_objects_load(d->s, vr_script_field_str(L, 2, "case"), &w.objects) < 0)
		return vr_script_raise(L);
	lua_newtable(L);
	err = vr_store_each_audit(d->s, audit_row, &w);
	vr_app_objects_free(&w.objects);
	if (err < 0)
		return vr_script_raise(L);
	return 1;
}

/* db:verify(plan | path.xml [, { key = KEYFILE }]) -> { ok, verified, failed,
 * checks = { { what, ok, why }, ... }, plan = { id, version, digest } for a
 * file }: as `vrtool verify` (the same operation, app/verify.h) */
static int db_verify(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	const char *arg = luaL_checkstring(L, 2), *key;
	vr_app_verify_report r;
	vr_val *v;
	int err;

	if (!lua_isnoneornil(L, 3))
		luaL_checktype(L, 3, LUA_TTABLE);
	key = vr_script_field_str(L, 3, "key");
	err = vr_app_verify_is_file(arg) ? vr_app_verify_file(d->s, arg, key, &r)
					 : vr_app_verify_plan(d->s, arg, key, &r);
	if (err < 0) {
		vr_app_verify_report_free(&r);
		return vr_script_raise(L);
	}
	v = vr_app_verify_report_value(&r);
	vr_app_verify_report_free(&r);
	if (!v)
		return vr_script_raise(L);
	vr_lua_push_val(L, v);
	vr_val_free(v);
	return 1;
}

/* --- writes ------------------------------------------------------------ */

static int db_begin(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	if (d->in_tx)
		return luaL_error(L, "a transaction is already open");
	if (vr_store_begin(d->s) < 0)
		return vr_script_raise(L);
	d->in_tx = 1;
	return 0;
}

static int db_commit(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	if (!d->in_tx)
		return luaL_error(L, "no transaction is open (db:begin() first)");
	if (vr_store_commit(d->s) < 0) {
		vr_store_rollback(d->s);
		d->in_tx = 0;
		return vr_script_raise(L);
	}
	d->in_tx = 0;
	return 0;
}

static int db_rollback(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	if (d->in_tx)
		vr_store_rollback(d->s);
	d->in_tx = 0;
	return 0;
}

/* A case file or document read as `vrtool import` reads it, its problems
 * and notes on stderr (app/input.h). */
static int read_input(const char *path, vr_val **out, int *doc, vr_val **sigs)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_buf problems = VR_BUF_INIT, notes = VR_BUF_INIT;
	int err = vr_app_read_input(path, out, doc, sigs, &d);

	vr_app_diags_text(path, &d, &problems, &notes);
	if (err == 0)
		vr_app_lines_to(stderr, "run", &notes);
	else if (d.n)
		fputs(vr_buf_cstr(&problems), stderr);
	else
		fprintf(stderr, "vrtool run: %s\n", vr_term(vr_error_last()));
	vr_buf_free(&problems);
	vr_buf_free(&notes);
	vr_diags_free(&d);
	return err;
}

/* db:import(path) -> { case, plans_new, plans_same } */
static int db_import(lua_State *L)
{
	db_t *d = vr_script_check_db(L, 1);
	const char *path = luaL_checkstring(L, 2);
	vr_val *tree = NULL, *sigs = NULL;
	vr_ingest_report r;
	vr_key *key = NULL;
	vr_buf warn = VR_BUF_INIT;
	int doc, err, own = !d->in_tx;

	if (read_input(path, &tree, &doc, &sigs) < 0)
		return luaL_error(L, "%s: the file was not imported (see the messages above)", path);
	/* as `vrtool import`: a plan's history under the rules of sign */
	if ((err = vr_app_import_prepare(d->s, &d->app, path, tree, sigs, doc, &key,
					 &warn)) < 0)
		goto fail;
	if (own && (err = vr_store_begin(d->s)) < 0)
		goto fail;
	if ((err = vr_app_import_one(d->s, &d->app, path, tree, sigs, doc, key, &warn, &r)) < 0) {
		if (own)
			vr_store_rollback(d->s);
		goto fail;
	}
	if (own && (err = vr_store_commit(d->s)) < 0) {
		vr_store_rollback(d->s);
		goto fail;
	}
	vr_app_lines_to(stderr, "import", &warn);
	vr_buf_free(&warn);
	vr_key_free(key);
	lua_createtable(L, 0, 3);
	lua_pushstring(L, vr_val_gets(vr_val_get(tree, "case"), "id"));
	lua_setfield(L, -2, "case");
	lua_pushinteger(L, r.plans_new);
	lua_setfield(L, -2, "plans_new");
	lua_pushinteger(L, r.plans_same);
	lua_setfield(L, -2, "plans_same");
	vr_val_free(tree);
	vr_val_free(sigs);
	return 1;
fail:
	vr_app_lines_to(stderr, "import", &warn);
	vr_buf_free(&warn);
	vr_key_free(key);
	vr_val_free(tree);
	vr_val_free(sigs);
	return vr_script_raise(L);
}

/* --- CSV and JSON ------------------------------------------------------- */

static void csv_cell(vr_buf *b, const char *s)
{
	if (strpbrk(s, ",\"\n\r")) {
		vr_buf_putc(b, '"');
		for (; *s; s++) {
			if (*s == '"')
				vr_buf_putc(b, '"');
			vr_buf_putc(b, *s);
		}
		vr_buf_putc(b, '"');
	} else {
		vr_buf_puts(b, s);
	}
}

/* vr.csv(rows, columns) -> text: a header line, then one line per row. */
static int l_csv(lua_State *L)
{
	vr_buf b = VR_BUF_INIT;
	lua_Integer nc, nr;

	luaL_checktype(L, 1, LUA_TTABLE);
	luaL_checktype(L, 2, LUA_TTABLE);
	nc = (lua_Integer)lua_rawlen(L, 2);
	nr = (lua_Integer)lua_rawlen(L, 1);
	for (lua_Integer c = 1; c <= nc; c++) {
		lua_rawgeti(L, 2, c);
		if (c > 1)
			vr_buf_putc(&b, ',');
		csv_cell(&b, luaL_checkstring(L, -1));
		lua_pop(L, 1);
	}
	vr_buf_puts(&b, "\r\n");
	for (lua_Integer r = 1; r <= nr; r++) {
		lua_rawgeti(L, 1, r);
		for (lua_Integer c = 1; c <= nc; c++) {
			lua_rawgeti(L, 2, c);
			lua_gettable(L, -2);
			if (c > 1)
				vr_buf_putc(&b, ',');
			if (!lua_isnil(L, -1))
				csv_cell(&b, luaL_tolstring(L, -1, NULL)), lua_pop(L, 1);
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
		vr_buf_puts(&b, "\r\n");
	}
	if (!vr_buf_ok(&b)) {
		vr_buf_free(&b);
		return luaL_error(L, "out of memory");
	}
	lua_pushlstring(L, b.ptr ? b.ptr : "", b.len);
	vr_buf_free(&b);
	return 1;
}

/* vr.json(value [, indent]) -> text */
static int l_json(lua_State *L)
{
	vr_diags d = VR_DIAGS_INIT;
	vr_val *v = vr_lua_to_val(L, 1, "value", &d);
	vr_buf b = VR_BUF_INIT;
	int indent = (int)luaL_optinteger(L, 2, -1);

	if (!v || d.n) {
		lua_pushstring(L, d.n ? d.items[0].msg : "cannot convert the value");
		vr_diags_free(&d);
		vr_val_free(v);
		return lua_error(L);
	}
	vr_val_to_json(&b, v, indent);
	vr_val_free(v);
	lua_pushlstring(L, b.ptr ? b.ptr : "", b.len);
	vr_buf_free(&b);
	return 1;
}

/* vr.today() -> the as-of date of the run (--as-of, else today) */
static int l_today(lua_State *L)
{
	lua_pushstring(L, vr_script_opts_of(L)->as_of);
	return 1;
}

static const luaL_Reg db_methods[] = {
	{ "cases", vr_script_db_cases }, { "plans", vr_script_db_plans }, { "case", vr_script_db_case },
	{ "check", db_check }, { "deadlines", db_deadlines }, { "fees", db_fees },
	{ "measures", db_measures }, { "export", db_export }, { "render", db_render },
	{ "audit", db_audit }, { "begin", db_begin }, { "commit", db_commit },
	{ "rollback", db_rollback }, { "import", db_import }, { "close", db_close },
	{ "verify", db_verify }, { "export_all", db_export_all }, { "render_all", db_render_all },
	{ NULL, NULL }
};

/* vr.term(s) -> s with control characters escaped, for a terminal (term.h) */
static int l_term(lua_State *L)
{
	lua_pushstring(L, vr_term(luaL_checkstring(L, 1)));
	return 1;
}

static const luaL_Reg vr_funcs[] = {
	{ "open", l_open }, { "csv", l_csv }, { "json", l_json }, { "today", l_today },
	{ "term", l_term }, { NULL, NULL }
};

/* --- the state ---------------------------------------------------------- */

/* A full Lua state (scripts are trusted staff code) with the vr library
 * (host/library.h: lua/vr/ with its host functions) and the API above as
 * the global `vr`, and the run's options in its registry. */
int vr_script_state(const vr_script_opts *o, lua_State **out)
{
	lua_State *L = luaL_newstate();
	vr_script_opts *kept;
	char path[PATH_MAX];
	const char *dd = vr_paths_datadir();

	*out = NULL;
	if (!L)
		return vr_error_set(VR_ENOMEM, "cannot create a Lua state");
	if (!dd) {
		lua_close(L);
		return VR_ENOTFOUND;
	}
	luaL_openlibs(L);
	kept = lua_newuserdatauv(L, sizeof(*kept), 0);
	*kept = *o;
	lua_rawsetp(L, LUA_REGISTRYINDEX, &opts_key);
	/* scripts may require their own helpers beside them and the vr library */
	snprintf(path, sizeof(path), "%s/lua/?.lua;./?.lua", dd);
	lua_getglobal(L, "package");
	lua_pushstring(L, path);
	lua_setfield(L, -2, "path");
	lua_pop(L, 1);
	luaL_newmetatable(L, DB_MT);
	lua_pushcfunction(L, db_close);
	lua_setfield(L, -2, "__gc");
	lua_pushcfunction(L, db_close);
	lua_setfield(L, -2, "__close");
	luaL_newlib(L, db_methods);
	lua_setfield(L, -2, "__index");
	lua_pop(L, 1);
	if (vr_lua_open_library(L) < 0) {
		lua_close(L);
		return VR_EINTERNAL;
	}                                          /* vr */
	luaL_setfuncs(L, vr_funcs, 0);
	/* the run's own options, as a script reads them (report.lua's --json) */
	lua_createtable(L, 0, 3);
	lua_pushboolean(L, o->json);
	lua_setfield(L, -2, "json");
	lua_pushstring(L, o->as_of);
	lua_setfield(L, -2, "as_of");
	lua_setfield(L, -2, "options");
	lua_setglobal(L, "vr");
	*out = L;
	return 0;
}

int vr_script_traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);
	luaL_traceback(L, L, msg ? msg : "(an error object that is not a string)", 1);
	return 1;
}
