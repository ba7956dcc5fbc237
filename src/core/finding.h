/*
 * finding.h - what a check says about a plan: one finding per problem.
 *
 * A finding names the plugin and rule that made it, its severity, its
 * class, the policy it cites, a message a counselor can act on, the path
 * of the field concerned and the plan. The class says what the finding is
 * about: "content", what the version says (an error of that class blocks
 * signing the version), or "conduct", how and when the agency acted (a
 * clock, a contact, a purchase), which never blocks a signature.
 */
#ifndef VR_FINDING_H
#define VR_FINDING_H

#include <stddef.h>
#include "core/buf.h"

typedef struct {
	char *plugin, *rule, *severity, *klass, *cite, *message, *path, *plan;
	int version;     /* the plan version checked, 0 when not said */
	const char *vstatus;  /* its status (static text), NULL when not said */
	int earlier;     /* about the version in effect, a newer one not yet */
} vr_finding;

typedef struct {
	vr_finding *items;
	size_t n, cap;
} vr_findings;

#define VR_FINDINGS_INIT { NULL, 0, 0 }

/* Copies every string; plan, cite and path may be NULL; klass NULL or ""
 * is "content" (a finding that cannot say what it is about blocks). */
int vr_findings_add(vr_findings *l, const char *plugin, const char *rule,
		    const char *severity, const char *klass, const char *cite,
		    const char *message, const char *path, const char *plan);
size_t vr_findings_count(const vr_findings *l, const char *severity);
/* Drops the findings from index `from` on that are not of class klass. */
void vr_findings_keep_class(vr_findings *l, size_t from, const char *klass);
/* The errors that block signing: those of class content. */
size_t vr_findings_blocking(const vr_findings *l);
void vr_findings_free(vr_findings *l);
/* Appends the list as a JSON array of objects. */
void vr_findings_json(vr_buf *b, const vr_findings *l, size_t from, size_t to);

#endif
