/*
 * cmd_show.c - `vrtool show CASE`: the person, the case, its plans, each
 * version with its computed status and its signatures.
 *
 * A plan whose plugin fails (does not load, or its kind's `requirements`
 * loops or raises) is shown with the plugin's message instead of its
 * versions, and the other plans still are; show then exits non-zero.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/term.h"
#include "host/planstate.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_store *s;
	vr_app_case *k;
	vr_buf *json;
	int n;
	int failed;             /* plans whose status the plugin could not give */
} walk;

static void json_field(vr_buf *b, const char *k, const char *v)
{
	vr_buf_printf(b, ",\"%s\":", k);
	if (v)
		vr_buf_json_str(b, v, strlen(v));
	else
		vr_buf_puts(b, "null");
}

static void json_sig(vr_buf *b, const vr_store_sig_row *g)
{
	vr_buf_printf(b, "{\"id\":%lld", g->id);
	json_field(b, "role", g->role);
	json_field(b, "name", g->signer_name);
	json_field(b, "signer_id", g->signer_id);
	vr_buf_printf(b, ",\"method\":\"%s\",\"meaning\":\"%s\",\"at\":\"%s\"", g->method,
		      g->meaning, g->at);
	json_field(b, "recorded_by", g->recorded_by);
	json_field(b, "seen", g->seen);
	if (g->withdrawal_id) {
		vr_buf_puts(b, ",\"withdrawn\":{\"reason\":");
		vr_buf_json_str(b, g->w_reason, strlen(g->w_reason));
		json_field(b, "by", g->w_by);
		json_field(b, "at", g->w_at);
		vr_buf_puts(b, "}}");
	} else {
		vr_buf_puts(b, ",\"withdrawn\":null}");
	}
}

static int show_plan(const char *plan_id, const char *kind, void *ud)
{
	walk *w = ud;
	vr_planstate ps;
	char missing[512];
	int err;

	if ((err = vr_app_plan_state(w->s, w->k, plan_id, 0, &ps, NULL)) < 0) {
		if (err != VR_EPLUGIN)
			return err;
		w->failed++;
		fprintf(stderr, "vrtool show: plan %s: %s\n", plan_id, vr_error_last());
		if (w->json) {
			if (w->n++)
				vr_buf_putc(w->json, ',');
			vr_buf_puts(w->json, "{\"plan\":");
			vr_buf_json_str(w->json, plan_id, strlen(plan_id));
			vr_buf_puts(w->json, ",\"kind\":");
			vr_buf_json_str(w->json, kind, strlen(kind));
			vr_buf_puts(w->json, ",\"status\":\"unknown\",\"error\":");
			vr_buf_json_str(w->json, vr_error_last(), strlen(vr_error_last()));
			vr_buf_puts(w->json, "}");
		} else {
			printf("  plan %s (%s)\n    status unknown: its plugin failed (see the "
			       "message)\n", plan_id, kind);
		}
		return 0;
	}
	if (w->json) {
		vr_buf *b = w->json;
		if (w->n++)
			vr_buf_putc(b, ',');
		vr_buf_puts(b, "{\"plan\":");
		vr_buf_json_str(b, plan_id, strlen(plan_id));
		vr_buf_puts(b, ",\"kind\":");
		vr_buf_json_str(b, kind, strlen(kind));
		vr_buf_printf(b, ",\"in_effect\":%d,\"versions\":[", vr_planstate_effective(&ps));
		for (size_t i = 0; i < ps.nv; i++) {
			int first = 1;
			char day[11] = "";
			vr_planstate_missing(&ps, ps.v[i].version, missing, sizeof(missing));
			if (ps.v[i].effective_at)
				snprintf(day, sizeof(day), "%s", ps.v[i].effective_at);
			vr_buf_printf(b, "%s{\"version\":%d,\"date\":\"%s\",\"digest\":\"%s\","
				      "\"status\":\"%s\",\"amendment\":%s", i ? "," : "",
				      ps.v[i].version, ps.dates[i], ps.v[i].digest,
				      vr_status_name(ps.v[i].status),
				      ps.v[i].amendment ? "true" : "false");
			json_field(b, "effective", ps.v[i].effective_at ? day : NULL);
			json_field(b, "effective_at", ps.v[i].effective_at);
			json_field(b, "to_sign", missing);
			vr_buf_puts(b, ",\"signatures\":[");
			for (size_t j = 0; j < ps.ns; j++) {
				if (ps.sigs[j].version != ps.v[i].version)
					continue;
				if (!first)
					vr_buf_putc(b, ',');
				first = 0;
				json_sig(b, &ps.sigs[j]);
			}
			vr_buf_puts(b, "]}");
		}
		vr_buf_puts(b, "]}");
	} else {
		printf("  plan %s (%s)\n", plan_id, kind);
		for (size_t i = 0; i < ps.nv; i++) {
			printf("    version %d  dated %s  digest %.12s  %s  (%s)", ps.v[i].version,
			       ps.dates[i], ps.v[i].digest, vr_status_name(ps.v[i].status),
			       ps.v[i].amendment ? "amendment" : "initial plan");
			vr_planstate_missing(&ps, ps.v[i].version, missing, sizeof(missing));
			if (*missing && (ps.v[i].status == VR_ST_DRAFT ||
					 ps.v[i].status == VR_ST_AWAITING))
				printf(" (to sign: %s)", missing);
			if (ps.v[i].effective_at)
				printf(" took effect %s", ps.v[i].effective_at);
			printf("\n");
			if (ps.v[i].version > 1) {
				vr_store_version_row r;
				vr_val *pv = NULL;
				if ((err = vr_store_get_version(w->s, plan_id, ps.v[i].version, &r)) < 0)
					break;
				if ((err = vr_app_parse_plan(r.xml, plan_id, &pv)) == 0)
					printf("      amended: %s (supersedes %.12s)\n",
					       vr_val_gets(pv, "amendment_reason") ?
					       vr_term(vr_val_gets(pv, "amendment_reason")) : "-",
					       vr_val_gets(pv, "supersedes") ?
					       vr_val_gets(pv, "supersedes") : "-");
				vr_val_free(pv);
				vr_store_version_row_free(&r);
				if (err < 0)
					break;
			}
			for (size_t j = 0; j < ps.ns; j++) {
				const vr_store_sig_row *g = &ps.sigs[j];
				if (g->version != ps.v[i].version)
					continue;
				printf("      signed by %s as %s, %s, %s, %s [signature %lld]%s\n",
				       vr_term(g->signer_name), vr_term(g->role), g->meaning, g->method,
				       vr_term(g->at), g->id,
				       strcmp(g->digest, ps.v[i].digest) ?
				       " (NOT on this version's digest: ignored)" : "");
				if (g->seen)
					printf("        shown at signing: %s\n", g->seen);
				if (g->withdrawal_id)
					printf("        WITHDRAWN %s by %s: %s (counts for nothing)\n",
					       vr_term(g->w_at), vr_term(g->w_by), vr_term(g->w_reason));
			}
		}
	}
	vr_planstate_free(&ps);
	return err;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_app_case k;
	vr_buf b = VR_BUF_INIT;
	walk w = { NULL, NULL, NULL, 0, 0 };
	int err;

	if (c->nargs != 1)
		return vr_cli_usage(&vr_cmd_show, "name one case");
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("show", err);
	if ((err = vr_app_load_case(s, c->args[0], &k)) < 0) {
		vr_store_free(s);
		return vr_cli_fail("show", err);
	}
	w.s = s;
	w.k = &k;
	if (c->json) {
		w.json = &b;
		vr_buf_puts(&b, "{\"person\":");
		vr_val_to_json(&b, k.person, -1);
		vr_buf_puts(&b, ",\"case\":");
		vr_val_to_json(&b, k.kase, -1);
		vr_buf_puts(&b, ",\"plans\":[");
	} else {
		const vr_val *name = vr_val_get(k.person, "name");
		const vr_val *staff = vr_val_get(k.kase, "staff");
		const vr_val *rep = vr_val_get(k.person, "representative");
		printf("case %s  agency %s  program %s  status %s\n", k.row.id, k.row.agency,
		       k.row.program ? vr_term(k.row.program) : "-",
		       k.row.status ? vr_term(k.row.status) : "-");
		/* names and notes are text from case files: escaped (term.h) */
		printf("  person %s: %s %s", k.row.person_id, vr_term(vr_val_gets(name, "given")),
		       vr_term(vr_val_gets(name, "family")));
		if (vr_val_gets(k.person, "language"))
			printf("  language %s", vr_val_gets(k.person, "language"));
		printf("\n");
		if (rep)
			printf("  representative: %s (%s)\n", vr_term(vr_val_gets(rep, "name")),
			       vr_val_gets(rep, "relation") ? vr_term(vr_val_gets(rep, "relation")) : "-");
		for (size_t i = 0; i < vr_val_len(staff); i++) {
			const vr_val *m = vr_val_at(staff, i);
			printf("  staff %s: %s (%s)\n", vr_val_gets(m, "id"),
			       vr_term(vr_val_gets(m, "name")), vr_term(vr_val_gets(m, "role")));
		}
		for (size_t i = 0; i < vr_val_len(vr_val_get(k.kase, "events")); i++) {
			const vr_val *e = vr_val_at(vr_val_get(k.kase, "events"), i);
			printf("  event %-16s %s\n", vr_val_gets(e, "kind"),
			       vr_val_gets(e, "date") ? vr_val_gets(e, "date")
						      : vr_val_gets(e, "at"));
		}
	}
	err = vr_store_each_plan(s, k.row.id, show_plan, &w);
	if (err == 0 && c->json) {
		err = vr_cli_print_buf(&b, "]}\n");
	}
	vr_buf_free(&b);
	vr_app_case_free(&k);
	vr_store_free(s);
	if (err < 0)
		return vr_cli_fail("show", err);
	return w.failed ? vr_cli_exit_code(VR_EPLUGIN) : EXIT_OK;
}

const vr_cmd vr_cmd_show = {
	.name = "show", .run = run,
	.summary = "show a case: person, staff, events, plans, versions with status and signatures",
	.forms = (const char *const[]){ "CASE", NULL },
	.shared = { [VR_SO_JSON] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
