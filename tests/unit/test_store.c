/*
 * test_store.c - the SQLite store on a real temporary database file.
 *
 * The iterator tests hold store.h's rule to every walk: a callback may write
 * (begin, write, commit) after another connection committed, and may run the
 * same walk again, and the walk still visits each of its rows once.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/error.h"
#include "core/sign.h"
#include "core/store.h"
#include "helpers.h"

typedef struct {
	char dir[256];
	char path[300];
	vr_store *s;
} fixture;

static int setup(void **state)
{
	fixture *f = calloc(1, sizeof(*f));
	if (!f || !vr_test_tmpdir(f->dir, sizeof(f->dir)))
		return -1;
	snprintf(f->path, sizeof(f->path), "%s/t.db", f->dir);
	if (vr_store_open(&f->s, f->path, VR_STORE_CREATE) < 0)
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	vr_store_free(f->s);
	vr_test_rmrf(f->dir);
	free(f);
	return 0;
}

/* A case with one plan and one version, committed. */
static void seed(vr_store *s, const char *case_id, const char *agency, const char *plan)
{
	vr_store_case c = { case_id, "PER-1", agency, "VR", "open", "<case/>", { NULL, 0 } };
	char digest[VR_DIGEST_HEX];

	vr_sign_sha256_hex(plan, strlen(plan), digest);
	assert_int_equal(vr_store_begin(s), 0);
	assert_int_equal(vr_store_put_person(s, "PER-1", "<person/>", NULL), 0);
	assert_int_equal(vr_store_put_case(s, &c), 0);
	assert_int_equal(vr_store_put_plan(s, plan, case_id, "IPE"), 0);
	assert_int_equal(vr_store_add_version(s, plan, 1, "2026-03-01", digest, "<plan/>", NULL), 0);
	assert_int_equal(vr_store_audit(s, "tester", "import", case_id, "seed"), 0);
	assert_int_equal(vr_store_commit(s), 0);
}

static void test_store__open_missing_without_create_fails(void **state)
{
	fixture *f = *state;
	vr_store *s = NULL;
	char p[400];

	snprintf(p, sizeof(p), "%s/none.db", f->dir);
	assert_int_equal(vr_store_open(&s, p, VR_STORE_OPEN), VR_ENOTFOUND);
	assert_null(s);
	assert_non_null(strstr(vr_error_last(), "vrtool init"));
	assert_int_equal(access(p, F_OK), -1);
}

static void test_store__creates_private_file_at_schema_version(void **state)
{
	fixture *f = *state;
	struct stat st;
	int v = 0;

	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	assert_int_equal(vr_store_schema_version(f->s, &v), 0);
	assert_int_equal(v, VR_STORE_SCHEMA_VERSION);
	/* while the store is open after a write, its WAL exists, also 0600 */
	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	{
		char wal[400];
		snprintf(wal, sizeof(wal), "%s-wal", f->path);
		assert_int_equal(stat(wal, &st), 0);
		assert_int_equal(st.st_mode & 0777, 0600);
	}
}

static void test_store__reopen_does_not_migrate_again(void **state)
{
	fixture *f = *state;
	vr_store *s = NULL;
	long long n = 0;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	assert_int_equal(vr_store_open(&s, f->path, VR_STORE_OPEN), 0);
	assert_int_equal(vr_store_count(s, "case", &n), 0);
	assert_int_equal(n, 1);
	vr_store_free(s);
}

static void test_store__refuses_a_newer_schema(void **state)
{
	fixture *f = *state;
	sqlite3 *db;
	vr_store *s = NULL;

	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "INSERT INTO schema_migrations VALUES (99, 'x')",
				      NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(vr_store_open(&s, f->path, VR_STORE_OPEN), VR_EIO);
	assert_non_null(strstr(vr_error_last(), "newer than this vrtool"));
}

static void test_store__writes_need_a_transaction(void **state)
{
	fixture *f = *state;
	assert_int_equal(vr_store_put_person(f->s, "PER-9", "<person/>", NULL), VR_EINTERNAL);
	assert_non_null(strstr(vr_error_last(), "outside a transaction"));
}

static void test_store__rollback_discards(void **state)
{
	fixture *f = *state;
	long long n = -1;

	assert_int_equal(vr_store_begin(f->s), 0);
	assert_int_equal(vr_store_put_person(f->s, "PER-9", "<person/>", NULL), 0);
	vr_store_rollback(f->s);
	assert_int_equal(vr_store_count(f->s, "person", &n), 0);
	assert_int_equal(n, 0);
}

static void test_store__reads_back_cases_and_versions(void **state)
{
	fixture *f = *state;
	vr_store_case_row c;
	vr_store_version_row v;
	char digest[VR_DIGEST_HEX];
	int ver = 0;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	assert_int_equal(vr_store_get_case(f->s, "C-1", &c), 0);
	assert_string_equal(c.agency, "mo-vr");
	assert_string_equal(c.person_xml, "<person/>");
	vr_store_case_row_free(&c);
	assert_int_equal(vr_store_get_case(f->s, "C-404", &c), VR_ENOTFOUND);
	assert_non_null(strstr(vr_error_last(), "no case 'C-404'"));

	assert_int_equal(vr_store_get_version(f->s, "C-1-IPE", 0, &v), 0);
	assert_int_equal(v.version, 1);
	assert_string_equal(v.case_id, "C-1");
	assert_string_equal(v.date, "2026-03-01");
	vr_store_version_row_free(&v);
	assert_int_equal(vr_store_get_version(f->s, "C-1-IPE", 2, &v), VR_ENOTFOUND);
	assert_int_equal(vr_store_latest(f->s, "C-1-IPE", &ver, digest), 0);
	assert_int_equal(ver, 1);
	assert_int_equal(strlen(digest), 64);
	assert_int_equal(vr_store_latest(f->s, "C-9-IPE", &ver, digest), 0);
	assert_int_equal(ver, 0);
	assert_string_equal(digest, "");
}

static int count_case(const char *id, const char *agency, void *ud)
{
	(void)id;
	(void)agency;
	(*(int *)ud)++;
	return 0;
}

static void test_store__lists_cases_by_agency(void **state)
{
	fixture *f = *state;
	int n = 0;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	seed(f->s, "C-2", "tx-wioa", "C-2-IEP");
	seed(f->s, "C-3", "mo-vr", "C-3-IPE");
	assert_int_equal(vr_store_each_case(f->s, NULL, count_case, &n), 0);
	assert_int_equal(n, 3);
	n = 0;
	assert_int_equal(vr_store_each_case(f->s, "mo-vr", count_case, &n), 0);
	assert_int_equal(n, 2);
}

static void test_store__plan_belongs_to_one_case(void **state)
{
	fixture *f = *state;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	seed(f->s, "C-2", "mo-vr", "C-2-IPE");
	assert_int_equal(vr_store_begin(f->s), 0);
	assert_int_equal(vr_store_put_plan(f->s, "C-1-IPE", "C-2", "IPE"), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "belongs to case C-1"));
	assert_int_equal(vr_store_put_plan(f->s, "C-1-IPE", "C-1", "IEP"), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "keeps its kind"));
	vr_store_rollback(f->s);
}

static void test_store__audit_is_a_hash_chain(void **state)
{
	fixture *f = *state;
	sqlite3 *db;
	sqlite3_stmt *q;
	char prev[VR_DIGEST_HEX], hash[VR_DIGEST_HEX], entry[4096];
	int rows = 0;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	seed(f->s, "C-2", "mo-vr", "C-2-IPE");
	memset(prev, '0', 64);
	prev[64] = '\0';
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT seq, at, actor, action, object, detail,"
					    " prev_hash, hash FROM audit ORDER BY seq", -1, &q,
					    NULL), SQLITE_OK);
	while (sqlite3_step(q) == SQLITE_ROW) {
		rows++;
		assert_string_equal((const char *)sqlite3_column_text(q, 6), prev);
		snprintf(entry, sizeof(entry), "%s%lld\n%s\n%s\n%s\n%s\n%s", prev,
			 sqlite3_column_int64(q, 0), sqlite3_column_text(q, 1),
			 sqlite3_column_text(q, 2), sqlite3_column_text(q, 3),
			 sqlite3_column_text(q, 4), sqlite3_column_text(q, 5));
		vr_sign_sha256_hex(entry, strlen(entry), hash);
		assert_string_equal((const char *)sqlite3_column_text(q, 7), hash);
		memcpy(prev, hash, sizeof(prev));
	}
	assert_int_equal(rows, 2);
	sqlite3_finalize(q);
	sqlite3_close(db);
}

static void test_store__audit_and_versions_refuse_change(void **state)
{
	fixture *f = *state;
	sqlite3 *db;
	char *msg = NULL;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE audit SET actor = 'x'", NULL, NULL, &msg),
			     SQLITE_OK);
	assert_non_null(strstr(msg, "append-only"));
	sqlite3_free(msg);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM audit", NULL, NULL, &msg), SQLITE_OK);
	sqlite3_free(msg);
	assert_int_not_equal(sqlite3_exec(db, "UPDATE plan_version SET xml = 'x'", NULL, NULL,
					  &msg), SQLITE_OK);
	assert_non_null(strstr(msg, "immutable"));
	sqlite3_free(msg);
	assert_int_not_equal(sqlite3_exec(db, "DELETE FROM plan_version", NULL, NULL, &msg),
			     SQLITE_OK);
	sqlite3_free(msg);
	sqlite3_close(db);
}

static void test_store__not_a_database_is_reported(void **state)
{
	fixture *f = *state;
	char p[400];
	FILE *fp;
	vr_store *s = NULL;

	snprintf(p, sizeof(p), "%s/junk.db", f->dir);
	fp = fopen(p, "w");
	assert_non_null(fp);
	fputs("this is not a database, just text long enough to have a header.......", fp);
	fclose(fp);
	assert_true(vr_store_open(&s, p, VR_STORE_OPEN) < 0);
	assert_null(s);
	assert_non_null(strstr(vr_error_last(), "not a vrtool database"));
}


static void test_store__readonly_refuses_writes_and_keeps_the_schema(void **state)
{
	fixture *f = *state;
	vr_store *s = NULL;
	long long n = 0;
	int v = 0;

	seed(f->s, "C-1", "mo-vr", "C-1-IPE");
	assert_int_equal(vr_store_open(&s, f->path, VR_STORE_READONLY), 0);
	assert_int_equal(vr_store_schema_version(s, &v), 0);
	assert_int_equal(v, VR_STORE_SCHEMA_VERSION);
	assert_int_equal(vr_store_count(s, "case", &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(vr_store_begin(s), VR_EINPUT);
	assert_non_null(strstr(vr_error_last(), "read-only"));
	assert_int_equal(vr_store_put_person(s, "PER-9", "<person/>", NULL), VR_EINTERNAL);
	assert_int_equal(vr_store_check(s, "the database", NULL), 0);
	vr_store_free(s);
}

/* --- the iterator rule ---------------------------------------------------- */

/* What a walk's callback does on each row (when depth is 0): another
 * connection commits (as another process would), then the walking store
 * writes in a transaction of its own, then runs the same walk again. */
typedef struct walk walk;
struct walk {
	vr_store *s, *other;
	int (*again)(walk *w);   /* the same walk, its rows counted into inner */
	int depth;
	int rows, inner, writes;
};

/* Another connection commits, then w->s writes in a transaction of its own. */
static int write_both(walk *w)
{
	int err;

	if ((err = vr_store_begin(w->other)) < 0 ||
	    (err = vr_store_audit(w->other, "other", "poke", "X", "another process")) < 0 ||
	    (err = vr_store_commit(w->other)) < 0)
		return err;
	if ((err = vr_store_begin(w->s)) < 0 ||
	    (err = vr_store_audit(w->s, "walker", "poke", "X", "from a callback")) < 0 ||
	    (err = vr_store_put_person(w->s, "PER-W", w->writes % 2 ? "<person/>" :
				       "<person><x/></person>", NULL)) < 0 ||
	    (err = vr_store_commit(w->s)) < 0) {
		vr_store_rollback(w->s);
		return err;
	}
	w->writes++;
	return 0;
}

static int poke(walk *w)
{
	int err;

	if (w->depth) {
		w->inner++;
		return 0;
	}
	w->rows++;
	if ((err = write_both(w)) < 0)
		return err;
	w->depth++;
	w->inner = 0;
	err = w->again(w);
	w->depth--;
	return err;
}

static int on_sig(const vr_store_sig_row *r, void *ud) { (void)r; return poke(ud); }
static int on_plan(const char *id, const char *kind, void *ud)
{
	(void)id; (void)kind;
	return poke(ud);
}
static int on_version(const vr_store_version_row *r, void *ud) { (void)r; return poke(ud); }
static int on_case(const char *id, const char *agency, void *ud)
{
	(void)id; (void)agency;
	return poke(ud);
}
static int on_load(const char *staff, const char *role, long long n, void *ud)
{
	(void)staff; (void)role; (void)n;
	return poke(ud);
}
static int on_audit(const vr_store_audit_row *r, void *ud) { (void)r; return poke(ud); }

static int again_sig(walk *w) { return vr_store_each_signature(w->s, "C-1-IPE", on_sig, w); }
static int again_plan(walk *w) { return vr_store_each_plan(w->s, "C-1", on_plan, w); }
static int again_version(walk *w) { return vr_store_each_version(w->s, "C-1", on_version, w); }
static int again_plan_version(walk *w)
{
	return vr_store_each_plan_version(w->s, "C-1-IPE", on_version, w);
}
static int again_meta(walk *w)
{
	return vr_store_each_plan_version_meta(w->s, "C-1-IPE", on_version, w);
}
static int again_latest(walk *w) { return vr_store_each_latest(w->s, "C-1", on_version, w); }
static int again_case(walk *w) { return vr_store_each_case(w->s, NULL, on_case, w); }
static int again_agency(walk *w) { return vr_store_each_case(w->s, "mo-vr", on_case, w); }
static int again_load(walk *w) { return vr_store_caseload(w->s, "mo-vr", NULL, on_load, w); }
static int again_load_of(walk *w) { return vr_store_caseload(w->s, "mo-vr", "C-1", on_load, w); }
static int again_audit(walk *w) { return vr_store_each_audit(w->s, on_audit, w); }

/* C-1 with two plans, the first with two versions and two signatures (one
 * withdrawn), C-2 and C-3 with one each; three staff on C-1. */
static void seed_walks(vr_store *s)
{
	vr_store_sig g = { 0 };
	vr_store_withdrawal wd = { 0 };
	char digest[VR_DIGEST_HEX];
	long long sig = 0;

	seed(s, "C-1", "mo-vr", "C-1-IPE");
	seed(s, "C-2", "mo-vr", "C-2-IPE");
	seed(s, "C-3", "tx-wioa", "C-3-IEP");
	vr_sign_sha256_hex("v2", 2, digest);
	assert_int_equal(vr_store_begin(s), 0);
	assert_int_equal(vr_store_add_version(s, "C-1-IPE", 2, "2026-04-01", digest, "<plan/>",
					      NULL), 0);
	assert_int_equal(vr_store_put_plan(s, "C-1-WORK", "C-1", "WORK"), 0);
	assert_int_equal(vr_store_add_version(s, "C-1-WORK", 1, "2026-04-02", digest, "<plan/>",
					      NULL), 0);
	assert_int_equal(vr_store_add_staff(s, "C-1", "S-1", "counselor"), 0);
	assert_int_equal(vr_store_add_staff(s, "C-1", "S-2", "supervisor"), 0);
	assert_int_equal(vr_store_add_staff(s, "C-2", "S-1", "counselor"), 0);
	assert_int_equal(vr_store_add_staff(s, "C-1", "S-3", "job-developer"), 0);
	g.plan_id = "C-1-IPE";
	g.version = 2;
	g.digest = digest;
	g.role = "client";
	g.signer_name = "Avery";
	g.method = "wet-ink";
	g.meaning = "agree";
	g.at = "2026-04-03T10:00:00Z";
	g.record = "record 1";
	assert_int_equal(vr_store_add_signature(s, &g, &sig), 0);
	g.role = "counselor";
	g.record = "record 2";
	assert_int_equal(vr_store_add_signature(s, &g, NULL), 0);
	wd.signature_id = sig;
	wd.plan_id = "C-1-IPE";
	wd.reason = "wrong person";
	wd.by = "S-2";
	wd.at = "2026-04-04T10:00:00Z";
	wd.record = "withdrawal";
	wd.seal = "seal";
	wd.key_id = "key";
	assert_int_equal(vr_store_add_withdrawal(s, &wd, NULL), 0);
	assert_int_equal(vr_store_audit(s, "tester", "seed", "C-1", "walks"), 0);
	assert_int_equal(vr_store_commit(s), 0);
}

static void walk_writes(fixture *f, int (*again)(walk *), int rows)
{
	walk w = { f->s, NULL, again, 0, 0, 0, 0 };

	assert_int_equal(vr_store_open(&w.other, f->path, VR_STORE_OPEN), 0);
	assert_int_equal(again(&w), 0);
	assert_int_equal(w.rows, rows);       /* each row once, none twice */
	assert_int_equal(w.writes, rows);
	vr_store_free(w.other);
}

static void test_store__every_iterator_lets_its_callback_write(void **state)
{
	fixture *f = *state;
	long long entries = 0;

	seed_walks(f->s);
	walk_writes(f, again_sig, 2);
	walk_writes(f, again_plan, 2);
	walk_writes(f, again_version, 3);
	walk_writes(f, again_plan_version, 2);
	walk_writes(f, again_meta, 2);
	walk_writes(f, again_latest, 2);
	walk_writes(f, again_case, 3);
	walk_writes(f, again_agency, 2);
	walk_writes(f, again_load, 3);
	walk_writes(f, again_load_of, 3);
	/* the audit walk stops at the entry that was newest when it began,
	 * although every callback appends two */
	assert_int_equal(vr_store_count(f->s, "audit", &entries), 0);
	walk_writes(f, again_audit, (int)entries);
}

/* The paged walks: in order, each row once, across pages, with a write
 * (here and by another connection) in every 100th callback. */
typedef struct {
	walk w;
	int n;
	char last[32];
	long long seq;
	int ordered;
} paged;

static int paged_case(const char *id, const char *agency, void *ud)
{
	paged *p = ud;

	(void)agency;
	if (strcmp(id, p->last) <= 0)
		p->ordered = 0;
	snprintf(p->last, sizeof(p->last), "%s", id);
	return p->n++ % 100 == 0 ? write_both(&p->w) : 0;
}

static int paged_audit(const vr_store_audit_row *r, void *ud)
{
	paged *p = ud;

	if (r->seq != p->seq + 1)
		p->ordered = 0;
	p->seq = r->seq;
	return p->n++ % 100 == 0 ? write_both(&p->w) : 0;
}

static void test_store__case_and_audit_walks_page_through_writes(void **state)
{
	fixture *f = *state;
	paged p;
	long long entries = 0;
	char id[32];

	/* 1,100 cases and audit entries: three pages of each */
	assert_int_equal(vr_store_begin(f->s), 0);
	assert_int_equal(vr_store_put_person(f->s, "PER-1", "<person/>", NULL), 0);
	for (int i = 0; i < 1100; i++) {
		vr_store_case c = { id, "PER-1", i % 2 ? "mo-vr" : "tx-wioa", "VR", "open",
				    "<case/>", { NULL, 0 } };
		snprintf(id, sizeof(id), "C-%05d", i);
		assert_int_equal(vr_store_put_case(f->s, &c), 0);
		assert_int_equal(vr_store_audit(f->s, "tester", "import", id, "page"), 0);
	}
	assert_int_equal(vr_store_commit(f->s), 0);

	memset(&p, 0, sizeof(p));
	p.w.s = f->s;
	p.ordered = 1;
	assert_int_equal(vr_store_open(&p.w.other, f->path, VR_STORE_OPEN), 0);
	assert_int_equal(vr_store_each_case(f->s, NULL, paged_case, &p), 0);
	assert_int_equal(p.n, 1100);
	assert_true(p.ordered);
	assert_int_equal(p.w.writes, 11);

	p.n = 0;
	p.last[0] = '\0';
	assert_int_equal(vr_store_each_case(f->s, "mo-vr", paged_case, &p), 0);
	assert_int_equal(p.n, 550);
	assert_true(p.ordered);

	assert_int_equal(vr_store_count(f->s, "audit", &entries), 0);
	p.n = 0;
	assert_int_equal(vr_store_each_audit(f->s, paged_audit, &p), 0);
	assert_int_equal(p.n, entries);   /* not the entries its callbacks appended */
	assert_true(p.ordered);
	vr_store_free(p.w.other);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_store__open_missing_without_create_fails, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__creates_private_file_at_schema_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__reopen_does_not_migrate_again, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__refuses_a_newer_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__writes_need_a_transaction, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__rollback_discards, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__reads_back_cases_and_versions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__lists_cases_by_agency, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__plan_belongs_to_one_case, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__audit_is_a_hash_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__audit_and_versions_refuse_change, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__not_a_database_is_reported, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__readonly_refuses_writes_and_keeps_the_schema, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__every_iterator_lets_its_callback_write, setup, teardown),
		cmocka_unit_test_setup_teardown(test_store__case_and_audit_walks_page_through_writes, setup, teardown),
	};
	vr_sign_init();
	return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
