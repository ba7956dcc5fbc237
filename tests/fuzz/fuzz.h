/*
 * fuzz.h - what the fuzz targets share: the libFuzzer entry point's
 * prototype, the source tree's path, and a check that stops the run.
 *
 * Each tests/fuzz/fuzz_<target>.c defines LLVMFuzzerTestOneInput. Built with
 * clang -fsanitize=fuzzer (make fuzz) libFuzzer drives it; built with the
 * normal compiler and replay.c (make test) it is fed every committed input
 * once. A target keeps no state from one input to the next: everything it
 * allocates is freed before it returns, so LeakSanitizer and valgrind see a
 * leak as a leak.
 */
#ifndef VR_FUZZ_H
#define VR_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/diag.h"
#include "core/error.h"

#ifndef VR_SRCDIR
#define VR_SRCDIR "."
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A property that must hold for every input; a broken one is a finding, so
 * it aborts (libFuzzer keeps the input, replay reports the file). */
#define FUZZ_CHECK(cond, what)                                                   \
	do {                                                                     \
		if (!(cond)) {                                                   \
			fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", what, \
				__FILE__, __LINE__);                             \
			abort();                                                 \
		}                                                                \
	} while (0)

/* Says why a canonical form did not read back, before the check fails. */
static inline void fuzz_explain(const char *xml, const vr_diags *d)
{
	fprintf(stderr, "canonical form: %.2000s\nerror: %s\n", xml, vr_error_last());
	for (size_t i = 0; i < d->n; i++)
		fprintf(stderr, "  %s: line %d: %s\n", d->items[i].path, d->items[i].line,
			d->items[i].msg);
}

#endif
