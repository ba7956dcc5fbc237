/*
 * cmd_list.c - `vrtool list`: cases and their plans, with computed status.
 *
 * A plan whose plugin fails (does not load, or its kind's `requirements`
 * loops or raises) is listed with status "unknown" and the plugin's message
 * on standard error, and the listing goes on; it then exits non-zero.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/term.h"
#include "host/planstate.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_cli *cli;
	vr_store *s;
	vr_app_case k;
	vr_buf *json;
	int want_status;        /* filter on, and which */
	vr_status status;
	size_t rows, plans;
	size_t failed;          /* plans whose status the plugin could not give */
} lister;

static void name_of(const vr_app_case *k, char *out, size_t n)
{
	const vr_val *nm = vr_val_get(k->person, "name");
	snprintf(out, n, "%s %s", vr_val_gets(nm, "given"), vr_val_gets(nm, "family"));
}

/* The head of a plan's JSON row: { case, agency, person, plan, kind (the
 * caller goes on and closes it). */
static vr_buf *json_row(lister *l, const char *person, const char *plan_id, const char *kind)
{
	vr_buf *b = l->json;

	if (l->rows++)
		vr_buf_putc(b, ',');
	vr_buf_puts(b, "{\"case\":");
	vr_buf_json_str(b, l->k.row.id, strlen(l->k.row.id));
	vr_buf_puts(b, ",\"agency\":");
	vr_buf_json_str(b, l->k.row.agency, strlen(l->k.row.agency));
	vr_buf_puts(b, ",\"person\":");
	vr_buf_json_str(b, person, strlen(person));
	vr_buf_puts(b, ",\"plan\":");
	vr_buf_json_str(b, plan_id, strlen(plan_id));
	vr_buf_puts(b, ",\"kind\":");
	vr_buf_json_str(b, kind, strlen(kind));
	return b;
}

/* A plan whose plugin failed: said on standard error, listed as unknown. */
static int unknown_plan(lister *l, const char *plan_id, const char *kind)
{
	char person[256];

	l->failed++;
	fprintf(stderr, "vrtool list: case %s, plan %s: %s; its status is unknown\n",
		l->k.row.id, plan_id, vr_term(vr_error_last()));
	if (l->want_status)
		return 0;
	name_of(&l->k, person, sizeof(person));
	if (l->json) {
		vr_buf *b = json_row(l, person, plan_id, kind);
		vr_buf_puts(b, ",\"status\":\"unknown\",\"error\":");
		vr_buf_json_str(b, vr_error_last(), strlen(vr_error_last()));
		vr_buf_puts(b, "}");
	} else {
		l->rows++;
		printf("%-14s %-8s %-22.22s %-20s %-4s %-9s %-4s %s\n", l->k.row.id,
		       l->k.row.agency, vr_term(person), plan_id, kind, "?", "?",
		       "unknown (its plugin failed: see the message)");
	}
	return 0;
}

static int list_plan(const char *plan_id, const char *kind, void *ud)
{
	lister *l = ud;
	vr_planstate ps;
	const vr_version_state *newest;
	char person[256], missing[512];
	int err, match = !l->want_status, effective;

	l->plans++;
	if ((err = vr_app_plan_state(l->s, &l->k, plan_id, 1, &ps, NULL)) < 0)
		return err == VR_EPLUGIN ? unknown_plan(l, plan_id, kind) : err;
	for (size_t i = 0; i < ps.nv && !match; i++)
		match = ps.v[i].status == l->status;
	if (!match)
		goto done;
	newest = &ps.v[ps.nv - 1];
	effective = vr_planstate_effective(&ps);
	vr_planstate_missing(&ps, newest->version, missing, sizeof(missing));
	name_of(&l->k, person, sizeof(person));
	if (l->json) {
		vr_buf *b = json_row(l, person, plan_id, kind);
		vr_buf_printf(b, ",\"in_effect\":%d,\"newest\":%d,\"status\":\"%s\",\"missing\":",
			      effective, newest->version, vr_status_name(newest->status));
		vr_buf_json_str(b, missing, strlen(missing));
		vr_buf_puts(b, ",\"versions\":[");
		for (size_t i = 0; i < ps.nv; i++)
			vr_buf_printf(b, "%s{\"version\":%d,\"status\":\"%s\",\"digest\":\"%s\"}",
				      i ? "," : "", ps.v[i].version, vr_status_name(ps.v[i].status),
				      ps.v[i].digest);
		vr_buf_puts(b, "]}");
	} else {
		char eff[16];
		snprintf(eff, sizeof(eff), "%d", effective);
		l->rows++;
		printf("%-14s %-8s %-22.22s %-20s %-4s %-9s v%-3d %s%s%s\n", l->k.row.id,
		       l->k.row.agency, vr_term(person), plan_id, kind, effective ? eff : "-",
		       newest->version, vr_status_name(newest->status), *missing ? "; needs " : "",
		       missing);
	}
done:
	vr_planstate_free(&ps);
	return 0;
}

static int list_case(const char *id, const char *agency, void *ud)
{
	lister *l = ud;
	size_t before = l->plans;
	int err;

	(void)agency;
	if ((err = vr_app_load_case(l->s, id, &l->k)) < 0)
		return err;
	err = vr_store_each_plan(l->s, id, list_plan, l);
	if (err == 0 && l->plans == before && !l->want_status && !l->json) {
		char person[256];
		name_of(&l->k, person, sizeof(person));
		printf("%-14s %-8s %-22.22s %s\n", id, l->k.row.agency, vr_term(person), "(no plans)");
		l->rows++;
	}
	vr_app_case_free(&l->k);
	return err;
}

static int run(vr_cli *c)
{
	lister l;
	vr_buf json = VR_BUF_INIT;
	int err;

	memset(&l, 0, sizeof(l));
	l.cli = c;
	if (c->nargs)
		return vr_cli_usage(&vr_cmd_list, "takes no arguments (filters: --agency, --status)");
	if (c->status) {
		if (vr_status_parse(c->status, &l.status) < 0)
			return vr_cli_usage(&vr_cmd_list, "--status: %s", vr_error_last());
		l.want_status = 1;
	}
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &l.s)) < 0)
		return vr_cli_fail("list", err);
	if (c->json) {
		l.json = &json;
		vr_buf_puts(&json, "[");
	} else {
		printf("%-14s %-8s %-22s %-20s %-4s %-9s %-4s %s\n", "CASE", "AGENCY", "PERSON",
		       "PLAN", "KIND", "IN EFFECT", "NEW", "STATUS");
	}
	err = vr_store_each_case(l.s, c->agency, list_case, &l);
	if (err == 0 && c->json) {
		err = vr_cli_print_buf(&json, "]\n");
	}
	vr_buf_free(&json);
	vr_store_free(l.s);
	if (err < 0)
		return vr_cli_fail("list", err);
	if (l.failed) {
		fprintf(stderr, "vrtool list: the status of %zu plan(s) is unknown: their plugin "
			"failed (above)\n", l.failed);
		return vr_cli_exit_code(VR_EPLUGIN);
	}
	return EXIT_OK;
}

static const vr_opt opts[] = {
	{ "agency", 0, "ID", offsetof(vr_cli, agency), NULL, 0, 0,
	  "only this agency's cases" },
	{ "status", 0, "draft|awaiting|in-effect|superseded|closed", offsetof(vr_cli, status),
	  NULL, 0, 0, "only plans with a version in this status" },
	{ NULL }
};

const vr_cmd vr_cmd_list = {
	.name = "list", .run = run,
	.summary = "list cases and plans with their computed status",
	.forms = (const char *const[]){ "", NULL },
	.opts = opts,
	.shared = { [VR_SO_JSON] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL,
		    [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
