/*
 * fuzz_val.c - the binary value decoder of the plugin socket
 * (vr_val_decode): any message decodes or is refused without a crash, and
 * what decodes encodes to a message that decodes to the same encoding (a
 * fixed point: a repeated key or a key with a NUL in it is normalised once,
 * never again).
 */
#include "fuzz.h"
#include "core/buf.h"
#include "core/val.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	vr_val *v = NULL, *back = NULL;
	vr_buf b = VR_BUF_INIT, b2 = VR_BUF_INIT;

	if (vr_val_decode(data, size, &v) < 0) {
		FUZZ_CHECK(!v, "a refused message leaves no value");
		return 0;
	}
	vr_val_encode(&b, v);
	FUZZ_CHECK(vr_buf_ok(&b), "a value encodes");
	FUZZ_CHECK(vr_val_decode(b.ptr, b.len, &back) == 0, "an encoded value decodes");
	vr_val_encode(&b2, back);
	FUZZ_CHECK(vr_buf_ok(&b2) && b.len == b2.len && !memcmp(b.ptr, b2.ptr, b.len),
		   "and encodes to the same bytes again");
	vr_buf_free(&b);
	vr_buf_free(&b2);
	vr_val_free(v);
	vr_val_free(back);
	return 0;
}
