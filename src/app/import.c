/*
 * import.c - importing case files and documents into the store (import.h):
 * the rules of a plan's history and the vocabulary check.
 *
 * All files are read and validated before anything is written; then all
 * are written in one transaction. So a bad file anywhere in the list leaves
 * the database exactly as it was.
 *
 * What each file brought is printed only after the commit has returned: a
 * line "imported FILE" is a promise that FILE is in the database. Printed
 * as each file was stored, the lines reached the terminal (or, past a
 * stdio buffer, a log) before a full disk or a kill undid them all.
 *
 * Plans come with their history: a case file may list a plan's versions
 * and the signatures recorded on them, a document carries its version's
 * signatures (ingest.h). They are imported under the rules of `vrtool
 * sign` (app/sign.c): ingest checks who signed and when; the rules that
 * need the agency's plugin are here, run on the store as the transaction
 * has it: before a version's signatures are stored, that the role is one
 * the plugin asks for on that version (initial plan or amendment, as the
 * lifecycle computes it from the versions before); once they are in, that
 * no role has two standing signatures on the version and that an approval
 * comes after the signatures it approves (the rule sign applies too:
 * vr_planstate_approval_unmet). What `vrtool sign` refuses and import does
 * not: a version with content errors. A signature recorded elsewhere is a
 * fact about the past, not a request to sign: it is imported and the
 * content errors are printed as a warning (after the commit, with the
 * other lines). Conduct findings never block anything. A signature that
 * comes sealed (every document's) counts only once its seal verifies with
 * a key this installation trusts (`vrtool key import`; ingest.h): one that
 * does not is refused, never stored as unverified. A refusal names the
 * file, the line and the signature (`signatures[2] (supervisor)`), and
 * nothing is imported.
 */
#include "app/import.h"
#include "app/cases.h"
#include "app/input.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/path.h"
#include "core/finding.h"
#include "core/ingest.h"
#include "core/sign.h"
#include "core/term.h"
#include "host/lualines.h"
#include "host/paths.h"
#include "host/planstate.h"
#include "host/plugin.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int has_plugin(const char *agency, void *ud)
{
	char dir[PATH_MAX];
	(void)ud;
	return vr_paths_plugin_dir(agency, dir, sizeof(dir)) == 0;
}

/* What the rules of one file need: the command (--as-of) and where the
 * warnings go until the import has committed. */
typedef struct {
	const vr_app *a;
	const char *file;
	vr_buf *warn;
} rules_ud;

static int load_state(vr_store *s, const vr_val *root, const char *plan_id, vr_plugin **p,
		      vr_planstate *ps)
{
	const vr_val *kase = vr_val_get(root, "case");
	int err;

	if ((err = vr_app_plugin_for(s, vr_val_gets(kase, "agency"), p)) < 0)
		return err;
	return vr_planstate_load(s, *p, plan_id, vr_val_get(root, "person"), kase, ps);
}

/* ingest's rules->base: what `vrtool amend` amends, the version in effect
 * (the newest complete one) before `version`, else the one before it. */
static int base_of(vr_store *s, const vr_val *root, const char *plan_id, int version,
		   char digest[65], void *ud)
{
	vr_plugin *p;
	vr_planstate ps;
	const vr_version_state *pick = NULL, *prev = NULL;
	int err;

	(void)ud;
	if ((err = load_state(s, root, plan_id, &p, &ps)) < 0)
		return err;
	for (size_t i = 0; i < ps.nv; i++) {
		const vr_version_state *v = &ps.v[i];
		if (v->version < version && v->complete && (!pick || v->version > pick->version))
			pick = v;
		if (v->version == version - 1)
			prev = v;
	}
	if (!pick)
		pick = prev;
	if (pick)
		snprintf(digest, VR_DIGEST_HEX, "%s", pick->digest);
	else
		err = vr_error_set(VR_EINTERNAL, "plan %s has no version %d to amend", plan_id,
				   version - 1);
	vr_planstate_free(&ps);
	return err;
}

/* ingest's rules->roles: each signature's role is one the plugin asks
 * for on this version, initial plan or amendment as the lifecycle has it
 * from the versions before (as `vrtool sign` asks it first). */
static int roles_of(vr_store *s, const vr_val *root, const char *plan_id, int version,
		    const vr_ingest_sig *sigs, size_t n, size_t *bad, void *ud)
{
	const vr_version_state *vs;
	vr_plugin *p;
	vr_planstate ps;
	char list[512];
	int err = 0, is_approval;

	(void)ud;
	*bad = n;
	if ((err = load_state(s, root, plan_id, &p, &ps)) < 0)
		return err;
	if (!(vs = vr_planstate_version(&ps, version)))
		err = vr_error_set(VR_EINTERNAL, "plan %s has no version %d", plan_id, version);
	for (size_t j = 0; j < n && err == 0; j++) {
		const char *role = vr_val_gets(sigs[j].val, "role");
		if (vr_planstate_role(&ps, version, role, &is_approval))
			continue;
		vr_planstate_roles(&ps, version, list, sizeof(list));
		err = vr_error_set(VR_EINPUT, "plugin %s does not ask for a '%s' signature on %s "
				   "plans%s; the roles are: %s",
				   vr_val_gets(vr_val_get(root, "case"), "agency"), role, ps.kind,
				   vs->amendment ? " (amendments)" : "", list);
		*bad = j;
	}
	vr_planstate_free(&ps);
	return err;
}

/* The rules of one new signature a on version vs of ps, after it is
 * stored: one standing signature per role, approvals after what they
 * approve. */
static int check_one(const vr_planstate *ps, const vr_version_state *vs,
		     const vr_store_sig_row *a, int document)
{
	char list[512];
	const vr_role_req *rq;
	int is_approval;

	if (!vr_planstate_role(ps, vs->version, a->role, &is_approval))
		return vr_error_set(VR_EINTERNAL, "role '%s' is not one the plugin asks for",
				    a->role);
	/* one standing signature per role: a second only once the first was
	 * withdrawn (the later of two is the one refused) */
	for (size_t k = 0; k < ps->ns; k++) {
		const vr_store_sig_row *o = &ps->sigs[k];
		if (o->id < a->id && o->version == a->version && !strcmp(o->digest, a->digest) &&
		    !strcmp(o->role, a->role) && !o->withdrawal_id && !a->withdrawal_id)
			return vr_error_set(VR_EEXISTS, "plan %s version %d is already signed as %s "
					    "(by %s, %s); a role signs a version once, again only "
					    "after the first signature was withdrawn", a->plan_id,
					    a->version, a->role, o->signer_name, o->at);
	}
	if (!is_approval)
		return 0;
	/* an approval comes after every signature it approves (planstate.h) */
	if ((rq = vr_planstate_approval_unmet(ps, vs->version, a->digest, a, document))) {
		size_t used = 0;
		list[0] = '\0';
		for (size_t j = 0; j < rq->n && used < sizeof(list); j++)
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%s",
						 j ? " or " : "", rq->roles[j]);
		return vr_error_set(VR_EINPUT, "the %s approves after the plan is signed, "
				    "but no %s signature on version %d comes before this "
				    "approval (%s)", a->role, list, a->version, a->at);
	}
	return 0;
}

/* ingest's rules->check: the rules above for each new signature, then the
 * plugin's check of the version, whose content errors are a warning. */
static int check_sigs(vr_store *s, const vr_val *root, const char *plan_id, int version,
		      int document, const vr_ingest_sig *sigs, size_t n, size_t *bad, void *ud)
{
	rules_ud *u = ud;
	const vr_val *person = vr_val_get(root, "person"), *kase = vr_val_get(root, "case");
	const vr_version_state *vs;
	vr_store_version_row row;
	vr_findings found = VR_FINDINGS_INIT;
	vr_val *plan = NULL, *life = NULL;
	vr_plugin *p;
	vr_planstate ps;
	size_t nblock;
	int err, have_row = 0;

	*bad = n;
	if ((err = load_state(s, root, plan_id, &p, &ps)) < 0)
		return err;
	if (!(vs = vr_planstate_version(&ps, version))) {
		err = vr_error_set(VR_EINTERNAL, "plan %s has no version %d", plan_id, version);
		goto done;
	}
	for (size_t j = 0; j < n; j++) {
		const vr_store_sig_row *a = NULL;
		for (size_t k = 0; k < ps.ns && !a; k++)
			if (ps.sigs[k].id == sigs[j].id)
				a = &ps.sigs[k];
		if (!a) {
			err = vr_error_set(VR_EINTERNAL, "signature %lld was stored but does not read "
					   "back", sigs[j].id);
			goto done;
		}
		if ((err = check_one(&ps, vs, a, document)) < 0) {
			*bad = j;
			goto done;
		}
	}
	if ((err = vr_store_get_version(s, plan_id, version, &row)) < 0)
		goto done;
	have_row = 1;
	if (!(life = vr_planstate_lifecycle(&ps, version))) {
		err = vr_error_set(VR_ENOMEM, "out of memory");
		goto done;
	}
	if ((err = vr_app_read_plan(&row, &plan)) < 0 ||
	    (err = vr_plugin_check(p, person, kase, plan, life, u->a->as_of, &found)) < 0)
		goto done;
	if ((nblock = vr_findings_blocking(&found)))
		vr_buf_printf(u->warn, "warning: %s: plan %s version %d has %zu "
			      "content error(s) (`vrtool check %s` lists them); its signatures "
			      "were recorded elsewhere and are imported as given\n", u->file,
			      plan_id, version, nblock, vr_val_gets(kase, "id"));
done:
	vr_findings_free(&found);
	vr_val_free(plan);
	vr_val_free(life);
	if (have_row)
		vr_store_version_row_free(&row);
	vr_planstate_free(&ps);
	return err;
}

/* Whether a file brings signatures or, a case file, a plan's history
 * (then the agency's plugin is needed, and is loaded before the write
 * lock is taken). */
static int brings_history(const vr_val *tree, const vr_val *sigs, int doc)
{
	const vr_val *plans = vr_val_get(tree, "plans");

	if (vr_val_len(doc ? sigs : vr_val_get(tree, "signatures")))
		return 1;
	for (size_t i = 0; !doc && vr_val_len(plans) > 1 && i < vr_val_len(plans); i++)
		if (vr_val_get(vr_val_at(plans, i), "version"))
			return 1;
	return 0;
}


/* The value at a problem's path ("plans[2].services[1].category") in a
 * document's tree, for its line; NULL when the path does not lead there. */
static const vr_val *at_path(const vr_val *v, const char *path)
{
	char name[128];

	while (v && *path) {
		size_t n = strcspn(path, ".[");
		if (n >= sizeof(name))
			return NULL;
		memcpy(name, path, n);
		name[n] = '\0';
		v = vr_val_get(v, name);
		path += n;
		while (v && *path == '[') {
			char *end;
			long i = strtol(path + 1, &end, 10);
			if (*end != ']' || i < 1)
				return NULL;
			v = vr_val_at(v, (size_t)i - 1);
			path = end + 1;
		}
		if (*path == '.')
			path++;
	}
	return v;
}

#define VOCAB_SHOWN 20

/*
 * The values of a file outside its agency's vocabulary (the plugin's
 * declared words: lua/vr/vocab.lua; docs/model.md, "Vocabularies"), found
 * by the plugin's "vocab" operation for each plan with the person and the
 * case (whose problems are said once). A refusal (an undeclared or
 * mistyped agency field, a value a closed vocabulary does not hold) is
 * printed with file, line and path, and the file is not imported; a
 * warning (an open vocabulary's unknown value, an old spelling) goes to
 * warn, said after the commit.
 */
static int vocab_check(vr_store *s, const vr_app *a, const char *file, const vr_val *tree,
		       int doc, vr_buf *warn)
{
	const char *agency = vr_val_gets(vr_val_get(tree, "case"), "agency");
	/* a document is read into the same shape: { person, case, plans = { plan } } */
	const vr_val *plans = vr_val_get(tree, "plans");
	size_t np = vr_val_len(plans), refused = 0;
	vr_val *none = NULL;
	vr_buf mine = VR_BUF_INIT;   /* this file's warnings */
	vr_buf said = VR_BUF_INIT;   /* its refusals */
	vr_lualines *lines = NULL;   /* a case file's, scanned on first need */
	int scanned = 0;
	vr_plugin *p;
	int err = 0;

	if (!agency || !has_plugin(agency, NULL))
		return 0;     /* ingest refuses an agency with no plugin */
	if ((err = vr_app_plugin_for(s, agency, &p)) == VR_EPLUGIN) {
		/* a broken plugin does not stop an import (a case is data, kept
		 * for when its plugin is mended); its words go unchecked, said */
		vr_buf_printf(warn, "warning: %s: plugin %s could not be loaded, so "
			      "the file's values were not checked against its vocabulary: %s\n",
			      file, agency, vr_term(vr_error_last()));
		return 0;
	}
	if (err < 0)
		return vr_error_wrap(err, "%s: ", file);
	if (np == 0 && !(none = vr_val_obj()))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (size_t i = 0; i < (np ? np : 1) && err == 0; i++) {
		const vr_val *plan = np ? vr_val_at(plans, i) : none;
		vr_val *out = NULL;
		char rule[128];

		if ((err = vr_plugin_call(p, "vocab", vr_val_get(tree, "person"),
					  vr_val_get(tree, "case"), plan, NULL, a->as_of, &out, rule,
					  sizeof(rule))) == VR_EPLUGIN) {
			vr_buf_printf(warn, "warning: %s: plugin %s could not check "
				      "the file's values against its vocabulary: %s\n", file, agency,
				      vr_term(vr_error_last()));
			err = 0;
			break;
		}
		if (err < 0) {
			err = vr_error_wrap(err, "%s: plugin %s could not read the file's values: ",
					    file, agency);
			break;
		}
		for (size_t k = 0; k < vr_val_len(out); k++) {
			const vr_val *r = vr_val_at(out, k);
			const char *path = vr_val_gets(r, "path"), *level = vr_val_gets(r, "level");
			const char *msg = vr_val_gets(r, "message");
			char full[512];
			int line;

			if (!path || !level || !msg)
				continue;
			if (strncmp(path, "plan", 4) == 0 && (path[4] == '.' || !path[4]))
				vr_path_field(full, sizeof(full),
					      vr_path_child(full, sizeof(full), "plans", NULL, i + 1),
					      path[4] ? path + 5 : "");
			else if (i > 0)
				continue;        /* the person's and case's: said once */
			else
				snprintf(full, sizeof(full), "%s", path);
			if (!doc && !scanned) {
				lines = vr_app_casefile_lines(file);
				scanned = 1;
			}
			line = doc ? (at_path(tree, full) ? at_path(tree, full)->line : 0)
				   : lines ? vr_lualines_find(lines, full) : 0;
			if (!strcmp(level, "refuse")) {
				if (refused++ < VOCAB_SHOWN) {
					if (line)
						vr_buf_printf(&said, "%s:%d: %s: %s\n", file, line,
							      full, msg);
					else
						vr_buf_printf(&said, "%s: %s: %s\n", file, full, msg);
				}
			} else if (line) {
				vr_buf_printf(&mine, "warning: %s:%d: %s: %s\n", file, line, full,
					      msg);
			} else {
				vr_buf_printf(&mine, "warning: %s: %s: %s\n", file, full, msg);
			}
		}
		vr_val_free(out);
	}
	vr_val_free(none);
	vr_lualines_free(lines);
	/* the refusals, then the warnings beside them, so that one run names
	 * every value of the file to fix (a front end says `warn` after the
	 * commit, or at once when the import fails) */
	if (err == 0 && refused > VOCAB_SHOWN)
		vr_buf_printf(&said, "%s: ... and %zu more\n", file, refused - VOCAB_SHOWN);
	if (!vr_buf_ok(&mine) || !vr_buf_ok(&said))
		err = err ? err : vr_error_set(VR_ENOMEM, "out of memory");
	else {
		vr_buf_put(warn, said.ptr ? said.ptr : "", said.len);
		vr_buf_put(warn, mine.ptr ? mine.ptr : "", mine.len);
	}
	vr_buf_free(&mine);
	vr_buf_free(&said);
	if (err == 0 && refused)
		err = vr_error_set(VR_EINPUT, "%s: %zu value(s) outside what plugin %s declares "
				   "(above): fix them, or declare them in the plugin's vocabulary "
				   "(`vrtool plugin vocab %s`)", file, refused, agency, agency);
	return err;
}

int vr_app_import_prepare(vr_store *s, const vr_app *a, const char *file,
			  const vr_val *tree, const vr_val *sigs, int doc, struct vr_key **key,
			  vr_buf *warn)
{
	vr_plugin *p;
	int err;

	if ((err = vocab_check(s, a, file, tree, doc, warn)) < 0)
		return err;
	if (!brings_history(tree, sigs, doc))
		return 0;
	if ((err = vr_app_plugin_for(s, vr_val_gets(vr_val_get(tree, "case"), "agency"), &p)) < 0 ||
	    (!doc && !*key && vr_val_len(vr_val_get(tree, "signatures")) &&
	     (err = vr_app_key(a, key)) < 0))
		return vr_error_wrap(err, "%s: ", file);
	return 0;
}

int vr_app_import_one(vr_store *s, const vr_app *a, const char *file, vr_val *tree,
		      const vr_val *sigs, int doc, struct vr_key *key, vr_buf *warn,
		      vr_ingest_report *r)
{
	vr_ingest_opts o = { vr_app_actor(), file, doc, has_plugin, NULL, sigs };
	rules_ud u = { a, file, warn };
	vr_ingest_rules rules = { key, base_of, roles_of, check_sigs, &u };
	int err, line;

	if ((err = vr_ingest_case_checked(s, tree, &o, &rules, r)) == 0)
		return 0;
	line = r->line;
	if (!line && r->where[0] && !doc)
		line = vr_app_casefile_line(file, r->where);
	if (line)
		return vr_error_wrap(err, "%s:%d: ", file, line);
	return vr_error_wrap(err, "%s: ", file);
}
