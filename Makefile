# vrtool build.
#
# Every dependency is named once, in PKGS, and found through pkg-config; set
# PKGS (and DEB_PKGS for `make deps`) on the command line for other
# distributions. Objects go to $(BUILD); `make asan` builds a sanitized copy in
# build-asan/ and runs the same tests against it.

PKGS     ?= lua5.4 sqlite3 libxml-2.0 libxslt libsodium readline libpq
TEST_PKGS ?= cmocka
DEB_PKGS ?= pkg-config liblua5.4-dev libsqlite3-dev libxml2-dev libxslt1-dev \
            libsodium-dev libcmocka-dev libreadline-dev sqlite3 libxml2-utils python3 bc \
            weasyprint poppler-utils fonts-dejavu-core time strace groff-base \
            libpq-dev postgresql
# Commands the tests use to look at what vrtool wrote, from the outside.
TEST_CMDS ?= sqlite3 xmllint python3 bc weasyprint pdftotext strace groff $(PG_TEST_CMDS)
# The PostgreSQL client and server the e2e tests' second run starts
# (tests/pg/cluster.sh); the server is not on PATH, so it is named by its path.
PG_TEST_CMDS ?= psql /usr/lib/postgresql/*/bin/initdb
PREFIX   ?= /usr/local
BUILD    ?= build
CC       ?= cc
SANITIZE ?=

# Installed data (Lua library, plugins, templates) lives here; the binary also
# finds them beside itself when run from a source tree (see src/host/paths.c).
DATADIR  ?= $(PREFIX)/share/vrtool
MANDIR   ?= $(PREFIX)/share/man

VERSION  := 0.1.0

# Recursive (=) on purpose: evaluated when a recipe runs, i.e. after the
# deps check below has had its chance to install what was missing.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
TEST_LIBS  = $(shell pkg-config --libs $(TEST_PKGS))

CFLAGS   ?= -O2 -g
WARN     := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes \
            -Wmissing-prototypes -Wno-unused-parameter -Wno-format-truncation
ALL_CFLAGS = $(WARN) $(CFLAGS) $(SANITIZE) -D_DEFAULT_SOURCE \
             -DVR_VERSION=\"$(VERSION)\" -DVR_DATADIR=\"$(DATADIR)\" \
             -Isrc $(PKG_CFLAGS)
ALL_LDFLAGS = $(SANITIZE) $(LDFLAGS)

CORE_SRC := $(sort $(wildcard src/core/*.c))
HOST_SRC := $(sort $(wildcard src/host/*.c))
APP_SRC  := $(sort $(wildcard src/app/*.c))
SCRIPT_SRC := $(sort $(wildcard src/script/*.c))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/%.o)
HOST_OBJ := $(HOST_SRC:%.c=$(BUILD)/%.o)
APP_OBJ  := $(APP_SRC:%.c=$(BUILD)/%.o)
SCRIPT_OBJ := $(SCRIPT_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Fuzz targets (tests/fuzz/fuzz_*.c): `make test` replays their committed
# inputs through $(BUILD)/tests/test_fuzz_*; `make fuzz` runs libFuzzer.
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_REPLAY := $(FUZZ_NAMES:%=$(BUILD)/tests/test_fuzz_%)

BIN := $(BUILD)/vrtool
STAMP := $(BUILD)/.deps-ok

.PHONY: all deps demo test test-pg unit e2e plugin-test asan valgrind bench install uninstall clean images \
        fuzz fuzz-build stress

all: $(BIN)

# --- dependencies ---------------------------------------------------------

# Installs whatever pkg-config cannot find, from Debian packages. Root runs
# apt-get directly; anyone else goes through sudo.
deps:
	@if command -v pkg-config >/dev/null 2>&1 && \
	    pkg-config --exists $(PKGS) $(TEST_PKGS) && \
	    ( for c in $(TEST_CMDS); do command -v $$c >/dev/null || exit 1; done ); then \
	    echo "deps: all of $(PKGS) $(TEST_PKGS) $(TEST_CMDS) found"; \
	else \
	    echo "deps: installing $(DEB_PKGS)"; \
	    SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends $(DEB_PKGS) >/dev/null && \
	    pkg-config --exists $(PKGS) $(TEST_PKGS) || \
	    { echo "deps: still missing after install: $(PKGS) $(TEST_PKGS)" >&2; exit 1; }; \
	fi

$(STAMP):
	@mkdir -p $(BUILD)
	@command -v pkg-config >/dev/null 2>&1 && pkg-config --exists $(PKGS) $(TEST_PKGS) \
	    && ( for c in $(TEST_CMDS); do command -v $$c >/dev/null || exit 1; done ) \
	    || $(MAKE) --no-print-directory deps
	@touch $@

# --- build ----------------------------------------------------------------

# `make V=1` shows the full compiler command lines.
Q := $(if $(V),,@)

$(BUILD)/%.o: %.c | $(STAMP)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  CC      $<")
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(BIN): $(CORE_OBJ) $(HOST_OBJ) $(APP_OBJ) $(SCRIPT_OBJ) $(CLI_OBJ)
	$(if $(Q),@echo "  LINK    $@")
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(PKG_LIBS) -lm

# (a unit test may test the command line's own plumbing, cli.c, too)
$(BUILD)/tests/test_%: tests/unit/test_%.c tests/unit/helpers.h $(CORE_OBJ) $(HOST_OBJ) \
		$(APP_OBJ) $(BUILD)/src/cli/cli.o | $(STAMP)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  TEST    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -DVR_SRCDIR=\"$(CURDIR)\" -o $@ $< $(CORE_OBJ) $(HOST_OBJ) \
	    $(APP_OBJ) $(BUILD)/src/cli/cli.o \
	    $(ALL_LDFLAGS) $(PKG_LIBS) $(TEST_LIBS) -lm

# A fuzz target fed its committed corpus and crash inputs once each
# (tests/fuzz/replay.c), with the normal compiler: no libFuzzer needed.
$(BUILD)/tests/test_fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
		$(CORE_OBJ) $(HOST_OBJ) | $(STAMP)
	@mkdir -p $(dir $@)
	$(if $(Q),@echo "  FUZZ    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -DVR_SRCDIR=\"$(CURDIR)\" -DFUZZ_TARGET=\"$*\" -o $@ $< \
	    tests/fuzz/replay.c $(CORE_OBJ) $(HOST_OBJ) $(ALL_LDFLAGS) $(PKG_LIBS) -lm

-include $(CORE_OBJ:.o=.d) $(HOST_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# --- the two commands -----------------------------------------------------

DEMO_DIR := $(BUILD)/demo
demo: $(BIN)
	@sh tests/demo.sh $(BIN) $(DEMO_DIR)

test: $(BIN) $(UNIT_BIN) $(FUZZ_REPLAY)
	@sh tests/run-all.sh $(BUILD)

unit: $(UNIT_BIN) $(FUZZ_REPLAY)
	@sh tests/run-all.sh $(BUILD) unit

# The end-to-end tests on PostgreSQL only (a throwaway cluster, tests/pg/).
test-pg: $(BIN)
	@sh tests/run-all.sh $(BUILD) pg

# Benchmarks: `make bench N=100000` (default 10,000 generated cases).
N ?= 10000
$(BUILD)/bench/gencases: tests/bench/gencases.c | $(STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(WARN) -O2 -o $@ $<

$(BUILD)/bench/sigbench: tests/bench/sigbench.c $(CORE_OBJ) | $(STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(CORE_OBJ) $(ALL_LDFLAGS) $(PKG_LIBS) -lm

$(BUILD)/bench/floors: tests/bench/floors.c | $(STAMP)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $< $(ALL_LDFLAGS) $(PKG_LIBS) -lm

# docs/images/<agency>-<KIND>.png: page 1 of each agency's printed plan,
# rendered from the sample cases (pdftoppm), linked from README.md.
images: $(BIN) | $(STAMP)
	@sh docs/images.sh $(BUILD)

bench: $(BIN) $(BUILD)/bench/gencases $(BUILD)/bench/sigbench $(BUILD)/bench/floors
	@sh tests/bench/bench.sh $(BUILD) $(N)

# The long runs of the reliability tests: 2,000 SIGKILLs during imports,
# signatures, amendments and exports; the concurrency test at 10x; both at
# once; the disk tests (logs in $(BUILD)/stress-logs/). VR_CRASH_KILLS,
# VR_CONC_SCALE and VR_CRASH_SEED change the sizes and the seed.
stress: $(BIN)
	@sh tests/stress/stress.sh $(BUILD)

# AddressSanitizer + UndefinedBehaviorSanitizer over the same test suite.
asan:
	@$(MAKE) --no-print-directory BUILD=build-asan CFLAGS="-O1 -g" \
	    SANITIZE="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" test

valgrind: $(BIN) $(UNIT_BIN) $(FUZZ_REPLAY)
	@VR_VALGRIND=1 sh tests/run-all.sh $(BUILD)

# libFuzzer over the fuzz targets: clang (installed if missing, like `make
# deps`), with AddressSanitizer and UndefinedBehaviorSanitizer, built in
# $(BUILD)/fuzz/; each target runs FUZZ_SECONDS. New inputs go to
# $(BUILD)/fuzz/found/, crashes to $(BUILD)/fuzz/crashes/; the committed
# corpus in tests/fuzz/corpus/ is only read (see tests/fuzz/run.sh).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_SAN     := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

fuzz:
	@command -v $(FUZZ_CC) >/dev/null 2>&1 || { \
	    echo "fuzz: installing clang"; \
	    SUDO=; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends clang >/dev/null; }
	@$(MAKE) --no-print-directory BUILD=$(BUILD)/fuzz CC=$(FUZZ_CC) \
	    CFLAGS="-O1 -g -Wno-unknown-warning-option" \
	    SANITIZE="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" fuzz-build
	@sh tests/fuzz/run.sh $(BUILD)/fuzz $(FUZZ_SECONDS) $(FUZZ_NAMES)

fuzz-build: $(FUZZ_NAMES:%=$(BUILD)/fuzz_%)

$(BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(CORE_OBJ) $(HOST_OBJ) | $(STAMP)
	$(if $(Q),@echo "  LINK    $@")
	$(Q)$(CC) $(ALL_CFLAGS) -DVR_SRCDIR=\"$(CURDIR)\" -fsanitize=fuzzer -o $@ $< \
	    $(CORE_OBJ) $(HOST_OBJ) $(ALL_LDFLAGS) $(PKG_LIBS) -lm

# --- install --------------------------------------------------------------

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	install -m 0755 $(BIN) $(DESTDIR)$(PREFIX)/bin/vrtool
	cp -R lua plugins templates $(DESTDIR)$(DATADIR)/
	install -m 0644 docs/vrtool.1 $(DESTDIR)$(MANDIR)/man1/vrtool.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/vrtool $(DESTDIR)$(MANDIR)/man1/vrtool.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan
