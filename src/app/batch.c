/*
 * batch.c - the files vrtool writes, and batches that write many, over
 * every core. See batch.h.
 *
 *   - A file is made inside a folder opened once, by name, never by a path
 *     (openat, O_NOFOLLOW; no "/" or ".." in a name): vr_app_write_file,
 *     vr_app_write_file_at.
 *   - A batch (export --all, render --all) stages its files under
 *     temporary names and keeps their audit records; the files are named
 *     and the records committed only when the whole run succeeded
 *     (vr_app_batch_*, vr_app_shards_lead).
 *   - An operation over many cases forks a process per core
 *     (vr_app_shards_*), merging their standard output in case order.
 */
#define _GNU_SOURCE /* syncfs, sync_file_range, O_TMPFILE */
#include "app/batch.h"
#include "core/error.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int write_all(int fd, const char *data, size_t len)
{
	size_t off = 0;

	while (off < len) {
		ssize_t n = write(fd, data + off, len - off);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		off += (size_t)n;
	}
	return 0;
}

/* A file of a batch is synced with the others at the batch's end
 * (the batch's folder sync); its writing to disk starts now, so that the sync
 * finds most of it done and the processes of an --all run do not wait on
 * each other's data there. Only a hint: errors show at the sync. */
static void start_writeback(int fd)
{
	(void)sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
}

int vr_app_bad_name(const char *name)
{
	return !*name || strchr(name, '/') || strstr(name, "..") || !strcmp(name, ".");
}

/*
 * Files are made inside a folder opened once (dirfd), by name, never by a
 * path: openat, linkat and renameat relative to the folder, so a name is
 * one entry of it and nothing on the way can lead elsewhere. `dir` only
 * names the folder in messages.
 *
 * stage_at writes data to a new file named tmp ("NAME.tmp-PID") in the
 * folder. It is written with no name first (O_TMPFILE) and linked when
 * whole (and synced, when asked): a kill while it is written leaves
 * nothing. Where the file system has no O_TMPFILE (or /proc is missing,
 * through which the file is linked) the named file is created at once,
 * O_EXCL | O_NOFOLLOW.
 */
static int stage_at(int dirfd, const char *dir, const char *name, const char *data,
		    size_t len, int mode, int sync, char *tmp, size_t ntmp)
{
	char proc[64];
	int fd, e, named = 0;

	if (snprintf(tmp, ntmp, "%s.tmp-%ld", name, (long)getpid()) >= (int)ntmp)
		return vr_error_set(VR_EINPUT, "%s/%s: name too long", dir, name);
	fd = openat(dirfd, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, mode);
	if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
		return vr_error_set(VR_EIO, "cannot write %s/%s: %s; nothing was written", dir,
				    name, strerror(errno));
again:
	if (fd < 0) {
		named = 1;
		if ((fd = openat(dirfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
				 mode)) < 0)
			return vr_error_set(VR_EIO, "cannot create %s/%s: %s", dir, tmp,
					    strerror(errno));
	}
	if (write_all(fd, data, len) < 0 || (sync && fsync(fd) != 0))
		goto fail;
	if (!sync)
		start_writeback(fd);
	if (!named) {
		snprintf(proc, sizeof(proc), "/proc/self/fd/%d", fd);
		if (linkat(AT_FDCWD, proc, dirfd, tmp, AT_SYMLINK_FOLLOW) != 0) {
			if (errno != ENOENT || access("/proc/self/fd", F_OK) == 0)
				goto fail;
			close(fd);
			fd = -1;
			goto again;
		}
		named = 1;
	}
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	return 0;
fail:
	e = errno;
	if (fd >= 0)
		close(fd);
	if (named)
		unlinkat(dirfd, tmp, 0);
	return vr_error_set(VR_EIO, "cannot write %s/%s: %s; nothing was written", dir, name,
			    strerror(e));
}

/* Gives the staged file tmp its name. A symbolic link already there is
 * refused, not replaced: someone put it there, and it is theirs to look at
 * (a link put there after this look is replaced by rename, never followed). */
static int publish_at(int dirfd, const char *dir, const char *tmp, const char *name)
{
	struct stat st;

	if (fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
		return vr_error_set(VR_EIO, "cannot write %s/%s: it is a symbolic link, which "
				    "vrtool neither follows nor replaces; remove it and run the "
				    "command again", dir, name);
	if (renameat(dirfd, tmp, dirfd, name) != 0)
		return vr_error_set(VR_EIO, "cannot write %s/%s: %s", dir, name, strerror(errno));
	return 0;
}

static int write_at(int dirfd, const char *dir, const char *name, const char *data,
		    size_t len, int mode, int sync)
{
	char tmp[NAME_MAX + 1];
	int err;

	if ((err = stage_at(dirfd, dir, name, data, len, mode, sync, tmp, sizeof(tmp))) < 0)
		return err;
	if ((err = publish_at(dirfd, dir, tmp, name)) < 0) {
		unlinkat(dirfd, tmp, 0);
		return err;
	}
	if (sync && fsync(dirfd) != 0)
		return vr_error_set(VR_EIO, "cannot flush %s to disk: %s", dir, strerror(errno));
	return 0;
}

int vr_app_dir_open(const char *dir, int create, int *fd)
{
	if (create && mkdir(dir, 0700) != 0 && errno != EEXIST)
		return vr_error_set(VR_EIO, "cannot create %s: %s", dir, strerror(errno));
	if ((*fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return vr_error_set(VR_EIO, "cannot open the folder %s: %s", dir, strerror(errno));
	return 0;
}

int vr_app_write_file_at(int dirfd, const char *dir, const char *name, const char *data,
			 size_t len, int mode)
{
	if (vr_app_bad_name(name))
		return vr_error_set(VR_EINPUT, "cannot write '%s' in %s: a file name vrtool makes "
				    "holds no '/' and no \"..\"", name, dir);
	return write_at(dirfd, dir, name, data, len, mode, 1);
}

/* A path the user gave: its folder, then the file in it (the folder's own
 * path is the user's to choose, links and all). */
static int write_file(const char *path, const char *data, size_t len, int mode, int sync)
{
	char dir[PATH_MAX];
	const char *slash, *name;
	int dirfd, err;

	slash = strrchr(path, '/');
	name = slash ? slash + 1 : path;
	if (!slash)
		snprintf(dir, sizeof(dir), ".");
	else if (snprintf(dir, sizeof(dir), "%.*s", slash == path ? 1 : (int)(slash - path),
			  path) >= (int)sizeof(dir))
		return vr_error_set(VR_EINPUT, "%s: path too long", path);
	if (!*name || !strcmp(name, ".") || !strcmp(name, ".."))
		return vr_error_set(VR_EINPUT, "%s: name a file, not a folder", path);
	if ((dirfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return vr_error_set(VR_EIO, "cannot write %s: %s; nothing was written", path,
				    strerror(errno));
	err = write_at(dirfd, slash ? dir : ".", name, data, len, mode, sync);
	close(dirfd);
	return err;
}

int vr_app_write_file(const char *path, const char *data, size_t len, int mode)
{
	return write_file(path, data, len, mode, 1);
}

/* --- batches of files with their audit records (batch.h) ------------------ */

static void staged_free(vr_app_staged *a, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(a[i].tmp);
		free(a[i].name);
		free(a[i].object);
		free(a[i].detail);
	}
	free(a);
}

/* Removes the staged files [from, n) and the published ones [0, from). */
static void staged_remove(int dirfd, const vr_app_staged *a, size_t n, size_t from)
{
	for (size_t i = 0; i < n; i++)  /* best effort: the error is already reported */
		(void)unlinkat(dirfd, i < from ? a[i].name : a[i].tmp, 0);
}

/*
 * Publishes a run's staged files: their data to disk (syncfs on the
 * folder), then each its name, then the folder synced, then their audit
 * records in one transaction. Any failure removes them all, so a run
 * leaves every file with its audit record or nothing. (A crash between the
 * names and the commit leaves files without a record, never a record
 * without its file.)
 */
static int publish_all(vr_store *s, int dirfd, const char *dir, const char *action,
		       const vr_app_staged *a, size_t n)
{
	size_t i;
	int err;

	if (syncfs(dirfd) != 0) {
		err = vr_error_set(VR_EIO, "cannot flush %s to disk: %s", dir, strerror(errno));
		staged_remove(dirfd, a, n, 0);
		return err;
	}
	for (i = 0; i < n; i++)
		if ((err = publish_at(dirfd, dir, a[i].tmp, a[i].name)) < 0) {
			staged_remove(dirfd, a, n, i);
			return err;
		}
	if (fsync(dirfd) != 0) {
		err = vr_error_set(VR_EIO, "cannot flush %s to disk: %s", dir, strerror(errno));
		staged_remove(dirfd, a, n, n);
		return err;
	}
	if ((err = vr_store_begin(s)) < 0) {
		staged_remove(dirfd, a, n, n);
		return err;
	}
	for (i = 0; i < n && err == 0; i++)
		err = vr_store_audit(s, vr_app_actor(), action, a[i].object, a[i].detail);
	if (err == 0)
		err = vr_store_commit(s);
	if (err < 0) {
		vr_store_rollback(s);
		staged_remove(dirfd, a, n, n);
	}
	return err;
}

int vr_app_batch_open(vr_app_batch *b, vr_store *s, const char *dir, const char *action)
{
	memset(b, 0, sizeof(*b));
	b->dirfd = -1;
	b->s = s;
	b->dir = dir;
	b->action = action;
	return vr_app_dir_open(dir, 1, &b->dirfd);
}

static int send_staged(const vr_app_batch *b);

int vr_app_batch_end(vr_app_batch *b, int err)
{
	if (err == 0 && b->n) {
		/* a process of a run: the lead publishes every process's files, or
		 * none (vr_app_shards_lead); alone: publish them here */
		err = vr_app_sharded() ? send_staged(b)
				       : publish_all(b->s, b->dirfd, b->dir, b->action, b->items, b->n);
		if (err == 0)
			b->done += (long long)b->n;
	} else if (err < 0) {
		staged_remove(b->dirfd, b->items, b->n, 0);
	}
	staged_free(b->items, b->n);
	b->items = NULL;
	b->n = b->cap = 0;
	if (b->dirfd >= 0)
		close(b->dirfd);
	b->dirfd = -1;
	return err;
}

int vr_app_batch_write(vr_app_batch *b, const char *object, const char *detail,
		       const char *name, const char *data, size_t len)
{
	char tmp[NAME_MAX + 1];
	vr_app_staged *it;
	int err;

	if (vr_app_bad_name(name))
		return vr_error_set(VR_EINPUT, "cannot write '%s' in %s: a file name vrtool makes "
				    "holds no '/' and no \"..\"", name, b->dir);
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		vr_app_staged *grown = realloc(b->items, cap * sizeof(*grown));
		if (!grown)
			return vr_error_set(VR_ENOMEM, "out of memory");
		b->items = grown;
		b->cap = cap;
	}
	if ((err = stage_at(b->dirfd, b->dir, name, data, len, 0600, 0, tmp, sizeof(tmp))) < 0)
		return err;
	it = &b->items[b->n];
	it->tmp = strdup(tmp);
	it->name = strdup(name);
	it->object = strdup(object);
	it->detail = strdup(detail);
	if (!it->tmp || !it->name || !it->object || !it->detail) {
		free(it->tmp);
		free(it->name);
		free(it->object);
		free(it->detail);
		(void)unlinkat(b->dirfd, tmp, 0);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	b->n++;
	return 0;
}

/* --- batch commands over every core (batch.h) ----------------------------- */

static int shard_index, shard_count = 1, shard_fd = -1, shard_ordered, shard_broken,
	   shard_child;
static long long shard_seen;

/* In the lead of an --all run that writes files: what its processes
 * staged (vr_app_batch_end sends it, shards_start collects it) and their
 * ids, whose temporary files end in ".tmp-PID". */
static vr_app_staged *lead_staged;
static size_t lead_nstaged;
static pid_t lead_pids[64];
static int lead_npids;

/* A process's staged files, to the lead: tmp, name, object and detail of
 * each, each string ended by a NUL (none holds one). The sums that
 * vr_app_shards_finish sends after them hold no NUL. */
static int send_staged(const vr_app_batch *b)
{
	for (size_t i = 0; i < b->n; i++) {
		const char *f[4] = { b->items[i].tmp, b->items[i].name, b->items[i].object,
				     b->items[i].detail };
		for (int j = 0; j < 4; j++)
			if (write_all(shard_fd, f[j], strlen(f[j]) + 1) < 0)
				return vr_error_set(VR_EIO, "handing the files written on to the "
						    "lead process: %s", strerror(errno));
	}
	return 0;
}

/* Reads a process's pipe to its end: the staged records into lead_staged,
 * the sums after them into sums. */
static int take_staged(int fd, long long *sums, int nsums)
{
	vr_buf b = VR_BUF_INIT;
	char chunk[8192];
	const char *p, *end, *f[4];
	ssize_t k;
	int err = 0;

	for (;;) {
		k = read(fd, chunk, sizeof(chunk));
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			break;
		vr_buf_put(&b, chunk, (size_t)k);
	}
	vr_buf_putc(&b, '\0');
	if (!vr_buf_ok(&b)) {
		vr_buf_free(&b);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	p = b.ptr;
	end = p + b.len - 1;
	for (;;) {
		const char *q = p;
		int j;
		for (j = 0; j < 4 && q < end; j++) {
			const char *nul = memchr(q, '\0', (size_t)(end - q));
			if (!nul)
				break;
			f[j] = q;
			q = nul + 1;
		}
		if (j < 4)
			break;
		{
			vr_app_staged *grown = realloc(lead_staged, (lead_nstaged + 1) * sizeof(*grown));
			if (!grown) {
				err = vr_error_set(VR_ENOMEM, "out of memory");
				break;
			}
			lead_staged = grown;
			grown[lead_nstaged].tmp = strdup(f[0]);
			grown[lead_nstaged].name = strdup(f[1]);
			grown[lead_nstaged].object = strdup(f[2]);
			grown[lead_nstaged].detail = strdup(f[3]);
			lead_nstaged++;
			if (!grown[lead_nstaged - 1].tmp || !grown[lead_nstaged - 1].name ||
			    !grown[lead_nstaged - 1].object || !grown[lead_nstaged - 1].detail) {
				err = vr_error_set(VR_ENOMEM, "out of memory");
				break;
			}
		}
		p = q;
	}
	{
		char *at = (char *)p;
		for (int i = 0; i < nsums; i++)
			sums[i] += strtoll(at, &at, 10);
	}
	vr_buf_free(&b);
	return err;
}

int vr_app_shard_mine(void)
{
	return shard_seen++ % shard_count == shard_index && !shard_broken;
}

int vr_app_shard_child(void)
{
	return !shard_child ? 0 : shard_broken ? -1 : 1;
}

int vr_app_sharded(void)
{
	return shard_count > 1;
}

int vr_app_shard_progress(void)
{
	return shard_index == 0 ? shard_count : 0;
}

/*
 * An ordered command's processes write their standard output into pipes,
 * a NUL byte after each case they take (text output never holds one). The
 * parent reads the pipes in turn, one case from each, the order in which
 * vr_app_shard_mine dealt the cases out, and copies them to its own output:
 * the output of one process, in the same order, with memory that does not
 * grow (a process waits while its pipe is full).
 */
typedef struct {
	char buf[8192];
	size_t off, len;
	int done;
} shard_out;

static int merge_outputs(const int *outs, int n)
{
	shard_out *o = calloc((size_t)n, sizeof(*o));
	int open = n, err = 0;

	if (!o)
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (int i = 0; open > 0; i = (i + 1) % n) {
		shard_out *h = &o[i];
		int end = 0;
		while (!h->done && !end) {
			char *nul;
			size_t k;
			if (h->off == h->len) {
				ssize_t got = read(outs[i], h->buf, sizeof(h->buf));
				if (got < 0 && errno == EINTR)
					continue;
				if (got <= 0) {
					h->done = 1;
					open--;
					break;
				}
				h->off = 0;
				h->len = (size_t)got;
			}
			nul = memchr(h->buf + h->off, '\0', h->len - h->off);
			k = nul ? (size_t)(nul - (h->buf + h->off)) : h->len - h->off;
			if (fwrite(h->buf + h->off, 1, k, stdout) != k && err == 0)
				err = vr_error_set(VR_EIO, "writing the output: %s", strerror(errno));
			h->off += k + (nul != NULL);
			end = nul != NULL;
		}
	}
	free(o);
	if (fflush(stdout) != 0 && err == 0)
		err = vr_error_set(VR_EIO, "writing the output: %s", strerror(errno));
	return err;
}

static int shards_start(long long *sums, int nsums, int ordered, int *rc)
{
	const char *env = getenv("VRTOOL_JOBS");
	long n = env && *env ? strtol(env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
	pid_t pids[64];
	int fds[64], outs[64], started = 0, worst = 0, failed = 0;

	for (int i = 0; i < nsums; i++)
		sums[i] = 0;
	*rc = 0;
	if (n > 64)
		n = 64;
	if (n <= 1)
		return 0;
	if (fflush(NULL) != 0)
		return 0;
	for (int i = 0; i < n; i++) {
		int p[2], o[2] = { -1, -1 };
		if (pipe(p) != 0)
			break;
		if (ordered && pipe(o) != 0) {
			close(p[0]);
			close(p[1]);
			break;
		}
		if ((pids[i] = fork()) < 0) {
			close(p[0]);
			close(p[1]);
			if (ordered) {
				close(o[0]);
				close(o[1]);
			}
			break;
		}
		if (pids[i] == 0) {
			for (int j = 0; j < started; j++) {
				close(fds[j]);
				if (ordered)
					close(outs[j]);
			}
			close(p[0]);
			if (ordered) {
				close(o[0]);
				if (dup2(o[1], STDOUT_FILENO) < 0)
					shard_broken = 1;   /* takes no case; main exits it */
				close(o[1]);
			}
			shard_index = i;
			shard_count = (int)n;
			shard_fd = p[1];
			shard_child = 1;
			shard_ordered = ordered;
			return 0;
		}
		close(p[1]);
		fds[i] = p[0];
		if (ordered) {
			close(o[1]);
			outs[i] = o[0];
		}
		started++;
	}
	if (started < n) { /* could not start them all: stop those that did, work alone */
		for (int i = 0; i < started; i++) {
			kill(pids[i], SIGTERM);
			waitpid(pids[i], NULL, 0);
			close(fds[i]);
			if (ordered)
				close(outs[i]);
		}
		return 0;
	}
	if (ordered && merge_outputs(outs, started) < 0)
		failed = 1;     /* vr_error_last says why */
	lead_npids = 0;
	for (int i = 0; i < started; i++) {
		int st = 0;
		if (take_staged(fds[i], sums, nsums) < 0)
			failed = 1;
		close(fds[i]);
		if (ordered)
			close(outs[i]);
		lead_pids[lead_npids++] = pids[i];
		if (waitpid(pids[i], &st, 0) < 0 || !WIFEXITED(st)) {
			failed = 1;
			vr_error_set(VR_EINTERNAL, "a process of the run did not finish");
			continue;
		}
		if (WEXITSTATUS(st) > worst)
			worst = WEXITSTATUS(st);
	}
	*rc = failed ? -1 : worst;
	return 1;
}

int vr_app_shards_ordered(long long *sums, int nsums, int *rc)
{
	return shards_start(sums, nsums, 1, rc);
}

void vr_app_shard_case_end(void)
{
	if (shard_ordered)
		fputc('\0', stdout);
	fflush(stdout);
}

/* Removes what the processes of a failed run left in the folder: the
 * files they staged, and the temporary files of one that died while it
 * wrote ("NAME.tmp-PID"). */
static void lead_remove(int dirfd)
{
	DIR *d;
	struct dirent *e;
	int fd2;

	staged_remove(dirfd, lead_staged, lead_nstaged, 0);
	if ((fd2 = dup(dirfd)) < 0 || !(d = fdopendir(fd2))) {
		if (fd2 >= 0)
			close(fd2);
		return;
	}
	while ((e = readdir(d))) {
		const char *t = strstr(e->d_name, ".tmp-");
		for (int i = 0; t && i < lead_npids; i++) {
			char pid[32];
			snprintf(pid, sizeof(pid), ".tmp-%ld", (long)lead_pids[i]);
			if (!strcmp(t, pid))
				(void)unlinkat(dirfd, e->d_name, 0);
		}
	}
	closedir(d);
}

int vr_app_shards_lead(const vr_app *a, const char *dir, const char *action,
		       vr_app_lead *out)
{
	long long sums[2];   /* files, plans left out (their plugin failed) */
	vr_store *s = NULL;
	int dirfd = -1, err = 0;

	memset(out, 0, sizeof(*out));
	if (!shards_start(sums, 2, 0, &out->rc))
		return 0;
	out->skipped = sums[1];
	if ((err = vr_app_dir_open(dir, 0, &dirfd)) < 0) {
		out->err = err;
		goto done;
	}
	out->opened = 1;
	if (out->rc == 0) {
		/* every process did its part: their files and records, at once */
		if ((err = vr_app_open(a, VR_STORE_OPEN, &s)) < 0 ||
		    (err = publish_all(s, dirfd, dir, action, lead_staged, lead_nstaged)) < 0) {
			out->err = err;
			lead_remove(dirfd);
		} else {
			out->published = lead_nstaged;
		}
	} else {
		lead_remove(dirfd);
	}
done:
	if (dirfd >= 0)
		close(dirfd);
	vr_store_free(s);
	staged_free(lead_staged, lead_nstaged);
	lead_staged = NULL;
	lead_nstaged = 0;
	return 1;
}

void vr_app_shards_finish(const long long *sums, int nsums, int rc)
{
	char buf[256];
	int n = 0;

	if (shard_fd < 0)
		return;
	for (int i = 0; i < nsums && n < (int)sizeof(buf) - 24; i++)
		n += snprintf(buf + n, sizeof(buf) - (size_t)n, "%lld ", sums[i]);
	if (fflush(stdout) != 0 && rc == 0)
		shard_broken = 1;
	if (write(shard_fd, buf, (size_t)n) != n && rc == 0)
		shard_broken = 1;
	close(shard_fd);
	shard_fd = -2;   /* done: main() ends the process (vr_app_shard_child) */
	(void)rc;
}

void vr_app_shards_end(long long done, int rc)
{
	vr_app_shards_finish(&done, 1, rc);
}
