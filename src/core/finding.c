/*
 * finding.c - the findings list; see finding.h.
 */
#include "core/finding.h"
#include "core/error.h"

#include <stdlib.h>
#include <string.h>

static char *dup(const char *s)
{
	return strdup(s ? s : "");
}

static void free_one(vr_finding *f)
{
	free(f->plugin);
	free(f->rule);
	free(f->severity);
	free(f->klass);
	free(f->cite);
	free(f->message);
	free(f->path);
	free(f->plan);
}

int vr_findings_add(vr_findings *l, const char *plugin, const char *rule,
		    const char *severity, const char *klass, const char *cite,
		    const char *message, const char *path, const char *plan)
{
	vr_finding *f;

	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 16;
		vr_finding *p = realloc(l->items, cap * sizeof(*p));
		if (!p)
			return vr_error_set(VR_ENOMEM, "out of memory");
		l->items = p;
		l->cap = cap;
	}
	f = &l->items[l->n];
	f->plugin = dup(plugin);
	f->rule = dup(rule);
	f->severity = dup(severity);
	f->klass = dup(klass && *klass ? klass : "content");
	f->cite = dup(cite);
	f->message = dup(message);
	f->path = dup(path);
	f->plan = dup(plan);
	f->version = 0;
	f->vstatus = NULL;
	f->earlier = 0;
	if (!f->plugin || !f->rule || !f->severity || !f->klass || !f->cite || !f->message ||
	    !f->path || !f->plan) {
		free_one(f);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	l->n++;
	return 0;
}

void vr_findings_keep_class(vr_findings *l, size_t from, const char *klass)
{
	size_t j = from;

	for (size_t i = from; i < l->n; i++) {
		if (strcmp(l->items[i].klass, klass)) {
			free_one(&l->items[i]);
			continue;
		}
		l->items[j++] = l->items[i];
	}
	l->n = j;
}

size_t vr_findings_blocking(const vr_findings *l)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->items[i].severity, "error") && strcmp(l->items[i].klass, "conduct"))
			n++;
	return n;
}

size_t vr_findings_count(const vr_findings *l, const char *severity)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		if (!severity || strcmp(l->items[i].severity, severity) == 0)
			n++;
	return n;
}

void vr_findings_free(vr_findings *l)
{
	for (size_t i = 0; i < l->n; i++)
		free_one(&l->items[i]);
	free(l->items);
	l->items = NULL;
	l->n = l->cap = 0;
}

static void field(vr_buf *b, const char *k, const char *v, int last)
{
	vr_buf_json_str(b, k, strlen(k));
	vr_buf_putc(b, ':');
	vr_buf_json_str(b, v, strlen(v));
	if (!last)
		vr_buf_putc(b, ',');
}

void vr_findings_json(vr_buf *b, const vr_findings *l, size_t from, size_t to)
{
	vr_buf_putc(b, '[');
	for (size_t i = from; i < to && i < l->n; i++) {
		const vr_finding *f = &l->items[i];
		if (i > from)
			vr_buf_putc(b, ',');
		vr_buf_putc(b, '{');
		field(b, "plugin", f->plugin, 0);
		field(b, "rule", f->rule, 0);
		field(b, "severity", f->severity, 0);
		field(b, "class", f->klass, 0);
		field(b, "cite", f->cite, 0);
		field(b, "message", f->message, 0);
		field(b, "path", f->path, 0);
		field(b, "plan", f->plan, !f->version);
		if (f->version) {
			vr_buf_printf(b, "\"version\":%d", f->version);
			if (f->vstatus)
				vr_buf_printf(b, ",\"plan_status\":\"%s\"", f->vstatus);
		}
		vr_buf_putc(b, '}');
	}
	vr_buf_putc(b, ']');
}
