/*
 * casefile.c - Lua case files to validated value trees; see casefile.h.
 *
 * The file is read once into memory: the same bytes are run in the sandbox
 * and, when there are problems, scanned for the lines of the fields they
 * concern (lualines.h).
 */
#include "host/casefile.h"
#include "core/error.h"
#include "core/file.h"
#include "core/model.h"
#include "host/lualines.h"
#include "host/luaval.h"
#include "host/sandbox.h"

#include <errno.h>
#include <lauxlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CASEFILE ((size_t)16 << 20)

static int read_all(const char *path, char **out, size_t *len)
{
	return vr_file_read(path, MAX_CASEFILE, "a case file", out, len);
}

/* Gives each diagnostic without a line the line of its field. */
static void add_lines(const char *src, size_t len, vr_diags *d)
{
	vr_lualines *lines = NULL;

	for (size_t i = 0; i < d->n; i++) {
		if (d->items[i].line)
			continue;
		if (!lines && !(lines = vr_lualines_scan(src, len)))
			return;
		d->items[i].line = vr_lualines_find(lines, d->items[i].path);
	}
	vr_lualines_free(lines);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Removes diagnostics from index `from` on whose path was already
 * reported among [first, from). Both may be many (a file of a thousand
 * bad items), so the reported paths are sorted and searched. */
static void drop_repeats(vr_diags *d, size_t first, size_t from)
{
	size_t k = from, n = from - first;
	char **seen_paths;

	if (!n || from == d->n)
		return;
	if (!(seen_paths = malloc(n * sizeof(*seen_paths))))
		return;         /* out of memory: some problems are said twice */
	for (size_t j = 0; j < n; j++)
		seen_paths[j] = d->items[first + j].path;
	qsort(seen_paths, n, sizeof(*seen_paths), cmp_str);
	for (size_t i = from; i < d->n; i++) {
		int seen = bsearch(&d->items[i].path, seen_paths, n, sizeof(*seen_paths),
				   cmp_str) != NULL;
		if (seen) {
			free(d->items[i].path);
			free(d->items[i].msg);
		} else {
			d->items[k++] = d->items[i];
		}
	}
	d->n = k;
	free(seen_paths);
}

static int run(const char *src, size_t len, const char *path, vr_val **out,
	       vr_diags *diags, int validate);

static int load(const char *path, vr_val **out, vr_diags *diags, int validate)
{
	char *src = NULL;
	size_t len = 0;
	int err;

	*out = NULL;
	if ((err = read_all(path, &src, &len)) < 0)
		return err;
	err = run(src, len, path, out, diags, validate);
	free(src);
	return err;
}

int vr_casefile_load(const char *path, vr_val **out, vr_diags *diags)
{
	return load(path, out, diags, 1);
}

int vr_datafile_load(const char *path, vr_val **out, vr_diags *diags)
{
	return load(path, out, diags, 0);
}

int vr_casefile_read(const char *src, size_t len, const char *name, vr_val **out,
		     vr_diags *diags)
{
	*out = NULL;
	if (len > MAX_CASEFILE)
		return vr_error_set(VR_EINPUT, "%s: %zu bytes; a case file may hold at most %ld",
				    name, len, MAX_CASEFILE);
	return run(src, len, name, out, diags, 1);
}

/* Runs the chunk src (named path in messages) and converts what it returns;
 * src need not end with a NUL. */
static int run(const char *src, size_t len, const char *path, vr_val **out,
	       vr_diags *diags, int validate)
{
	vr_lua *x = NULL;
	lua_State *L;
	vr_val *v = NULL;
	vr_trip trip;
	char msg[1024], chunk[512];
	int err;

	if ((err = vr_lua_new(&x, &vr_budget_casefile)) < 0)
		goto done;
	L = vr_lua_state(x);
	/* No string methods either: ("x"):rep(2^62) or a backtracking
	 * ("a"):find(...) would run inside one C call, where the instruction
	 * budget cannot stop it, in this process. Data needs none. */
	lua_pushliteral(L, "");
	lua_pushnil(L);
	lua_setmetatable(L, -2);
	lua_pop(L, 1);
	lua_newtable(L);                                  /* env (empty) */
	snprintf(chunk, sizeof(chunk), "@%s", path);
	if ((err = vr_lua_load(x, src, len, chunk, -1)) < 0) {
		char m[1024];
		snprintf(m, sizeof(m), "%s", vr_error_last());
		if (strstr(m, "binary chunk"))
			vr_error_set(VR_EINPUT, "%s: is compiled Lua (bytecode); a case file must "
				     "be Lua text", path);
		else if (strncmp(m, path, strlen(path)) != 0)
			vr_error_set(VR_EINPUT, "%s: case file syntax error: %s", path, m);
		else
			vr_error_wrap(VR_EINPUT, "case file syntax error: ");
		err = VR_EINPUT;
		goto done;
	}
	if ((err = vr_lua_call(x, 0, 1, msg, sizeof(msg), &trip)) < 0) {
		char *tb = strstr(msg, "\nstack traceback:");
		if (tb)
			*tb = '\0';
		if (trip != VR_TRIP_NONE)
			vr_error_set(VR_EINPUT, "%s: the case file %s; a case file holds data "
				     "only (no loops or computation)", path, msg);
		else
			vr_error_set(VR_EINPUT, "%s; a case file holds data only (no function "
				     "calls or library use)", msg);
		err = VR_EINPUT;
		goto done;
	}
	if (lua_type(L, -1) != LUA_TTABLE) {
		err = vr_error_set(VR_EINPUT, "%s: a %s must end with `return { ... }`%s", path,
				   validate ? "case file" : "data file",
				   validate ? " holding person, case and plans" : "");
		goto done;
	}
	{
		size_t before = diags->n, converted;
		v = vr_lua_to_val(L, -1, "", diags);
		converted = diags->n;
		if (v && validate)
			vr_model_validate_casefile(v, path, diags);
		/* a value already reported as not data is not also "missing" */
		drop_repeats(diags, before, converted);
	}
	if (!v || diags->n) {
		add_lines(src, len, diags);
		err = vr_error_set(VR_EINPUT, "%s: %zu problem(s)", path, diags->n);
		goto done;
	}
	*out = v;
	v = NULL;
done:
	vr_val_free(v);
	vr_lua_free(x);
	return err;
}
