/*
 * lifecycle.c - plan version status from signatures; see lifecycle.h.
 */
#include "core/lifecycle.h"
#include "core/date.h"
#include "core/error.h"

#include <stdio.h>
#include <ctype.h>
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
	/* the words --json writes ("in effect"), whatever their case and with
	 * `-` or `_` for the space ("in-effect"), or the first word of a
	 * two-word one ("awaiting") */
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++) {
		const char *a = names[i], *b = name;
		while (*a && *b && (tolower((unsigned char)*b) == *a ||
				    (*a == ' ' && (*b == '-' || *b == '_'))))
			a++, b++;
		if (!*b && (!*a || *a == ' ') && b != name) {
			*out = (vr_status)i;
			return 0;
		}
	}
	return vr_error_set(VR_EINPUT, "'%s' is not a status: draft, awaiting signatures, "
			    "in effect, superseded or closed (as --json writes them; "
			    "\"in-effect\" and \"awaiting\" also do)", name);
}

static int counts(const vr_sig_ref *g, const vr_version_state *v)
{
	return !g->withdrawn && g->version == v->version && !strcmp(g->digest, v->digest);
}

static long long when_of(const vr_sig_ref *g)
{
	long long t;
	long day;
	return g->at && vr_datetime_seconds(g->at, &day, &t) == 0 ? t : 0;
}

/* The earliest signature on v meeting requirement r, or NULL: of the
 * signatures that are not approvals when `signers_only`, else of all but
 * approvals made before approvals_from. */
static const vr_sig_ref *meeting(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
				 const vr_role_req *r, int signers_only, long long approvals_from,
				 long long *when)
{
	const vr_sig_ref *best = NULL;
	long long t, bt = 0;

	for (size_t i = 0; i < ns; i++) {
		if (!counts(&sigs[i], v))
			continue;
		t = when_of(&sigs[i]);
		if (sigs[i].approval && (signers_only || t < approvals_from))
			continue;
		for (size_t j = 0; j < r->n; j++) {
			if (strcmp(sigs[i].role, r->roles[j]))
				continue;
			if (!best || t < bt) {
				best = &sigs[i];
				bt = t;
			}
		}
	}
	*when = bt;
	return best;
}

/* When the last signature that is not an approval was given: what an
 * approval must not precede. */
static long long signers_done(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
			      const vr_role_req *rq, size_t nrq)
{
	long long latest = 0, t;

	for (size_t r = 0; r < nrq; r++)
		if (meeting(v, sigs, ns, &rq[r], 1, 0, &t) && t > latest)
			latest = t;
	return latest;
}

static const vr_sig_ref *first_meeting(const vr_version_state *v, const vr_sig_ref *sigs,
				       size_t ns, const vr_role_req *rq, size_t nrq, size_t r,
				       long long *when)
{
	return meeting(v, sigs, ns, &rq[r], 0, signers_done(v, sigs, ns, rq, nrq), when);
}

int vr_lifecycle_counts(const vr_version_state *v, const vr_sig_ref *sigs, size_t ns,
			const vr_requirements *req, size_t k)
{
	size_t nrq;
	const vr_role_req *rq = vr_lifecycle_reqs(v, req, &nrq);

	if (!counts(&sigs[k], v))
		return 0;
	return !sigs[k].approval || when_of(&sigs[k]) >= signers_done(v, sigs, ns, rq, nrq);
}

const vr_role_req *vr_lifecycle_reqs(const vr_version_state *v, const vr_requirements *req,
				     size_t *n)
{
	int w = v->amendment ? 1 : 0;
	*n = v->has_reqs ? v->nreqs[w] : req->n[w];
	return v->has_reqs ? v->reqs[w] : req->reqs[w];
}

void vr_lifecycle_compute(vr_version_state *v, size_t nv, const vr_sig_ref *sigs,
			  size_t ns, const vr_requirements *req, int case_closed)
{
	int effective = 0;   /* the version number in effect, 0 if none */
	int took = 0;        /* some version before the one at hand took effect */

	/* ascending by version, whatever the order of v */
	for (int last = 0;;) {
		vr_version_state *x = NULL;
		for (size_t i = 0; i < nv; i++)
			if (v[i].version > last && (!x || v[i].version < x->version))
				x = &v[i];
		if (!x)
			break;
		last = x->version;
		x->amendment = took;
		x->complete = 1;
		x->nsigned = 0;
		x->effective_at = NULL;
		for (size_t k = 0; k < ns; k++)
			x->nsigned += (size_t)counts(&sigs[k], x);
		size_t nrq;
		const vr_role_req *rq = vr_lifecycle_reqs(x, req, &nrq);
		long long latest = 0;
		for (size_t r = 0; r < nrq && x->complete; r++) {
			long long t;
			const vr_sig_ref *g = first_meeting(x, sigs, ns, rq, nrq, r, &t);
			if (!g)
				x->complete = 0;
			else if (!x->effective_at || t >= latest) {
				x->effective_at = g->at;
				latest = t;
			}
		}
		if (!x->complete)
			x->effective_at = NULL;
		if (x->complete) {
			took = 1;
			effective = x->version;
		}
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
	size_t nreqs, used = 0;
	const vr_role_req *reqs = vr_lifecycle_reqs(v, req, &nreqs);
	long long t;

	out[0] = '\0';
	for (size_t r = 0; r < nreqs; r++) {
		if (first_meeting(v, sigs, ns, reqs, nreqs, r, &t))
			continue;
		for (size_t j = 0; j < reqs[r].n && used < outlen; j++)
			used += (size_t)snprintf(out + used, outlen - used, "%s%s",
						 j ? " or " : (used ? ", " : ""), reqs[r].roles[j]);
	}
}
