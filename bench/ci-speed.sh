#!/usr/bin/env bash
# The CI corpus in one run (issue #19: under 1 s): every pipeline file of
# ../shared/corpus/ci through `layerlint check --exit-zero --format gnu`,
# several runs, median wall and CPU (user+sys) time, with the machine's load
# before and after (numbers from a loaded machine are not comparable).
#
#   bench/ci-speed.sh [--runs N] [--jar]     (--jar: plain `java -jar`, no launcher)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$here/../shared/corpus/ci"
runs=9
mode=launcher
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --jar) mode=jar; shift ;;
    *) echo "usage: bench/ci-speed.sh [--runs N] [--jar]" >&2; exit 2 ;;
  esac
done
cd "$corpus"
mapfile -t files < <(awk -F'\t' 'NR>1 && $8!="dockerfile"{print $1}' MANIFEST.tsv)
if [ "$mode" = jar ]; then
  [ -f "$here/target/layerlint.jar" ] || (cd "$here" && mvn -B -o -q package -DskipTests)
  cmd=(java -jar "$here/target/layerlint.jar")
else
  cmd=("$here/layerlint")
fi
"${cmd[@]}" check --exit-zero --format gnu "${files[@]}" > /dev/null # warm-up (the launcher's archive)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  files: ${#files[@]}  mode: $mode"
tmp="$(mktemp)"
for _ in $(seq "$runs"); do
  /usr/bin/time -f '%e %U %S' -o "$tmp" -a "${cmd[@]}" check --exit-zero --format gnu "${files[@]}" > /dev/null
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
wall = sorted(r[0] for r in rows); cpu = sorted(r[1] + r[2] for r in rows)
print("runs %d  wall median %.2f s (min %.2f, max %.2f)  cpu (user+sys) median %.2f s (min %.2f)"
      % (len(rows), statistics.median(wall), wall[0], wall[-1], statistics.median(cpu), cpu[0]))
PY
rm -f "$tmp"
