#!/usr/bin/env bash
# Fixes hold over the shared corpus (DESIGN.md section 4): every file of
# ../shared/corpus/real is copied to a temporary folder, fixed with every
# fix (--fix --unsafe-fixes) against an empty build context, and checked:
# no new syntax error, no fixed finding left, a second fix changes nothing,
# no new finding (other than the reasoned exceptions in FixCheck), BOM and
# line endings kept. Prints files with fixes, findings fixed per rule, and
# every failure. The checking code is the test's (src/test/java/.../FixCheck).
#
#   bench/fix-corpus.sh [--no-build] [--all-rules] [--populated-context] [--crlf-bom | --slips] [--java PATH] [CORPUS_DIR]
#
# --all-rules also runs the rules that are off by default (as if each were
# selected with --select); --populated-context gives each file a context
# with every package manager's manifest and lock files, a .git and a
# node_modules instead of an empty one, so that the fixes that need a context
# (CA002's reorder, CA007's .dockerignore) run too; --crlf-bom checks each
# file re-encoded with CRLF line endings and a byte order mark; --slips
# checks each file with slips the fixes repair added (every third keyword in
# lower case, FROM ... as, apt for apt-get, a plain COPY as ADD), so that many
# fixes meet in one file; --no-build
# uses the jar and test classes as built.
#
# Exit 0 when every file keeps the promise, 1 when one does not, 2 without
# the corpus.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build=1
java=java
opts=()
corpus="$(cd "$here/.." && pwd)/shared/corpus/real"
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0; shift ;;
    --all-rules|--populated-context|--crlf-bom|--slips) opts+=("$1"); shift ;;
    --java) java="$2"; shift 2 ;;
    -*) echo "usage: bench/fix-corpus.sh [--no-build] [--all-rules] [--populated-context] [--crlf-bom | --slips] [--java PATH] [CORPUS_DIR]" >&2; exit 2 ;;
    *) corpus="$1"; shift ;;
  esac
done
if [ ! -f "$corpus/MANIFEST.tsv" ]; then
  echo "no corpus at $corpus (MANIFEST.tsv not found): the shared test data is not part of the repository;" \
    "pass its folder as an argument" >&2
  exit 2
fi
cd "$here"
if [ "$build" = 1 ]; then
  echo "building..." >&2
  log="$(mktemp)"
  if ! mvn -B -q -DskipTests package >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    exit 2
  fi
  rm -f "$log"
fi
exec "$java" -Xss4m -cp "$here/target/layerlint.jar:$here/target/test-classes" dev.layerlint.testing.FixCheck ${opts[@]+"${opts[@]}"} "$corpus"
