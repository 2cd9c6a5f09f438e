#!/usr/bin/env bash
# The speed benchmark of the README's Speed section. Run it from the project root, after
# `mvn -B -DskipTests package`, on a machine that is otherwise quiet:
#   src/test/bench/speed.sh [--no-national] [RUNS]
# 1. the national build side by side with Hugo: ../shared/bench/national.sh RUNS (default 3), which prints
#    wall, CPU and peak memory of both per run and the median ratio ikc-atlas / Hugo; skipped with
#    --no-national or when that script is not beside the repository;
# 2. the shipped atlas, cold (a new JVM each time, as a user runs it: target/ikc-atlas), `validate` and
#    `build` in turn, 5 times each: the median wall clock, CPU time and peak memory of each, and the
#    median ratio build / validate.
set -euo pipefail
national=yes
if [ "${1:-}" = "--no-national" ]; then national=no; shift; fi
runs=${1:-3}
launcher=target/ikc-atlas
[ -x "$launcher" ] || { echo "no $launcher: run mvn -B -DskipTests package first" >&2; exit 2; }
bench=../shared/bench/national.sh
if [ "$national" = yes ]; then
  if [ -x "$bench" ] || [ -f "$bench" ]; then
    echo "== national build, ikc-atlas and Hugo ($runs runs each, in turn)"
    bash "$bench" "$runs"
  else
    echo "== national build skipped: $bench is not beside the repository"
  fi
fi

out=$(mktemp -d /tmp/ikc-atlas-speed-XXXXXX)
trap 'rm -rf "$out"' EXIT
# one run: wall seconds, CPU seconds (user + system), peak memory in KiB
measure() {
  /usr/bin/time -f '%e %U %S %M' "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
  tail -1 "$out/err"
}
echo "== shipped atlas, cold: validate and build in turn, 5 runs each"
echo "run  validate wall  cpu   MiB   build wall  cpu   MiB   ratio wall"
rows=()
for i in 1 2 3 4 5; do
  read -r vw vu vs vm < <(measure "$launcher" validate .)
  read -r bw bu bs bm < <(measure "$launcher" build . --out "$out/site")
  rows+=("$vw $(python3 -c "print($vu+$vs)") $vm $bw $(python3 -c "print($bu+$bs)") $bm")
  python3 -c "print(f'{$i:3d}  {$vw:13.2f}  {$vu+$vs:4.1f}  {$vm/1024:4.0f}  {$bw:10.2f}  {$bu+$bs:4.1f}  {$bm/1024:4.0f}  {$bw/$vw:10.2f}')"
done
printf '%s\n' "${rows[@]}" | python3 -c '
import sys, statistics as s
rows = [list(map(float, line.split())) for line in sys.stdin if line.strip()]
med = lambda i: s.median(r[i] for r in rows)
ratio = s.median(r[3] / r[0] for r in rows)
print(f"shipped atlas: validate {med(0):.2f} s (CPU {med(1):.1f} s, {med(2)/1024:.0f} MiB), "
      f"build {med(3):.2f} s (CPU {med(4):.1f} s, {med(5)/1024:.0f} MiB); "
      f"median ratio build/validate wall = {ratio:.2f} (goal: 1.5 or less)")'
