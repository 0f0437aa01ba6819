#!/usr/bin/env bash
# Rebuilds the CI corpus as repositories: the corpus stores each file under a
# flattened name (owner__repo/a__b__c.yml); this writes it back to
# OUT/owner__repo/a/b/c.yml (an older version under owner__repo/@commit/ becomes
# its own tree OUT/owner__repo@commit/), with an empty .git folder marking each
# repository root, so that `check OUT/owner__repo` reads a repository's
# pipelines together, and relative template/include/Dockerfile paths resolve.
#
#   bench/ci-builds/unflatten.sh [CORPUS] OUT
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [ $# -eq 2 ]; then corpus="$1"; out="$2"; else corpus="$here/../shared/corpus/ci"; out="$1"; fi
mkdir -p "$out"
tail -n +2 "$corpus/MANIFEST.tsv" | while IFS=$'\t' read -r file repo commit path rest; do
  top="${file%%/*}"
  sub="${file#*/}"
  case "$sub" in
    @*/*) top="$top${sub%%/*}"; ;;
  esac
  dest="$out/$top/$path"
  mkdir -p "$(dirname "$dest")" "$out/$top/.git"
  cp "$corpus/$file" "$dest"
done
