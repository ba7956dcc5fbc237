/*
 * cmd_check.c - `vrtool check CASE|--all`: run the agency's rules.
 *
 * Each case is checked by the plugin its `agency` names, on the newest
 * version of each of its plans, as of --as-of (default today), and, when an
 * older version is the one in effect, on that version for conduct findings
 * (an annual review or a copy overdue on the plan in effect; a draft beside
 * it does not hide them). Exit 1 when any finding is an error; 0 otherwise.
 */
#include "cli/cli.h"
#include "app/checks.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/term.h"
#include "core/finding.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_cli *cli;
	vr_findings findings;
	vr_val *measures;       /* records { plan, id, what, value, text, band, cite } */
	long long plans, cases;
	size_t errors, warnings, notes;  /* text output: counted, printed, let go */
} check;

static void flush_text(check *ck);

static int check_plan(void *ud, const vr_app_case *k, vr_plugin *p,
		      const vr_store_version_row *row, const vr_val *plan)
{
	check *ck = ud;
	return vr_app_check_plan(k, p, row, plan, ck->cli->as_of, &ck->findings, ck->measures);
}

/* Text output streams: each plan's measures and findings are printed as soon
 * as it is checked and then let go, so memory does not grow with the
 * caseload (JSON is one document and is built whole). */
static int check_plan_streamed(void *ud, const vr_app_case *k, vr_plugin *p,
			       const vr_store_version_row *row, const vr_val *plan)
{
	check *ck = ud;
	int err = check_plan(ud, k, p, row, plan);

	if (err == 0 && !ck->cli->json)
		flush_text(ck);
	return err;
}

/* A plugin that does not load is a finding on the case, not a crash. */
static int no_plugin(void *ud, const char *case_id, const char *agency)
{
	check *ck = ud;
	int err = vr_findings_add(&ck->findings, agency, "plugin.load", "error", "content", "",
				  vr_error_last(), "case.agency", case_id);
	if (err == 0 && !ck->cli->json)
		flush_text(ck);
	return err;
}

static void flush_text(check *ck)
{
	const char *plan = NULL;
	int earlier = 0;
	vr_findings none = VR_FINDINGS_INIT;
	vr_val *fresh = vr_val_arr();

	for (size_t i = 0; i < vr_val_len(ck->measures); i++) {
		const vr_val *m = vr_val_at(ck->measures, i);
		const char *st = vr_val_gets(m, "status");
		if (st && !strcmp(st, "error"))
			printf("%s\n  measure %s: could not be computed: %s\n", vr_val_gets(m, "plan"),
			       vr_term(vr_val_gets(m, "id")), vr_term(vr_val_gets(m, "message")));
		else   /* a plugin's text, escaped for the terminal (term.h) */
			printf("%s\n  measure %s: %s%s%s\n          %s; %s\n", vr_val_gets(m, "plan"),
			       vr_term(vr_val_gets(m, "id")), vr_term(vr_val_gets(m, "text")),
			       vr_val_gets(m, "band") ? ", " : "",
			       vr_term(vr_val_gets(m, "band")), vr_term(vr_val_gets(m, "what")),
			       vr_term(vr_val_gets(m, "cite")));
	}
	for (size_t i = 0; i < ck->findings.n; i++) {
		const vr_finding *f = &ck->findings.items[i];
		if (!plan || strcmp(plan, f->plan) != 0 || earlier != f->earlier) {
			plan = f->plan;
			earlier = f->earlier;
			if (f->earlier)
				printf("%s v%d (in effect; a newer version is not yet)\n", plan,
				       f->version);
			else
				printf("%s\n", plan);
		}
		/* conduct: how and when the agency acted; it never blocks a
		 * signature, and says so */
		/* (a plugin's text, escaped: a message cannot forge a line) */
		printf("  %-7s %s%s: %s\n", vr_term(f->severity), vr_term(f->rule),
		       strcmp(f->klass, "conduct") ? "" : " [conduct]", vr_term(f->message));
		printf("          at %s", vr_term(f->path));
		if (*f->cite)
			printf("; %s", vr_term(f->cite));
		printf("\n");
	}
	ck->errors += vr_findings_count(&ck->findings, "error");
	ck->warnings += vr_findings_count(&ck->findings, "warning");
	ck->notes += vr_findings_count(&ck->findings, "info");
	vr_findings_free(&ck->findings);
	ck->findings = none;
	if (fresh) { /* out of memory: the old list stays and is printed again */
		vr_val_free(ck->measures);
		ck->measures = fresh;
	}
}

static void print_totals(const vr_cli *c, const long long t[5])
{
	printf("%lld case(s), %lld plan(s) checked as of %s: %lld error(s), %lld warning(s), "
	       "%lld note(s)\n", t[0], t[1], c->as_of, t[2], t[3], t[4]);
}

static void print_text(check *ck)
{
	long long t[5];

	flush_text(ck);
	t[0] = ck->cases;
	t[1] = ck->plans;
	t[2] = (long long)ck->errors;
	t[3] = (long long)ck->warnings;
	t[4] = (long long)ck->notes;
	if (!vr_app_sharded()) /* a process of check --all: the parent prints them */
		print_totals(ck->cli, t);
}

static int print_json(const check *ck)
{
	vr_buf b = VR_BUF_INIT;
	int err;

	vr_buf_printf(&b, "{\"as_of\":\"%s\",\"cases\":%lld,\"plans\":%lld,"
		      "\"errors\":%zu,\"warnings\":%zu,\"findings\":", ck->cli->as_of,
		      ck->cases, ck->plans, vr_findings_count(&ck->findings, "error"),
		      vr_findings_count(&ck->findings, "warning"));
	vr_findings_json(&b, &ck->findings, 0, ck->findings.n);
	vr_buf_puts(&b, ",\"measures\":");
	vr_val_to_json(&b, ck->measures, -1);
	err = vr_cli_print_buf(&b, "}\n");
	vr_buf_free(&b);
	return err;
}

static int run(vr_cli *c)
{
	check ck;
	vr_store *s = NULL;
	size_t errors = 0;
	long long t[5];
	int err, rc;

	memset(&ck, 0, sizeof(ck));
	ck.cli = c;
	if ((c->all && c->nargs) || (!c->all && c->nargs != 1))
		return vr_cli_usage(&vr_cmd_check, "name one case, or --all");
	/* check --all (text) over every core: the processes' output is merged
	 * in case order, their totals summed (the JSON is one document, made
	 * by one process) */
	if (c->all && !c->json && vr_app_shards_ordered(t, 5, &rc)) {
		if (rc <= EXIT_FINDINGS)
			print_totals(c, t);
		return rc;
	}
	if (!(ck.measures = vr_val_arr()))
		return vr_cli_fail("check", vr_error_set(VR_ENOMEM, "out of memory"));
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0)
		return vr_cli_fail("check", err);
	{
		vr_app_scope sc = vr_cli_scope(c);
		err = vr_app_walk_op("check", &sc, s, check_plan_streamed, no_plugin, &ck, &ck.cases,
				     &ck.plans);
	}
	if (err == 0)
		err = c->json ? print_json(&ck) : (print_text(&ck), 0);
	errors = ck.errors + vr_findings_count(&ck.findings, "error");
	vr_findings_free(&ck.findings);
	vr_val_free(ck.measures);
	vr_store_free(s);
	rc = err < 0 ? vr_cli_fail("check", err) : errors ? EXIT_FINDINGS : EXIT_OK;
	t[0] = ck.cases;
	t[1] = ck.plans;
	t[2] = (long long)ck.errors;
	t[3] = (long long)ck.warnings;
	t[4] = (long long)ck.notes;
	vr_app_shards_finish(t, 5, rc); /* a process of check --all ends here */
	return rc;
}

static const vr_opt opts[] = {
	VR_OPT_ALL(0, "every case, instead of the one named"),
	VR_OPT_AGENCY(0),
	{ NULL }
};

const vr_cmd vr_cmd_check = {
	.name = "check", .run = run,
	.summary = "check plans against their agency's policy plugin; exit 1 on errors",
	.forms = (const char *const[]){ "CASE|--all", NULL },
	.opts = opts,
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_JSON] = VR_SO_ALL,
		    [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
