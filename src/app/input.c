/*
 * input.c - case files and exported documents read from disk, validated
 * against the model, with every problem and note in a list. See input.h.
 */
#include "app/input.h"
#include "core/doc.h"
#include "core/term.h"
#include "core/error.h"
#include "core/file.h"
#include "core/model.h"
#include "host/casefile.h"
#include "host/lualines.h"
#include "host/paths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int read_document(const char *path, vr_val **out, vr_val **sigs, vr_diags *d)
{
	char *buf = NULL;
	size_t n;
	int err;

	if ((err = vr_file_read(path, VR_DOC_MAX_BYTES, "a document", &buf, &n)) < 0)
		return err;
	/* The schema first: it also knows element order and attributes. */
	{
		const char *dd = vr_paths_datadir();
		char xsd[PATH_MAX];
		if (!dd) {
			free(buf);
			return VR_ENOTFOUND;
		}
		snprintf(xsd, sizeof(xsd), "%s/templates/schema/vrtool-1.xsd", dd);
		err = vr_doc_read_valid_document(buf, n, path, xsd, out, sigs, d);
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
vr_lualines *vr_app_casefile_lines(const char *path)
{
	vr_lualines *l = NULL;
	char *src;
	size_t n;

	if (vr_file_read(path, VR_FILE_ANY_SIZE, "a case file", &src, &n) < 0)
		return NULL;
	if (n)
		l = vr_lualines_scan(src, n);
	free(src);
	return l;
}

int vr_app_casefile_line(const char *path, const char *where)
{
	vr_lualines *l = vr_app_casefile_lines(path);
	int line = l ? vr_lualines_find(l, where) : 0;

	vr_lualines_free(l);
	return line;
}

int vr_app_read_input(const char *path, vr_val **out, int *document, vr_val **signatures,
		      vr_diags *d)
{
	char dir[PATH_MAX];
	const char *agency;
	int err;

	*out = NULL;
	*document = ends_with(path, ".xml");
	if (signatures)
		*signatures = NULL;
	if (!*document && !ends_with(path, ".lua"))
		return vr_error_set(VR_EINPUT, "%s: give a case file (.lua, a Lua table) or a "
				    "vrtool document (.xml); see docs/model.md", path);
	err = *document ? read_document(path, out, signatures, d)
			: vr_casefile_load(path, out, d);
	if (err == 0) {
		agency = vr_val_gets(vr_val_get(*out, "case"), "agency");
		if (vr_paths_plugin_dir(agency, dir, sizeof(dir)) < 0) {
			vr_diags_add(d, "case.agency", vr_val_get(vr_val_get(*out, "case"),
								  "agency")->line,
				     "'%s' names no installed plugin (see `vrtool plugin list`, "
				     "or add its folder with --plugin-path)", agency);
			vr_val_free(*out);
			*out = NULL;
			err = VR_EINPUT;
		}
	}
	/* a case file's notes carry no line: found in its text, once */
	if (err == 0 && d->nnotes && !*document) {
		vr_lualines *lines = vr_app_casefile_lines(path);
		for (size_t i = 0; lines && i < d->nnotes; i++)
			if (!d->notes[i].line)
				d->notes[i].line = vr_lualines_find(lines, d->notes[i].path);
		vr_lualines_free(lines);
	}
	if (err < 0 && signatures) {
		vr_val_free(*signatures);
		*signatures = NULL;
	}
	return err;
}

/* The first problems of a file: enough to fix, not a flood on the screen. */
#define DIAGS_SHOWN 20

void vr_app_diags_text(const char *source, const vr_diags *d, vr_buf *problems, vr_buf *notes)
{
	size_t shown = d->n < DIAGS_SHOWN ? d->n : DIAGS_SHOWN;
	const char *src = vr_term(source);

	for (size_t i = 0; i < shown; i++) {
		const vr_diag *g = &d->items[i];
		if (g->line)
			vr_buf_printf(problems, "%s:%d: ", source, g->line);
		else
			vr_buf_printf(problems, "%s: ", source);
		vr_buf_printf(problems, "%s%s%s\n", g->path, *g->path ? ": " : "", g->msg);
	}
	if (d->n - shown + d->more)
		vr_buf_printf(problems, "%s: ... and %zu more problem(s) like these; fix those above "
			      "and import again to see the rest\n", source, d->n - shown + d->more);
	if (d->oom)
		vr_buf_printf(problems, "%s: (more problems; out of memory listing them)\n", source);
	for (size_t i = 0; i < d->nnotes; i++) {
		if (d->notes[i].line)
			vr_buf_printf(notes, "warning: %s:%d: %s: %s\n", src, d->notes[i].line,
				      d->notes[i].path, d->notes[i].msg);
		else
			vr_buf_printf(notes, "warning: %s: %s: %s\n", src, d->notes[i].path,
				      d->notes[i].msg);
	}
}

void vr_app_lines_to(FILE *to, const char *cmd, const vr_buf *lines)
{
	const char *p = lines->ptr, *end = p + lines->len;

	while (p && p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		fprintf(to, "vrtool %s: %.*s\n", cmd, (int)n, p);
		p += n + 1;
	}
}
