/*
 * model.c - the field tables of the data model, and what is read from them
 * (names, ids, the nearest name, walking them, setting a field by path);
 * a value is checked against them in model_check.c.
 *
 * The tables below are the contract of DESIGN.md's "Core model" written as
 * data; keep docs/model.md in step with them. Order matters: it is the order
 * of elements in the XML document and in the XSD.
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

#define END { NULL, 0, 0, NULL, NULL }
#define S(n) { n, VR_T_STR, 0, NULL, NULL }
#define SR(n) { n, VR_T_STR, VR_F_REQUIRED, NULL, NULL }
#define D(n) { n, VR_T_DATE, 0, NULL, NULL }
#define DT(n) { n, VR_T_DATETIME, 0, NULL, NULL }
#define I(n) { n, VR_T_INT, 0, NULL, NULL }
#define M(n) { n, VR_T_MONEY, 0, NULL, NULL }
#define N(n) { n, VR_T_NUM, 0, NULL, NULL }
#define B(n) { n, VR_T_BOOL, 0, NULL, NULL }
#define O(n, f) { n, VR_T_OBJ, 0, f, NULL }
#define OR(n, f) { n, VR_T_OBJ, VR_F_REQUIRED, f, NULL }
#define A(n, item) { n, VR_T_ARR, 0, item, NULL }
#define E(n, v) { n, VR_T_ENUM, 0, NULL, v }
#define ER(n, v) { n, VR_T_ENUM, VR_F_REQUIRED, NULL, v }
#define X { "ext", VR_T_EXT, 0, NULL, NULL }
#define ID(n) { n, VR_T_STR, VR_F_REQUIRED | VR_F_ID, NULL, NULL }
#define IDO(n) { n, VR_T_STR, VR_F_ID, NULL, NULL }

/* --- person ------------------------------------------------------------ */

static const vr_field name_f[] = { SR("given"), SR("family"), END };
static const vr_field representative_f[] = { SR("name"), S("relation"), END };
static const vr_field comm_item[] = { S("mode") };

static const vr_field person_f[] = {
	ID("id"),
	OR("name", name_f),
	D("birth_date"),
	S("language"),
	A("communication", comm_item),
	O("representative", representative_f),
	B("ssa_beneficiary"),
	B("student"),
	B("special_education"),
	B("most_significant_disability"),
	X,
	END
};

/* --- case -------------------------------------------------------------- */

static const char *const event_kinds[] = {
	"referral", "application", "eligibility", "plan_extension", "ips_entry",
	"authorization", "first_contact", "employer_contact", "job_offer",
	"job_start", "job_end", "lts_transition", "ticket_assigned",
	"ticket_reassigned", "discharge", "closure", "contact", "report",
	"review", "payment", "enrollment", "readmission", "supervisor_review",
	"copy_provided", "fidelity_review", NULL
};

static const vr_field staff_f[] = {
	ID("id"), SR("name"), SR("role"), S("title"), N("fte"),
	I("caseload"),        /* open cases carried, as the agency records it */
	X, END
};
static const vr_field staff_item[] = { O("member", staff_f) };

static const vr_field event_f[] = {
	ER("kind", event_kinds),
	S("id"),
	D("date"),
	DT("at"),
	D("agreed_date"),     /* plan_extension: the date agreed to */
	S("service"),         /* authorization: service code */
	M("amount_cents"),
	S("authorization"),
	S("staff"),
	S("provider"),
	I("minutes"),
	S("modality"),
	N("hours_week"),
	S("reason"),
	S("network"),
	S("job"),             /* the employment[].id it concerns */
	S("form"),            /* report: the agency form (DVR-17036-E) */
	S("purpose"),         /* contact: what the contact was for */
	S("component"),       /* contact/payment: program component billed */
	S("to"),              /* copy_provided: who received the copy */
	S("language"),        /* copy_provided: the language of the copy */
	S("format"),          /* copy_provided: print, large print, braille, ... */
	S("note"),
	X,
	END
};
static const vr_field event_item[] = { O("event", event_f) };

static const vr_field benefit_item[] = { S("benefit") };
static const vr_field job_f[] = {
	S("id"), SR("employer"), S("title"), S("soc"), M("wage_cents_hour"),
	N("hours_week"), A("benefits", benefit_item), D("start"), D("end_date"),
	B("open_to_public"), B("integrated"), X, END
};
static const vr_field job_item[] = { O("job", job_f) };

static const vr_field tag_item[] = { S("tag") };
static const vr_field note_f[] = {
	{ "date", VR_T_DATE, VR_F_REQUIRED, NULL, NULL },
	S("author"), S("kind"), SR("text"), A("tags", tag_item), X, END
};
static const vr_field note_item[] = { O("note", note_f) };

static const vr_field case_f[] = {
	ID("id"),
	SR("agency"),
	S("program"),
	A("staff", staff_item),
	S("status"),
	A("events", event_item),
	A("employment", job_item),
	A("notes", note_item),
	X,
	END
};

/* --- plan -------------------------------------------------------------- */

static const vr_field goal_f[] = {
	S("occupation"), S("soc"), S("career_cluster"), S("own_words"),
	S("setting"), N("hours_week"), M("wage_cents_hour"), D("target_date"),
	X, END
};

static const vr_field objective_f[] = {
	SR("id"), SR("title"), S("outcome"), S("measure"), D("start"),
	D("target"), S("status"), X, END
};
static const vr_field objective_item[] = { O("objective", objective_f) };

static const char *const modalities[] = { "individual", "group", NULL };
static const vr_field service_f[] = {
	SR("id"), S("objective"), SR("description"), S("category"),
	S("provider"), S("procurement"), S("responsible"), D("start"),
	D("planned_end"), D("actual_end"), M("cost_cents"),
	M("item_cost_cents"), S("funding"), S("comparable_benefits"),
	E("modality", modalities), S("authorization"), X, END
};
static const vr_field service_item[] = { O("service", service_f) };

static const vr_field resp_f[] = {
	SR("party"), SR("text"), B("initialed"), END
};
static const vr_field resp_item[] = { O("responsibility", resp_f) };

static const vr_field supported_f[] = {
	S("extended_services"), S("provider"), END
};
static const vr_field ticket_f[] = { B("assigned"), S("network"), END };
static const vr_field choice_f[] = {
	B("supported"), S("reason"), S("alternatives"), B("appeal_info_given"), END
};
static const vr_field review_f[] = { D("last"), D("next"), END };
/* a student's IPE checked against the school IEP (MO CSG 520.1) */
static const vr_field school_iep_f[] = { B("consistent"), D("confirmed"), END };

static const vr_field plan_f[] = {
	ID("id"),
	ID("kind"),
	I("version"),
	{ "date", VR_T_DATE, VR_F_REQUIRED, NULL, NULL },
	S("supersedes"),
	S("amendment_reason"),
	O("goal", goal_f),
	A("objectives", objective_item),
	A("services", service_item),
	A("responsibilities", resp_item),
	S("progress_criteria"),
	O("supported_employment", supported_f),
	S("post_employment"),
	S("education_goal"),
	O("ticket_to_work", ticket_f),
	O("informed_choice", choice_f),
	O("review", review_f),
	O("school_iep", school_iep_f),
	X,
	END
};
static const vr_field plan_item[] = { O("plan", plan_f) };

/* --- signatures and roots ----------------------------------------------- */

/* A signature as an exported document carries it: the fields its record
 * is built from (sign.h), and the seal over that record. */
static const vr_field signer_f[] = { IDO("id"), SR("name"), END };
/* A withdrawal: the sealed record that a signature counts for nothing
 * (sign.h, vr_withdrawal_fields). */
static const vr_field withdrawal_f[] = {
	SR("reason"), SR("by"), { "at", VR_T_DATETIME, VR_F_REQUIRED, NULL, NULL },
	S("key_id"), S("seal"), END
};
static const vr_field signature_f[] = {
	ID("plan"), I("version"), SR("digest"), SR("role"), OR("signer", signer_f),
	SR("method"), SR("meaning"), S("intent"), S("identity"), DT("at"), S("scan_sha256"),
	S("key_id"), S("seal"),
	S("seen"),            /* conduct findings shown to the signer: rule ids */
	S("recorded_by"),     /* who recorded a signature given on paper */
	O("withdrawal", withdrawal_f),
	END
};
static const vr_field signature_item[] = { O("signature", signature_f) };

/* A signature as a case file records it, with the plan's history: the
 * document's fields, the digest optional (import computes it; one given
 * must match), seal and key_id left out to have the import seal it with
 * this installation's key (docs/model.md, "Plans with their history"). */
static const vr_field recorded_signature_f[] = {
	ID("plan"), I("version"), S("digest"), SR("role"), OR("signer", signer_f),
	SR("method"), SR("meaning"), S("intent"), S("identity"), DT("at"), S("scan_sha256"),
	S("key_id"), S("seal"), S("seen"), S("recorded_by"), O("withdrawal", withdrawal_f),
	END
};
static const vr_field recorded_signature_item[] = { O("signature", recorded_signature_f) };

static const vr_field root_f[] = {
	OR("person", person_f),
	OR("case", case_f),
	A("plans", plan_item),
	A("signatures", recorded_signature_item),
	END
};

static const vr_field document_f[] = {
	OR("person", person_f),
	OR("case", case_f),
	OR("plan", plan_f),
	A("signatures", signature_item),
	END
};

static const vr_field root = { "casefile", VR_T_OBJ, 0, root_f, NULL };
static const vr_field document = { "document", VR_T_OBJ, 0, document_f, NULL };
static const vr_field person = { "person", VR_T_OBJ, 0, person_f, NULL };
static const vr_field kase = { "case", VR_T_OBJ, 0, case_f, NULL };
static const vr_field plan = { "plan", VR_T_OBJ, 0, plan_f, NULL };

const vr_field *vr_model_casefile(void) { return &root; }
const vr_field *vr_model_document(void) { return &document; }
const vr_field *vr_model_signatures(void) { return &document_f[3]; }
const vr_field *vr_model_person(void) { return &person; }
const vr_field *vr_model_case(void) { return &kase; }
const vr_field *vr_model_plan(void) { return &plan; }

size_t vr_model_list_max(const vr_field *f)
{
	return f->fields == event_item ? VR_MODEL_MAX_EVENTS : VR_MODEL_MAX_LIST;
}

static int id_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '-' || c == '_' || c == '.';
}

const char *vr_model_bad_id(const char *s)
{
	static _Thread_local char why[96];
	size_t n = strlen(s);

	if (n == 0)
		return "it is empty";
	if (n > VR_ID_MAX) {
		snprintf(why, sizeof(why), "it is %zu characters long", n);
		return why;
	}
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (id_char(c))
			continue;
		if (c == ' ')
			snprintf(why, sizeof(why), "it holds a space (character %zu)", i + 1);
		else if (c > 0x20 && c < 0x7f)
			snprintf(why, sizeof(why), "it holds '%c' (character %zu)", c, i + 1);
		else
			snprintf(why, sizeof(why), "it holds the byte 0x%02X (character %zu)", c, i + 1);
		return why;
	}
	if (s[0] == '.' || s[0] == '-')
		return "it starts with '.' or '-'";
	if (strstr(s, ".."))
		return "it holds \"..\"";
	return NULL;
}

/* Fields renamed since case files were first written: the old name is
 * read as the new one, with a note (docs/model.md, "Renamed fields"). */
static const struct { const vr_field *in; const char *old, *now; } renamed[] = {
	{ job_f, "end", "end_date" },   /* `end` is a Lua keyword: ["end"] */
};

const char *vr_model_renamed(const vr_field *obj, const char *old)
{
	if (!obj || obj->type != VR_T_OBJ)
		return NULL;
	for (size_t i = 0; i < sizeof(renamed) / sizeof(*renamed); i++)
		if (renamed[i].in == obj->fields && strcmp(renamed[i].old, old) == 0)
			return renamed[i].now;
	return NULL;
}

/* The character as the distance compares it: case-folded, `-` and space
 * as `_` (vocab.lua's normaliser does the same for plugins' words). */
static int fold(char c)
{
	int x = tolower((unsigned char)c);
	return x == '-' || x == ' ' ? '_' : x;
}

/* Edit distance of a and b, or more than limit once it is past it: an
 * insertion, a deletion, a replacement and a swap of two neighbours cost 1
 * each, as vocab.lua's suggestions count them. */
static size_t distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), r[3][65];
	size_t *two = r[0], *prev = r[1], *row = r[2];

	if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (size_t j = 0; j <= lb; j++)
		prev[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t best = i, *t;
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			int ca = fold(a[i - 1]), cb = fold(b[j - 1]);
			size_t v = prev[j - 1] + (ca != cb);
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (row[j - 1] + 1 < v)
				v = row[j - 1] + 1;
			if (i > 1 && j > 1 && ca == fold(b[j - 2]) && fold(a[i - 2]) == cb &&
			    two[j - 2] + 1 < v)
				v = two[j - 2] + 1;
			row[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
		t = two;
		two = prev;
		prev = row;
		row = t;
	}
	return prev[lb];
}

const char *vr_model_nearest(const char *s, const char *const *words, size_t n)
{
	const char *best = NULL;
	size_t bd = (size_t)-1;

	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(words[i]), limit = len / 3 < 1 ? 1 : len / 3 > 3 ? 3 : len / 3;
		size_t dd = distance(s, words[i], limit);
		if (dd <= limit && dd < bd) {
			best = words[i];
			bd = dd;
		}
	}
	return best;
}

const vr_field *vr_model_child(const vr_field *obj, const char *name)
{
	const vr_field *c;

	if (!obj || obj->type != VR_T_OBJ)
		return NULL;
	for (c = obj->fields; c->name; c++)
		if (strcmp(c->name, name) == 0)
			return c;
	return NULL;
}

const char *vr_model_type_name(vr_ftype t)
{
	switch (t) {
	case VR_T_STR: return "text";
	case VR_T_DATE: return "a date (YYYY-MM-DD)";
	case VR_T_DATETIME: return "a date-time with offset (YYYY-MM-DDThh:mm:ss-05:00)";
	case VR_T_INT: return "a whole number";
	case VR_T_MONEY: return "money in whole cents (an integer, 0 or more)";
	case VR_T_NUM: return "a number, 0 or more";
	case VR_T_BOOL: return "true or false";
	case VR_T_ENUM: return "one of a fixed list of words";
	case VR_T_OBJ: return "a table of fields";
	case VR_T_ARR: return "a list";
	case VR_T_EXT: return "agency fields";
	}
	return "?";
}

static void walk(const vr_field *f, const char *path, vr_model_field_fn fn, void *ud)
{
	char sub[512];
	const vr_field *c;

	if (f->type == VR_T_OBJ) {
		for (c = f->fields; c->name; c++) {
			vr_path_child(sub, sizeof(sub), path, c->name, 0);
			fn(sub, c, ud);
			walk(c, sub, fn, ud);
		}
	} else if (f->type == VR_T_ARR) {
		snprintf(sub, sizeof(sub), "%s[]", path);
		walk(f->fields, sub, fn, ud);
	}
}

void vr_model_walk(const vr_field *f, vr_model_field_fn fn, void *ud)
{
	walk(f, "", fn, ud);
}

/* --- setting a field by path ------------------------------------------ */

static vr_val *from_text(const vr_field *f, const char *text, const char *path)
{
	char *end;
	long long i;
	double x;

	switch (f->type) {
	case VR_T_INT:
	case VR_T_MONEY:
		i = strtoll(text, &end, 10);
		if (*text && !*end)
			return vr_val_int(i);
		break;
	case VR_T_NUM:
		x = strtod(text, &end);
		if (*text && !*end)
			return vr_val_num(x);
		break;
	case VR_T_BOOL:
		if (!strcmp(text, "true") || !strcmp(text, "false"))
			return vr_val_bool(!strcmp(text, "true"));
		break;
	case VR_T_OBJ:
	case VR_T_ARR:
	case VR_T_EXT:
		vr_error_set(VR_EINPUT, "%s is %s: set its fields one by one (%s.FIELD=...)",
			     path, vr_model_type_name(f->type), path);
		return NULL;
	default:
		return vr_val_str(text);
	}
	vr_error_set(VR_EINPUT, "%s: the value is not %s", path, vr_model_type_name(f->type));
	return NULL;
}

int vr_model_set_path(const vr_field *f, vr_val *v, const char *path, const char *text)
{
	char name[128];
	const char *p = path;
	const vr_field *cf;
	vr_val *cv;
	size_t n;

	for (;;) {
		n = strcspn(p, ".[");
		if (n == 0 || n >= sizeof(name))
			return vr_error_set(VR_EINPUT, "'%s' is not a field path (write "
					    "goal.occupation or services[2].provider)", path);
		memcpy(name, p, n);
		name[n] = '\0';
		p += n;
		if (!(cf = vr_model_child(f, name)))
			return vr_error_set(VR_EINPUT, "%s: no field '%s' here (see docs/model.md)",
					    path, name);
		if (cf->type == VR_T_ARR && *p == '[') {
			char *end;
			long idx = strtol(p + 1, &end, 10);
			if (*end != ']' || idx < 1)
				return vr_error_set(VR_EINPUT, "%s: write a list item as %s[N], N "
						    "from 1", path, name);
			if (!(cv = vr_val_at(vr_val_get(v, name), (size_t)idx - 1)))
				return vr_error_set(VR_EINPUT, "%s: %s has no item %ld (add items "
						    "with --from FILE)", path, name, idx);
			p = end + 1;
			f = cf->fields;
			v = cv;
			if (*p == '\0')
				return vr_error_set(VR_EINPUT, "%s: name a field of the item", path);
			if (*p != '.')
				return vr_error_set(VR_EINPUT, "'%s' is not a field path", path);
			p++;
			continue;
		}
		if (*p == '\0') {
			vr_val *nv;
			if (!*text) {
				vr_val_free(vr_val_take(v, name));
				return 0;
			}
			if (!(nv = from_text(cf, text, path)))
				return VR_EINPUT;
			return vr_val_obj_set(v, name, nv);
		}
		if (*p != '.' || cf->type != VR_T_OBJ)
			return vr_error_set(VR_EINPUT, "%s: %s is %s", path, name,
					    vr_model_type_name(cf->type));
		p++;
		if (!(cv = vr_val_get(v, name))) {
			if (vr_val_obj_set(v, name, vr_val_obj()) < 0)
				return vr_error_set(VR_ENOMEM, "out of memory");
			cv = vr_val_get(v, name);
		}
		f = cf;
		v = cv;
	}
}
