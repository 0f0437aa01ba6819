#!/usr/bin/env bash
# Whole-process benchmarks of layerlint: one small file (latency, the
# pre-commit case) and the shared real-world corpus in one process
# (throughput, the CI case), with peak memory (max RSS). Optionally the JMH
# benchmark of parsing alone (--jmh). Numbers go in issue notes, never in
# timed tests.
#
#   bench/run.sh [--runs N] [--jmh] [--java PATH] [--peers]
#
# --peers also installs the npm Dockerfile linters (dockerfile-utils 0.16.3,
# dockerfilelint 1.8.0) into $LAYERLINT_BENCH_PEERS (default
# ~/.cache/layerlint-bench-peers, outside the repository) and measures them on
# the same inputs, in the same table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=20
jmh=0
peers=0
java=java
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --jmh) jmh=1; shift ;;
    --java) java="$2"; shift 2 ;;
    --peers) peers=1; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--jmh] [--java PATH] [--peers]" >&2; exit 2 ;;
  esac
done

cd "$here"
echo "building..." >&2
mvn -B -q -DskipTests package >/dev/null
jar="$here/target/layerlint.jar"
jvm=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto)
small="$here/examples/python-app/Dockerfile"
corpus="$(cd "$here/.." && pwd)/shared/corpus/real"

# median wall time (ms) and max RSS (MB) of a command over N runs
measure() {
  local n="$1"; shift
  local times=() rss=0 out
  out="$(mktemp)"
  for _ in $(seq "$n"); do
    local start end kb
    start=$(date +%s%N)
    /usr/bin/time -f '%M' -o "$out" "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    kb=$(tail -n 1 "$out")
    times+=($(( (end - start) / 1000000 )))
    [ "$kb" -gt "$rss" ] 2>/dev/null && rss="$kb"
  done
  rm -f "$out"
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}')
  echo "$median $((rss / 1024))"
}

echo "machine: $(nproc) cores, $("$java" -version 2>&1 | head -n 1)"
printf '%-46s %12s %10s\n' "benchmark" "median ms" "max RSS MB"
read -r ms mb < <(measure "$runs" "$java" "${jvm[@]}" -jar "$jar" check --fail-on none "$small")
printf '%-46s %12s %10s\n' "one small file, whole process ($runs runs)" "$ms" "$mb"

LAYERLINT_JAVA="$java" "$here/layerlint" --version >/dev/null 2>&1 || true  # records the CDS/AOT archive
read -r ms mb < <(measure "$runs" env LAYERLINT_JAVA="$java" "$here/layerlint" check --fail-on none "$small")
printf '%-46s %12s %10s\n' "one small file via ./layerlint (CDS/AOT)" "$ms" "$mb"

if [ -f "$corpus/MANIFEST.tsv" ]; then
  mapfile -t files < <(tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 | sed "s|^|$corpus/|")
  crun=$(( runs < 5 ? runs : 5 ))
  read -r ms mb < <(measure "$crun" "$java" "${jvm[@]}" -jar "$jar" check --fail-on none --format json "${files[@]}")
  printf '%-46s %12s %10s\n' "corpus, ${#files[@]} files, one process ($crun runs)" "$ms" "$mb"
else
  echo "(no corpus at $corpus: corpus benchmark skipped)"
fi

if [ "$peers" = 1 ]; then
  dir="${LAYERLINT_BENCH_PEERS:-$HOME/.cache/layerlint-bench-peers}"
  mkdir -p "$dir"
  (cd "$dir" && npm install --silent --no-audit --no-fund dockerfile-utils@0.16.3 dockerfilelint@1.8.0 >/dev/null 2>&1)
  bin="$dir/node_modules/.bin"
  echo "node $(node --version); peers in $dir"
  read -r ms mb < <(measure "$runs" node -e 0)
  printf '%-46s %12s %10s\n' "node start-up alone (node -e 0)" "$ms" "$mb"
  read -r ms mb < <(measure "$runs" "$bin/dockerfile-utils" lint "$small")
  printf '%-46s %12s %10s\n' "one small file: dockerfile-utils 0.16.3" "$ms" "$mb"
  read -r ms mb < <(measure "$runs" "$bin/dockerfilelint" "$small")
  printf '%-46s %12s %10s\n' "one small file: dockerfilelint 1.8.0" "$ms" "$mb"
  if [ -f "$corpus/MANIFEST.tsv" ]; then
    read -r ms mb < <(measure 3 "$bin/dockerfilelint" "${files[@]}")
    printf '%-46s %12s %10s\n' "corpus, one process: dockerfilelint (3 runs)" "$ms" "$mb"
    echo "(dockerfile-utils lints one file per call: no one-process corpus figure)"
  fi
fi

large="$(mktemp -d)"
python3 "$here/bench/generate-large.py" "$large" 200 5000 >/dev/null
read -r ms mb < <(measure "$runs" "$java" "${jvm[@]}" -jar "$jar" explain "$large/Dockerfile" --changed src/file3.txt)
printf '%-46s %12s %10s\n' "explain, 200 stages / 5,000 instructions" "$ms" "$mb"
read -r ms mb < <(measure 3 "$java" "${jvm[@]}" -jar "$jar" explain "$large/Dockerfile")
printf '%-46s %12s %10s\n' "explain matrix (+ fixes), same file (3 runs)" "$ms" "$mb"
rm -rf "$large"

if [ "$jmh" = 1 ]; then
  mvn -B -q -DskipTests install >/dev/null
  (cd bench/jmh && mvn -B -q package >/dev/null)
  "$java" -jar bench/jmh/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -p corpus="$corpus" ParseBenchmark
fi
