#!/usr/bin/env bash
# record.sh: records each benchmark's expected stdout (test/bench/NAME.out) by running real `ruby`.
#
#   test/bench/record.sh            re-record every benchmark
#   test/bench/record.sh fib tak    re-record only these
#   test/bench/record.sh --check    re-run ruby on every benchmark; fail if any .out differs
#
# Expectations are never typed by hand: edit a benchmark, then run this script.
# KILN_BENCH_RUBY overrides the ruby command (default: ruby).
set -uo pipefail
cd "$(dirname "$0")"
ruby=${KILN_BENCH_RUBY:-ruby}

check=0
if [ "${1:-}" = "--check" ]; then check=1; shift; fi

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in *.rb; do names+=("${f%.rb}"); done
fi

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
failed=0
for name in "${names[@]}"; do
  name=${name%.rb}
  if [ ! -f "$name.rb" ]; then
    echo "FAIL $name: no such benchmark ($name.rb)" >&2; failed=1; continue
  fi
  if ! "$ruby" "$name.rb" > "$tmp"; then
    echo "FAIL $name: ruby exited with status non-zero; nothing recorded" >&2; failed=1; continue
  fi
  if [ $check -eq 1 ]; then
    if cmp -s "$tmp" "$name.out"; then
      echo "ok       $name"
    else
      echo "FAIL $name: ruby's output differs from $name.out" >&2
      diff "$name.out" "$tmp" | head -10 >&2
      failed=1
    fi
  else
    cp "$tmp" "$name.out"
    echo "recorded $name.out"
  fi
done
[ $check -eq 1 ] && [ $failed -eq 0 ] && echo "all expectations match ruby"
exit $failed
