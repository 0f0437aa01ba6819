#!/usr/bin/env bash
# Whole-process benchmarks of layerlint: one small file (latency, the
# pre-commit case) and the shared real-world corpus in one process
# (throughput, the CI case), with peak memory (max RSS). Optionally the JMH
# benchmark of parsing alone (--jmh). Numbers go in issue notes, never in
# timed tests.
#
#   bench/run.sh [--runs N] [--jmh] [--java PATH]... [--peers]
#
# --java may be given more than once (e.g. the default JDK 17 and a JDK 25):
# each JVM gets its rows, all in the same table.
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
javas=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --jmh) jmh=1; shift ;;
    --java) javas+=("$2"); shift 2 ;;
    --peers) peers=1; shift ;;
    *) echo "usage: bench/run.sh [--runs N] [--jmh] [--java PATH]... [--peers]" >&2; exit 2 ;;
  esac
done
[ ${#javas[@]} -eq 0 ] && javas=(java)
java="${javas[0]}"

cd "$here"
echo "building..." >&2
mvn -B -q -DskipTests package >/dev/null
jar="$here/target/layerlint.jar"
jvm=(-XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:TieredStopAtLevel=1 -Xss4m -Xshare:auto)
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

echo "machine: $(nproc) cores"
printf '%-52s %12s %10s\n' "benchmark" "median ms" "max RSS MB"
if [ -f "$corpus/MANIFEST.tsv" ]; then
  mapfile -t files < <(tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 | sed "s|^|$corpus/|")
else
  files=()
  echo "(no corpus at $corpus: corpus benchmarks skipped)"
fi
crun=$(( runs < 5 ? runs : 5 ))
for j in "${javas[@]}"; do
  v="jdk$("$j" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  read -r ms mb < <(measure "$runs" "$j" "${jvm[@]}" -jar "$jar" check --fail-on none "$small")
  printf '%-52s %12s %10s\n' "$v one small file, java -jar ($runs runs)" "$ms" "$mb"
  LAYERLINT_JAVA="$j" "$here/layerlint" --version >/dev/null 2>&1 || true  # records the CDS/AOT archive
  read -r ms mb < <(measure "$runs" env LAYERLINT_JAVA="$j" "$here/layerlint" check --fail-on none "$small")
  printf '%-52s %12s %10s\n' "$v one small file, ./layerlint (CDS/AOT)" "$ms" "$mb"
  if [ ${#files[@]} -gt 0 ]; then
    read -r ms mb < <(measure "$crun" "$j" "${jvm[@]}" -jar "$jar" check --fail-on none --format json "${files[@]}")
    printf '%-52s %12s %10s\n' "$v corpus, ${#files[@]} files, java -jar ($crun runs)" "$ms" "$mb"
    read -r ms mb < <(measure "$runs" env LAYERLINT_JAVA="$j" "$here/layerlint" check --fail-on none --format json \
      "${files[@]}")
    printf '%-52s %12s %10s\n' "$v corpus, ${#files[@]} files, ./layerlint ($runs runs)" "$ms" "$mb"
  fi
done

if [ "$peers" = 1 ]; then
  dir="${LAYERLINT_BENCH_PEERS:-$HOME/.cache/layerlint-bench-peers}"
  mkdir -p "$dir"
  (cd "$dir" && npm install --silent --no-audit --no-fund dockerfile-utils@0.16.3 dockerfilelint@1.8.0 >/dev/null 2>&1)
  bin="$dir/node_modules/.bin"
  echo "node $(node --version); peers in $dir"
  read -r ms mb < <(measure "$runs" node -e 0)
  printf '%-52s %12s %10s\n' "node start-up alone (node -e 0)" "$ms" "$mb"
  read -r ms mb < <(measure "$runs" "$bin/dockerfile-utils" lint "$small")
  printf '%-52s %12s %10s\n' "one small file: dockerfile-utils 0.16.3" "$ms" "$mb"
  read -r ms mb < <(measure "$runs" "$bin/dockerfilelint" "$small")
  printf '%-52s %12s %10s\n' "one small file: dockerfilelint 1.8.0" "$ms" "$mb"
  if [ ${#files[@]} -gt 0 ]; then
    read -r ms mb < <(measure 3 "$bin/dockerfilelint" "${files[@]}")
    printf '%-52s %12s %10s\n' "corpus, one process: dockerfilelint (3 runs)" "$ms" "$mb"
    echo "(dockerfile-utils lints one file per call: no one-process corpus figure)"
  fi
fi

large="$(mktemp -d)"
python3 "$here/bench/generate-large.py" "$large" 200 5000 >/dev/null
read -r ms mb < <(measure "$runs" "$java" "${jvm[@]}" -jar "$jar" explain "$large/Dockerfile" --changed src/file3.txt)
printf '%-52s %12s %10s\n' "explain, 200 stages / 5,000 instructions" "$ms" "$mb"
read -r ms mb < <(measure 3 "$java" "${jvm[@]}" -jar "$jar" explain "$large/Dockerfile")
printf '%-52s %12s %10s\n' "explain matrix (+ fixes), same file (3 runs)" "$ms" "$mb"
rm -rf "$large"

if [ "$jmh" = 1 ]; then
  mvn -B -q -DskipTests install >/dev/null
  (cd bench/jmh && mvn -B -q package >/dev/null)
  "$java" -jar bench/jmh/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 2s \
    -p corpus="$corpus" ParseBenchmark
fi
