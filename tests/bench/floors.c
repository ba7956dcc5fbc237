/*
 * floors.c - what the libraries underneath allow, on the same data as the
 * vrtool stages, in the same run (tests/bench/bench.sh prints the ratios).
 *
 * usage: floors DB EXPORT_DIR TEMPLATES_DIR RULES
 *
 * Reads every stored plan version of the benchmark database, and the
 * documents `vrtool export --all` wrote from it in the same run, then
 * times, per plan:
 *   scan     SQLite: step through the case, person and plan_version rows
 *   view     scan + parse the three rows with libxml2 + build a Lua table of
 *            each element + call an empty Lua function RULES times per plan
 *            (check's floor: read the rows, build the view, call the rules)
 *   insert   SQLite: insert the same rows into a fresh in-memory table in one
 *            transaction (import's floor, without the validation)
 *   parse    libxml2: parse each exported document and serialise it again
 *   c14n     libxml2 parse + exclusive C14N + SHA-256 of the same documents
 *            (with parse: the floor of export + digest)
 *   seal     parse + exclusive C14N + SHA-256 + Ed25519 sign of each stored
 *            plan (sign's floor: digest the plan, seal the digest)
 *   open     SHA-256 of each stored plan + Ed25519 verify of its seal
 *            (verify's floor)
 *   xslt     libxslt: the agency's real template, compiled once, applied to
 *            each exported document with the parameters render passes
 *            (language, status, the roles still to sign, ...; without them
 *            a template skips its signature lines) and serialised
 *            (render's floor)
 * Output: one line per floor: name, seconds, per second, microseconds.
 */
#include <libxml/c14n.h>
#include <libxml/parser.h>
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <dirent.h>
#include <libxslt/transform.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>
#include <sodium.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void row(const char *name, double s, size_t n)
{
	printf("%-8s %10.3f %12.0f %10.1f\n", name, s, n / s, s * 1e6 / n);
}

/* An element as a Lua table: children by name (last wins), text as-is. */
static void push_node(lua_State *L, xmlNodePtr n)
{
	lua_createtable(L, 0, 4);
	for (xmlNodePtr c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE)
			continue;
		if (c->children && c->children->type == XML_TEXT_NODE && !c->children->next) {
			lua_pushstring(L, (const char *)c->children->content);
		} else {
			push_node(L, c);
		}
		lua_setfield(L, -2, (const char *)c->name);
	}
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (b = malloc((size_t)n + 1)) && fread(b, 1, (size_t)n, f) == (size_t)n) {
		b[n] = '\0';
		*len = (size_t)n;
	} else {
		free(b);
		b = NULL;
	}
	fclose(f);
	return b;
}

int main(int argc, char **argv)
{
	sqlite3 *db, *mem;
	sqlite3_stmt *q;
	char **xml = NULL, **docs = NULL, **names = NULL;
	size_t *doclen = NULL, n = 0, cap = 0, nd = 0, dcap = 0;
	double t0;
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
	unsigned char (*sig)[crypto_sign_BYTES];
	unsigned char h[crypto_hash_sha256_BYTES];
	long long sink = 0;
	int rules;
	DIR *dir;
	struct dirent *e;

	if (argc != 5 || (rules = atoi(argv[4])) < 1 ||
	    sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		fprintf(stderr, "usage: floors DB EXPORT_DIR TEMPLATES_DIR RULES\n");
		return 2;
	}
	if (sodium_init() < 0)
		return 1;
	if (sqlite3_prepare_v2(db, "SELECT xml FROM plan_version", -1, &q, NULL) != SQLITE_OK)
		return 1;
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			if (!(xml = realloc(xml, cap * sizeof(*xml))))
				return 1;
		}
		if (!(xml[n++] = strdup((const char *)sqlite3_column_text(q, 0))))
			return 1;
	}
	sqlite3_finalize(q);
	if (!(dir = opendir(argv[2]))) {
		perror(argv[2]);
		return 1;
	}
	while ((e = readdir(dir))) {
		char path[4096];
		size_t len;
		if (!strstr(e->d_name, ".xml"))
			continue;
		if (nd == dcap) {
			dcap = dcap ? dcap * 2 : 1024;
			if (!(docs = realloc(docs, dcap * sizeof(*docs))) ||
			    !(names = realloc(names, dcap * sizeof(*names))) ||
			    !(doclen = realloc(doclen, dcap * sizeof(*doclen))))
				return 1;
		}
		snprintf(path, sizeof(path), "%s/%s", argv[2], e->d_name);
		if (!(docs[nd] = slurp(path, &len)) || !(names[nd] = strdup(e->d_name)))
			return 1;
		doclen[nd++] = len;
	}
	closedir(dir);
	if (n == 0 || nd == 0) {
		fprintf(stderr, "floors: no plans in %s or no documents in %s\n", argv[1], argv[2]);
		return 1;
	}

	/* scan: the rows a check reads (case + person + plan version) */
	static const char scan_sql[] =
		"SELECT c.xml, p.xml, v.xml FROM \"case\" c JOIN person p ON p.id = c.person_id"
		" JOIN plan pl ON pl.case_id = c.id JOIN plan_version v ON v.plan_id = pl.id";
	t0 = now();
	if (sqlite3_prepare_v2(db, scan_sql, -1, &q, NULL) != SQLITE_OK)
		return 1;
	while (sqlite3_step(q) == SQLITE_ROW)
		sink += sqlite3_column_bytes(q, 0) + sqlite3_column_bytes(q, 1) +
			sqlite3_column_bytes(q, 2);
	sqlite3_finalize(q);
	row("scan", now() - t0, n);

	/* view: scan + the three rows as Lua tables + an empty function per rule */
	{
		lua_State *L = luaL_newstate();
		if (!L || luaL_dostring(L, "return function(case, person, plan) end") != LUA_OK)
			return 1;
		int fn = luaL_ref(L, LUA_REGISTRYINDEX);
		t0 = now();
		if (sqlite3_prepare_v2(db, scan_sql, -1, &q, NULL) != SQLITE_OK)
			return 1;
		while (sqlite3_step(q) == SQLITE_ROW) {
			for (int c = 0; c < 3; c++) {
				xmlDocPtr d = xmlReadMemory((const char *)sqlite3_column_text(q, c),
							    sqlite3_column_bytes(q, c), "row", NULL,
							    XML_PARSE_NONET);
				if (!d)
					return 1;
				push_node(L, xmlDocGetRootElement(d));
				xmlFreeDoc(d);
			}
			for (int r = 0; r < rules; r++) {
				lua_rawgeti(L, LUA_REGISTRYINDEX, fn);
				lua_pushvalue(L, -4);
				lua_pushvalue(L, -4);
				lua_pushvalue(L, -4);
				if (lua_pcall(L, 3, 0, 0) != LUA_OK)
					return 1;
			}
			lua_pop(L, 3);
		}
		sqlite3_finalize(q);
		row("view", now() - t0, n);
		lua_close(L);
	}

	/* insert: the same rows into a fresh table, one transaction */
	if (sqlite3_open(":memory:", &mem) != SQLITE_OK ||
	    sqlite3_exec(mem, "CREATE TABLE t(id INTEGER PRIMARY KEY, xml TEXT)", NULL, NULL,
			 NULL) != SQLITE_OK)
		return 1;
	t0 = now();
	if (sqlite3_exec(mem, "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(mem, "INSERT INTO t(xml) VALUES (?1)", -1, &q, NULL) != SQLITE_OK)
		return 1;
	for (size_t i = 0; i < n; i++) {
		sqlite3_bind_text(q, 1, xml[i], -1, SQLITE_STATIC);
		if (sqlite3_step(q) != SQLITE_DONE)
			return 1;
		sqlite3_reset(q);
	}
	sqlite3_finalize(q);
	if (sqlite3_exec(mem, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
		return 1;
	row("insert", now() - t0, n);
	sqlite3_close(mem);

	/* parse + serialise the exported documents */
	t0 = now();
	for (size_t i = 0; i < nd; i++) {
		xmlDocPtr d = xmlReadMemory(docs[i], (int)doclen[i], "d", NULL, XML_PARSE_NONET);
		xmlChar *out = NULL;
		int len = 0;
		if (!d)
			return 1;
		xmlDocDumpFormatMemoryEnc(d, &out, &len, "UTF-8", 1);
		sink += len;
		xmlFree(out);
		xmlFreeDoc(d);
	}
	row("parse", now() - t0, nd);

	/* parse + exclusive C14N + SHA-256 of the same documents */
	t0 = now();
	for (size_t i = 0; i < nd; i++) {
		xmlDocPtr d = xmlReadMemory(docs[i], (int)doclen[i], "d", NULL, XML_PARSE_NONET);
		xmlChar *c = NULL;
		int len;
		if (!d || (len = xmlC14NDocDumpMemory(d, NULL, XML_C14N_EXCLUSIVE_1_0, NULL, 0,
						      &c)) < 0)
			return 1;
		crypto_hash_sha256(h, c, (unsigned long long)len);
		sink += h[0];
		xmlFree(c);
		xmlFreeDoc(d);
	}
	row("c14n", now() - t0, nd);

	/* digest + Ed25519 sign, then SHA-256 + verify */
	crypto_sign_keypair(pk, sk);
	if (!(sig = malloc(n * sizeof(*sig))))
		return 1;
	t0 = now();
	for (size_t i = 0; i < n; i++) {
		xmlDocPtr d = xmlReadMemory(xml[i], (int)strlen(xml[i]), "p", NULL, XML_PARSE_NONET);
		xmlChar *c = NULL;
		int len;
		if (!d || (len = xmlC14NDocDumpMemory(d, NULL, XML_C14N_EXCLUSIVE_1_0, NULL, 0,
						      &c)) < 0)
			return 1;
		crypto_hash_sha256(h, c, (unsigned long long)len);
		crypto_sign_detached(sig[i], NULL, h, sizeof(h), sk);
		xmlFree(c);
		xmlFreeDoc(d);
	}
	row("seal", now() - t0, n);
	t0 = now();
	for (size_t i = 0; i < n; i++) {
		crypto_hash_sha256(h, (unsigned char *)xml[i], strlen(xml[i]));
		if (crypto_sign_verify_detached(sig[i], h, sizeof(h), pk) != 0)
			return 1;
	}
	row("open", now() - t0, n);

	/* xslt: each agency's real template, compiled once, over its documents */
	{
		struct { char path[4096]; xsltStylesheetPtr st; } sheets[16];
		int ns = 0;
		size_t done = 0;
		t0 = now();
		for (size_t i = 0; i < nd; i++) {
			char path[4096], agency[64] = "", kind[32] = "";
			const char *a = strstr(docs[i], "<agency>"), *k = strrchr(names[i], '-');
			xsltStylesheetPtr st = NULL;
			if (!a || !k || sscanf(a, "<agency>%63[^<]", agency) != 1)
				continue;
			const char *kb = k; /* "<plan>-<KIND>-vN.xml": the kind before -vN */
			while (kb > names[i] && kb[-1] != '-')
				kb--;
			if (kb == names[i] || k - kb >= (long)sizeof(kind))
				continue;
			memcpy(kind, kb, (size_t)(k - kb));
			kind[k - kb] = '\0';
			snprintf(path, sizeof(path), "%s/%s/%s.xsl", argv[3], agency, kind);
			for (int j = 0; j < ns; j++)
				if (strcmp(sheets[j].path, path) == 0)
					st = sheets[j].st;
			if (!st && ns < 16) {
				FILE *f = fopen(path, "r");
				if (!f)
					continue; /* no template for this agency/kind: vrtool skips it too */
				fclose(f);
				if (!(st = xsltParseStylesheetFile((const xmlChar *)path)))
					return 1;
				snprintf(sheets[ns].path, sizeof(sheets[ns].path), "%s", path);
				sheets[ns++].st = st;
			}
			if (!st)
				continue;
			xmlDocPtr d = xmlReadMemory(docs[i], (int)doclen[i], "d", NULL, XML_PARSE_NONET);
			/* what `vrtool render` passes (cmd_render.c), quoted for XPath */
			static const char *params[] = {
				"lang", "'en'", "large", "'0'", "status", "'awaiting signatures'",
				"tosign", "'client|counselor'", "digest",
				"'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'",
				"agency_name", "'Agency'", "kind_title", "'Plan'",
				"generated", "'2026-11-23'", NULL
			};
			xmlDocPtr r = d ? xsltApplyStylesheet(st, d, params) : NULL;
			xmlChar *out = NULL;
			int len = 0;
			if (!r || xsltSaveResultToString(&out, &len, r, st) != 0)
				return 1;
			sink += len;
			done++;
			xmlFree(out);
			xmlFreeDoc(r);
			xmlFreeDoc(d);
		}
		if (done)
			row("xslt", now() - t0, done);
		for (int j = 0; j < ns; j++)
			xsltFreeStylesheet(sheets[j].st);
	}
	fprintf(stderr, "(checksum %lld)\n", sink);
	for (size_t i = 0; i < n; i++)
		free(xml[i]);
	for (size_t i = 0; i < nd; i++) {
		free(docs[i]);
		free(names[i]);
	}
	free(xml);
	free(docs);
	free(names);
	free(doclen);
	free(sig);
	sqlite3_close(db);
	return 0;
}
