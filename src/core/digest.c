/*
 * digest.c - a plan version's digest, made and checked (digest.h).
 */
#include "core/digest.h"
#include "core/doc.h"
#include "core/error.h"
#include "core/model.h"

#include <stdlib.h>
#include <string.h>

int vr_plan_digest(const vr_val *plan, char **xml, size_t *len, char digest[VR_DIGEST_HEX])
{
	char *text = NULL;
	size_t n = 0;
	int err = vr_doc_canonical(vr_model_plan(), plan, &text, &n);

	if (err < 0)
		return err;
	if ((err = vr_sign_sha256_hex(text, n, digest)) < 0 || !xml) {
		free(text);
		text = NULL;
	}
	if (xml)
		*xml = text;
	if (len)
		*len = err < 0 ? 0 : n;
	return err;
}

int vr_plan_digest_check(const char *xml, const char *digest, int canonical, const char *what)
{
	char now[VR_DIGEST_HEX], *canon = NULL;
	vr_val *plan = NULL;
	vr_diags d = VR_DIAGS_INIT;
	size_t len;
	int err;

	if ((err = vr_sign_sha256_hex(xml, strlen(xml), now)) < 0)
		return err;
	if (strcmp(now, digest) != 0)
		return vr_error_set(VR_EVERIFY, "%s%sthe stored plan no longer has this digest: "
				    "its content changed", what ? what : "", what ? ": " : "");
	if (!canonical)
		return 0;
	if (vr_doc_parse(xml, strlen(xml), what ? what : "plan", vr_model_plan(), &plan, &d) < 0 ||
	    vr_doc_canonical(vr_model_plan(), plan, &canon, &len) < 0 || strcmp(canon, xml) != 0)
		err = vr_error_set(VR_EVERIFY, "%s%sthe stored plan is not the canonical form of "
				   "its content", what ? what : "", what ? ": " : "");
	vr_diags_free(&d);
	vr_val_free(plan);
	free(canon);
	return err;
}
