/*
 * cmd_deadlines.c - `vrtool deadlines` and `vrtool fees`: the clocks that
 * run on a case and the provider payments it has earned, as the agency's
 * plugin declares them, as of --as-of.
 *
 * Both print a table (or --json) of records. A plugin's failure on one
 * deadline or fee is shown as a record with status "error" and its
 * message; the rest still run. deadlines exits 1 when any is overdue.
 *
 * Clocks follow the plan in effect: deadlines are computed for the version
 * in effect and, beside it, for a newer version not yet in effect (a
 * draft amendment has clocks of its own, and must not hide or restart
 * those of the plan in effect); each record names its version and that
 * version's status. A status is open, met, missed (met after it was due)
 * or overdue.
 */
#include "cli/cli.h"
#include "app/checks.h"
#include "core/buf.h"
#include "core/error.h"
#include "core/term.h"
#include "host/plugin.h"

#include <stdio.h>
#include <string.h>

typedef struct {
	vr_cli *cli;
	const char *op;
	vr_val *rows;            /* each record, with case, plan, plugin added */
	long long cases, plans;
	int overdue, errors;
	long long total_cents;
	size_t shown;            /* text: rows printed and let go */
	int header;              /* text: the column header is out */
} lister;

static void flush_text(lister *l);

/* With --status, the records shown: those of that status, and errors. */
static int shown(const vr_val *rec, void *ud)
{
	const char *want = ud, *st = vr_val_gets(rec, "status");
	return st && (!strcmp(st, want) || !strcmp(st, "error"));
}

/* The plan's records (vr_app_plan_records), counted; with --status, only
 * those of that status, and errors, are kept to be shown. */
static int plan_rows(void *ud, const vr_app_case *k, vr_plugin *p,
		     const vr_store_version_row *row, const vr_val *plan)
{
	lister *l = ud;
	size_t from = vr_val_len(l->rows);
	int err = vr_app_plan_records(l->op, k, p, row, plan, l->cli->as_of, l->rows);

	for (size_t i = from; i < vr_val_len(l->rows); i++) {
		const vr_val *rec = vr_val_at(l->rows, i);
		const char *st = vr_val_gets(rec, "status");
		const vr_val *amount = vr_val_get(rec, "amount");
		if (st && !strcmp(st, "overdue"))
			l->overdue++;
		if (st && !strcmp(st, "error"))
			l->errors++;
		if (amount && amount->type == VR_VINT)
			l->total_cents += amount->u.i;
	}
	if (l->cli->status)   /* the others are counted, not shown */
		vr_val_arr_filter(l->rows, from, shown, (void *)l->cli->status);
	return err;
}

/* Text output streams: a plan's rows are printed as soon as they are known
 * and let go, so memory stays flat over a caseload; JSON is built whole. */
static int on_plan(void *ud, const vr_app_case *k, vr_plugin *p,
		   const vr_store_version_row *row, const vr_val *plan)
{
	lister *l = ud;
	int err = plan_rows(ud, k, p, row, plan);

	if (err == 0 && !l->cli->json)
		flush_text(l);
	return err;
}

static int no_plugin_row(void *ud, const char *case_id, const char *agency)
{
	lister *l = ud;
	vr_val *rec = vr_app_noplugin_record(l->op, case_id, agency);

	l->errors++;
	return vr_val_arr_push(l->rows, rec) < 0 ? vr_error_set(VR_ENOMEM, "out of memory") : 0;
}

static int no_plugin(void *ud, const char *case_id, const char *agency)
{
	lister *l = ud;
	int err = no_plugin_row(ud, case_id, agency);

	if (err == 0 && !l->cli->json)
		flush_text(l);
	return err;
}

/* A field of a record for the text table: a plugin's text, escaped for the
 * terminal (term.h). */
static const char *str(const vr_val *rec, const char *k)
{
	return vr_term(vr_val_gets(rec, k));
}

/* $1,234.56 */
static void money(long long cents, char *out, size_t n)
{
	char digits[32], grouped[48];
	size_t len, j = 0;

	snprintf(digits, sizeof(digits), "%lld", cents / 100);
	len = strlen(digits);
	for (size_t i = 0; i < len; i++) {
		if (i && (len - i) % 3 == 0)
			grouped[j++] = ',';
		grouped[j++] = digits[i];
	}
	grouped[j] = '\0';
	snprintf(out, n, "$%s.%02lld", grouped, cents % 100);
}

static void print_deadlines(const lister *l)
{
	for (size_t i = 0; i < vr_val_len(l->rows); i++) {
		const vr_val *r = vr_val_at(l->rows, i), *ver = vr_val_get(r, "version");
		char which[64] = "";
		if (!strcmp(str(r, "status"), "error")) {
			printf("%-14s %-20s %-36s ERROR: %s\n", str(r, "case"), str(r, "plan"),
			       str(r, "id"), str(r, "message"));
			continue;
		}
		/* v1 in effect, v2 draft: whose clock it is */
		if (ver && ver->type == VR_VINT)
			snprintf(which, sizeof(which), "v%lld %s", (long long)ver->u.i,
				 str(r, "plan_status"));
		/* a clock in hours shows its moments (due_at, met_at) */
		printf("%-14s %-20s %-22s %-36s %-25s %-30s %-9s %s\n", str(r, "case"),
		       str(r, "plan"), which, str(r, "id"),
		       vr_val_gets(r, "due_at") ? str(r, "due_at") : str(r, "due"), str(r, "from"),
		       str(r, "status"), vr_val_gets(r, "met_at") ? str(r, "met_at") : str(r, "met"));
		printf("%-14s %-20s   %s; %s\n", "", "", str(r, "what"), str(r, "cite"));
	}
}

static void print_fees(const lister *l)
{
	char m[32];
	for (size_t i = 0; i < vr_val_len(l->rows); i++) {
		const vr_val *r = vr_val_at(l->rows, i);
		const vr_val *amount = vr_val_get(r, "amount");
		if (!strcmp(str(r, "status"), "error")) {
			printf("%-14s %-20s %-30s ERROR: %s\n", str(r, "case"), str(r, "plan"),
			       str(r, "id"), str(r, "message"));
			continue;
		}
		money(amount && amount->type == VR_VINT ? amount->u.i : 0, m, sizeof(m));
		printf("%-14s %-20s %-30s %-10s %12s  %s\n", str(r, "case"), str(r, "plan"),
		       str(r, "id"), str(r, "date"), m, str(r, "basis"));
		printf("%-14s %-20s   %s; %s\n", "", "", str(r, "what"), str(r, "cite"));
	}
}

static void print_header(const lister *l);

static void flush_text(lister *l)
{
	vr_val *fresh = vr_val_arr();

	if (!l->header) {
		print_header(l);
		l->header = 1;
	}
	if (!strcmp(l->op, "deadlines"))
		print_deadlines(l);
	else
		print_fees(l);
	if (fresh) { /* out of memory: the rows stay and are printed again */
		l->shown += vr_val_len(l->rows);
		vr_val_free(l->rows);
		l->rows = fresh;
	}
}

static void print_header(const lister *l)
{
	if (!strcmp(l->op, "deadlines"))
		printf("%-14s %-20s %-22s %-36s %-25s %-30s %-9s %s\n", "CASE", "PLAN", "VERSION",
		       "DEADLINE", "DUE", "FROM", "STATUS", "MET");
	else
		printf("%-14s %-20s %-30s %-10s %12s  %s\n", "CASE", "PLAN", "FEE", "DATE",
		       "AMOUNT", "BASIS");
}

/* The totals of a run, as the processes of an --all run send them. */
enum { T_CASES, T_PLANS, T_SHOWN, T_OVERDUE, T_ERRORS, T_CENTS, T_N };

static void totals(const lister *l, long long t[T_N])
{
	t[T_CASES] = l->cases;
	t[T_PLANS] = l->plans;
	t[T_SHOWN] = (long long)l->shown;
	t[T_OVERDUE] = l->overdue;
	t[T_ERRORS] = l->errors;
	t[T_CENTS] = l->total_cents;
}

static void untotals(lister *l, const long long t[T_N])
{
	l->cases = t[T_CASES];
	l->plans = t[T_PLANS];
	l->shown = (size_t)t[T_SHOWN];
	l->overdue = (int)t[T_OVERDUE];
	l->errors = (int)t[T_ERRORS];
	l->total_cents = t[T_CENTS];
}

static void print_summary(lister *l)
{
	char m[32];

	flush_text(l);
	if (vr_app_sharded()) /* a process of an --all run: the parent prints it */
		return;
	if (!strcmp(l->op, "deadlines")) {
		printf("%lld case(s), %lld plan(s) as of %s: %zu deadline(s), %d overdue\n",
		       l->cases, l->plans, l->cli->as_of, l->shown, l->overdue);
		return;
	}
	money(l->total_cents, m, sizeof(m));
	printf("%lld case(s), %lld plan(s) as of %s: %zu payment(s) earned, %s in all\n",
	       l->cases, l->plans, l->cli->as_of, l->shown - (size_t)l->errors, m);
}

static int run_op(vr_cli *c, const vr_cmd *cmd, const char *op)
{
	lister l;
	vr_store *s = NULL;
	vr_buf b = VR_BUF_INIT;
	long long t[T_N];
	int err, rc;

	memset(&l, 0, sizeof(l));
	l.cli = c;
	l.op = op;
	if ((c->all && c->nargs) || (!c->all && c->nargs != 1))
		return vr_cli_usage(cmd, "name one case, or --all");
	if (c->status) {
		/* the words of the records' `status`, as --json writes them */
		static const char *const dl[] = { "open", "met", "missed", "overdue", "error", NULL };
		static const char *const fe[] = { "earned", "error", NULL };
		const char *const *w = strcmp(op, "deadlines") ? fe : dl;
		while (*w && strcmp(*w, c->status) != 0)
			w++;
		if (!*w)
			return vr_cli_usage(cmd, "--status is one of %s",
					    strcmp(op, "deadlines") ? "earned, error" :
					    "open, met, missed, overdue, error");
	}
	/* --all (text) over every core, as check: the header first, then the
	 * processes' rows merged in case order, then the totals summed */
	if (c->all && !c->json) {
		print_header(&l);
		l.header = 1;
		if (vr_app_shards_ordered(t, T_N, &rc)) {
			if (rc <= EXIT_FINDINGS) {
				untotals(&l, t);
				if (!(l.rows = vr_val_arr()))
					return vr_cli_fail(cmd->name, vr_error_set(VR_ENOMEM,
										   "out of memory"));
				print_summary(&l);
				vr_val_free(l.rows);
			}
			return rc;
		}
	}
	if (!(l.rows = vr_val_arr()))
		return vr_cli_fail(cmd->name, vr_error_set(VR_ENOMEM, "out of memory"));
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) == 0) {
		vr_app_scope sc = vr_cli_scope(c);
		err = vr_app_walk_op(op, &sc, s, on_plan, no_plugin, &l, &l.cases, &l.plans);
	}
	if (err == 0) {
		if (c->json) {
			vr_buf_printf(&b, "{\"as_of\":\"%s\",\"cases\":%lld,\"plans\":%lld,\"%s\":",
				      c->as_of, l.cases, l.plans, op);
			vr_val_to_json(&b, l.rows, -1);
			err = vr_cli_print_buf(&b, "}\n");
		} else {
			print_summary(&l);
		}
	}
	vr_buf_free(&b);
	vr_val_free(l.rows);
	vr_store_free(s);
	if (err < 0)
		rc = vr_cli_fail(cmd->name, err);
	else
		rc = l.errors || (l.overdue && !strcmp(op, "deadlines")) ? EXIT_FINDINGS : EXIT_OK;
	totals(&l, t);
	vr_app_shards_finish(t, T_N, rc); /* a process of an --all run ends here */
	return rc;
}

static int run_deadlines(vr_cli *c)
{
	return run_op(c, &vr_cmd_deadlines, "deadlines");
}

static int run_fees(vr_cli *c)
{
	return run_op(c, &vr_cmd_fees, "fees");
}

static const vr_opt deadlines_opts[] = {
	VR_OPT_ALL(0, "every case, instead of the one named"),
	VR_OPT_AGENCY(0),
	{ "status", 0, "open|met|missed|overdue|error", offsetof(vr_cli, status), NULL, 0, 0,
	  "only the deadlines with this status" },
	{ NULL }
};

static const vr_opt fees_opts[] = {
	VR_OPT_ALL(0, "every case, instead of the one named"),
	VR_OPT_AGENCY(0),
	{ "status", 0, "earned|error", offsetof(vr_cli, status), NULL, 0, 0,
	  "only the fees with this status" },
	{ NULL }
};

const vr_cmd vr_cmd_deadlines = {
	.name = "deadlines", .run = run_deadlines,
	.summary = "the plugin's deadlines for a case, on the plan in effect and a newer draft: "
		"what, due, from, open/met/missed/overdue; exit 1 if overdue",
	.forms = (const char *const[]){ "CASE|--all", NULL },
	.opts = deadlines_opts,
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_JSON] = VR_SO_ALL,
		    [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};

const vr_cmd vr_cmd_fees = {
	.name = "fees", .run = run_fees,
	.summary = "the provider payments a case has earned under the plan in effect (else the "
		"newest version), with amount and basis",
	.forms = (const char *const[]){ "CASE|--all", NULL },
	.opts = fees_opts,
	.shared = { [VR_SO_AS_OF] = VR_SO_ALL, [VR_SO_JSON] = VR_SO_ALL,
		    [VR_SO_DB] = VR_SO_ALL, [VR_SO_PLUGIN_PATH] = VR_SO_ALL },
};
