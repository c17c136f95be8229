#!/bin/sh
# measure.sh NAME CMD...: runs CMD, recording its wall time and peak memory in build/stats/NAME.json.
set -e
name=$1; shift
mkdir -p build/stats
out="build/stats/$name.json"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -o "$out.tmp" -f '{"seconds": %e, "max_rss_kb": %M}' "$@"
  mv "$out.tmp" "$out"
else
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  printf '{"seconds": %s, "max_rss_kb": null}\n' "$(echo "$end - $start" | bc)" > "$out"
fi
