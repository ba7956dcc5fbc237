/*
 * model_check.c - a value checked against the model's field tables
 * (model.h, vr_model_validate): types, required fields, enumerations, ids,
 * text a person can read, list sizes, agency fields (ext); each problem a
 * diagnostic with its field path. The tables themselves are model.c.
 */
#include "core/model.h"
#include "core/path.h"
#include "core/sign.h"
#include "core/date.h"
#include "core/error.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ", did you mean 'x'?" for an unknown field k of obj, or "". */
static const char *field_hint(const vr_field *obj, const char *k, char *out, size_t n)
{
	const char *names[64];
	size_t m = 0;
	const char *best;

	for (const vr_field *c = obj->fields; c->name && m < 64; c++)
		names[m++] = c->name;
	best = vr_model_nearest(k, names, m);
	if (best)
		snprintf(out, n, "; did you mean '%s'?", best);
	else
		*out = '\0';
	return out;
}

static const char *got_name(const vr_val *v)
{
	switch (v->type) {
	case VR_VNULL: return "nothing";
	case VR_VBOOL: return "a boolean";
	case VR_VINT: return "an integer";
	case VR_VNUM: return "a number";
	case VR_VSTR: return "text";
	case VR_VARR: return "a list";
	case VR_VOBJ: return "a table of fields";
	}
	return "?";
}

/* Lua hands over 3.0 for 3 when a number was computed; take it back. */
static int integral(vr_val *v)
{
	if (v->type == VR_VINT)
		return 1;
	if (v->type == VR_VNUM && isfinite(v->u.n) && floor(v->u.n) == v->u.n &&
	    fabs(v->u.n) < 9.0e15) {
		long long i = (long long)v->u.n;
		v->type = VR_VINT;
		v->u.i = i;
		return 1;
	}
	return 0;
}

/*
 * Text must survive the XML form unchanged: the canonical XML of a plan is
 * what the store keeps and the digest covers, and XML 1.0 holds only
 * well-formed UTF-8 and, of the control characters, tab, line feed and
 * carriage return. Says what is wrong into why (NULL: nothing).
 */
static const char *bad_text(const char *s, size_t len, char *why, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		unsigned long c = *p;
		size_t k = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3
			   : (c & 0xf8) == 0xf0 ? 4 : 0;
		if (!k || (size_t)(end - p) < k)
			goto not_utf8;
		if (k > 1)
			c &= 0x3fu >> (k - 1);
		for (size_t i = 1; i < k; i++) {
			if ((p[i] & 0xc0) != 0x80)
				goto not_utf8;
			c = c << 6 | (p[i] & 0x3f);
		}
		/* overlong forms, surrogates, past U+10FFFF */
		if ((k == 2 && c < 0x80) || (k == 3 && c < 0x800) || (k == 4 && c < 0x10000) ||
		    (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff)
			goto not_utf8;
		if (c == 0) {
			snprintf(why, n, "text contains a NUL byte");
			return why;
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xfffe || c == 0xffff) {
			snprintf(why, n, "text contains the control character U+%04lX at byte "
				 "%zu, which an XML document cannot hold", c,
				 (size_t)(p - (const unsigned char *)s) + 1);
			return why;
		}
		p += k;
	}
	return NULL;
not_utf8:
	snprintf(why, n, "text is not valid UTF-8 (byte %zu); save the file as UTF-8",
		 (size_t)(p - (const unsigned char *)s) + 1);
	return why;
}

static size_t validate(const vr_field *f, vr_val *v, const char *path, vr_diags *d);

/* The paths of fields, made for every field of every item validated
 * (400,000 events are 400,000 paths): by copying, not by snprintf. */
static size_t validate_obj(const vr_field *f, vr_val *v, const char *path, vr_diags *d)
{
	char sub[512];
	size_t bad = 0, i;
	const vr_field *c;

	/* An empty Lua table arrives as an empty array; it is an empty object. */
	vr_val_retype_empty(v, VR_VOBJ);
	if (v->type != VR_VOBJ) {
		vr_diags_add(d, path, v->line, "expected %s, found %s",
			     vr_model_type_name(f->type), got_name(v));
		return 1;
	}
	for (i = 0; i < v->u.c.n; i++) {
		const char *k = v->u.c.keys[i], *now;
		char hint[96];
		if ((now = vr_model_renamed(f, k)) && !vr_val_get(v, now)) {
			/* read under its new name; the note says which */
			int line = v->u.c.items[i]->line;
			char old[64];
			vr_val *x;
			snprintf(old, sizeof(old), "%s", k);
			vr_path_child(sub, sizeof(sub), path, old, 0);
			if (!(x = vr_val_take(v, old)) || vr_val_obj_set(v, now, x) < 0) {
				vr_diags_add(d, sub, line, "out of memory");
				return bad + 1;
			}
			vr_diags_note(d, sub, line, "'%s' is now called '%s' (read as %s; write "
				      "%s = ...)", old, now, now, now);
			i = (size_t)-1;      /* the keys moved: look again */
			continue;
		}
		if (!(c = vr_model_child(f, k))) {
			vr_path_child(sub, sizeof(sub), path, k, 0);
			vr_diags_add(d, sub, v->u.c.items[i]->line,
				     "unknown field '%s'%s (see docs/model.md for the fields "
				     "of %s; agency fields go under ext)", k,
				     field_hint(f, k, hint, sizeof(hint)), f->name);
			bad++;
		}
	}
	for (c = f->fields; c->name; c++) {
		vr_val *cv = vr_val_get(v, c->name);
		if ((!cv || cv->type == VR_VNULL) && !(c->flags & VR_F_REQUIRED))
			continue;
		vr_path_child(sub, sizeof(sub), path, c->name, 0);
		if (!cv || cv->type == VR_VNULL) {
			vr_diags_add(d, sub, v->line, "required field '%s' is missing", c->name);
			bad++;
			continue;
		}
		bad += validate(c, cv, sub, d);
	}
	return bad;
}

static size_t validate_arr(const vr_field *f, vr_val *v, const char *path, vr_diags *d)
{
	char sub[512];
	size_t bad = 0, i;

	vr_val_retype_empty(v, VR_VARR);
	if (v->type != VR_VARR) {
		vr_diags_add(d, path, v->line,
			     "expected a list ({ ... }, { ... }), found %s", got_name(v));
		return 1;
	}
	/* before the items are looked at: a list past its limit costs no more */
	if (v->u.c.n > vr_model_list_max(f)) {
		vr_diags_add(d, path, v->line, "%zu items; %s holds at most %zu (docs/model.md, "
			     "\"Limits\")", v->u.c.n, f->name, vr_model_list_max(f));
		return 1;
	}
	for (i = 0; i < v->u.c.n; i++) {
		vr_path_child(sub, sizeof(sub), path, NULL, i + 1);
		bad += validate(f->fields, v->u.c.items[i], sub, d);
	}
	return bad;
}

/* Agency fields are the plugin's to judge, but they too must come back
 * from the XML as they went in: text and names as above, finite numbers
 * that the XML writes in full, no deeper than the XML reader goes. */
#define EXT_MAX_NUM 1.0e15

static size_t ext_value(const vr_val *v, const char *path, vr_diags *d, int depth)
{
	char sub[512], why[160];
	size_t bad = 0;

	switch (v->type) {
	case VR_VSTR:
		if (bad_text(v->u.s.s, v->u.s.len, why, sizeof(why))) {
			vr_diags_add(d, path, v->line, "%s", why);
			return 1;
		}
		return 0;
	case VR_VNUM:
		if (!isfinite(v->u.n) || fabs(v->u.n) >= EXT_MAX_NUM) {
			vr_diags_add(d, path, v->line, "a number in ext must be finite and below "
				     "1,000,000,000,000,000");
			return 1;
		}
		return 0;
	case VR_VARR:
	case VR_VOBJ:
		if (depth >= VR_MODEL_EXT_DEPTH) {
			vr_diags_add(d, path, v->line, "ext nested more than %d deep",
				     VR_MODEL_EXT_DEPTH);
			return 1;
		}
		for (size_t i = 0; i < v->u.c.n; i++) {
			if (v->type == VR_VOBJ) {
				const char *k = v->u.c.keys[i];
				vr_path_child(sub, sizeof(sub), path, k, 0);
				if (bad_text(k, strlen(k), why, sizeof(why))) {
					vr_diags_add(d, sub, v->u.c.items[i]->line, "the name: %s", why);
					bad++;
					continue;
				}
			} else {
				vr_path_child(sub, sizeof(sub), path, NULL, i + 1);
			}
			bad += ext_value(v->u.c.items[i], sub, d, depth + 1);
		}
		return bad;
	default:
		return 0;
	}
}

static size_t validate_ext(vr_val *v, const char *path, vr_diags *d)
{
	vr_val_retype_empty(v, VR_VOBJ);
	if (v->type != VR_VOBJ) {
		vr_diags_add(d, path, v->line, "ext must be a table of named agency fields");
		return 1;
	}
	return ext_value(v, path, d, 0);
}

static size_t validate(const vr_field *f, vr_val *v, const char *path, vr_diags *d)
{
	long days;
	const char *const *e;

	switch (f->type) {
	case VR_T_OBJ: return validate_obj(f, v, path, d);
	case VR_T_ARR: return validate_arr(f, v, path, d);
	case VR_T_EXT: return validate_ext(v, path, d);
	case VR_T_STR:
		if (v->type != VR_VSTR)
			break;
		{
			char why[160];
			const char *no;
			if (bad_text(v->u.s.s, v->u.s.len, why, sizeof(why))) {
				vr_diags_add(d, path, v->line, "%s", why);
				return 1;
			}
			/* the value is not quoted: it may be anything */
			if ((f->flags & VR_F_ID) && (no = vr_model_bad_id(v->u.s.s))) {
				vr_diags_add(d, path, v->line, "not an identifier (%s): an id is 1 "
					     "to %d of %s, not starting with '.' or '-', without "
					     "\"..\" (vrtool names files after ids)", no, VR_ID_MAX,
					     VR_ID_CHARS);
				return 1;
			}
		}
		return 0;
	case VR_T_DATE:
	case VR_T_DATETIME:
		if (v->type != VR_VSTR)
			break;
		if ((f->type == VR_T_DATE ? vr_date_parse(v->u.s.s, &days)
					  : vr_datetime_parse(v->u.s.s, &days)) < 0) {
			/* date.c's message without the value it quotes first (a
			 * birth date is personal: messages name fields, not values) */
			const char *m = vr_error_last(), *is = strstr(m, "' is ");
			vr_diags_add(d, path, v->line, "%s", *m == '\'' && is ? is + 2 : m);
			return 1;
		}
		return 0;
	case VR_T_INT:
		if (!integral(v))
			break;
		return 0;
	case VR_T_MONEY:
		if (!integral(v)) {
			if (v->type == VR_VNUM && (!isfinite(v->u.n) || fabs(v->u.n) >= 9.0e15)) {
				vr_diags_add(d, path, v->line, "money out of range: write whole "
					     "cents below 9,000,000,000,000,000");
				return 1;
			}
			if (v->type == VR_VNUM) {
				vr_diags_add(d, path, v->line,
					     "money is written in whole cents, a whole number "
					     "(write $12.50 as 1250)");
				return 1;
			}
			break;
		}
		if (v->u.i < 0) {
			vr_diags_add(d, path, v->line, "money cannot be negative");
			return 1;
		}
		return 0;
	case VR_T_NUM:
		if (v->type != VR_VINT && v->type != VR_VNUM)
			break;
		if (v->type == VR_VNUM && !isfinite(v->u.n)) {
			vr_diags_add(d, path, v->line, "must be a finite number");
			return 1;
		}
		if ((v->type == VR_VINT && v->u.i < 0) ||
		    (v->type == VR_VNUM && !(v->u.n >= 0 && isfinite(v->u.n)))) {
			vr_diags_add(d, path, v->line, "must be a number of 0 or more");
			return 1;
		}
		/* the XML writes a number in full, digit by digit */
		if (v->type == VR_VNUM && v->u.n >= EXT_MAX_NUM) {
			vr_diags_add(d, path, v->line, "must be below 1,000,000,000,000,000");
			return 1;
		}
		integral(v);
		return 0;
	case VR_T_BOOL:
		if (v->type != VR_VBOOL)
			break;
		return 0;
	case VR_T_ENUM:
		if (v->type != VR_VSTR)
			break;
		for (e = f->values; *e; e++)
			if (strcmp(*e, v->u.s.s) == 0)
				return 0;
		{
			char list[512] = "";
			for (e = f->values; *e; e++) {
				strncat(list, *e, sizeof(list) - strlen(list) - 3);
				if (e[1])
					strncat(list, ", ", sizeof(list) - strlen(list) - 1);
			}
			const char *near = vr_model_nearest(v->u.s.s, (const char *const *)f->values,
							    (size_t)(e - f->values));
			if (near)
				vr_diags_add(d, path, v->line, "is not one of: %s; did you mean '%s'?",
					     list, near);
			else
				vr_diags_add(d, path, v->line, "is not one of: %s", list);
		}
		return 1;
	}
	vr_diags_add(d, path, v->line, "expected %s, found %s",
		     vr_model_type_name(f->type), got_name(v));
	return 1;
}

size_t vr_model_validate(const vr_field *f, vr_val *v, const char *path, vr_diags *d)
{
	return validate(f, v, path ? path : "", d);
}
