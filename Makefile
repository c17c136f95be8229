# Makefile: set-up, builds, tests and the bootstrap of kiln.
#
#   make setup      install Debian and npm dependencies, then build everything
#   make            build the TypeScript driver and the runtime library
#   make test       run every test suite; the last line counts passes and failures

.DEFAULT_GOAL := all
SHELL := /bin/bash
NODE := node --disable-warning=ExperimentalWarning
TS_SOURCES := $(shell find stage0 bootstrap test -name '*.ts' ! -name '*.test.ts' 2>/dev/null)

-include runtime-c/runtime.mk

.PHONY: all setup ts test test-ts clean

all: ts runtime

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
