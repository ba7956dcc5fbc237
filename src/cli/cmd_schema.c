/*
 * cmd_schema.c - `vrtool schema`: print the XSD the data model implies.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/doc.h"
#include "core/model.h"

#include <stdio.h>
#include <string.h>

static void print_field(const char *path, const vr_field *f, void *ud)
{
	(void)ud;
	printf("%-48s %s%s", path, f->type == VR_T_ENUM ? "one of:" : vr_model_type_name(f->type),
	       f->flags & VR_F_REQUIRED ? " (required)" : "");
	if (f->type == VR_T_ENUM)
		for (const char *const *e = f->values; *e; e++)
			printf(" %s", *e);
	printf("\n");
}

static int run(vr_cli *c)
{
	vr_buf b = VR_BUF_INIT;

	if (c->nargs == 1 && strcmp(c->args[0], "fields") == 0) {
		vr_model_walk(vr_model_casefile(), print_field, NULL);
		return EXIT_OK;
	}
	if (c->nargs)
		return vr_cli_usage(&vr_cmd_schema, "the only argument is `fields`");
	vr_doc_xsd(&b);
	if (!vr_buf_ok(&b)) {
		fprintf(stderr, "vrtool schema: out of memory\n");
		return EXIT_INTERNAL;
	}
	fputs(vr_buf_cstr(&b), stdout);
	vr_buf_free(&b);
	return EXIT_OK;
}

const vr_cmd vr_cmd_schema = {
	.name = "schema", .run = run,
	.summary = "print the XML schema (XSD) of vrtool documents, or every field of the model",
	.forms = (const char *const[]){ "[fields]", NULL },
};
