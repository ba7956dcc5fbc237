/*
 * cmd_schema.c - `vrtool schema`: print the XSD the data model implies.
 */
#include "cli/cli.h"
#include "core/buf.h"
#include "core/doc.h"

#include <stdio.h>

static int run(vr_cli *c)
{
	vr_buf b = VR_BUF_INIT;

	if (c->nargs)
		return vr_cli_usage(&vr_cmd_schema, "takes no arguments");
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
	"schema", run, "schema",
	"print the XML schema (XSD) of vrtool documents"
};
