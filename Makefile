# Makefile: set-up, builds, tests and the bootstrap of kiln.
#
#   make setup      install Debian and npm dependencies, then build everything
#   make            build the TypeScript driver and the runtime library
#   make test       run every test suite; the last line counts passes and failures

.DEFAULT_GOAL := all
SHELL := /bin/bash
# Keep every intermediate (AST, IR, C of each round); never leave a half-written target.
.SECONDARY:
.DELETE_ON_ERROR:
NODE := node --disable-warning=ExperimentalWarning
TS_SOURCES := $(shell find stage0 bootstrap test -name '*.ts' ! -name '*.test.ts' 2>/dev/null)

-include runtime-c/runtime.mk

.PHONY: all setup ts test test-ts clean

all: ts runtime build/runtime/link-flags.txt

# What a compiled program links, in order (read by stage0/cc.ts). regexp.o
# comes in only when the program references it, and --as-needed drops
# Oniguruma from programs that do not use Regexp.
build/runtime/link-flags.txt: runtime-c/runtime.mk Makefile
	@mkdir -p $(@D)
	echo "$(RUNTIME_RE_LIB) $(RUNTIME_LIB) $(RUNTIME_LIBS) -Wl,--as-needed $(RUNTIME_RE_LIBS)" > $@

setup:
	./bootstrap/install-deps.sh
	npm ci --no-audit --no-fund --loglevel=error
	$(MAKE) all

ts: build/js/.built

build/js/.built: $(TS_SOURCES) tsconfig.json package-lock.json
	npx tsc -p tsconfig.json
	@touch $@

test: all
	./test/run.sh

test-ts: ts
	npx vitest run

clean:
	rm -rf build

# ---------------------------------------------------------------------------
# The bootstrap (docs/bootstrap.md)
#
#   round 1: stage0 translates stage1's AST to C        -> build/r1/kiln-{analyze,codegen}
#   round 2: the r1 binaries compile stage1             -> build/r2/*.{ir,c}, build/r2/kiln-*
#   round 3: the r2 binaries compile stage1 again       -> build/r3/*.{ir,c}
#   cruby:   CRuby runs stage1/*.rb on the same input   -> build/cruby/*.{ir,c}
# then r2 == r3 (fixpoint) and r2 == cruby (cross-check), byte for byte.
# ---------------------------------------------------------------------------

.PHONY: bootstrap compiler
STAGE1_SOURCES := $(shell find stage1 -name '*.rb' 2>/dev/null)
STAGE1_PROGRAMS := analyze codegen
CC ?= cc
MEASURE := ./bootstrap/measure.sh
# How the compiler's own binaries are built from their C.
COMPILER_CFLAGS := -O2 -g -std=gnu11 -w -Iruntime-c

compiler: $(STAGE1_PROGRAMS:%=build/r2/kiln-%)

bootstrap: $(foreach r,r3 cruby,$(foreach p,$(STAGE1_PROGRAMS),build/$(r)/$(p).c)) ts
	$(NODE) build/js/bootstrap/compare.js

build/ast/%.ast: stage1/%.rb $(STAGE1_SOURCES) build/js/.built
	@mkdir -p $(@D)
	./kiln parse $< -o $@

build/r1/%.c: build/ast/%.ast build/js/.built
	@mkdir -p $(@D)
	$(MEASURE) r1-stage0-$* ./kiln stage0 $< -o $@

build/r2/%.ir: build/ast/%.ast build/r1/kiln-analyze
	@mkdir -p $(@D)
	$(MEASURE) r2-analyze-$* build/r1/kiln-analyze $< $@

build/r2/%.c: build/r2/%.ir build/r1/kiln-codegen
	$(MEASURE) r2-codegen-$* build/r1/kiln-codegen $< $@

build/r3/%.ir: build/ast/%.ast build/r2/kiln-analyze
	@mkdir -p $(@D)
	$(MEASURE) r3-analyze-$* build/r2/kiln-analyze $< $@

build/r3/%.c: build/r3/%.ir build/r2/kiln-codegen
	$(MEASURE) r3-codegen-$* build/r2/kiln-codegen $< $@

build/cruby/%.ir: build/ast/%.ast $(STAGE1_SOURCES)
	@mkdir -p $(@D)
	$(MEASURE) cruby-analyze-$* ruby stage1/analyze.rb $< $@

build/cruby/%.c: build/cruby/%.ir $(STAGE1_SOURCES)
	$(MEASURE) cruby-codegen-$* ruby stage1/codegen.rb $< $@

build/r1/kiln-%: build/r1/%.c $(RUNTIME_LIB)
	$(CC) $(COMPILER_CFLAGS) $< $(RUNTIME_LIB) $(RUNTIME_LIBS) -o $@

build/r2/kiln-%: build/r2/%.c $(RUNTIME_LIB)
	$(CC) $(COMPILER_CFLAGS) $< $(RUNTIME_LIB) $(RUNTIME_LIBS) -o $@

# ---------------------------------------------------------------------------
# Benchmarks against ruby and ruby --yjit (test/bench/README.md), e.g.
#   make bench BENCH_ARGS="--runs 3 --filter fib"
# ---------------------------------------------------------------------------

.PHONY: bench
bench: all
	$(NODE) build/js/test/bench/run.js $(BENCH_ARGS)

# How fast kiln itself is: parse, hello world, self-compile vs CRuby.
.PHONY: bench-compiler
bench-compiler: all compiler
	$(NODE) build/js/test/bench/compiler.js $(BENCH_ARGS)
