/*
 * paths.h - where vrtool finds its Lua library, plugins, templates, schema.
 *
 * The data directory holds lua/, plugins/ and templates/. It is, in order:
 * $VRTOOL_DATADIR; PREFIX/share/vrtool beside an installed binary
 * (PREFIX/bin/vrtool); the source tree when the binary was built in it
 * (build/vrtool); the directory compiled in as VR_DATADIR. The first that
 * holds lua/vr/init.lua wins, so an installed vrtool never needs the source
 * tree and a built one never needs installing.
 *
 * Plugins are searched in the --plugin-path or $VRTOOL_PLUGIN_PATH folders
 * (colon-separated), then in the data directory's plugins/: an agency can
 * keep its own plugin, or its own version of a shipped one, in its own
 * folder.
 */
#ifndef VR_PATHS_H
#define VR_PATHS_H

#include <stddef.h>

/* The data directory, or NULL (with the error set) when none is found. */
const char *vr_paths_datadir(void);
/* Sets the plugin path (NULL: use $VRTOOL_PLUGIN_PATH). */
void vr_paths_set_plugin_path(const char *path);
/* The folder of plugin `id` (holding plugin.lua) into out. */
int vr_paths_plugin_dir(const char *id, char *out, size_t n);
/* Calls fn for each plugin folder name found on the search path, the
 * first of each id only, sorted by id within each folder. */
typedef int (*vr_paths_plugin_fn)(const char *id, const char *dir, void *ud);
int vr_paths_each_plugin(vr_paths_plugin_fn fn, void *ud);

#endif
