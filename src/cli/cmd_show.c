/*
 * cmd_show.c - `vrtool show CASE`: the person, the case and its plans.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/error.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_buf *json;
	int n;
	char last_plan[256];
} walk;

static int print_version(const vr_store_version_row *r, void *ud)
{
	walk *w = ud;

	if (w->json) {
		if (w->n++)
			vr_buf_putc(w->json, ',');
		vr_buf_printf(w->json, "{\"plan\":");
		vr_buf_json_str(w->json, r->plan_id, strlen(r->plan_id));
		vr_buf_puts(w->json, ",\"kind\":");
		vr_buf_json_str(w->json, r->kind, strlen(r->kind));
		vr_buf_printf(w->json, ",\"version\":%d,\"date\":\"%s\",\"digest\":\"%s\","
			      "\"signatures\":0}", r->version, r->date, r->digest);
		return 0;
	}
	if (strcmp(w->last_plan, r->plan_id) != 0) {
		printf("  plan %s (%s)\n", r->plan_id, r->kind);
		snprintf(w->last_plan, sizeof(w->last_plan), "%s", r->plan_id);
	}
	printf("    version %d  dated %s  digest %.12s  no signatures yet\n", r->version,
	       r->date, r->digest);
	return 0;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_cli_case k;
	vr_buf b = VR_BUF_INIT;
	walk w = { NULL, 0, "" };
	int err;

	if (c->nargs != 1)
		return vr_cli_usage(&vr_cmd_show, "name one case");
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("show", err);
	if ((err = vr_cli_load_case(s, c->args[0], &k)) < 0) {
		vr_store_free(s);
		return vr_cli_fail("show", err);
	}
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
		printf("case %s  agency %s  program %s  status %s\n", k.row.id, k.row.agency,
		       k.row.program ? k.row.program : "-", k.row.status ? k.row.status : "-");
		printf("  person %s: %s %s", k.row.person_id, vr_val_gets(name, "given"),
		       vr_val_gets(name, "family"));
		if (vr_val_gets(k.person, "language"))
			printf("  language %s", vr_val_gets(k.person, "language"));
		printf("\n");
		for (size_t i = 0; i < vr_val_len(staff); i++) {
			const vr_val *m = vr_val_at(staff, i);
			printf("  staff %s: %s (%s)\n", vr_val_gets(m, "id"),
			       vr_val_gets(m, "name"), vr_val_gets(m, "role"));
		}
		for (size_t i = 0; i < vr_val_len(vr_val_get(k.kase, "events")); i++) {
			const vr_val *e = vr_val_at(vr_val_get(k.kase, "events"), i);
			printf("  event %-16s %s\n", vr_val_gets(e, "kind"),
			       vr_val_gets(e, "date") ? vr_val_gets(e, "date")
						      : vr_val_gets(e, "at"));
		}
	}
	err = vr_store_each_version(s, k.row.id, print_version, &w);
	if (err == 0 && c->json) {
		vr_buf_puts(&b, "]}\n");
		if (!vr_buf_ok(&b))
			err = vr_error_set(VR_ENOMEM, "out of memory");
		else
			fputs(vr_buf_cstr(&b), stdout);
	}
	vr_buf_free(&b);
	vr_cli_case_free(&k);
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("show", err) : EXIT_OK;
}

const vr_cmd vr_cmd_show = {
	"show", run, "show CASE [--json] [--db PATH]",
	"show a case: person, staff, events, plans and their versions"
};
