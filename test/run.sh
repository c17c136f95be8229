#!/usr/bin/env bash
# run.sh: runs every test suite, then prints one line counting all passes and failures.
#
# Each suite reports "N passed, M failed" lines; this script adds them up so
# the last line of `make test` is the whole verdict.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p build/test
passed=0
failed=0
status=0

# count FILE: adds every "N passed, M failed" line of FILE to the totals.
count() {
  while read -r p f; do
    passed=$((passed + p)); failed=$((failed + f))
  done < <(sed -nE 's/^.*\b([0-9]+) passed, ([0-9]+) failed.*$/\1 \2/p' "$1")
}

run_suite() {
  local name=$1; shift
  echo "== $name"
  if "$@" 2>&1 | tee "build/test/$name.log"; then :; else status=1; fi
}

# count_or_fail FILE: like count, but a suite that printed no count failed.
count_or_fail() {
  if grep -qE '\b[0-9]+ passed, [0-9]+ failed' "$1"; then count "$1"; else failed=$((failed + 1)); fi
}

run_suite runtime make --no-print-directory test-runtime
count_or_fail build/test/runtime.log

# The self-hosting rounds; the tests after this use the compiler it builds.
run_suite bootstrap make --no-print-directory bootstrap
count_or_fail build/test/bootstrap.log

run_suite vitest npx vitest run --reporter=default --reporter=json --outputFile=build/test/vitest.json
if [ -f build/test/vitest.json ]; then
  read -r p f < <(node -e 'const r=require("./build/test/vitest.json"); console.log(r.numPassedTests, r.numFailedTests + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0))')
  passed=$((passed + p)); failed=$((failed + f))
else
  failed=$((failed + 1))
fi

[ "$failed" -gt 0 ] && status=1
echo "$passed passed, $failed failed"
exit $status
