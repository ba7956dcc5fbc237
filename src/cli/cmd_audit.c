/*
 * cmd_audit.c - `vrtool audit verify` and `vrtool audit log [CASE]`.
 *
 * verify replays the chain from the first entry (core/audit.c: sequence
 * numbers without a gap, each prev_hash the hash before it, each hash the
 * SHA-256 of the entry) and names the first entry that breaks it. log
 * shows who did what when, for the whole store or one case (the case and
 * its plans).
 */
#include "cli/cli.h"
#include "core/audit.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/term.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	vr_app_objects objects;
	vr_buf *json;
	long long shown;
} log_walk;

static int show(const vr_store_audit_row *r, void *ud)
{
	log_walk *l = ud;

	if (!vr_app_objects_match(&l->objects, r->object))
		return 0;
	if (l->json) {
		vr_buf *b = l->json;
		vr_buf_printf(b, "%s{\"seq\":%lld,\"at\":", l->shown ? "," : "", r->seq);
		vr_buf_json_str(b, r->at, strlen(r->at));
		vr_buf_puts(b, ",\"actor\":");
		vr_buf_json_str(b, r->actor, strlen(r->actor));
		vr_buf_puts(b, ",\"action\":");
		vr_buf_json_str(b, r->action, strlen(r->action));
		vr_buf_puts(b, ",\"object\":");
		vr_buf_json_str(b, r->object, strlen(r->object));
		vr_buf_puts(b, ",\"detail\":");
		vr_buf_json_str(b, r->detail, strlen(r->detail));
		vr_buf_putc(b, '}');
	} else {
		/* the actor comes from $VRTOOL_ACTOR or the login name: escaped */
		printf("%6lld  %-25s  %-12s  %-7s %-28s %.90s\n", r->seq, vr_term(r->at),
		       vr_term(r->actor), vr_term(r->action), vr_term(r->object), vr_term(r->detail));
	}
	l->shown++;
	return 0;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	const char *sub = c->nargs ? c->args[0] : "";
	int err;

	if ((!strcmp(sub, "verify") && c->nargs == 1) ||
	    (!strcmp(sub, "log") && c->nargs <= 2)) {
		if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
			return vr_cli_fail("audit", err);
	} else {
		return vr_cli_usage(&vr_cmd_audit, "the subcommands are verify and log [CASE]");
	}
	if (!strcmp(sub, "verify")) {
		vr_audit_result ch;
		err = vr_audit_verify(s, &ch);
		vr_store_free(s);
		if (err < 0)
			return vr_cli_fail("audit", err);
		if (ch.broken) {
			printf("FAIL the audit chain is broken at %s\n", ch.why);
			return EXIT_FINDINGS;
		}
		printf("ok   the audit chain is whole: %lld entries, last hash %.12s\n", ch.entries,
		       ch.last);
		return EXIT_OK;
	}
	{
		log_walk l;
		vr_buf json = VR_BUF_INIT;
		memset(&l, 0, sizeof(l));
		if ((err = vr_app_objects_load(s, c->nargs == 2 ? c->args[1] : NULL,
					       &l.objects)) < 0) {
			vr_store_free(s);
			return vr_cli_fail("audit", err);
		}
		if (c->json) {
			l.json = &json;
			vr_buf_putc(&json, '[');
		} else {
			printf("%6s  %-25s  %-12s  %-7s %-28s %s\n", "SEQ", "AT", "ACTOR", "ACTION",
			       "OBJECT", "DETAIL");
		}
		err = vr_store_each_audit(s, show, &l);
		if (err == 0 && c->json) {
			err = vr_cli_print_buf(&json, "]\n");
		}
		vr_buf_free(&json);
		vr_app_objects_free(&l.objects);
		vr_store_free(s);
		return err < 0 ? vr_cli_fail("audit", err) : EXIT_OK;
	}
}

const vr_cmd vr_cmd_audit = {
	.name = "audit", .run = run,
	.summary = "replay the tamper-evident audit chain, or show who did what when",
	.forms = (const char *const[]){ "verify", "log [CASE]", NULL },
	.shared = { [VR_SO_JSON] = VR_FORM(1), [VR_SO_DB] = VR_SO_ALL },
};
