/*
 * model.h - the data model, declared once, as data.
 *
 * DESIGN.md sketches the model as C structs. We hold it instead as one table
 * of field descriptors (model.c) that every layer reads: the case-file
 * validator, the XML writer and reader (doc.c), the generated XSD, and the
 * JSON output. A field added here is at once accepted in case files,
 * written to and read from XML, validated by the schema and shown by
 * `vrtool show --json`; the layers cannot drift apart. docs/model.md says
 * what each field means and which policy needs it.
 *
 * An object's fields are an array ended by a descriptor with name NULL. An
 * array's `fields` points at exactly one descriptor: its items, whose name is
 * the XML element of one item (services -> service).
 */
#ifndef VR_MODEL_H
#define VR_MODEL_H

#include "core/diag.h"
#include "core/val.h"

typedef enum {
	VR_T_STR,      /* text */
	VR_T_DATE,     /* YYYY-MM-DD */
	VR_T_DATETIME, /* YYYY-MM-DDThh:mm[:ss] with offset */
	VR_T_INT,      /* integer */
	VR_T_MONEY,    /* whole cents, never negative */
	VR_T_NUM,      /* a non-negative number (hours a week) */
	VR_T_BOOL,
	VR_T_ENUM,     /* one of `values` */
	VR_T_OBJ,
	VR_T_ARR,
	VR_T_EXT       /* agency fields: any JSON-like value, checked by the plugin */
} vr_ftype;

#define VR_F_REQUIRED 1u
/* An identifier (of a person, case, staff member, plan, plan kind, signer):
 * vrtool makes file names and audit objects of them, so they hold only
 * VR_ID_CHARS, at most VR_ID_MAX of them, and cannot spell a path
 * (vr_model_bad_id). */
#define VR_F_ID 2u
#define VR_ID_MAX 64
#define VR_ID_CHARS "letters A-Z a-z, digits, '-', '_' and '.'"

/*
 * Limits that bound what one case costs (docs/model.md, "Limits"): the
 * items of one list (VR_MODEL_MAX_EVENTS for case.events, VR_MODEL_MAX_LIST
 * for any other), and every list item and agency field of a whole case
 * file or document together (VR_MODEL_MAX_ITEMS). They are checked before
 * the items are validated, one by one, and before a plugin sees the case.
 */
#define VR_MODEL_MAX_EVENTS 10000
#define VR_MODEL_MAX_LIST 1000
#define VR_MODEL_MAX_ITEMS 25000
/* How deep agency fields (ext) may nest. */
#define VR_MODEL_EXT_DEPTH 32

typedef struct vr_field vr_field;
struct vr_field {
	const char *name;
	vr_ftype type;
	unsigned flags;
	const vr_field *fields;      /* OBJ: children; ARR: the item */
	const char *const *values;   /* ENUM: NULL-terminated */
};

/* The roots: a whole case file { person, case, plans }, and its parts. */
const vr_field *vr_model_casefile(void);
/* The exported document: { person, case, plan } (one plan version). */
const vr_field *vr_model_document(void);
/* The signatures list of a document. */
const vr_field *vr_model_signatures(void);
const vr_field *vr_model_person(void);
const vr_field *vr_model_case(void);
const vr_field *vr_model_plan(void);

/* The most items the list f (VR_T_ARR) may hold. */
size_t vr_model_list_max(const vr_field *f);

/* Why s is not an identifier (NULL when it is one): too long, empty, a
 * character outside VR_ID_CHARS, a first character '.' or '-', or "..". */
const char *vr_model_bad_id(const char *s);

/* The child descriptor of an object field by name, or NULL. */
const vr_field *vr_model_child(const vr_field *obj, const char *name);
const char *vr_model_type_name(vr_ftype t);

/* The new name of a field of obj that was renamed from `old` (the job's
 * `end` is `end_date`), or NULL. Validation and the XML reader read the
 * old name as the new one and add a note (diag.h). */
const char *vr_model_renamed(const vr_field *obj, const char *old);

/* Of the n words, the one nearest s (a few edits apart, case and `-`/`_`
 * aside), for a "did you mean"; NULL when none is near. */
const char *vr_model_nearest(const char *s, const char *const *words, size_t n);

/* Calls fn for every field below f, depth first in table order, with its
 * path ("plans[].services[].planned_end") and descriptor. */
typedef void (*vr_model_field_fn)(const char *path, const vr_field *f, void *ud);
void vr_model_walk(const vr_field *f, vr_model_field_fn fn, void *ud);

/*
 * Validates v against f and normalises it in place (a float with an integral
 * value where an integer is expected becomes an integer; an empty table
 * where an array is expected becomes an array). Every problem is added to
 * diags with its path, which starts at `path` ("plans[1]"). Returns the
 * number of problems added.
 */
size_t vr_model_validate(const vr_field *f, vr_val *v, const char *path,
			 vr_diags *diags);

/*
 * Sets the field at path (dotted names, [n] for the nth list item, from 1)
 * under v, whose model is f, to `text` read as the field's type ("5000"
 * for money is 5000 cents, "true" for a boolean); an empty text removes
 * the field. Missing records on the way are created; list items must
 * exist. VR_EINPUT with a message naming the path otherwise.
 */
int vr_model_set_path(const vr_field *f, vr_val *v, const char *path, const char *text);

/*
 * Validates a whole case file: the fields, and what single fields cannot
 * say: ids unique, dates in order (start before end), services pointing at
 * objectives that exist, an event carrying a date or a time.
 */
size_t vr_model_validate_casefile(vr_val *root, const char *source, vr_diags *diags);

#endif
