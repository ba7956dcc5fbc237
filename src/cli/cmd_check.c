/*
 * cmd_check.c - `vrtool check CASE|--all`: run the agency's rules.
 *
 * Each case is checked by the plugin its `agency` names, on the newest
 * version of each of its plans, as of --as-of (default today). Exit 1 when
 * any finding is an error; 0 otherwise.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/finding.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_cli *cli;
	vr_findings findings;
	long long plans, cases;
} check;

static int check_plan(void *ud, const vr_cli_case *k, vr_plugin *p,
		      const vr_store_version_row *row, const vr_val *plan)
{
	check *ck = ud;
	(void)row;
	return vr_plugin_check(p, k->person, k->kase, plan, ck->cli->as_of, &ck->findings);
}

/* A plugin that does not load is a finding on the case, not a crash. */
static int no_plugin(void *ud, const char *case_id, const char *agency)
{
	check *ck = ud;
	return vr_findings_add(&ck->findings, agency, "plugin.load", "error", "",
			       vr_error_last(), "case.agency", case_id);
}

static void print_text(const check *ck)
{
	const char *plan = NULL;

	for (size_t i = 0; i < ck->findings.n; i++) {
		const vr_finding *f = &ck->findings.items[i];
		if (!plan || strcmp(plan, f->plan) != 0) {
			plan = f->plan;
			printf("%s\n", plan);
		}
		printf("  %-7s %s: %s\n", f->severity, f->rule, f->message);
		printf("          at %s", f->path);
		if (*f->cite)
			printf("; %s", f->cite);
		printf("\n");
	}
	printf("%lld case(s), %lld plan(s) checked as of %s: %zu error(s), %zu warning(s), "
	       "%zu note(s)\n", ck->cases, ck->plans, ck->cli->as_of,
	       vr_findings_count(&ck->findings, "error"),
	       vr_findings_count(&ck->findings, "warning"),
	       vr_findings_count(&ck->findings, "info"));
}

static int print_json(const check *ck)
{
	vr_buf b = VR_BUF_INIT;

	vr_buf_printf(&b, "{\"as_of\":\"%s\",\"cases\":%lld,\"plans\":%lld,"
		      "\"errors\":%zu,\"warnings\":%zu,\"findings\":", ck->cli->as_of,
		      ck->cases, ck->plans, vr_findings_count(&ck->findings, "error"),
		      vr_findings_count(&ck->findings, "warning"));
	vr_findings_json(&b, &ck->findings, 0, ck->findings.n);
	vr_buf_puts(&b, "}\n");
	if (!vr_buf_ok(&b)) {
		vr_buf_free(&b);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	fputs(vr_buf_cstr(&b), stdout);
	vr_buf_free(&b);
	return 0;
}

static int run(vr_cli *c)
{
	check ck;
	vr_store *s = NULL;
	size_t errors = 0;
	int err;

	memset(&ck, 0, sizeof(ck));
	ck.cli = c;
	if ((c->all && c->nargs) || (!c->all && c->nargs != 1))
		return vr_cli_usage(&vr_cmd_check, "name one case, or --all");
	if ((err = vr_cli_open(c, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("check", err);
	err = vr_cli_walk(c, s, check_plan, no_plugin, &ck, &ck.cases, &ck.plans);
	if (err == 0)
		err = c->json ? print_json(&ck) : (print_text(&ck), 0);
	errors = vr_findings_count(&ck.findings, "error");
	vr_findings_free(&ck.findings);
	vr_store_free(s);
	if (err < 0)
		return vr_cli_fail("check", err);
	return errors ? EXIT_FINDINGS : EXIT_OK;
}

const vr_cmd vr_cmd_check = {
	"check", run, "check CASE|--all [--agency ID] [--as-of YYYY-MM-DD] [--json] [--db PATH]",
	"check plans against their agency's policy plugin; exit 1 on errors"
};
