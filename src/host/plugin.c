/*
 * plugin.c - agency plugins, each in a worker process; see plugin.h.
 *
 * Why a process: the count hook that bounds a plugin's Lua code cannot
 * reach into a C function, and a backtracking string pattern can keep one
 * C call busy for hours; a plugin can also hit a bug in C that crashes.
 * So each plugin's runtime (runtime.h) runs in a child process, forked
 * when the plugin is first needed. The host sends it one request per call
 * and waits at most a fixed time for the answer; a worker that does not
 * answer in time is killed, one that dies is reaped, and either way the
 * call becomes one finding naming the plugin and the rule that was running
 * (the worker writes the rule's id into a page shared with the host), and
 * the next call starts a fresh worker. The Lua budgets (sandbox.h) still
 * stop ordinary loops and allocations inside the worker, with exact
 * messages, long before the host's clock runs out.
 *
 * Messages are a 4-byte length and a body, over a Unix socket pair. A
 * request's body is framed fields (split_request: the operation, the
 * person, case and plan in vr_val's binary form, as_of, ctx.summary), so
 * that a stored value goes out as the bytes the store holds and into Lua
 * straight from them (runtime.c); an answer is a value, { ok, result |
 * error, rule }. The first message from a worker is its plugin's
 * declarations ({ ok, meta } or { ok = false, error }).
 *
 * A worker keeps no descriptor of its parent's but its own socket: not
 * the database, and not another worker's socket, which would keep that
 * worker from seeing its end when the host closes it.
 */
#include "host/plugin.h"
#include "core/buf.h"
#include "core/error.h"
#include "host/runtime.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SLOT_LEN 128
#define LOAD_TIMEOUT_MS 10000
#define CALL_TIMEOUT_MS 5000

typedef struct {
	char *kind;
	vr_role_req *reqs[2];
	size_t nreqs[2];
	size_t nsigners[2];   /* reqs[w][0..nsigners) are signers, the rest approvals */
} kind_policy;

struct vr_plugin {
	char *id, *name, *version, *dir;
	int nrules;
	vr_val *meta;
	kind_policy *kinds;
	size_t nkinds;
	pid_t pid;              /* the worker, or 0 */
	int fd;                 /* our end of its socket, or -1 */
	char *slot;             /* shared with the worker: the rule running */
	vr_val *summary;        /* ctx.summary, or NULL */
	vr_buf summary_enc;     /* its encoding, made once for every call */
};

/* --- messages --------------------------------------------------------- */

static long now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static int timeout_ms(int fallback)
{
	const char *e = getenv("VRTOOL_PLUGIN_TIMEOUT_MS");
	int v = e ? atoi(e) : 0;
	return v > 0 ? v : fallback;
}

static int send_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static int send_msg(int fd, const vr_val *v)
{
	vr_buf b = VR_BUF_INIT;
	uint32_t len;
	int rc;

	vr_buf_put(&b, "\0\0\0\0", 4);
	vr_val_encode(&b, v);
	if (!vr_buf_ok(&b) || b.len - 4 > UINT32_MAX) {
		vr_buf_free(&b);
		return -1;
	}
	len = (uint32_t)(b.len - 4);
	memcpy(b.ptr, &len, 4);
	rc = send_all(fd, b.ptr, b.len);
	vr_buf_free(&b);
	return rc;
}

/* Reads exactly n bytes, waiting until `deadline` (ms, -1: forever).
 * Returns 0, 1 on timeout, -1 on end of file or error. */
static int recv_all(int fd, char *p, size_t n, long deadline)
{
	while (n) {
		struct pollfd pf = { fd, POLLIN, 0 };
		int wait = deadline < 0 ? -1 : (int)(deadline - now_ms());
		int r;
		ssize_t got;

		if (deadline >= 0 && wait <= 0)
			return 1;
		r = poll(&pf, 1, wait);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		if (r == 0)
			return 1;
		got = recv(fd, p, n, 0);
		if (got < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			return -1;
		}
		if (got == 0)
			return -1;
		p += got;
		n -= (size_t)got;
	}
	return 0;
}

/* One message's bytes (caller frees *body). */
static int recv_raw(int fd, long deadline, char **body, uint32_t *len)
{
	int rc;

	*body = NULL;
	if ((rc = recv_all(fd, (char *)len, 4, deadline)) != 0)
		return rc;
	if (*len > (64u << 20) || !(*body = malloc(*len ? *len : 1)))
		return -1;
	if ((rc = recv_all(fd, *body, *len, deadline)) != 0) {
		free(*body);
		*body = NULL;
	}
	return rc;
}

static int recv_msg(int fd, long deadline, vr_val **out)
{
	uint32_t len;
	char *body;
	int rc;

	*out = NULL;
	if ((rc = recv_raw(fd, deadline, &body, &len)) == 0 && vr_val_decode(body, len, out) < 0)
		rc = -1;
	free(body);
	return rc;
}

/*
 * A request, as vr_plugin_call_docs frames it: 'R', then seven fields, each
 * a u32 length and its bytes: the operation, the person, the case and the
 * plan (vr_val_encode's form), as_of, ctx.summary (encoded) and the plan's
 * lifecycle (encoded; empty when the plan stands alone). The
 * documents go into Lua straight from these bytes (vr_runtime_call).
 */
enum { F_OP, F_PERSON, F_CASE, F_PLAN, F_ASOF, F_SUMMARY, F_LIFE, F_N };

static int split_request(const char *body, size_t len, vr_runtime_doc f[F_N])
{
	const char *p = body + 1, *end = body + len;

	if (len < 1 || body[0] != 'R')
		return -1;
	for (int i = 0; i < F_N; i++) {
		uint32_t n;
		if ((size_t)(end - p) < 4)
			return -1;
		memcpy(&n, p, 4);
		p += 4;
		if ((size_t)(end - p) < n)
			return -1;
		f[i].enc = p;
		f[i].len = n;
		p += n;
	}
	return p == end && f[F_OP].len < 64 && f[F_ASOF].len < 64 ? 0 : -1;
}

int vr_plugin_read_request(const void *body, size_t len, char op[64], char as_of[64],
			   vr_runtime_doc docs[5])
{
	vr_runtime_doc f[F_N];

	if (split_request(body, len, f) < 0)
		return -1;
	memcpy(op, f[F_OP].enc, f[F_OP].len);
	op[f[F_OP].len] = '\0';
	memcpy(as_of, f[F_ASOF].enc, f[F_ASOF].len);
	as_of[f[F_ASOF].len] = '\0';
	/* the documents in the order vr_runtime_call takes them */
	docs[0] = f[F_PERSON];
	docs[1] = f[F_CASE];
	docs[2] = f[F_PLAN];
	docs[3] = f[F_SUMMARY];
	docs[4] = f[F_LIFE];
	return 0;
}

static vr_val *reply(int ok, const char *key, vr_val *v)
{
	vr_val *r = vr_val_obj();
	if (r) {
		vr_val_obj_set(r, "ok", vr_val_bool(ok));
		vr_val_obj_set(r, key, v);
	}
	return r;
}

/* --- the worker ------------------------------------------------------- */

static void worker_main(int fd, const char *id, char *slot)
{
	vr_runtime *rt = NULL;
	vr_val *r;
	char why[2048], *body;
	uint32_t len;

	if (vr_runtime_load(&rt, id, slot, SLOT_LEN) < 0) {
		r = reply(0, "error", vr_val_str(vr_error_last()));
		send_msg(fd, r);
		_exit(0);
	}
	r = reply(1, "meta", vr_val_copy(vr_runtime_meta(rt)));
	if (!r || send_msg(fd, r) < 0)
		_exit(1);
	vr_val_free(r);
	/* The rules of a call must end, and the worker answer with those that
	 * finished, before the host stops waiting and the answer is lost. */
	vr_runtime_set_call_ms(rt, (long)timeout_ms(CALL_TIMEOUT_MS) * 4 / 5);
	while (recv_raw(fd, -1, &body, &len) == 0) {
		vr_val *result = NULL;
		vr_runtime_doc docs[5];
		char op[64], as_of[64];
		int rc = -1;

		if (vr_plugin_read_request(body, len, op, as_of, docs) == 0) {
			rc = vr_runtime_call(rt, op, docs, as_of, &result, why, sizeof(why));
		} else {
			snprintf(why, sizeof(why), "plugin %s: a request that does not read", id);
		}
		if (rc == 0) {
			r = reply(1, "result", result);
		} else {
			r = reply(0, "error", vr_val_str(why));
			if (r && slot[0])
				vr_val_obj_set(r, "rule", vr_val_str(slot));
		}
		free(body);
		if (!r || send_msg(fd, r) < 0)
			_exit(1);
		vr_val_free(r);
	}
	_exit(0);
}

static void stop_worker(vr_plugin *p, int hung)
{
	if (p->fd >= 0 && p->pid > 0 && !hung) {
		/* A worker between calls exits at the end of its socket (so a
		 * profiler sees it end): say so, and wait for its end to close,
		 * at most 200 ms; a hung one, or one that does not end by then,
		 * is killed. */
		struct pollfd pf = { p->fd, POLLIN, 0 };
		char c;
		if (shutdown(p->fd, SHUT_WR) == 0)
			while (poll(&pf, 1, 200) == 1 && recv(p->fd, &c, 1, 0) > 0)
				;
	}
	if (p->fd >= 0)
		close(p->fd);
	p->fd = -1;
	if (p->pid > 0) {
		if (hung || waitpid(p->pid, NULL, WNOHANG) != p->pid) {
			kill(p->pid, SIGKILL);
			while (waitpid(p->pid, NULL, 0) < 0 && errno == EINTR)
				;
		}
	}
	p->pid = 0;
}

/* Forks a worker for p->id and reads its first message into *hello. */
/* In a new worker: closes every descriptor above stderr but `keep`. */
static void close_inherited(int keep)
{
	DIR *d = opendir("/proc/self/fd");
	struct dirent *e;

	if (!d) {
		for (int fd = 3; fd < 1024; fd++)
			if (fd != keep)
				close(fd);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		int fd = atoi(e->d_name);
		if (fd > 2 && fd != keep && fd != dirfd(d))
			close(fd);
	}
	closedir(d);
}

static int start_worker(vr_plugin *p, vr_val **hello)
{
	int sv[2], rc, status;
	pid_t pid;

	*hello = NULL;
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) < 0)
		return vr_error_set(VR_EIO, "cannot start plugin %s: %s", p->id, strerror(errno));
	fflush(NULL);
	if ((pid = fork()) < 0) {
		close(sv[0]);
		close(sv[1]);
		return vr_error_set(VR_EIO, "cannot start plugin %s: %s", p->id, strerror(errno));
	}
	if (pid == 0) {
		close_inherited(sv[1]);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		worker_main(sv[1], p->id, p->slot);
	}
	close(sv[1]);
	p->pid = pid;
	p->fd = sv[0];
	p->slot[0] = '\0';
	rc = recv_msg(p->fd, now_ms() + timeout_ms(LOAD_TIMEOUT_MS), hello);
	if (rc == 0)
		return 0;
	if (rc == 1) {
		stop_worker(p, 1);
		return vr_error_set(VR_EPLUGIN, "plugin %s did not finish loading within %d ms "
				    "and was stopped", p->id, timeout_ms(LOAD_TIMEOUT_MS));
	}
	close(p->fd);
	p->fd = -1;
	while (waitpid(p->pid, &status, 0) < 0 && errno == EINTR)
		;
	p->pid = 0;
	return vr_error_set(VR_EPLUGIN, "plugin %s crashed while loading (%s %d)", p->id,
			    WIFSIGNALED(status) ? "signal" : "exit status",
			    WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
}

/* --- declarations ----------------------------------------------------- */

static void free_reqs(vr_role_req *r, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		for (size_t j = 0; j < r[i].n; j++)
			free((char *)r[i].roles[j]);
		free((void *)r[i].roles);
	}
	free(r);
}

/* Appends the requirements in list (lists of alternative roles) to *r. */
static int add_reqs(const vr_val *list, vr_role_req **r, size_t *n)
{
	for (size_t i = 0; i < vr_val_len(list); i++) {
		const vr_val *alts = vr_val_at(list, i);
		vr_role_req *grown = realloc(*r, (*n + 1) * sizeof(**r));
		const char **roles;

		if (!grown)
			return VR_ENOMEM;
		*r = grown;
		if (!(roles = calloc(vr_val_len(alts) + 1, sizeof(*roles))))
			return VR_ENOMEM;
		(*r)[*n].roles = roles;
		(*r)[*n].n = 0;
		(*n)++;
		for (size_t j = 0; j < vr_val_len(alts); j++) {
			const vr_val *role = vr_val_at(alts, j);
			if (role->type != VR_VSTR || !(roles[j] = strdup(role->u.s.s)))
				return VR_ENOMEM;
			(*r)[*n - 1].n++;
		}
	}
	return 0;
}

static int read_meta(vr_plugin *p)
{
	const vr_val *kinds = vr_val_get(p->meta, "kinds"), *rules = vr_val_get(p->meta, "rules");

	if (!(p->name = strdup(vr_val_gets(p->meta, "name") ? vr_val_gets(p->meta, "name") : "")) ||
	    !(p->version = strdup(vr_val_gets(p->meta, "version") ? vr_val_gets(p->meta, "version") : "")) ||
	    !(p->dir = strdup(vr_val_gets(p->meta, "dir") ? vr_val_gets(p->meta, "dir") : "")))
		return vr_error_set(VR_ENOMEM, "out of memory");
	p->nrules = rules && rules->type == VR_VINT ? (int)rules->u.i : 0;
	if (!(p->kinds = calloc(vr_val_len(kinds) + 1, sizeof(*p->kinds))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	for (size_t i = 0; i < vr_val_len(kinds); i++) {
		kind_policy *kp = &p->kinds[p->nkinds++];
		const vr_val *k = vr_val_at(kinds, i);
		const vr_val *am = vr_val_get(k, "amendment");
		if (!(kp->kind = strdup(vr_val_key(kinds, i))) ||
		    add_reqs(vr_val_get(k, "signers"), &kp->reqs[0], &kp->nreqs[0]) < 0)
			return vr_error_set(VR_ENOMEM, "out of memory");
		kp->nsigners[0] = kp->nreqs[0];
		if (add_reqs(vr_val_get(k, "approvals"), &kp->reqs[0], &kp->nreqs[0]) < 0 ||
		    add_reqs(vr_val_get(am, "signers"), &kp->reqs[1], &kp->nreqs[1]) < 0)
			return vr_error_set(VR_ENOMEM, "out of memory");
		kp->nsigners[1] = kp->nreqs[1];
		if (add_reqs(vr_val_get(am, "approvals"), &kp->reqs[1], &kp->nreqs[1]) < 0)
			return vr_error_set(VR_ENOMEM, "out of memory");
	}
	return 0;
}

int vr_plugin_load(vr_plugin **out, const char *id)
{
	vr_plugin *p;
	vr_val *hello = NULL;
	int err;

	*out = NULL;
	if (!(p = calloc(1, sizeof(*p))) || !(p->id = strdup(id))) {
		free(p);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	p->fd = -1;
	p->slot = mmap(NULL, SLOT_LEN, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (p->slot == MAP_FAILED) {
		p->slot = NULL;
		err = vr_error_set(VR_EIO, "cannot start plugin %s: %s", id, strerror(errno));
		goto fail;
	}
	if ((err = start_worker(p, &hello)) < 0)
		goto fail;
	if (!vr_val_get(hello, "ok") || !vr_val_get(hello, "ok")->u.b) {
		err = vr_error_set(VR_EPLUGIN, "%s", vr_val_gets(hello, "error") ?
				   vr_val_gets(hello, "error") : "plugin failed to load");
		if (strstr(vr_error_last(), "no plugin '"))
			err = VR_ENOTFOUND;
		goto fail;
	}
	if (!(p->meta = vr_val_take(hello, "meta")) || (err = read_meta(p)) < 0) {
		err = err < 0 ? err : vr_error_set(VR_EPLUGIN, "plugin %s sent no declarations", id);
		goto fail;
	}
	vr_val_free(hello);
	*out = p;
	return 0;
fail:
	vr_val_free(hello);
	vr_plugin_free(p);
	return err;
}

void vr_plugin_free(vr_plugin *p)
{
	if (!p)
		return;
	stop_worker(p, 0);
	if (p->slot)
		munmap(p->slot, SLOT_LEN);
	for (size_t i = 0; i < p->nkinds; i++) {
		free(p->kinds[i].kind);
		free_reqs(p->kinds[i].reqs[0], p->kinds[i].nreqs[0]);
		free_reqs(p->kinds[i].reqs[1], p->kinds[i].nreqs[1]);
	}
	free(p->kinds);
	vr_val_free(p->meta);
	vr_val_free(p->summary);
	vr_buf_free(&p->summary_enc);
	free(p->id);
	free(p->name);
	free(p->version);
	free(p->dir);
	free(p);
}

void vr_plugin_set_summary(vr_plugin *p, vr_val *summary)
{
	vr_val_free(p->summary);
	p->summary = summary;
	vr_buf_free(&p->summary_enc);
}

const vr_val *vr_plugin_summary(const vr_plugin *p)
{
	return p->summary;
}

const char *vr_plugin_id(const vr_plugin *p) { return p->id; }
const char *vr_plugin_name(const vr_plugin *p) { return p->name; }
const char *vr_plugin_version(const vr_plugin *p) { return p->version; }
const char *vr_plugin_dir(const vr_plugin *p) { return p->dir; }
int vr_plugin_rule_count(const vr_plugin *p) { return p->nrules; }
const vr_val *vr_plugin_meta(const vr_plugin *p) { return p->meta; }

static const kind_policy *kind_of(const vr_plugin *p, const char *kind)
{
	for (size_t i = 0; i < p->nkinds; i++)
		if (strcmp(p->kinds[i].kind, kind) == 0)
			return &p->kinds[i];
	vr_error_set(VR_EINPUT, "plugin %s has no plan kind '%s'", p->id, kind);
	return NULL;
}

int vr_plugin_requirements(const vr_plugin *p, const char *kind, int amendment,
			   const vr_role_req **reqs, size_t *n)
{
	const kind_policy *k = kind_of(p, kind);
	if (!k)
		return VR_EINPUT;
	*reqs = k->reqs[amendment ? 1 : 0];
	*n = k->nreqs[amendment ? 1 : 0];
	return 0;
}

int vr_plugin_kind_dynamic(const vr_plugin *p, const char *kind)
{
	const vr_val *k = vr_val_get(vr_val_get(p->meta, "kinds"), kind);
	const vr_val *dyn = vr_val_get(k, "dynamic");
	return dyn && dyn->type == VR_VBOOL && dyn->u.b;
}

int vr_plugin_approvals(const vr_plugin *p, const char *kind, int amendment,
			const vr_role_req **reqs, size_t *n)
{
	const kind_policy *k = kind_of(p, kind);
	int w = amendment ? 1 : 0;
	if (!k)
		return VR_EINPUT;
	*reqs = k->reqs[w] + k->nsigners[w];
	*n = k->nreqs[w] - k->nsigners[w];
	return 0;
}

/* --- calls ------------------------------------------------------------ */

/* Appends one field of a request: its length, then its bytes (split_request). */
static void put_field(vr_buf *b, const void *p, size_t n)
{
	uint32_t len = (uint32_t)n;
	vr_buf_put(b, (const char *)&len, 4);
	vr_buf_put(b, p, n);
}

/* Appends a value as a field, encoding it in place. */
static void put_val_field(vr_buf *b, const vr_val *v)
{
	size_t at = b->len;
	uint32_t len;

	vr_buf_put(b, "\0\0\0\0", 4);
	vr_val_encode(b, v);
	if (vr_buf_ok(b)) {
		len = (uint32_t)(b->len - at - 4);
		memcpy(b->ptr + at, &len, 4);
	}
}

int vr_plugin_call_docs(vr_plugin *p, const char *op, const vr_plugin_doc docs[VR_PLUGIN_NDOCS],
			const char *as_of, vr_val **out, char *rule, size_t rulelen)
{
	/* The request (split_request): the documents are copied as the bytes
	 * the caller holds (a stored value) or encoded in place, and the
	 * summary, the same for every call of a run, is encoded once. */
	vr_val *ans = NULL;
	vr_buf b = VR_BUF_INIT;
	int rc, status = 0, limit = timeout_ms(CALL_TIMEOUT_MS);
	uint32_t len;

	*out = NULL;
	rule[0] = '\0';
	if (!p->summary_enc.len)
		vr_val_encode(&p->summary_enc, p->summary);
	vr_buf_put(&b, "\0\0\0\0R", 5);
	put_field(&b, op, strlen(op));
	for (int i = 0; i < 3; i++) {
		if (docs[i].enc)
			put_field(&b, docs[i].enc, docs[i].len);
		else
			put_val_field(&b, docs[i].v);
	}
	put_field(&b, as_of, strlen(as_of));
	put_field(&b, p->summary_enc.ptr, p->summary_enc.len);
	if (docs[3].enc)
		put_field(&b, docs[3].enc, docs[3].len);
	else if (docs[3].v)
		put_val_field(&b, docs[3].v);
	else
		put_field(&b, "", 0);
	if (!vr_buf_ok(&p->summary_enc) || !vr_buf_ok(&b)) {
		vr_buf_free(&p->summary_enc);
		vr_buf_free(&b);
		return vr_error_set(VR_ENOMEM, "out of memory");
	}
	len = (uint32_t)(b.len - 4);
	memcpy(b.ptr, &len, 4);
	if (p->fd < 0) {
		vr_val *hello = NULL;
		int err = start_worker(p, &hello);
		vr_val_free(hello);
		if (err < 0) {
			vr_buf_free(&b);
			return VR_EPLUGIN;
		}
	}
	p->slot[0] = '\0';
	if (send_all(p->fd, b.ptr, b.len) < 0)
		rc = -1;
	else
		rc = recv_msg(p->fd, now_ms() + limit, &ans);
	vr_buf_free(&b);
	if (rc == 0) {
		const vr_val *ok = vr_val_get(ans, "ok");
		if (ok && ok->type == VR_VBOOL && ok->u.b) {
			*out = vr_val_take(ans, "result");
			vr_val_free(ans);
			return *out ? 0 : vr_error_set(VR_EPLUGIN, "plugin %s sent no result", p->id);
		}
		snprintf(rule, rulelen, "%s", vr_val_gets(ans, "rule") ? vr_val_gets(ans, "rule") : "");
		vr_error_set(VR_EPLUGIN, "%s", vr_val_gets(ans, "error") ? vr_val_gets(ans, "error")
					       : "the plugin failed");
		vr_val_free(ans);
		return VR_EPLUGIN;
	}
	/* No answer: the worker hung in C, or died. */
	snprintf(rule, rulelen, "%s", p->slot);
	if (rc == 1) {
		stop_worker(p, 1);
		return vr_error_set(VR_EPLUGIN, "plugin %s exceeded its time budget (stopped after "
				    "%d ms)%s%s", p->id, limit, *rule ? " in rule " : "", rule);
	}
	close(p->fd);
	p->fd = -1;
	while (waitpid(p->pid, &status, 0) < 0 && errno == EINTR)
		;
	p->pid = 0;
	return vr_error_set(VR_EPLUGIN, "plugin %s crashed (%s %d)%s%s", p->id,
			    WIFSIGNALED(status) ? "signal" : "exit status",
			    WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status),
			    *rule ? " in rule " : "", rule);
}

int vr_plugin_call(vr_plugin *p, const char *op, const vr_val *person, const vr_val *kase,
		   const vr_val *plan, const vr_val *life, const char *as_of, vr_val **out,
		   char *rule, size_t rulelen)
{
	vr_plugin_doc docs[VR_PLUGIN_NDOCS] = { { person, NULL, 0 }, { kase, NULL, 0 },
						{ plan, NULL, 0 }, { life, NULL, 0 } };
	return vr_plugin_call_docs(p, op, docs, as_of, out, rule, rulelen);
}

int vr_plugin_check(vr_plugin *p, const vr_val *person, const vr_val *kase,
		    const vr_val *plan, const vr_val *life, const char *as_of, vr_findings *out)
{
	vr_plugin_doc docs[VR_PLUGIN_NDOCS] = { { person, NULL, 0 }, { kase, NULL, 0 },
						{ plan, NULL, 0 }, { life, NULL, 0 } };
	return vr_plugin_check_docs(p, docs, vr_val_gets(plan, "id"), as_of, out);
}

int vr_plugin_check_docs(vr_plugin *p, const vr_plugin_doc docs[VR_PLUGIN_NDOCS],
			 const char *plan_id,
			 const char *as_of, vr_findings *out)
{
	vr_val *list = NULL;
	char rule[SLOT_LEN], text[2300];
	int err = 0;

	if (vr_plugin_call_docs(p, "check", docs, as_of, &list, rule, sizeof(rule)) < 0) {
		snprintf(text, sizeof(text), "%s; the plan was not fully checked", vr_error_last());
		return vr_findings_add(out, p->id, *rule ? rule : "plugin", "error", "content", "", text,
				       "plan", plan_id);
	}
	for (size_t i = 0; i < vr_val_len(list) && err == 0; i++) {
		const vr_val *f = vr_val_at(list, i);
		err = vr_findings_add(out, p->id, vr_val_gets(f, "rule"), vr_val_gets(f, "severity"),
				      vr_val_gets(f, "class"), vr_val_gets(f, "cite"), vr_val_gets(f, "message"),
				      vr_val_gets(f, "path"), plan_id);
	}
	vr_val_free(list);
	return err;
}

/* --- the set of loaded plugins ---------------------------------------- */

struct vr_plugins {
	struct slot { char *id; vr_plugin *p; int err; char *msg; } *s;
	size_t n, cap;
};

int vr_plugins_new(vr_plugins **out)
{
	if (!(*out = calloc(1, sizeof(**out))))
		return vr_error_set(VR_ENOMEM, "out of memory");
	return 0;
}

void vr_plugins_free(vr_plugins *ps)
{
	if (!ps)
		return;
	for (size_t i = 0; i < ps->n; i++) {
		free(ps->s[i].id);
		free(ps->s[i].msg);
		vr_plugin_free(ps->s[i].p);
	}
	free(ps->s);
	free(ps);
}

int vr_plugins_get(vr_plugins *ps, const char *id, vr_plugin **out)
{
	struct slot *sl;
	size_t i;

	*out = NULL;
	for (i = 0; i < ps->n; i++)
		if (strcmp(ps->s[i].id, id) == 0)
			break;
	if (i == ps->n) {
		if (ps->n == ps->cap) {
			size_t cap = ps->cap ? ps->cap * 2 : 8;
			struct slot *s = realloc(ps->s, cap * sizeof(*s));
			if (!s)
				return vr_error_set(VR_ENOMEM, "out of memory");
			ps->s = s;
			ps->cap = cap;
		}
		sl = &ps->s[ps->n];
		memset(sl, 0, sizeof(*sl));
		if (!(sl->id = strdup(id)))
			return vr_error_set(VR_ENOMEM, "out of memory");
		sl->err = vr_plugin_load(&sl->p, id);
		if (sl->err < 0)
			sl->msg = strdup(vr_error_last());
		ps->n++;
	}
	sl = &ps->s[i];
	if (sl->err < 0)
		return vr_error_set(sl->err, "%s", sl->msg ? sl->msg : "plugin failed");
	*out = sl->p;
	return 0;
}
