/*
 * backup.c - a verified copy of a live database; see backup.h.
 *
 * The copy, step by step:
 *
 *   1. Refuse what must not happen: no database; a destination that is the
 *      database or one of its files; an existing destination (unless
 *      forced); a -wal or -journal beside the destination, which SQLite
 *      would read together with the copy and so change it.
 *   2. Open the source as it is (VR_STORE_READONLY: not migrated, not
 *      written) and start a read transaction (vr_store_begin_read, then the
 *      schema version, which is its first read). Holding it makes the copy
 *      one snapshot: without it, SQLite's backup API starts over each time
 *      another process commits, and under a steady writer it might never
 *      finish. In WAL mode a reader does not block writers.
 *   3. Create the temporary file with mkstemp (mode 0600 whatever the
 *      umask) in the destination's folder, so that the final rename stays
 *      on one file system, close our descriptor (closing a second
 *      descriptor on a file would drop SQLite's POSIX locks on it), and
 *      copy into it (vr_store_copy: SQLite's online backup API, locks
 *      waited out for up to the busy timeout).
 *   4. Verify the copy: the store's check of it (vr_store_check: SQLite's
 *      integrity_check), the schema version equal to the source's and to
 *      this vrtool's, then open it through the store as vrtool will and
 *      replay its audit chain (vr_audit_verify), count what it holds, and,
 *      with a key, check the key file against the copy's keys.
 *   5. fsync the copy, link it to the destination (rename with --force),
 *      fsync the folder.
 *
 * The SQL and SQLite's API calls are the store's (store.h, "the database as
 * a whole"); what is here is the files: names, temporary files, syncs,
 * renames. Every failure goes through one exit that removes the temporary
 * files (the copy and its -wal, -shm, -journal; the key's temporary file).
 *
 * Messages name paths, counts, audit sequence numbers and actions; never
 * the content of a record.
 */
#include "core/backup.h"
#include "core/audit.h"
#include "core/error.h"
#include "core/store.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define KEY_MAX 4096

typedef struct {
	const char *db, *dest;
	char tmp[PATH_MAX], tmp_key[PATH_MAX], dest_key[PATH_MAX], dir[PATH_MAX];
	int have_tmp, have_tmp_key;
} job;

/* --- paths --------------------------------------------------------------- */

/* The folder of path into dir ("." when it has none) and its last part into
 * *base (pointing into path). */
static int split(const char *path, char *dir, size_t n, const char **base)
{
	const char *slash = strrchr(path, '/');

	if (!slash) {
		snprintf(dir, n, ".");
		*base = path;
	} else if (slash == path) {
		snprintf(dir, n, "/");
		*base = slash + 1;
	} else {
		if ((size_t)(slash - path) >= n)
			return vr_error_set(VR_EINPUT, "%s: path too long", path);
		memcpy(dir, path, (size_t)(slash - path));
		dir[slash - path] = '\0';
		*base = slash + 1;
	}
	if (!**base || !strcmp(*base, ".") || !strcmp(*base, ".."))
		return vr_error_set(VR_EINPUT, "%s names a folder: name the backup file, e.g. "
				    "%s/vrtool-backup.db", path, path);
	return 0;
}

/* path with its folder resolved (symbolic links, "..") and its last part
 * kept as given: comparable with another path made the same way. */
static int canonical(const char *path, char *out, size_t n)
{
	char dir[PATH_MAX], real[PATH_MAX];
	const char *base;
	int err;

	if ((err = split(path, dir, sizeof(dir), &base)) < 0)
		return err;
	if (!realpath(dir, real))
		return vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "%s: the folder %s: "
				    "%s", path, dir, strerror(errno));
	if (snprintf(out, n, "%s%s%s", real, strcmp(real, "/") ? "/" : "", base) >= (int)n)
		return vr_error_set(VR_EINPUT, "%s: path too long", path);
	return 0;
}

static int exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}

/* Refuses a destination that is the database or one of its files, by name
 * and, where both exist, by inode (a link or a second name). */
static int check_not_source(const char *db, const char *dest)
{
	static const char *const suffix[] = { "", "-wal", "-shm", "-journal", ".key" };
	char cdb[PATH_MAX], cdest[PATH_MAX], side[PATH_MAX + 16];
	struct stat sd, ss;
	int err, dest_exists;

	if ((err = canonical(db, cdb, sizeof(cdb))) < 0 ||
	    (err = canonical(dest, cdest, sizeof(cdest))) < 0)
		return err;
	dest_exists = stat(dest, &sd) == 0;
	for (size_t i = 0; i < sizeof(suffix) / sizeof(*suffix); i++) {
		snprintf(side, sizeof(side), "%s%s", cdb, suffix[i]);
		if (!strcmp(side, cdest) ||
		    (dest_exists && stat(side, &ss) == 0 && ss.st_dev == sd.st_dev &&
		     ss.st_ino == sd.st_ino))
			return vr_error_set(VR_EINPUT, "%s is %s: a backup goes to another file "
					    "(another disk, ideally)", dest, i == 0 ? "the database "
					    "itself" : "one of the database's own files");
	}
	return 0;
}

/* --- removing what a failed backup made ---------------------------------- */

static void unlink_db_files(const char *path)
{
	static const char *const suffix[] = { "-wal", "-shm", "-journal" };
	char side[PATH_MAX + 16];

	for (size_t i = 0; i < sizeof(suffix) / sizeof(*suffix); i++) {
		snprintf(side, sizeof(side), "%s%s", path, suffix[i]);
		unlink(side);   /* ENOENT is the usual answer */
	}
}

static void cleanup(job *j)
{
	if (j->have_tmp) {
		unlink(j->tmp);
		unlink_db_files(j->tmp);
		j->have_tmp = 0;
	}
	if (j->have_tmp_key) {
		unlink(j->tmp_key);
		j->have_tmp_key = 0;
	}
}

/* A new empty file, mode 0600, beside dest: ".BASE.backup-XXXXXX". */
static int make_temp(const char *dir, const char *base, const char *what, char *out, size_t n)
{
	int fd;

	if (snprintf(out, n, "%s/.%s.%s-XXXXXX", dir, base, what) >= (int)n)
		return vr_error_set(VR_EINPUT, "%s/%s: path too long", dir, base);
	if ((fd = mkstemp(out)) < 0)
		return vr_error_set(errno == EACCES || errno == EROFS || errno == EPERM ?
				    VR_EINPUT : VR_EIO, "cannot create a temporary file in %s: %s; "
				    "choose a folder you can write to", dir, strerror(errno));
	if (fchmod(fd, 0600) != 0 || close(fd) != 0) {
		int e = errno;
		unlink(out);
		return vr_error_set(VR_EIO, "cannot create a temporary file in %s: %s", dir,
				    strerror(e));
	}
	return 0;
}

static int sync_path(const char *path, int dir)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | (dir ? O_DIRECTORY : 0));

	if (fd < 0)
		return vr_error_set(VR_EIO, "cannot open %s to sync it: %s", path, strerror(errno));
	if (fsync(fd) != 0) {
		int e = errno;
		close(fd);
		return vr_error_set(VR_EIO, "cannot sync %s to disk: %s", path, strerror(e));
	}
	if (close(fd) != 0)
		return vr_error_set(VR_EIO, "cannot sync %s to disk: %s", path, strerror(errno));
	return 0;
}

/* Puts tmp in place as dest: a hard link, which fails when dest exists
 * (no window between a check and a rename), or with force a rename. On a
 * file system without hard links, a check and a rename. */
static int install(const char *tmp, const char *dest, int force)
{
	if (force) {
		if (rename(tmp, dest) != 0)
			return vr_error_set(VR_EIO, "cannot rename the copy to %s: %s", dest,
					    strerror(errno));
		return 0;
	}
	if (link(tmp, dest) == 0) {
		if (unlink(tmp) != 0) {
			int e = errno;
			unlink(dest);
			return vr_error_set(VR_EIO, "cannot remove the temporary name %s: %s", tmp,
					    strerror(e));
		}
		return 0;
	}
	if (errno == EEXIST)
		return vr_error_set(VR_EEXISTS, "%s appeared while the backup was being made; "
				    "choose another name, or --force to replace it", dest);
	if (errno != EPERM && errno != EOPNOTSUPP && errno != ENOSYS && errno != EMLINK)
		return vr_error_set(VR_EIO, "cannot create %s: %s", dest, strerror(errno));
	if (exists(dest))
		return vr_error_set(VR_EEXISTS, "%s appeared while the backup was being made; "
				    "choose another name, or --force to replace it", dest);
	if (rename(tmp, dest) != 0)
		return vr_error_set(VR_EIO, "cannot rename the copy to %s: %s", dest,
				    strerror(errno));
	return 0;
}

/* --- checks on a copy ---------------------------------------------------- */

static int check_schema(const char *path, int version)
{
	if (version != VR_STORE_SCHEMA_VERSION)
		return vr_error_set(VR_EINPUT, "%s has schema version %d, this vrtool has %d: back "
				    "it up with the vrtool that uses it (or open it once with this "
				    "one, which upgrades it)", path, version, VR_STORE_SCHEMA_VERSION);
	return 0;
}

/* The checks through the store: the audit chain replays, what it holds,
 * and with key, that the key file is this database's signing key. path is
 * the file, what how messages name it. */
static int check_store(const char *path, const char *what, const char *key, vr_backup_info *out)
{
	vr_store *s = NULL;
	vr_key *k = NULL;
	vr_audit_result chain;
	char pub[VR_PUBKEY_HEX + 8];
	int err;

	if ((err = vr_store_open(&s, path, VR_STORE_OPEN)) < 0) {
		vr_error_wrap(err, "opening %s: ", what);
		goto done;
	}
	if ((err = vr_audit_verify(s, &chain)) < 0) {
		vr_error_wrap(err, "replaying the audit chain of %s: ", what);
		goto done;
	}
	if (chain.broken) {
		err = vr_error_set(VR_EVERIFY, "the audit chain of %s is broken at %s", what,
				   chain.why);
		goto done;
	}
	out->audit_entries = chain.entries;
	snprintf(out->audit_last, sizeof(out->audit_last), "%s", chain.last);
	if ((err = vr_store_count(s, "person", &out->persons)) < 0 ||
	    (err = vr_store_count(s, "case", &out->cases)) < 0 ||
	    (err = vr_store_count(s, "plan", &out->plans)) < 0 ||
	    (err = vr_store_count(s, "plan_version", &out->versions)) < 0 ||
	    (err = vr_store_count(s, "signature", &out->signatures)) < 0)
		goto done;
	if (key) {
		if ((err = vr_key_load(key, &k)) < 0)
			goto done;
		err = vr_store_get_key(s, vr_key_id(k), pub, sizeof(pub));
		if (err == VR_ENOTFOUND || (err == 0 && strcmp(pub, vr_key_public_hex(k)))) {
			err = vr_error_set(VR_EVERIFY, "the key file %s (key %s) is not a signing key "
					   "of %s", key, vr_key_id(k), what);
			goto done;
		}
		if (err < 0)
			goto done;
		out->key = 1;
	}
done:
	vr_key_free(k);
	vr_store_free(s);
	return err;
}

/* --- copying ------------------------------------------------------------- */

/* The copy as it lies in the temporary file, opened as it is: the store's
 * check of it and its schema version, which must be the source's. */
static int check_copy(job *j, int src_version, vr_backup_info *out)
{
	vr_store *copy = NULL;
	int err, version = 0;

	if ((err = vr_store_open(&copy, j->tmp, VR_STORE_READONLY)) < 0 ||
	    (err = vr_store_check(copy, "the copy", j->db)) < 0 ||
	    (err = vr_store_schema_version(copy, &version)) < 0)
		goto done;
	if (version != src_version) {
		err = vr_error_set(VR_EVERIFY, "the copy has schema version %d, the database %d",
				   version, src_version);
		goto done;
	}
	out->schema_version = version;
done:
	vr_store_free(copy);
	return err;
}

/* Opens the source as it is with a read transaction (one snapshot for the
 * whole copy), copies it into the temporary file and checks the copy. */
static int copy_db(job *j, vr_backup_progress_fn fn, void *ud, vr_backup_info *out)
{
	vr_store *src = NULL;
	int err, version = 0;

	if ((err = vr_store_open(&src, j->db, VR_STORE_READONLY)) < 0 ||
	    (err = vr_store_begin_read(src)) < 0 ||
	    (err = vr_store_schema_version(src, &version)) < 0 ||
	    (err = check_schema(j->db, version)) < 0)
		goto done;
	if ((err = make_temp(j->dir, strrchr(j->dest, '/') ? strrchr(j->dest, '/') + 1 : j->dest,
			     "backup", j->tmp, sizeof(j->tmp))) < 0)
		goto done;
	j->have_tmp = 1;
	if ((err = vr_store_copy(src, j->tmp, fn, ud, &out->pages)) < 0 ||
	    (err = check_copy(j, version, out)) < 0)
		goto done;
	err = vr_store_commit(src);   /* the end of the read transaction */
done:
	vr_store_free(src);
	return err;
}

/* Copies the key file into a temporary file beside dest (0600, synced). */
static int copy_key(job *j, const char *key, const char *base)
{
	unsigned char buf[KEY_MAX];
	ssize_t n;
	size_t len = 0, off = 0;
	int fd = -1, err = 0;

	if ((fd = open(key, O_RDONLY | O_CLOEXEC)) < 0)
		return vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "cannot read the "
				    "signing key %s: %s", key, strerror(errno));
	while ((n = read(fd, buf + len, sizeof(buf) - len)) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || (len += (size_t)n) == sizeof(buf)) {
			err = vr_error_set(VR_EIO, "cannot read the signing key %s: %s", key,
					   n < 0 ? strerror(errno) : "too large for a key file");
			break;
		}
	}
	close(fd);
	fd = -1;
	if (err < 0)
		goto done;
	if ((err = make_temp(j->dir, base, "key", j->tmp_key, sizeof(j->tmp_key))) < 0)
		goto done;
	j->have_tmp_key = 1;
	if ((fd = open(j->tmp_key, O_WRONLY | O_CLOEXEC)) < 0) {
		err = vr_error_set(VR_EIO, "cannot write %s: %s", j->tmp_key, strerror(errno));
		goto done;
	}
	while (off < len) {
		ssize_t w = write(fd, buf + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0) {
			err = vr_error_set(VR_EIO, "cannot write %s: %s", j->tmp_key, strerror(errno));
			goto done;
		}
		off += (size_t)w;
	}
	if (fsync(fd) != 0) {
		err = vr_error_set(VR_EIO, "cannot sync %s: %s", j->tmp_key, strerror(errno));
		goto done;
	}
done:
	if (fd >= 0 && close(fd) != 0 && err == 0)
		err = vr_error_set(VR_EIO, "cannot write %s: %s", j->tmp_key, strerror(errno));
	sodium_memzero(buf, sizeof(buf));
	return err;
}

int vr_backup_create(const char *db, const char *dest, const char *key, int flags,
		     vr_backup_progress_fn fn, void *ud, vr_backup_info *out)
{
	job j;
	struct stat st;
	char side[PATH_MAX + 16];
	const char *base;
	int err;

	memset(&j, 0, sizeof(j));
	memset(out, 0, sizeof(*out));
	j.db = db;
	j.dest = dest;
	/* 1. what must not happen */
	if (vr_store_on_server(db))   /* (its name may not be printed: store.h) */
		return vr_error_set(VR_EINPUT, "the database is on a server, not in a file: back "
				    "it up with the server's own tools (pg_dump, pg_basebackup), or "
				    "make a checked SQLite copy of it with `vrtool copy`; no backup "
				    "was written");
	if (stat(db, &st) != 0) {
		err = vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "no database at %s "
				   "(%s): name it with --db or $VRTOOL_DB", db, strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		err = vr_error_set(VR_EINPUT, "%s is not a regular file", db);
		goto fail;
	}
	if ((err = split(dest, j.dir, sizeof(j.dir), &base)) < 0)
		goto fail;
	if (stat(j.dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
		err = vr_error_set(VR_ENOTFOUND, "the folder %s does not exist; create it first",
				   j.dir);
		goto fail;
	}
	if ((err = check_not_source(db, dest)) < 0)
		goto fail;
	if (stat(dest, &st) == 0 && S_ISDIR(st.st_mode)) {
		err = vr_error_set(VR_EINPUT, "%s is a folder: name the backup file, e.g. "
				   "%s/vrtool-backup.db", dest, dest);
		goto fail;
	}
	if (!(flags & VR_BACKUP_FORCE) && exists(dest)) {
		err = vr_error_set(VR_EEXISTS, "%s exists: choose another name, or --force to "
				   "replace it", dest);
		goto fail;
	}
	if (snprintf(j.dest_key, sizeof(j.dest_key), "%s.key", dest) >= (int)sizeof(j.dest_key)) {
		err = vr_error_set(VR_EINPUT, "%s: path too long", dest);
		goto fail;
	}
	if (key && !(flags & VR_BACKUP_FORCE) && exists(j.dest_key)) {
		err = vr_error_set(VR_EEXISTS, "%s exists: choose another name, or --force to "
				   "replace it", j.dest_key);
		goto fail;
	}
	for (int i = 0; i < 2; i++) {
		snprintf(side, sizeof(side), "%s%s", dest, i ? "-journal" : "-wal");
		if (exists(side)) {
			err = vr_error_set(VR_EINPUT, "%s exists: SQLite would read it together with "
					   "a backup at %s and change it; if it belongs to a database "
					   "that is not in use, remove it, or choose another name",
					   side, dest);
			goto fail;
		}
	}
	/* 2, 3. the copy */
	if ((err = copy_db(&j, fn, ud, out)) < 0)
		goto fail;
	if (key && (err = copy_key(&j, key, base)) < 0)
		goto fail;
	/* 4. verify it as vrtool will read it */
	if ((err = check_store(j.tmp, "the copy", key ? j.tmp_key : NULL, out)) < 0)
		goto fail;
	unlink_db_files(j.tmp);   /* normally gone with the store's last close */
	if (stat(j.tmp, &st) != 0) {
		err = vr_error_set(VR_EIO, "%s: %s", j.tmp, strerror(errno));
		goto fail;
	}
	out->bytes = (long long)st.st_size;
	if (fn && fn(ud, out->pages, out->pages)) {
		err = vr_error_set(VR_EIO, "interrupted");
		goto fail;
	}
	/* 5. in place, durably */
	if ((err = sync_path(j.tmp, 0)) < 0 ||
	    (err = install(j.tmp, dest, flags & VR_BACKUP_FORCE)) < 0)
		goto fail;
	j.have_tmp = 0;
	if (key) {
		if ((err = install(j.tmp_key, j.dest_key, flags & VR_BACKUP_FORCE)) < 0) {
			unlink(dest);
			goto fail;
		}
		j.have_tmp_key = 0;
	}
	if ((err = sync_path(j.dir, 1)) < 0) {
		unlink(dest);
		if (key)
			unlink(j.dest_key);
		goto fail;
	}
	return 0;
fail:
	cleanup(&j);
	{
		char why[1600];
		snprintf(why, sizeof(why), "%s", vr_error_last());
		return vr_error_set(err, "backing up %s to %s: %s; no backup was written", db,
				    dest, why);
	}
}

int vr_backup_verify(const char *path, const char *key, vr_backup_info *out)
{
	vr_store *db = NULL;
	struct stat st;
	int err, version = 0;

	memset(out, 0, sizeof(*out));
	if (stat(path, &st) != 0)
		return vr_error_set(errno == ENOENT ? VR_ENOTFOUND : VR_EIO, "%s: %s", path,
				    strerror(errno));
	if (!S_ISREG(st.st_mode))
		return vr_error_set(VR_EINPUT, "%s is not a regular file", path);
	/* The structure first, as it is: opened to write, the store would
	 * upgrade an older schema. */
	if ((err = vr_store_open(&db, path, VR_STORE_READONLY)) < 0 ||
	    (err = vr_store_schema_version(db, &version)) < 0 ||
	    (err = check_schema(path, version)) < 0 ||
	    (err = vr_store_check(db, path, NULL)) < 0)
		goto done;
	vr_store_free(db);
	db = NULL;
	out->schema_version = version;
	if ((err = check_store(path, path, key, out)) < 0)
		goto done;
	if (stat(path, &st) != 0) {
		err = vr_error_set(VR_EIO, "%s: %s", path, strerror(errno));
		goto done;
	}
	out->bytes = (long long)st.st_size;
done:
	vr_store_free(db);
	return err;
}
