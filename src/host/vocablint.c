/*
 * vocablint.c - the scan of a plugin's source for words it does not
 * declare (vocablint.h).
 */
#include "host/vocablint.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum { T_NAME, T_STR, T_OP, T_OTHER } tok_type;

typedef struct {
	tok_type type;
	char text[128];     /* a name, an operator, or a short string's value */
	int line;
} tok;

typedef struct {
	tok *t;
	size_t n, cap;
} toks;

static int push(toks *ts, tok_type type, const char *s, size_t n, int line)
{
	if (ts->n == ts->cap) {
		size_t cap = ts->cap ? ts->cap * 2 : 1024;
		tok *t = realloc(ts->t, cap * sizeof(*t));
		if (!t)
			return -1;
		ts->t = t;
		ts->cap = cap;
	}
	if (n >= sizeof(ts->t[0].text))
		n = sizeof(ts->t[0].text) - 1;
	ts->t[ts->n].type = type;
	memcpy(ts->t[ts->n].text, s, n);
	ts->t[ts->n].text[n] = '\0';
	ts->t[ts->n].line = line;
	ts->n++;
	return 0;
}

/* The level of a long bracket at p ("[[" 0, "[==[" 2), or -1. */
static int long_open(const char *p, const char *end)
{
	int level = 0;

	if (p >= end || *p != '[')
		return -1;
	p++;
	while (p < end && *p == '=') {
		level++;
		p++;
	}
	return p < end && *p == '[' ? level : -1;
}

/* Past the long bracket's close; counts lines. */
static const char *long_skip(const char *p, const char *end, int level, int *line)
{
	while (p < end) {
		if (*p == '\n')
			(*line)++;
		if (*p == ']') {
			const char *q = p + 1;
			int l = 0;
			while (q < end && *q == '=') {
				l++;
				q++;
			}
			if (l == level && q < end && *q == ']')
				return q + 1;
		}
		p++;
	}
	return end;
}

static int lex(const char *src, size_t len, toks *ts)
{
	const char *p = src, *end = src + len;
	int line = 1, level;

	while (p < end) {
		unsigned char ch = (unsigned char)*p;
		if (ch == '\n') {
			line++;
			p++;
		} else if (isspace(ch)) {
			p++;
		} else if (ch == '-' && p + 1 < end && p[1] == '-') {
			p += 2;
			if ((level = long_open(p, end)) >= 0) {
				p = long_skip(p + level + 2, end, level, &line);
			} else {
				while (p < end && *p != '\n')
					p++;
			}
		} else if ((level = long_open(p, end)) >= 0) {
			int at = line;
			const char *s = p + level + 2, *e = long_skip(s, end, level, &line);
			if (push(ts, T_OTHER, s, 0, at) < 0)
				return -1;
			p = e;
		} else if (ch == '"' || ch == '\'') {
			char buf[128];
			size_t n = 0;
			int at = line;
			p++;
			while (p < end && *p != (char)ch && *p != '\n') {
				char c = *p++;
				if (c == '\\' && p < end) {
					c = *p++;
					if (c == 'n')
						c = '\n';
					else if (c == 't')
						c = '\t';
					else if (c == '\n')
						line++;
				}
				if (n < sizeof(buf) - 1)
					buf[n++] = c;
			}
			if (p < end)
				p++;
			if (push(ts, T_STR, buf, n, at) < 0)
				return -1;
		} else if (isalpha(ch) || ch == '_') {
			const char *s = p;
			while (p < end && (isalnum((unsigned char)*p) || *p == '_'))
				p++;
			if (push(ts, T_NAME, s, (size_t)(p - s), line) < 0)
				return -1;
		} else if (isdigit(ch)) {
			const char *s = p;
			while (p < end && (isalnum((unsigned char)*p) || *p == '.'))
				p++;
			if (push(ts, T_OTHER, s, (size_t)(p - s), line) < 0)
				return -1;
		} else {
			size_t n = 1;
			if (p + 1 < end && ((ch == '=' || ch == '~' || ch == '<' || ch == '>') &&
					    p[1] == '='))
				n = 2;
			else if (p + 1 < end && ch == '.' && p[1] == '.')
				n = 2;
			if (push(ts, T_OP, p, n, line) < 0)
				return -1;
			p += n;
		}
	}
	return 0;
}

/* The one normaliser (vocab.lua's M.key): lower case, runs of space, `_`
 * and `-` one `_`, none at either end. */
static void norm_key(const char *s, char *out, size_t n)
{
	size_t j = 0;
	int sep = 0;

	for (; *s && j + 1 < n; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == ' ' || c == '\t' || c == '\n' || c == '_' || c == '-') {
			sep = j > 0;
			continue;
		}
		if (sep && j + 2 < n)
			out[j++] = '_';
		sep = 0;
		out[j++] = (char)tolower(c);
	}
	out[j] = '\0';
}

typedef struct {
	vr_val *fields;     /* field -> { key = true } */
	vr_val *ext;        /* declared ext names -> true */
	vr_buf *out;
	const char *file;
	int problems;
} scan;

static int allow(vr_val *fields, const char *field, const char *value)
{
	char k[128];
	vr_val *set = (vr_val *)vr_val_get(fields, field);

	if (!set) {
		if (!(set = vr_val_obj()) || vr_val_obj_set(fields, field, set) < 0)
			return -1;
		set = (vr_val *)vr_val_get(fields, field);
	}
	norm_key(value, k, sizeof(k));
	return vr_val_get(set, k) ? 0 : vr_val_obj_set(set, k, vr_val_bool(1));
}

/* The last name of a path ("case.notes[].tags[]" -> "tags"). */
static void last_name(const char *path, char *out, size_t n)
{
	const char *dot = strrchr(path, '.');
	size_t len;

	path = dot ? dot + 1 : path;
	len = strcspn(path, "[");
	if (len >= n)
		len = n - 1;
	memcpy(out, path, len);
	out[len] = '\0';
}

static int add_roles(vr_val *fields, const vr_val *reqs)
{
	for (size_t i = 0; i < vr_val_len(reqs); i++) {
		const vr_val *alts = vr_val_at(reqs, i);
		for (size_t j = 0; j < vr_val_len(alts); j++)
			if (vr_val_at(alts, j)->type == VR_VSTR &&
			    allow(fields, "role", vr_val_at(alts, j)->u.s.s) < 0)
				return -1;
	}
	return 0;
}

static int add_ext(vr_val *ext, const vr_val *fields)
{
	for (size_t i = 0; i < vr_val_len(fields); i++) {
		const char *name = vr_val_gets(vr_val_at(fields, i), "name");
		if (name && vr_val_obj_set(ext, name, vr_val_bool(1)) < 0)
			return -1;
	}
	return 0;
}

/* What the plugin declares, as the sets the scan asks. */
static int declared(scan *sc, const vr_val *meta)
{
	const vr_val *voc = vr_val_get(meta, "vocab"), *values = vr_val_get(voc, "values");
	const vr_val *ext = vr_val_get(voc, "ext"), *kinds = vr_val_get(meta, "kinds");
	static const char *const always[] = { "category", "tags", "kind" };
	char field[64];

	if (!(sc->fields = vr_val_obj()) || !(sc->ext = vr_val_obj()))
		return -1;
	for (size_t i = 0; i < sizeof(always) / sizeof(*always); i++) {
		vr_val *set = vr_val_obj();
		if (!set || vr_val_obj_set(sc->fields, always[i], set) < 0)
			return -1;
	}
	for (size_t i = 0; i < vr_val_len(values); i++) {
		const vr_val *v = vr_val_at(values, i), *list = vr_val_get(v, "values");
		last_name(vr_val_gets(v, "path") ? vr_val_gets(v, "path") : "", field, sizeof(field));
		for (size_t j = 0; j < vr_val_len(list); j++) {
			const vr_val *e = vr_val_at(list, j), *was = vr_val_get(e, "was");
			if (vr_val_gets(e, "value") && allow(sc->fields, field, vr_val_gets(e, "value")) < 0)
				return -1;
			/* an old spelling reads as its value: comparing with it
			 * is comparing with a word no rule ever sees */
			(void)was;
		}
	}
	/* a plan's kind, and a signature's role, are declared by kinds */
	for (size_t i = 0; i < vr_val_len(kinds); i++) {
		const vr_val *k = vr_val_at(kinds, i), *am = vr_val_get(k, "amendment");
		if (allow(sc->fields, "kind", vr_val_key(kinds, i)) < 0 ||
		    add_roles(sc->fields, vr_val_get(k, "signers")) < 0 ||
		    add_roles(sc->fields, vr_val_get(k, "approvals")) < 0 ||
		    add_roles(sc->fields, vr_val_get(am, "signers")) < 0 ||
		    add_roles(sc->fields, vr_val_get(am, "approvals")) < 0)
			return -1;
	}
	for (size_t i = 0; i < vr_val_len(ext); i++)
		if (add_ext(sc->ext, vr_val_get(vr_val_at(ext, i), "fields")) < 0)
			return -1;
	return 0;
}

static void report(scan *sc, int line, const char *fmt, const char *a, const char *b)
{
	vr_buf_printf(sc->out, "  %s:%d: ", sc->file, line);
	vr_buf_printf(sc->out, fmt, a, b);
	vr_buf_puts(sc->out, "\n");
	sc->problems++;
}

/* Is value declared for field (a field the scan checks)? */
static int known(const scan *sc, const char *field, const char *value)
{
	char k[128];

	norm_key(value, k, sizeof(k));
	return vr_val_get(vr_val_get(sc->fields, field), k) != NULL;
}

static int checked(const scan *sc, const char *field)
{
	return vr_val_get(sc->fields, field) != NULL;
}

static int is(const tok *t, tok_type type, const char *text)
{
	return t->type == type && (!text || strcmp(t->text, text) == 0);
}

/* The field an expression ending at token i names: x.F (not a call). */
static const char *field_before(const toks *ts, size_t i)
{
	if (i < 1 || ts->t[i].type != T_NAME || !is(&ts->t[i - 1], T_OP, "."))
		return NULL;
	return ts->t[i].text;
}

/* From token i (a name), past `.name` steps: the index of the last name. */
static size_t name_chain(const toks *ts, size_t i)
{
	while (i + 2 < ts->n && is(&ts->t[i + 1], T_OP, ".") && ts->t[i + 2].type == T_NAME)
		i += 2;
	return i;
}

/* The keys of table `name`'s constructor (`name = {`) checked for field. */
static void table_keys(scan *sc, const toks *ts, const char *name, const char *field)
{
	for (size_t i = 0; i + 2 < ts->n; i++) {
		int depth = 0;
		if (!is(&ts->t[i], T_NAME, name) || !is(&ts->t[i + 1], T_OP, "=") ||
		    !is(&ts->t[i + 2], T_OP, "{") || (i > 0 && is(&ts->t[i - 1], T_OP, ".")))
			continue;
		for (size_t j = i + 2; j < ts->n; j++) {
			const tok *t = &ts->t[j];
			if (is(t, T_OP, "{") || is(t, T_OP, "(")) {
				depth++;
			} else if (is(t, T_OP, "}") || is(t, T_OP, ")")) {
				if (--depth == 0)
					break;
			} else if (depth == 1 && j + 1 < ts->n && (is(&ts->t[j - 1], T_OP, "{") ||
								  is(&ts->t[j - 1], T_OP, ","))) {
				const char *key = NULL;
				if (t->type == T_NAME && is(&ts->t[j + 1], T_OP, "="))
					key = t->text;
				else if (is(t, T_OP, "[") && j + 3 < ts->n && ts->t[j + 1].type == T_STR &&
					 is(&ts->t[j + 2], T_OP, "]") && is(&ts->t[j + 3], T_OP, "="))
					key = ts->t[j + 1].text;
				if (key && !known(sc, field, key)) {
					vr_buf_printf(sc->out, "  %s:%d: table %s is looked up by %s, "
						      "and its key '%s' is not a value the plugin's "
						      "vocabulary declares for %s\n", sc->file,
						      ts->t[j].line, name, field, key, field);
					sc->problems++;
				}
			}
		}
	}
}

int vr_vocablint(const char *src, size_t len, const char *file, const vr_val *meta,
		 vr_buf *out)
{
	toks ts = { NULL, 0, 0 };
	scan sc = { NULL, NULL, out, file, 0 };
	vr_val *tables = NULL;
	int rc = -1;

	if (lex(src, len, &ts) < 0 || declared(&sc, meta) < 0 || !(tables = vr_val_obj()))
		goto done;
	for (size_t i = 0; i < ts.n; i++) {
		const tok *t = &ts.t[i];
		const char *f;
		/* x.F == "v" */
		if ((is(t, T_OP, "==") || is(t, T_OP, "~=")) && i + 1 < ts.n &&
		    ts.t[i + 1].type == T_STR && (f = field_before(&ts, i - 1)) && checked(&sc, f) &&
		    !known(&sc, f, ts.t[i + 1].text))
			report(&sc, t->line, "compares %s with '%s', which the plugin's vocabulary "
			       "does not declare for it", f, ts.t[i + 1].text);
		/* "v" == x.F */
		if (t->type == T_STR && i + 2 < ts.n &&
		    (is(&ts.t[i + 1], T_OP, "==") || is(&ts.t[i + 1], T_OP, "~=")) &&
		    ts.t[i + 2].type == T_NAME) {
			size_t last = name_chain(&ts, i + 2);
			if (last > i + 2 && (last + 1 >= ts.n || !(is(&ts.t[last + 1], T_OP, "(") ||
								   is(&ts.t[last + 1], T_OP, "[") ||
								   is(&ts.t[last + 1], T_OP, ":"))) &&
			    checked(&sc, ts.t[last].text) && !known(&sc, ts.t[last].text, t->text))
				report(&sc, t->line, "compares %s with '%s', which the plugin's "
				       "vocabulary does not declare for it", ts.t[last].text, t->text);
		}
		/* T[x.F] */
		if (t->type == T_NAME && i + 3 < ts.n && is(&ts.t[i + 1], T_OP, "[") &&
		    ts.t[i + 2].type == T_NAME && !(i > 0 && is(&ts.t[i - 1], T_OP, "."))) {
			size_t last = name_chain(&ts, i + 2);
			if (last > i + 2 && last + 1 < ts.n && is(&ts.t[last + 1], T_OP, "]") &&
			    checked(&sc, ts.t[last].text) && strcmp(t->text, "ext") != 0) {
				char k[300];
				snprintf(k, sizeof(k), "%s\x1f%s", t->text, ts.t[last].text);
				if (!vr_val_get(tables, k)) {
					if (vr_val_obj_set(tables, k, vr_val_bool(1)) < 0)
						goto done;
					table_keys(&sc, &ts, t->text, ts.t[last].text);
				}
			}
		}
		/* ext.NAME, ext["NAME"] */
		if (is(t, T_NAME, "ext") && i + 2 < ts.n) {
			const char *name = NULL;
			if (is(&ts.t[i + 1], T_OP, ".") && ts.t[i + 2].type == T_NAME)
				name = ts.t[i + 2].text;
			else if (is(&ts.t[i + 1], T_OP, "[") && ts.t[i + 2].type == T_STR)
				name = ts.t[i + 2].text;
			if (name && !vr_val_get(sc.ext, name))
				report(&sc, t->line, "reads ext.%s, which the plugin's `ext` does not "
				       "declare%s", name, "");
		}
		/* tagged(n, "v"), events(c, "v"), ... */
		if (t->type == T_NAME && i + 1 < ts.n && is(&ts.t[i + 1], T_OP, "(") &&
		    i > 0 && (is(&ts.t[i - 1], T_OP, ".") || is(&ts.t[i - 1], T_OP, ":"))) {
			const char *field = !strcmp(t->text, "tagged") ||
					    !strcmp(t->text, "notes_tagged") ? "tags" :
					    !strcmp(t->text, "events") ||
					    !strcmp(t->text, "first_event") ? "kind" : NULL;
			int depth = 0;
			for (size_t j = i + 1; field && j < ts.n; j++) {
				if (is(&ts.t[j], T_OP, "(") || is(&ts.t[j], T_OP, "{"))
					depth++;
				else if (is(&ts.t[j], T_OP, ")") || is(&ts.t[j], T_OP, "}")) {
					if (--depth == 0)
						break;
				} else if (depth == 1 && is(&ts.t[j], T_OP, ",")) {
					if (j + 1 < ts.n && ts.t[j + 1].type == T_STR &&
					    !known(&sc, field, ts.t[j + 1].text))
						report(&sc, ts.t[j + 1].line, "asks for %s '%s', which the "
						       "plugin's vocabulary does not declare",
						       !strcmp(field, "tags") ? "tag" : "event kind",
						       ts.t[j + 1].text);
					break;
				}
			}
		}
	}
	rc = vr_buf_ok(out) ? sc.problems : -1;
done:
	free(ts.t);
	vr_val_free(sc.fields);
	vr_val_free(sc.ext);
	vr_val_free(tables);
	return rc;
}
