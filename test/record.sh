#!/usr/bin/env bash
# record.sh: records the expected output of every Ruby test program by running real ruby.
#
# For each test/programs/**/*.rb without a "# kiln: no-record" line: runs
# `ruby NAME.rb` from the program's directory with stdin from /dev/null, and
# writes NAME.out (stdout) and NAME.status (the exit status, only when it is
# not 0). Expectations are never written by hand.
#
#   test/record.sh [DIR...]           record every program (under DIRs of test/programs/ if given)
#   test/record.sh --check [DIR...]   fail if any recorded expectation differs from ruby's
set -uo pipefail
cd "$(dirname "$0")/programs"
check=0
[ "${1:-}" = "--check" ] && { check=1; shift; }
[ $# -eq 0 ] && set -- .
differ=0
while IFS= read -r -d '' rb; do
  grep -q '^# kiln: no-record' "$rb" && continue
  dir=$(dirname "$rb")
  name=$(basename "$rb" .rb)
  out=$(mktemp)
  (cd "$dir" && ruby "$name.rb" </dev/null >"$out" 2>/dev/null)
  status=$?
  if [ $check = 1 ]; then
    if ! cmp -s "$out" "$dir/$name.out"; then echo "differs: $rb (stdout)"; differ=1; fi
    want=0; [ -f "$dir/$name.status" ] && want=$(cat "$dir/$name.status")
    if [ "$status" != "$want" ]; then echo "differs: $rb (exit status $status, recorded $want)"; differ=1; fi
    rm -f "$out"
  else
    cat "$out" >"$dir/$name.out"
    rm -f "$out"
    if [ $status -ne 0 ]; then echo "$status" >"$dir/$name.status"; else rm -f "$dir/$name.status"; fi
  fi
done < <(find "$@" -name '*.rb' -print0 | sort -z)
exit $differ
