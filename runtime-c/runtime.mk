# runtime.mk: builds runtime-c/ into static libraries; included by the top-level Makefile.
#
#   make runtime          build/runtime/libkiln.a (+ libkiln-re.a when regexp.c exists)
#   make runtime-asan     the same under -fsanitize=address,undefined
#   make test-runtime     every test/runtime/*_test.c against both libraries
#   make bench-runtime    the runtime micro-benchmark
#
# A program links:  $(RUNTIME_LIB) [$(RUNTIME_RE_LIB) -lonig] $(RUNTIME_LIBS)

RUNTIME_DIR      := runtime-c
RUNTIME_BUILD    := build/runtime
RUNTIME_ASAN     := build/runtime-asan
RUNTIME_CC       ?= cc
RUNTIME_CFLAGS   := -O2 -g -std=gnu11 -Wall -Wextra -Wno-unused-parameter -fno-strict-aliasing -I$(RUNTIME_DIR)
RUNTIME_ASAN_CFLAGS := $(filter-out -O2,$(RUNTIME_CFLAGS)) -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
RUNTIME_LIBS     := -l:libgc.a -l:libgmp.a -lm -lpthread -ldl
RUNTIME_RE_LIBS  := -lonig

# regexp*.c go to libkiln-re.a (the Regexp library and its helpers), the rest to libkiln.a
RUNTIME_SRCS     := $(filter-out $(RUNTIME_DIR)/regexp%.c,$(wildcard $(RUNTIME_DIR)/*.c))
RUNTIME_HDRS     := $(wildcard $(RUNTIME_DIR)/*.h)
RUNTIME_OBJS     := $(patsubst $(RUNTIME_DIR)/%.c,$(RUNTIME_BUILD)/%.o,$(RUNTIME_SRCS))
RUNTIME_ASAN_OBJS := $(patsubst $(RUNTIME_DIR)/%.c,$(RUNTIME_ASAN)/%.o,$(RUNTIME_SRCS))
RUNTIME_LIB      := $(RUNTIME_BUILD)/libkiln.a
RUNTIME_ASAN_LIB := $(RUNTIME_ASAN)/libkiln.a

RUNTIME_RE_SRC   := $(wildcard $(RUNTIME_DIR)/regexp.c)
RUNTIME_RE_OBJS  := $(patsubst $(RUNTIME_DIR)/%.c,%.o,$(wildcard $(RUNTIME_DIR)/regexp*.c))
RUNTIME_RE_LIB   := $(if $(RUNTIME_RE_SRC),$(RUNTIME_BUILD)/libkiln-re.a)
RUNTIME_ASAN_RE_LIB := $(if $(RUNTIME_RE_SRC),$(RUNTIME_ASAN)/libkiln-re.a)

RUNTIME_TESTS    := $(wildcard test/runtime/*_test.c)

.PHONY: runtime runtime-asan test-runtime bench-runtime

runtime: $(RUNTIME_LIB) $(RUNTIME_RE_LIB)
runtime-asan: $(RUNTIME_ASAN_LIB) $(RUNTIME_ASAN_RE_LIB)

$(RUNTIME_BUILD)/%.o: $(RUNTIME_DIR)/%.c $(RUNTIME_HDRS)
	@mkdir -p $(@D)
	$(RUNTIME_CC) $(RUNTIME_CFLAGS) -c $< -o $@

$(RUNTIME_ASAN)/%.o: $(RUNTIME_DIR)/%.c $(RUNTIME_HDRS)
	@mkdir -p $(@D)
	$(RUNTIME_CC) $(RUNTIME_ASAN_CFLAGS) -c $< -o $@

$(RUNTIME_LIB): $(RUNTIME_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(RUNTIME_ASAN_LIB): $(RUNTIME_ASAN_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(RUNTIME_BUILD)/libkiln-re.a: $(addprefix $(RUNTIME_BUILD)/,$(RUNTIME_RE_OBJS))
	@rm -f $@
	ar rcs $@ $^

$(RUNTIME_ASAN)/libkiln-re.a: $(addprefix $(RUNTIME_ASAN)/,$(RUNTIME_RE_OBJS))
	@rm -f $@
	ar rcs $@ $^

# Each test binary links only libkiln.a (plus libkiln-re.a and -lonig for
# regexp_test.c).  Boehm GC scans the stack conservatively, which ASan's
# leak checker and fake stacks confuse: detect_leaks=0, detect_stack_use_after_return=0.
RUNTIME_ASAN_ENV := ASAN_OPTIONS=detect_leaks=0:detect_stack_use_after_return=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

define runtime_test_rule
$(RUNTIME_BUILD)/tests/$(1): test/runtime/$(1).c $(RUNTIME_LIB) $(RUNTIME_RE_LIB) test/runtime/harness.h $(RUNTIME_HDRS)
	@mkdir -p $$(@D)
	$(RUNTIME_CC) $(RUNTIME_CFLAGS) -Itest/runtime $$< -o $$@ $(RUNTIME_LIB) $(if $(findstring regexp,$(1)),$(RUNTIME_RE_LIB) $(RUNTIME_RE_LIBS)) $(RUNTIME_LIBS)
$(RUNTIME_ASAN)/tests/$(1): test/runtime/$(1).c $(RUNTIME_ASAN_LIB) $(RUNTIME_ASAN_RE_LIB) test/runtime/harness.h $(RUNTIME_HDRS)
	@mkdir -p $$(@D)
	$(RUNTIME_CC) $(RUNTIME_ASAN_CFLAGS) -Itest/runtime $$< -o $$@ $(RUNTIME_ASAN_LIB) $(if $(findstring regexp,$(1)),$(RUNTIME_ASAN_RE_LIB) $(RUNTIME_RE_LIBS)) $(RUNTIME_LIBS)
endef
$(foreach t,$(RUNTIME_TESTS),$(eval $(call runtime_test_rule,$(basename $(notdir $(t))))))

# link_check.c, linked as programs are (libkiln-re.a first, --as-needed -lonig):
# without Regexp it must not need libonig; with kn_use_regexp it must.
RUNTIME_PROGRAM_LINK = $(RUNTIME_RE_LIB) $(RUNTIME_LIB) $(RUNTIME_LIBS) -Wl,--as-needed $(RUNTIME_RE_LIBS)
$(RUNTIME_BUILD)/tests/link_noregexp: test/runtime/link_check.c $(RUNTIME_LIB) $(RUNTIME_RE_LIB) test/runtime/harness.h $(RUNTIME_HDRS)
	@mkdir -p $(@D)
	$(RUNTIME_CC) $(RUNTIME_CFLAGS) -Itest/runtime $< -o $@ $(RUNTIME_PROGRAM_LINK)
$(RUNTIME_BUILD)/tests/link_regexp: test/runtime/link_check.c $(RUNTIME_LIB) $(RUNTIME_RE_LIB) test/runtime/harness.h $(RUNTIME_HDRS)
	@mkdir -p $(@D)
	$(RUNTIME_CC) $(RUNTIME_CFLAGS) -DKN_USE_REGEXP -Itest/runtime $< -o $@ $(RUNTIME_PROGRAM_LINK)

RUNTIME_TEST_BINS := $(foreach t,$(RUNTIME_TESTS),$(RUNTIME_BUILD)/tests/$(basename $(notdir $(t))))
RUNTIME_ASAN_TEST_BINS := $(foreach t,$(RUNTIME_TESTS),$(RUNTIME_ASAN)/tests/$(basename $(notdir $(t))))

test-runtime: $(RUNTIME_TEST_BINS) $(RUNTIME_ASAN_TEST_BINS) $(if $(RUNTIME_RE_LIB),$(RUNTIME_BUILD)/tests/link_noregexp $(RUNTIME_BUILD)/tests/link_regexp)
	@fail=0; \
	for t in $(RUNTIME_TEST_BINS); do \
	  echo "== $$t"; (cd test/runtime && ../../$$t) || fail=1; \
	done; \
	for t in $(RUNTIME_ASAN_TEST_BINS); do \
	  echo "== $$t (asan+ubsan)"; (cd test/runtime && $(RUNTIME_ASAN_ENV) ../../$$t) || fail=1; \
	done; \
	if [ -n "$(RUNTIME_RE_LIB)" ]; then \
	  echo "== link_noregexp (no libonig)"; $(RUNTIME_BUILD)/tests/link_noregexp || fail=1; \
	  if ldd $(RUNTIME_BUILD)/tests/link_noregexp | grep -q libonig; then echo "link_noregexp links libonig"; fail=1; fi; \
	  echo "== link_regexp (kn_use_regexp)"; $(RUNTIME_BUILD)/tests/link_regexp || fail=1; \
	  if ! ldd $(RUNTIME_BUILD)/tests/link_regexp | grep -q libonig; then echo "link_regexp does not link libonig"; fail=1; fi; \
	fi; \
	test $$fail = 0

$(RUNTIME_BUILD)/bench_runtime: test/runtime/bench_runtime.c $(RUNTIME_LIB)
	@mkdir -p $(@D)
	$(RUNTIME_CC) $(RUNTIME_CFLAGS) $< -o $@ $(RUNTIME_LIB) $(RUNTIME_LIBS)

bench-runtime: $(RUNTIME_BUILD)/bench_runtime
	$(RUNTIME_BUILD)/bench_runtime
