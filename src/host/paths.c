/*
 * paths.c - locating the data directory and plugins; see paths.h.
 */
#include "host/paths.h"
#include "core/error.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef VR_DATADIR
#define VR_DATADIR "/usr/local/share/vrtool"
#endif

static char datadir[PATH_MAX];
static const char *plugin_path;
static int plugin_path_set;

static int has_library(const char *dir)
{
	char p[PATH_MAX + 32];
	struct stat st;

	snprintf(p, sizeof(p), "%s/lua/vr/init.lua", dir);
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

const char *vr_paths_datadir(void)
{
	char exe[PATH_MAX], cand[PATH_MAX + 32], *slash;
	const char *env = getenv("VRTOOL_DATADIR");
	ssize_t n;

	if (datadir[0])
		return datadir;
	if (env && *env) {
		if (!has_library(env)) {
			vr_error_set(VR_ENOTFOUND, "$VRTOOL_DATADIR=%s has no lua/vr/init.lua", env);
			return NULL;
		}
		snprintf(datadir, sizeof(datadir), "%s", env);
		return datadir;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')))
			*slash = '\0';
		snprintf(cand, sizeof(cand), "%s/../share/vrtool", exe);
		if (has_library(cand) && realpath(cand, datadir))
			return datadir;
		snprintf(cand, sizeof(cand), "%s/..", exe);
		if (has_library(cand) && realpath(cand, datadir))
			return datadir;
	}
	if (has_library(VR_DATADIR)) {
		snprintf(datadir, sizeof(datadir), "%s", VR_DATADIR);
		return datadir;
	}
	vr_error_set(VR_ENOTFOUND, "cannot find vrtool's Lua library (lua/vr/init.lua) "
		     "beside the binary or in %s; reinstall, or set $VRTOOL_DATADIR", VR_DATADIR);
	return NULL;
}

void vr_paths_set_plugin_path(const char *path)
{
	plugin_path = path;
	plugin_path_set = 1;
}

/* The search folders as one colon-separated string (caller frees). */
static char *search_path(void)
{
	const char *user = plugin_path_set ? plugin_path : getenv("VRTOOL_PLUGIN_PATH");
	const char *dd = vr_paths_datadir();
	size_t n = (user ? strlen(user) : 0) + (dd ? strlen(dd) : 0) + 16;
	char *s = malloc(n);

	if (!s)
		return NULL;
	snprintf(s, n, "%s%s%s%s", user && *user ? user : "", user && *user ? ":" : "",
		 dd ? dd : "", dd ? "/plugins" : "");
	return s;
}

static int valid_id(const char *id)
{
	if (!*id || strlen(id) > 64)
		return 0;
	for (const char *p = id; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' ||
		      *p == '_'))
			return 0;
	return 1;
}

int vr_paths_plugin_dir(const char *id, char *out, size_t n)
{
	char *sp, *dir, *save = NULL, p[PATH_MAX + 80];
	struct stat st;

	if (!valid_id(id))
		return vr_error_set(VR_EINPUT, "'%s' is not a plugin id (lowercase letters, "
				    "digits, '-')", id);
	if (!(sp = search_path()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (dir = strtok_r(sp, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		snprintf(p, sizeof(p), "%s/%s/plugin.lua", dir, id);
		if (stat(p, &st) == 0 && S_ISREG(st.st_mode)) {
			snprintf(out, n, "%s/%s", dir, id);
			free(sp);
			return 0;
		}
	}
	vr_error_set(VR_ENOTFOUND, "no plugin '%s' (looked for %s/plugin.lua in %s); "
		     "add its folder with --plugin-path or $VRTOOL_PLUGIN_PATH", id, id, sp);
	free(sp);
	return VR_ENOTFOUND;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int vr_paths_each_plugin(vr_paths_plugin_fn fn, void *ud)
{
	char *sp, *dir, *save = NULL, p[PATH_MAX + 80];
	char *seen[256];
	size_t nseen = 0;
	int err = 0;

	if (!(sp = search_path()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (dir = strtok_r(sp, ":", &save); dir && !err; dir = strtok_r(NULL, ":", &save)) {
		DIR *d = opendir(dir);
		struct dirent *e;
		char *names[256];
		size_t nn = 0;
		struct stat st;

		if (!d)
			continue;
		while ((e = readdir(d)) && nn < 256) {
			snprintf(p, sizeof(p), "%s/%s/plugin.lua", dir, e->d_name);
			if (valid_id(e->d_name) && stat(p, &st) == 0 && S_ISREG(st.st_mode))
				names[nn++] = strdup(e->d_name);
		}
		closedir(d);
		qsort(names, nn, sizeof(*names), cmp);
		for (size_t i = 0; i < nn; i++) {
			size_t j;
			for (j = 0; j < nseen && (!names[i] || strcmp(seen[j], names[i])); j++)
				;
			if (names[i] && j == nseen && nseen < 256 && !err) {
				snprintf(p, sizeof(p), "%s/%s", dir, names[i]);
				err = fn(names[i], p, ud);
				seen[nseen++] = names[i];
			} else {
				free(names[i]);
			}
		}
	}
	for (size_t j = 0; j < nseen; j++)
		free(seen[j]);
	free(sp);
	return err;
}
