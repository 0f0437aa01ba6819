#!/usr/bin/env bash
# bench/differential.sh N [SEED]: the differential test with fresh seeds.
# Generates N random scenarios (seeds SEED..SEED+N-1; default SEED: the clock),
# replays each on every builder given (BuildKit 20.10 and classic on
# $LAYERLINT_DOCKER, the DOCKER_HOST .ci/docker-up.sh prints; BuildKit 28.5 on
# $LAYERLINT_DOCKER_MODERN, the client .ci/docker-modern-up.sh prints), one
# build at a time, and compares every step with `layerlint explain`.
# Prints the agreement numbers per builder (steps agreeing / steps; the cold
# build is not counted) and every disagreement; writes each scenario with a
# disagreement as a ready-to-add folder in the format of
# testdata/cache-scenarios (plus observed.tsv) under $LAYERLINT_DIFF_OUT
# (default bench/differential/found), and the numbers to summary-SEED.txt
# there, rewritten after every scenario (a long run can be stopped any time).
# LAYERLINT_DIFF_BUILDERS: a subset of buildkit,classic,buildkit-28.
# LAYERLINT_DIFF_EXPLAIN=history: predict with explain --history (the
# multi-build history interface) instead of today's change flags.
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:?usage: bench/differential.sh N [SEED]}"
seed="${2:-$(date +%s)}"
out="${LAYERLINT_DIFF_OUT:-$PWD/bench/differential/found}"
if [ -z "${LAYERLINT_DOCKER:-}" ] && [ -z "${LAYERLINT_DOCKER_MODERN:-}" ]; then
  echo "set LAYERLINT_DOCKER (what .ci/docker-up.sh prints) and/or LAYERLINT_DOCKER_MODERN" \
    "(what .ci/docker-modern-up.sh prints)" >&2
  exit 2
fi
echo "seeds $seed..$((seed + n - 1)), results in $out"
mvn -B -o -q test -Dtest=DifferentialTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dlayerlint.docker="${LAYERLINT_DOCKER:-}" -Dlayerlint.dockerModern="${LAYERLINT_DOCKER_MODERN:-}" \
  -Dlayerlint.diff.count="$n" -Dlayerlint.diff.seed="$seed" -Dlayerlint.diff.out="$out" \
  -Dlayerlint.diff.builders="${LAYERLINT_DIFF_BUILDERS:-buildkit,classic,buildkit-28}" \
  -Dlayerlint.diff.explain="${LAYERLINT_DIFF_EXPLAIN:-}" >/dev/null || true
cat "$out/summary-$seed.txt"
