/*
 * lualines.c - field paths to source lines in data-only Lua; see lualines.h.
 *
 * One pass over the tokens with a stack of open table constructors. Each
 * frame knows its path and how many positional items it has seen; a key
 * (`name =` or `["text"] =`) or the first token of a positional item records
 * the path of that field with the token's line. The entries are then sorted
 * by path (the first written first among equals), so that finding the
 * lines of a file's every problem costs a binary search each, not a pass
 * over the whole file.
 */
#include "host/lualines.h"
#include "core/path.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64
#define MAX_PATH 512

typedef struct { char *path; int line; size_t seq; } entry;

struct vr_lualines {
	entry *e;
	size_t n, cap;
};

typedef enum { T_EOF, T_NAME, T_STRING, T_NUMBER, T_PUNCT } ttype;

typedef struct {
	const char *s, *end;
	int line;
	/* the current token */
	ttype t;
	const char *ts;
	size_t tn;
	int tline;
	char str[256];   /* a string token's value, cut to fit (keys are short) */
} lexer;

static int add(vr_lualines *l, const char *path, int line)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		entry *p = realloc(l->e, cap * sizeof(*p));
		if (!p)
			return -1;
		l->e = p;
		l->cap = cap;
	}
	if (!(l->e[l->n].path = strdup(path)))
		return -1;
	l->e[l->n].seq = l->n;
	l->e[l->n++].line = line;
	return 0;
}

static int cmp_entry(const void *a, const void *b)
{
	const entry *x = a, *y = b;
	int c = strcmp(x->path, y->path);

	return c ? c : x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Level of a long bracket at p ("[[" is 0, "[==[" is 2), or -1. */
static int long_bracket(const char *p, const char *end)
{
	int level = 0;
	if (p >= end || *p != '[')
		return -1;
	for (p++; p < end && *p == '='; p++)
		level++;
	return p < end && *p == '[' ? level : -1;
}

static void skip_long(lexer *x, int level)
{
	/* x->s is just past the opening bracket */
	while (x->s < x->end) {
		if (*x->s == '\n')
			x->line++;
		if (*x->s == ']') {
			const char *p = x->s + 1;
			int n = 0;
			while (p < x->end && *p == '=')
				p++, n++;
			if (n == level && p < x->end && *p == ']') {
				x->s = p + 1;
				return;
			}
		}
		x->s++;
	}
}

static void next(lexer *x)
{
	int level;

	for (;;) {
		while (x->s < x->end && isspace((unsigned char)*x->s)) {
			if (*x->s == '\n')
				x->line++;
			x->s++;
		}
		if (x->s + 1 < x->end && x->s[0] == '-' && x->s[1] == '-') {
			x->s += 2;
			if ((level = long_bracket(x->s, x->end)) >= 0) {
				x->s += level + 2;
				skip_long(x, level);
			} else {
				while (x->s < x->end && *x->s != '\n')
					x->s++;
			}
			continue;
		}
		break;
	}
	x->tline = x->line;
	x->ts = x->s;
	x->str[0] = '\0';
	if (x->s >= x->end) {
		x->t = T_EOF;
		return;
	}
	if (isalpha((unsigned char)*x->s) || *x->s == '_') {
		while (x->s < x->end && (isalnum((unsigned char)*x->s) || *x->s == '_'))
			x->s++;
		x->t = T_NAME;
	} else if (isdigit((unsigned char)*x->s) ||
		   (*x->s == '.' && x->s + 1 < x->end && isdigit((unsigned char)x->s[1]))) {
		while (x->s < x->end && (isalnum((unsigned char)*x->s) || *x->s == '.' ||
					 ((*x->s == '+' || *x->s == '-') &&
					  (x->s[-1] == 'e' || x->s[-1] == 'E' ||
					   x->s[-1] == 'p' || x->s[-1] == 'P'))))
			x->s++;
		x->t = T_NUMBER;
	} else if (*x->s == '"' || *x->s == '\'') {
		char q = *x->s++;
		size_t n = 0;
		while (x->s < x->end && *x->s != q && *x->s != '\n') {
			if (*x->s == '\\' && x->s + 1 < x->end) {
				if (x->s[1] == '\n')
					x->line++;
				x->s++;
			}
			if (n < sizeof(x->str) - 1)
				x->str[n++] = *x->s;
			x->s++;
		}
		x->str[n] = '\0';
		if (x->s < x->end)
			x->s++;
		x->t = T_STRING;
	} else if ((level = long_bracket(x->s, x->end)) >= 0) {
		x->s += level + 2;
		skip_long(x, level);
		x->t = T_STRING;
	} else {
		/* "==" and friends must not read as "=" */
		if (x->s + 1 < x->end && x->s[1] == '=' && strchr("=~<>", *x->s))
			x->s += 2;
		else if (x->s + 1 < x->end && x->s[0] == '.' && x->s[1] == '.')
			x->s += 2;
		else
			x->s++;
		x->t = T_PUNCT;
	}
	x->tn = (size_t)(x->s - x->ts);
}

static int is_punct(const lexer *x, char c)
{
	return x->t == T_PUNCT && x->tn == 1 && *x->ts == c;
}

typedef struct {
	char path[MAX_PATH];
	int index;        /* positional items so far */
	int expect_item;  /* the next token starts an item */
} frame;

static void child(char *out, const char *path, const char *key, int index)
{
	vr_path_child(out, MAX_PATH, path, key, (size_t)index);
}

vr_lualines *vr_lualines_scan(const char *src, size_t len)
{
	vr_lualines *l = calloc(1, sizeof(*l));
	frame *st = calloc(MAX_DEPTH, sizeof(*st));
	lexer x;
	int depth = 0, ok = 1;
	char key[256], sub[MAX_PATH];
	int have_key = 0;

	if (!l || !st) {
		free(l);
		free(st);
		return NULL;
	}
	memset(&x, 0, sizeof(x));
	x.s = src;
	x.end = src + len;
	x.line = 1;
	next(&x);
	while (ok && x.t != T_EOF) {
		frame *f = depth ? &st[depth - 1] : NULL;
		if (is_punct(&x, '{')) {
			if (depth == MAX_DEPTH)
				break;
			if (!f) {
				st[0].path[0] = '\0';
			} else {
				child(sub, f->path, have_key ? key : NULL,
				      have_key ? 0 : ++f->index);
				if (!have_key)
					ok = add(l, sub, x.tline) == 0;
				memcpy(st[depth].path, sub, MAX_PATH);
			}
			st[depth].index = 0;
			st[depth].expect_item = 1;
			depth++;
			have_key = 0;
			next(&x);
			continue;
		}
		if (!f) {
			next(&x);
			continue;
		}
		if (is_punct(&x, '}')) {
			depth--;
			have_key = 0;
			if (depth)
				st[depth - 1].expect_item = 0;
			next(&x);
			continue;
		}
		if (is_punct(&x, ',') || is_punct(&x, ';')) {
			f->expect_item = 1;
			have_key = 0;
			next(&x);
			continue;
		}
		if (f->expect_item && x.t == T_NAME) {
			/* `name =` is a key; otherwise the name is a value */
			lexer peek = x;
			snprintf(key, sizeof(key), "%.*s", (int)x.tn, x.ts);
			next(&peek);
			if (is_punct(&peek, '=')) {
				child(sub, f->path, key, 0);
				ok = add(l, sub, x.tline) == 0;
				have_key = 1;
				f->expect_item = 0;
				x = peek;
				next(&x);
				continue;
			}
		}
		if (f->expect_item && is_punct(&x, '[')) {
			lexer peek = x;
			next(&peek);
			if (peek.t == T_STRING) {
				snprintf(key, sizeof(key), "%s", peek.str);
				next(&peek);
				if (is_punct(&peek, ']')) {
					next(&peek);
					if (is_punct(&peek, '=')) {
						child(sub, f->path, key, 0);
						ok = add(l, sub, x.tline) == 0;
						have_key = 1;
						f->expect_item = 0;
						x = peek;
						next(&x);
						continue;
					}
				}
			}
		}
		if (f->expect_item && !have_key) {
			child(sub, f->path, NULL, ++f->index);
			ok = add(l, sub, x.tline) == 0;
		}
		f->expect_item = 0;
		next(&x);
	}
	free(st);
	if (!ok) {
		vr_lualines_free(l);
		return NULL;
	}
	if (l->n)
		qsort(l->e, l->n, sizeof(*l->e), cmp_entry);
	return l;
}

void vr_lualines_free(vr_lualines *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->e[i].path);
	free(l->e);
	free(l);
}

int vr_lualines_find(const vr_lualines *l, const char *path)
{
	char p[MAX_PATH];
	char *cut;

	if (!l)
		return 0;
	snprintf(p, sizeof(p), "%s", path);
	for (;;) {
		/* the first entry not before p */
		size_t lo = 0, hi = l->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (strcmp(l->e[mid].path, p) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < l->n && strcmp(l->e[lo].path, p) == 0)
			return l->e[lo].line;
		/* the enclosing field: drop ".name" or "[i]" */
		cut = strrchr(p, '.');
		{
			char *br = strrchr(p, '[');
			if (br && (!cut || br > cut))
				cut = br;
		}
		if (!cut)
			return 0;
		*cut = '\0';
	}
}
