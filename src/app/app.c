/*
 * app.c - the application layer's context: which caseload (the database
 * and its key), who acts, and the plugins loaded for the process with the
 * caseload summary their rules see. See app.h.
 */
#include "app/app.h"
#include "core/error.h"
#include "core/sign.h"
#include "host/plugin.h"

#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The folder a path names its file in (in place: a static copy). */
static const char *dirname_of(const char *path)
{
	static char d[PATH_MAX];
	char *slash;

	snprintf(d, sizeof(d), "%s", path);
	if ((slash = strrchr(d, '/')) && slash != d)
		*slash = '\0';
	return d;
}

const char *vr_app_db(const vr_app *a)
{
	const char *env = getenv("VRTOOL_DB");
	if (a->db)
		return a->db;
	if (env && *env)
		return env;
	return "vrtool.db";
}

int vr_app_open(const vr_app *a, int mode, vr_store **out)
{
	return vr_store_open(out, vr_app_db(a), mode);
}

/*
 * The signing key: --key (a->key), else $VRTOOL_KEY; else, beside a database
 * file, DB.key; else (a database on a server, which every office shares
 * while each keeps its own key: docs/security.md) the user's own
 * $XDG_CONFIG_HOME/vrtool/signing.key (~/.config/...). Returns whether it is
 * that last, the per-user default, whose folders vr_app_key_create makes.
 */
static int key_path(const vr_app *a, char *out, size_t n)
{
	const char *env = getenv("VRTOOL_KEY"), *cfg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");

	if (a->key && *a->key) {
		snprintf(out, n, "%s", a->key);
		return 0;
	}
	if (env && *env) {
		snprintf(out, n, "%s", env);
		return 0;
	}
	if (!vr_store_on_server(vr_app_db(a))) {
		snprintf(out, n, "%s.key", vr_app_db(a));
		return 0;
	}
	if (cfg && *cfg)
		snprintf(out, n, "%s/vrtool/signing.key", cfg);
	else
		snprintf(out, n, "%s/.config/vrtool/signing.key", home && *home ? home : ".");
	return 1;
}

void vr_app_key_path(const vr_app *a, char *out, size_t n)
{
	(void)key_path(a, out, n);
}

int vr_app_key_open(const vr_app *a, vr_key **out, int *created, char *path, size_t n)
{
	int per_user = key_path(a, path, n), err;

	*created = 0;
	if ((err = vr_key_load(path, out)) != VR_ENOTFOUND)
		return err;
	if (per_user) {
		/* ~/.config (or $XDG_CONFIG_HOME) and its vrtool folder, 0700, when
		 * missing; one that cannot be made is named by the key's create */
		char dir[PATH_MAX];
		snprintf(dir, sizeof(dir), "%s", dirname_of(path));
		(void)mkdir(dirname_of(dir), 0700);
		(void)mkdir(dir, 0700);
	}
	if ((err = vr_key_create(path, out)) == 0)
		*created = 1;
	return err;
}

int vr_app_key(const vr_app *a, vr_key **out)
{
	char path[PATH_MAX];
	vr_app_key_path(a, path, sizeof(path));
	return vr_key_load(path, out);
}

const char *vr_app_actor(void)
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

/* One loaded plugin per agency for the life of the process (a command, a
 * script): loaded on first use, each in its worker. */
static vr_plugins *loaded;

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
 * case lists (vr_app_plugin_for_case): a lookup instead of a scan of every
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

	if (!loaded && (err = vr_plugins_new(&loaded)) < 0)
		return err;
	if ((err = vr_plugins_get(loaded, agency, out)) < 0)
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

int vr_app_plugin_for(vr_store *s, const char *agency, vr_plugin **out)
{
	return plugin_with_summary(s, agency, NULL, out);
}

int vr_app_plugin_for_case(vr_store *s, const char *agency, const char *case_id,
			   vr_plugin **out)
{
	return plugin_with_summary(s, agency, case_id, out);
}

void vr_app_plugins_free(void)
{
	vr_plugins_free(loaded);
	loaded = NULL;
	scoped = NULL;
}
