#!/usr/bin/env bash
# bench/differential.sh N [SEED]: the differential test with fresh seeds.
# Generates N random scenarios (seeds SEED..SEED+N-1; default SEED: the clock),
# replays each on every builder given (BuildKit 20.10 and classic on
# $LAYERLINT_DOCKER, the DOCKER_HOST .ci/docker-up.sh prints; BuildKit 28.5 on
# $LAYERLINT_DOCKER_MODERN, the client .ci/docker-modern-up.sh prints) and
# compares every step with `layerlint explain`, asked as a user's CI asks it
# (--history/--record, this build's --build-arg values).
# Every scenario is kept under $LAYERLINT_DIFF_OUT (default
# bench/differential/runs/DATE) as a folder in the format of
# testdata/cache-scenarios plus observed.tsv (what the builder did with every
# step of every build), so that the run can be rescored without a builder.
# Prints the agreement numbers per builder (steps agreeing / steps; the cold
# build is not counted) and every disagreement.
#
# Parallel: LAYERLINT_DOCKER and LAYERLINT_DOCKER_MODERN may each name several
# daemons, separated by spaces (start them with LAYERLINT_DOCKER_ROOT=DIR
# .ci/docker-up.sh and LAYERLINT_DOCKER_MODERN_ROOT=DIR .ci/docker-modern-up.sh,
# one DIR each); the seeds are split into that many consecutive ranges, one
# JVM per range, each with its own daemons (scenarios never share a daemon at
# the same time: each one prunes the builder cache). Each range writes its
# numbers to summary-FIRSTSEED.txt as it goes; a long run can be stopped at
# any time and rescored.
#
# bench/differential.sh --rescore DIR (or a RUN.tar.xz of one): scores every
# stored scenario under DIR again with the current explain (no builder needed)
# and prints the summary.
#
# LAYERLINT_DIFF_BUILDERS: a subset of buildkit,classic,buildkit-28.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --rescore ]; then
  dir="${2:?usage: bench/differential.sh --rescore DIR|RUN.tar.xz}"
  summary="$(mktemp /tmp/layerlint-rescore.XXXXXX)"
  if [ -f "$dir" ]; then # a stored run packed as .tar.xz
    mkdir "$summary.d"
    tar -C "$summary.d" -xJf "$dir"
    dir="$summary.d"
  fi
  dir="$(cd "$dir" && pwd)"
  mvn -B -o -q test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlayerlint.diff.rescore="$dir" -Dlayerlint.diff.summary="$summary" >"$summary.log" 2>&1 || true
  if [ ! -s "$summary" ]; then
    echo "rescore failed; the Maven log:" >&2; tail -n 40 "$summary.log" >&2; exit 1
  fi
  cat "$summary"
  rm -rf "$summary" "$summary.log" "$summary.d"
  exit 0
fi

n="${1:?usage: bench/differential.sh N [SEED] | --rescore DIR}"
seed="${2:-$(date +%s)}"
out="${LAYERLINT_DIFF_OUT:-$PWD/bench/differential/runs/$(date -u +%F)}"
read -r -a legacy <<<"${LAYERLINT_DOCKER:-}"
read -r -a modern <<<"${LAYERLINT_DOCKER_MODERN:-}"
if [ ${#legacy[@]} -eq 0 ] && [ ${#modern[@]} -eq 0 ]; then
  echo "set LAYERLINT_DOCKER (what .ci/docker-up.sh prints) and/or LAYERLINT_DOCKER_MODERN" \
    "(what .ci/docker-modern-up.sh prints)" >&2
  exit 2
fi
jobs=$(( ${#legacy[@]} > ${#modern[@]} ? ${#legacy[@]} : ${#modern[@]} ))
if [ ${#legacy[@]} -ne 0 ] && [ ${#modern[@]} -ne 0 ] && [ ${#legacy[@]} -ne ${#modern[@]} ]; then
  echo "LAYERLINT_DOCKER and LAYERLINT_DOCKER_MODERN name different numbers of daemons" >&2
  exit 2
fi
per=$(( (n + jobs - 1) / jobs ))
mkdir -p "$out"
echo "seeds $seed..$((seed + n - 1)) in $jobs range(s) of $per, results in $out"
mvn -B -o -q test-compile
for ((j = 0; j < jobs; j++)); do
  first=$((seed + j * per))
  count=$(( n - j * per < per ? n - j * per : per ))
  [ "$count" -gt 0 ] || break
  mvn -B -o -q surefire:test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dlayerlint.docker="${legacy[$j]:-}" -Dlayerlint.dockerModern="${modern[$j]:-}" \
    -Dlayerlint.diff.count="$count" -Dlayerlint.diff.seed="$first" -Dlayerlint.diff.out="$out" \
    -Dlayerlint.diff.builders="${LAYERLINT_DIFF_BUILDERS:-buildkit,classic,buildkit-28}" \
    >"$out/run-$first.log" 2>&1 &
done
wait || true
"$0" --rescore "$out"
