/*
 * replay.c - runs a fuzz target without libFuzzer, for `make test`: every
 * file in tests/fuzz/corpus/<target>/ and tests/fuzz/crashes/<target>/, and
 * in the fixture folders tests/fuzz/<target>.seeds names, is fed once to
 * LLVMFuzzerTestOneInput. Built with the normal compiler (and
 * so also under make asan and make valgrind), it keeps the inputs that
 * once crashed from crashing again. A file that crashes takes the process
 * down with it (the suite fails); the closing line is the "N passed, N
 * failed" that tests/run-all.sh reads. Arguments, if any, are the files or
 * folders to feed instead.
 */
#include "fuzz.h"

#include <dirent.h>
#include <string.h>
#include <sys/stat.h>

#ifndef FUZZ_TARGET
#error "build with -DFUZZ_TARGET=\"name\""
#endif

static int passed, failed;

static void feed_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = NULL;
	long n;

	if (!f || fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET) != 0 || !(buf = malloc((size_t)n + 1)) ||
	    fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "%s: cannot read\n", path);
		failed++;
	} else {
		/* an exact-size copy, so an over-read is caught as libFuzzer
		 * would catch it */
		unsigned char *exact = malloc(n ? (size_t)n : 1);
		if (!exact) {
			failed++;
		} else {
			memcpy(exact, buf, (size_t)n);
			printf("  %s\n", path);
			fflush(stdout);
			LLVMFuzzerTestOneInput(exact, (size_t)n);
			free(exact);
			passed++;
		}
	}
	free(buf);
	if (f)
		fclose(f);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every regular file in dir, in name order; a missing dir is empty. */
static void feed_dir(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0;

	if (!d)
		return;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		if (n == cap) {
			char **p = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof(*p));
			if (!p)
				break;
			names = p;
		}
		if (!(names[n] = malloc(strlen(dir) + strlen(e->d_name) + 2)))
			break;
		sprintf(names[n++], "%s/%s", dir, e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), cmp);
	for (size_t i = 0; i < n; i++) {
		struct stat st;
		if (stat(names[i], &st) == 0 && S_ISREG(st.st_mode))
			feed_file(names[i]);
		free(names[i]);
	}
	free(names);
}

/* The fixture folders that seed the target (one per line, # comments). */
static void feed_seeds(void)
{
	FILE *f = fopen(VR_SRCDIR "/tests/fuzz/" FUZZ_TARGET ".seeds", "r");
	char line[512], dir[1024];

	if (!f)
		return;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\r\n")] = '\0';
		if (!*line || *line == '#')
			continue;
		snprintf(dir, sizeof(dir), "%s/%s", VR_SRCDIR, line);
		feed_dir(dir);
	}
	fclose(f);
}

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (int i = 1; i < argc; i++) {
			struct stat st;
			if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
				feed_dir(argv[i]);
			else
				feed_file(argv[i]);
		}
	} else {
		feed_dir(VR_SRCDIR "/tests/fuzz/corpus/" FUZZ_TARGET);
		feed_dir(VR_SRCDIR "/tests/fuzz/crashes/" FUZZ_TARGET);
		feed_seeds();
	}
	printf("fuzz target %s: every input fed once\n%d passed, %d failed\n", FUZZ_TARGET,
	       passed, failed);
	return failed ? 1 : 0;
}
