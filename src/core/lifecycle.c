/*
 * lifecycle.c - plan version status from signatures; see lifecycle.h.
 */
#include "core/lifecycle.h"
#include "core/error.h"

#include <stdio.h>
#include <string.h>

static const char *const names[] = {
	"draft", "awaiting signatures", "in effect", "superseded", "closed"
};

const char *vr_status_name(vr_status s)
{
	return (unsigned)s < sizeof(names) / sizeof(*names) ? names[s] : "?";
}

int vr_status_parse(const char *name, vr_status *out)
{
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		/* "awaiting" and "in-effect" are accepted for the two-word names */
		size_t n = strlen(name);
		if (strcmp(names[i], name) == 0 ||
		    (n >= 5 && strncmp(names[i], name, n) == 0) ||
		    (i == VR_ST_IN_EFFECT && strcmp(name, "in-effect") == 0) ||
		    (i == VR_ST_AWAITING && strcmp(name, "awaiting-signatures") == 0)) {
			*out = (vr_status)i;
			return 0;
		}
	}
	return vr_error_set(VR_EINPUT, "'%s' is not a status: draft, awaiting, in-effect, "
			    "superseded or closed", name);
}

static int has_role(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
		    const vr_role_req *r)
{
	for (size_t i = 0; i < ns; i++) {
		if (sigs[i].version != v->version || strcmp(sigs[i].digest, v->digest))
			continue;
		for (size_t j = 0; j < r->n; j++)
			if (strcmp(sigs[i].role, r->roles[j]) == 0)
				return 1;
	}
	return 0;
}

void vr_lifecycle_compute(vr_version_state *v, size_t nv, const vr_sig_ref *sigs,
			  size_t ns, const vr_requirements *req, int case_closed)
{
	int effective = 0;   /* the version number in effect, 0 if none */

	for (size_t i = 0; i < nv; i++) {
		v[i].complete = 1;
		v[i].nsigned = 0;
		for (size_t k = 0; k < ns; k++)
			if (sigs[k].version == v[i].version && !strcmp(sigs[k].digest, v[i].digest))
				v[i].nsigned++;
		int w = v[i].version > 1;
		const vr_role_req *rq = v[i].has_reqs ? v[i].reqs : req->reqs[w];
		size_t nrq = v[i].has_reqs ? v[i].nreqs : req->n[w];
		for (size_t r = 0; r < nrq && v[i].complete; r++)
			v[i].complete = has_role(&v[i], sigs, ns, &rq[r]);
		if (v[i].complete && v[i].version > effective)
			effective = v[i].version;
	}
	for (size_t i = 0; i < nv; i++) {
		if (effective && v[i].version == effective)
			v[i].status = case_closed ? VR_ST_CLOSED : VR_ST_IN_EFFECT;
		else if (effective && v[i].version < effective)
			v[i].status = VR_ST_SUPERSEDED;
		else
			v[i].status = v[i].nsigned ? VR_ST_AWAITING : VR_ST_DRAFT;
	}
}

void vr_lifecycle_missing(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
			  const vr_requirements *req, char *out, size_t outlen)
{
	int w = v->version > 1;
	const vr_role_req *reqs = v->has_reqs ? v->reqs : req->reqs[w];
	size_t nreqs = v->has_reqs ? v->nreqs : req->n[w], used = 0;

	out[0] = '\0';
	for (size_t r = 0; r < nreqs; r++) {
		if (has_role(v, sigs, ns, &reqs[r]))
			continue;
		for (size_t j = 0; j < reqs[r].n && used < outlen; j++)
			used += (size_t)snprintf(out + used, outlen - used, "%s%s",
						 j ? " or " : (used ? ", " : ""), reqs[r].roles[j]);
	}
}
