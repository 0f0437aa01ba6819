#!/usr/bin/env bash
# Every rule over random Dockerfiles generated from the parser's own
# vocabulary (InstructionGenerator: every keyword and flag, odd and empty
# arguments, heredocs, ONBUILD, fragments with no FROM), with fresh seeds:
# no rule may throw, every finding must lie inside its file, and applying
# every fix (unsafe ones too) must not throw. The test suite runs one fixed
# sample (RulesRobustnessTest); this runs as many as you ask.
#
#   bench/fuzz-rules.sh [--cases N] [--seed S] [--rounds R]
#
# N files per round (default 25,000), R rounds (default 4), each with its
# own seed (default: random; printed, so a failure can be replayed with
# --seed S --rounds 1). A failing round prints the input that broke.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cases=25000
rounds=4
seed=""
while [ $# -gt 0 ]; do
  case "$1" in
    --cases) cases="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    *) echo "usage: bench/fuzz-rules.sh [--cases N] [--seed S] [--rounds R]" >&2; exit 2 ;;
  esac
done
cd "$here"
failed=0
total=0
start=$(date +%s)
for ((r = 0; r < rounds; r++)); do
  s="${seed:-$(od -An -N6 -tu8 /dev/urandom | tr -d ' ')}"
  log="$(mktemp /tmp/layerlint-fuzz.XXXXXX)"
  if mvn -B -q -o test -Dtest='RulesRobustnessTest#everyRuleOnGeneratedInstructions' \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seed="$s" -Dfuzz.generated.cases="$cases" >"$log" 2>&1; then
    echo "seed $s: $cases files, no rule threw ($(grep -o '[0-9]* findings' "$log" | head -1))"
  else
    failed=$((failed + 1))
    echo "seed $s: FAILED (replay: bench/fuzz-rules.sh --seed $s --cases $cases --rounds 1)"
    grep -E 'case [0-9]+|---' "$log" | head -40 || tail -40 "$log"
  fi
  total=$((total + cases))
  rm -f "$log"
done
echo "$total generated files in $rounds rounds, $failed failed, $(( $(date +%s) - start )) s"
[ "$failed" -eq 0 ]
