/*
 * cli.h - what the command files share: options, opening the store,
 * reporting errors with the right exit code.
 *
 * Exit codes (DESIGN.md): 0 ok, 1 findings or failed verification, 2 usage,
 * 3 input or data error, 4 internal error. A command returns one of these;
 * only main() exits.
 */
#ifndef VR_CLI_H
#define VR_CLI_H

#include "core/buf.h"
#include "core/diag.h"
#include "core/ingest.h"
#include "core/lifecycle.h"
#include "core/store.h"
#include "core/val.h"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_INPUT = 3, EXIT_INTERNAL = 4 };

typedef struct {
	const char *db;           /* --db, else $VRTOOL_DB, else ./vrtool.db */
	const char *plugin_path;  /* --plugin-path, else $VRTOOL_PLUGIN_PATH */
	const char *as_of;        /* --as-of, else today */
	const char *out;          /* -o / --out */
	const char *agency;       /* --agency */
	int version;              /* --version N (export, sign) */
	const char *role, *name, *signer_id, *method, *meaning, *at;   /* sign */
	const char *identity, *intent, *scan, *key;                     /* sign, verify */
	const char *withdraw;     /* sign --withdraw SIGNATURE */
	const char *format, *lang;                                       /* render */
	int large_print;
	const char *from, *reason;                                       /* amend */
	const char *status;                                              /* list */
	char **sets;              /* --set PATH=VALUE, repeatable (amend) */
	int nsets;
	int json;                 /* --json */
	int force, with_key, verify;  /* backup: --force, --with-key, --verify */
	int all;                  /* --all */
	int help;                 /* --help */
	char **args;              /* positional arguments */
	int nargs;
	char today[11];
} vr_cli;

typedef struct {
	const char *name;
	int (*run)(vr_cli *c);
	const char *usage;
	const char *summary;
} vr_cmd;

/* Parses argv after the command name into c; prints and returns EXIT_USAGE
 * on a bad option. */
int vr_cli_parse(vr_cli *c, const vr_cmd *cmd, int argc, char **argv);

/* The database path in force. */
const char *vr_cli_db(const vr_cli *c);
int vr_cli_open(vr_cli *c, int mode, vr_store **out);

/* The installation's signing key, beside the database (DB.key). */
struct vr_key;
int vr_cli_key(const vr_cli *c, struct vr_key **out);
void vr_cli_key_path(const vr_cli *c, char *out, size_t n);

/* Who is acting, for the audit log: $VRTOOL_ACTOR, else the login name. */
const char *vr_cli_actor(void);

/* Prints "vrtool CMD: <last error>" and returns the exit code for err. */
int vr_cli_fail(const char *cmd, int err);
/* Prints diagnostics, one per line, as "SOURCE:LINE: PATH: message". */
void vr_cli_print_diags(const char *source, const vr_diags *d);
/* Ends a document built in b with tail (may be NULL) and writes it to
 * standard output: VR_ENOMEM if the buffer ran out of memory, VR_EIO if
 * the output could not be written. */
int vr_cli_print_buf(vr_buf *b, const char *tail);
int vr_cli_usage(const vr_cmd *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Writes data to path atomically (temporary file, fsync, rename) with the
 * given mode; "-" or NULL writes to standard output. A symbolic link where
 * the file would go is refused, never followed nor replaced. */
int vr_cli_write_file(const char *path, const char *data, size_t len, int mode);

/*
 * Files named after ids are made inside a folder opened once: dirfd, from
 * vr_cli_dir_open (create: mkdir it first when missing), then
 * vr_cli_write_file_at(dirfd, dir, name, ...) with openat/renameat relative
 * to it (dir only names it in messages). A name holding '/' or "..", or
 * "." or empty, is refused (vr_cli_bad_name), as is a symbolic link at it.
 */
int vr_cli_dir_open(const char *dir, int create, int *fd);
int vr_cli_bad_name(const char *name);
int vr_cli_write_file_at(int dirfd, const char *dir, const char *name, const char *data,
			 size_t len, int mode);

/*
 * The files of an --all run written into one folder (export --all, render
 * --all), with their audit records: all of them, or none. Each file is
 * written whole under a temporary name in the folder ("NAME.tmp-PID") as
 * it comes; at the end vr_cli_batch_end syncs the folder, gives each its
 * name and commits every audit record in one transaction. A run that fails
 * anywhere removes them all and records nothing. With a process per core,
 * each process hands what it staged to the lead (vr_cli_shards_lead), which
 * publishes every process's files only when all of them succeeded.
 *
 *   vr_cli_batch_open(b, s, dir, action)  makes and opens the folder
 *   vr_cli_batch_write(b, object, detail, name, data, len)  stages the file
 *       `name` (made from ids: no '/', no "..") and keeps its audit record
 *   vr_cli_batch_end(b, err)  publishes (err == 0) or removes what is
 *       staged, closes the folder; returns err or the publication's error;
 *       b->done counts the files published (or handed to the lead)
 */
typedef struct {
	char *tmp, *name, *object, *detail;
} vr_cli_staged;

typedef struct {
	vr_store *s;
	const char *dir;
	int dirfd;
	const char *action;
	vr_cli_staged *items;
	size_t n, cap;
	long long done;
} vr_cli_batch;

int vr_cli_batch_open(vr_cli_batch *b, vr_store *s, const char *dir, const char *action);
int vr_cli_batch_write(vr_cli_batch *b, const char *object, const char *detail,
		       const char *name, const char *data, size_t len);
int vr_cli_batch_end(vr_cli_batch *b, int err);

/*
 * The file-writing batch commands (export --all, render --all) use every
 * core: vr_cli_shards_start forks one process per core ($VRTOOL_JOBS caps
 * it) before the database is opened. In the parent it waits for them and
 * returns 1 with the plans they wrote summed in *done and the worst exit
 * code in *rc; in a child, or when one process is enough, it returns 0 and
 * the command goes on, taking only the cases vr_cli_shard_mine accepts,
 * and ends with vr_cli_shards_end (a child exits there). Each case is
 * written by exactly one process; their audit records interleave under
 * SQLite's write lock (the store's walks hold no read snapshot while they
 * write).
 */
int vr_cli_shards_start(long long *done, int *rc);
int vr_cli_shard_mine(void);                 /* the next case: is it this process's? */
int vr_cli_sharded(void);                    /* more than one process at work */
int vr_cli_shard_progress(void);             /* the process that shows progress: the
					      * number of processes, else 0 */
void vr_cli_shards_end(long long done, int rc);
/*
 * The same for commands whose text output must come out in case order
 * (check, deadlines, fees --all): each process writes its output into a
 * pipe, ending each case it takes with vr_cli_shard_case_end (vr_cli_walk
 * does both), and the parent merges the pipes case by case as they arrive.
 * A process ends with vr_cli_shards_finish, sending nsums counts that the
 * parent receives summed in sums.
 */
int vr_cli_shards_ordered(long long *sums, int nsums, int *rc);
void vr_cli_shard_case_end(void);
void vr_cli_shards_finish(const long long *sums, int nsums, int rc);
/* For `cmd --all -o DIR` (c->out): starts the processes; in the parent,
 * once they are done, publishes the files they staged with their audit
 * records (`action`) when every one succeeded, else removes them all;
 * prints "<verb> N plan(s) to DIR" on success and returns 1 with the exit
 * code in *rc; elsewhere returns 0. */
int vr_cli_shards_lead(vr_cli *c, const char *cmd, const char *verb, const char *action,
		       int *rc);

/* The audit objects of one case: "case:ID" and "plan:P@N" for its plans. */
typedef struct {
	const char *case_id;   /* NULL: every object matches */
	char **plans;
	size_t nplans;
} vr_cli_objects;

/* Loads the case's plan ids; VR_ENOTFOUND when there is no such case. */
int vr_cli_objects_load(vr_store *s, const char *case_id, vr_cli_objects *o);
/* Is this audit object about the case or one of its plans (exact ids)? */
int vr_cli_objects_match(const vr_cli_objects *o, const char *object);
void vr_cli_objects_free(vr_cli_objects *o);

/* A stored value's encoding, handed on undecoded (vr_cli_walk_docs). */
typedef struct {
	const void *enc;
	size_t len;
} vr_cli_enc;

/* A case as the commands use it: the row and its parsed parts. Under
 * vr_cli_walk_docs, a part whose stored value is sent as it is has only
 * its encoding here (enc[0] the person, enc[1] the case, enc[2] the plan
 * being walked) and no parsed value. */
typedef struct {
	vr_store_case_row row;
	vr_val *person, *kase;
	vr_cli_enc enc[3];
	/* under a walk: the lifecycle of the plan being visited (what rules see
	 * as ctx.lifecycle) and the state of the version visited; lent */
	vr_val *life;
	const vr_version_state *state;
	int earlier;    /* visiting the version in effect, older than the newest */
} vr_cli_case;
int vr_cli_load_case(vr_store *s, const char *id, vr_cli_case *out);
void vr_cli_case_free(vr_cli_case *c);
/*
 * Reads and validates an input file: a Lua case file (.lua) or an exported
 * XML document (.xml), and checks that its agency has a plugin. Problems
 * are printed to stderr, each with file, line and field path. *document
 * says whether it was a document (whose version numbers are kept).
 */
int vr_cli_read_input(const char *cmd, const char *path, vr_val **out, int *document);
/* The same, also giving a document's signatures (caller frees; NULL for a
 * case file). */
int vr_cli_read_input_sigs(const char *cmd, const char *path, vr_val **out, int *document,
			   vr_val **signatures);

/* The export document of a stored version (person, case, plan, its
 * signatures), validated against the XSD; caller frees *xml. */
int vr_cli_document(vr_store *s, const vr_store_version_row *v, const char *xsd, char **xml,
		    size_t *len);
/* The path of the shipped XSD. */
int vr_cli_xsd(char *out, size_t n);

/* Parses a stored plan version's XML (what signing and verifying read). */
int vr_cli_parse_plan(const char *xml, const char *plan_id, vr_val **out);
/* A stored plan version as a value: its stored value when it has one,
 * else its parsed XML (what check, deadlines, fees, export and render read). */
int vr_cli_read_plan(const vr_store_version_row *r, vr_val **out);

/* The plugin of an agency, loaded once per command, with its ctx.summary
 * (the agency's caseloads, from the store) set. */
struct vr_plugin;
struct vr_plugin_doc;
int vr_cli_plugin_for(vr_store *s, const char *agency, struct vr_plugin **out);
/* The same, with ctx.summary holding only the caseloads of the staff case_id
 * lists: for a command about that one case. */
int vr_cli_plugin_for_case(vr_store *s, const char *agency, const char *case_id,
			   struct vr_plugin **out);
void vr_cli_plugins_free(void);

/*
 * Walks the newest version of every plan of one case (c->args[0]) or of
 * every case (--all, filtered by --agency), with each case's plugin loaded.
 * fn gets the case, the plugin and the plan; a case whose plugin does not
 * load, or a plan whose status its plugin fails to give (a kind's
 * `requirements` that loops or raises), goes to nofn instead, with the
 * message in vr_error_last(): a finding, never a stop, and the walk goes on
 * with the next. Counts cases and plans seen.
 */
typedef int (*vr_cli_plan_fn)(void *ud, const vr_cli_case *k, struct vr_plugin *p,
			      const vr_store_version_row *row, const vr_val *plan);
typedef int (*vr_cli_noplugin_fn)(void *ud, const char *case_id, const char *agency);
int vr_cli_walk(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn, void *ud,
		long long *cases, long long *plans);
/* The same for callers that only pass the documents on to the plugin: a
 * stored value is not decoded, so k->person, k->kase and plan are NULL
 * where the row holds one; vr_cli_docs gives the three documents for
 * vr_plugin_call_docs either way. */
int vr_cli_walk_docs(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
		     void *ud, long long *cases, long long *plans);
/* The same, visiting for each plan the version in effect too, first, when
 * it is older than the newest (k->state says which is which): clocks
 * about the plan in effect run from it, a draft's beside them. */
int vr_cli_walk_in_effect(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans);
/* The same, visiting for each plan the version in effect when there is one,
 * else the newest: what the agency acts on (fees: a provider is paid under
 * the plan in effect, not a draft amendment of it). */
int vr_cli_walk_effective(vr_cli *c, vr_store *s, vr_cli_plan_fn fn, vr_cli_noplugin_fn nofn,
			  void *ud, long long *cases, long long *plans);
/* The four documents of a plugin call (plugin.h): person, case, plan and
 * the plan's lifecycle when walking (k->life). */
void vr_cli_docs(const vr_cli_case *k, const vr_val *plan, struct vr_plugin_doc *docs);

/*
 * Imports one file read by vr_cli_read_input_sigs (a case file, with any
 * history, or a document with its signatures) inside the caller's
 * transaction, under the rules of `vrtool sign` (cmd_import.c). Content
 * errors of a signed version brought in are warnings, appended to warn.
 * On failure the message names the file (and line, for a case file).
 * vr_cli_import_prepare loads, before the write lock is taken, what that
 * needs: the agency's plugin and, for a case file's recorded signatures,
 * the installation key (*key, once; the caller frees it); and it reports
 * the values outside the agency's vocabulary, refusing the file for any
 * the plugin would refuse and appending the warnings to warn.
 */
/* The line of a path ("plans[1].services[3].category") in the case file at
 * path, found in its text (host/lualines.h); 0 when unknown. For many
 * paths of one file, scan it once with vr_cli_casefile_lines and ask
 * vr_lualines_find (NULL: not readable). */
int vr_cli_casefile_line(const char *path, const char *where);
struct vr_lualines *vr_cli_casefile_lines(const char *path);

int vr_cli_import_prepare(vr_store *s, const vr_cli *c, const char *file,
			  const vr_val *tree, const vr_val *sigs, int doc, struct vr_key **key,
			  vr_buf *warn);
int vr_cli_import_one(vr_store *s, const vr_cli *c, const char *file, vr_val *tree,
		      const vr_val *sigs, int doc, struct vr_key *key, vr_buf *warn,
		      vr_ingest_report *r);

extern const vr_cmd vr_cmd_init, vr_cmd_import, vr_cmd_show, vr_cmd_check,
	vr_cmd_export, vr_cmd_schema, vr_cmd_plugin, vr_cmd_sign, vr_cmd_amend,
	vr_cmd_diff, vr_cmd_list, vr_cmd_deadlines, vr_cmd_fees, vr_cmd_verify, vr_cmd_audit,
	vr_cmd_key, vr_cmd_render, vr_cmd_run, vr_cmd_shell, vr_cmd_backup;

#endif
