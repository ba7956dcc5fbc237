/*
 * cmd_diff.c - `vrtool diff PLAN V1 V2`: what an amendment changed.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/diff.h"
#include "core/error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	vr_buf *json;
	size_t n;
} out;

static void show(vr_buf *b, const vr_val *v)
{
	if (!v)
		vr_buf_puts(b, "(none)");
	else
		vr_val_to_json(b, v, -1);
}

static void on_diff(const char *path, const vr_val *from, const vr_val *to, void *ud)
{
	out *o = ud;
	vr_buf b = VR_BUF_INIT;

	if (o->json) {
		vr_buf_puts(o->json, o->n++ ? ",{\"path\":" : "{\"path\":");
		vr_buf_json_str(o->json, path, strlen(path));
		vr_buf_printf(o->json, ",\"change\":\"%s\",\"from\":",
			      !from ? "added" : !to ? "removed" : "changed");
		vr_val_to_json(o->json, from, -1);
		vr_buf_puts(o->json, ",\"to\":");
		vr_val_to_json(o->json, to, -1);
		vr_buf_putc(o->json, '}');
		return;
	}
	if (!from) {
		vr_buf_printf(&b, "+ %s: ", path);
		show(&b, to);
	} else if (!to) {
		vr_buf_printf(&b, "- %s: ", path);
		show(&b, from);
	} else {
		vr_buf_printf(&b, "~ %s: ", path);
		show(&b, from);
		vr_buf_puts(&b, " -> ");
		show(&b, to);
	}
	puts(vr_buf_cstr(&b));
	vr_buf_free(&b);
	o->n++;
}

static int version_arg(const char *s, int *v)
{
	char *end;
	long n = strtol(s, &end, 10);
	if (*end || n < 1 || n > 1000000)
		return -1;
	*v = (int)n;
	return 0;
}

static int run(vr_cli *c)
{
	vr_store *s = NULL;
	vr_store_version_row r1, r2;
	vr_val *a = NULL, *b = NULL;
	vr_buf json = VR_BUF_INIT;
	out o = { NULL, 0 };
	int v1, v2, err, got1 = 0, got2 = 0;

	if (c->nargs != 3 || version_arg(c->args[1], &v1) < 0 || version_arg(c->args[2], &v2) < 0)
		return vr_cli_usage(&vr_cmd_diff, "name a plan and two version numbers");
	if ((err = vr_app_open(&c->app, VR_STORE_OPEN, &s)) < 0 ||
	    (err = vr_store_get_version(s, c->args[0], v1, &r1)) < 0)
		goto done;
	got1 = 1;
	if ((err = vr_store_get_version(s, c->args[0], v2, &r2)) < 0)
		goto done;
	got2 = 1;
	if ((err = vr_app_read_plan(&r1, &a)) < 0 ||
	    (err = vr_app_read_plan(&r2, &b)) < 0)
		goto done;
	if (c->json) {
		o.json = &json;
		vr_buf_printf(&json, "{\"plan\":");
		vr_buf_json_str(&json, r1.plan_id, strlen(r1.plan_id));
		vr_buf_printf(&json, ",\"from\":%d,\"to\":%d,\"changes\":[", v1, v2);
	} else {
		printf("plan %s: version %d (%.12s) -> version %d (%.12s)\n", r1.plan_id, v1,
		       r1.digest, v2, r2.digest);
	}
	vr_val_diff(a, b, on_diff, &o);
	if (c->json) {
		err = vr_cli_print_buf(&json, "]}\n");
	} else {
		printf("%zu change(s)\n", o.n);
	}
done:
	vr_buf_free(&json);
	vr_val_free(a);
	vr_val_free(b);
	if (got1)
		vr_store_version_row_free(&r1);
	if (got2)
		vr_store_version_row_free(&r2);
	vr_store_free(s);
	return err < 0 ? vr_cli_fail("diff", err) : EXIT_OK;
}

const vr_cmd vr_cmd_diff = {
	.name = "diff", .run = run,
	.summary = "show what changed between two versions of a plan, field by field",
	.forms = (const char *const[]){ "PLAN V1 V2", NULL },
	.shared = { [VR_SO_JSON] = VR_SO_ALL, [VR_SO_DB] = VR_SO_ALL },
};
