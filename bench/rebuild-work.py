#!/usr/bin/env python3
"""The rebuild work layerlint's fixes save, over the whole real corpus.

For every file of ../shared/corpus/real (MANIFEST.tsv), `layerlint explain
--format json` gives the share of expensive work (steps of the model's
expensive cost class: installs, downloads, compiles, dependency resolution)
that an edit of any source file redoes, before and after the fixes
layerlint would apply (--fix and --unsafe-fixes). This prints: files, files
with a source-edit column, files where the fixes change that share, mean and
median cut (in points, and relative to the share before), the distribution
of cuts, and the files with the biggest cuts.

  bench/rebuild-work.py [--jar target/layerlint.jar] [--context empty|manifests] [--top N] [--tsv OUT]

--context empty (default): an empty build context, so only fixes that need
no knowledge of the context apply (the corpus ships no contexts).
--context manifests: a context holding every manifest/lock file name that
cache/Ecosystem knows, as if each repository had its ecosystem's manifests
at the root: the fixes that copy manifests first can apply too.
All files run in one JVM (bench/RebuildWork.java), a few minutes in all.
"""
import argparse
import csv
import json
import os
import statistics
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--jar", default=os.path.join(here, "target", "layerlint.jar"))
parser.add_argument("--shared", default=os.path.join(here, "..", "shared"))
parser.add_argument("--context", choices=["empty", "manifests"], default="empty")
parser.add_argument("--top", type=int, default=15)
parser.add_argument("--tsv", help="also write one row per file to this file")
args = parser.parse_args()

corpus = os.path.join(args.shared, "corpus", "real")
if not os.path.isdir(corpus):
    sys.exit("bench/rebuild-work.py: no shared corpus at %s (it is not part of the repository)" % corpus)
if not os.path.exists(args.jar):
    subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=here, check=True)

with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8") as f:
    names = [r["file"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)]

with tempfile.TemporaryDirectory() as context:
    flag = "--context" if args.context == "empty" else "--manifests"
    out = subprocess.run(["java", "-cp", args.jar, os.path.join(here, "bench", "RebuildWork.java"), flag, context]
                         + [os.path.join(corpus, n) for n in names], capture_output=True, text=True)
if out.returncode != 0:
    sys.exit("bench/rebuild-work.py: RebuildWork failed:\n" + out.stderr[-2000:])

rows = []      # (name, before, after)
errors = []
no_source = 0
for line in out.stdout.splitlines():
    path, _, payload = line.partition("\t")
    name = os.path.relpath(path, corpus)
    if payload.startswith("ERROR"):
        errors.append((name, payload))
        continue
    data = json.loads(payload)
    col = [c for c in data["columns"] if c["key"] == "source"]
    if not col or col[0]["expensiveRedone"] is None:
        no_source += 1   # no COPY/ADD from the context, or no expensive step at all
        continue
    before = col[0]["expensiveRedone"]
    after = col[0]["expensiveRedoneAfterFixes"]
    rows.append((name, before, before if after is None else after))

cuts = [(n, b, a, b - a) for n, b, a in rows]
applied = [c for c in cuts if abs(c[3]) > 1e-9]
print("context: %s" % ("empty" if args.context == "empty" else "every manifest name cache/Ecosystem knows"))
print("files in the corpus                                  %5d" % len(names))
print("explain failed                                       %5d" % len(errors))
print("no source-edit share (no context COPY or no expensive step) %d" % no_source)
print("files with a source-edit share                       %5d" % len(rows))
print("  ... where a source edit redoes some expensive work %5d" % sum(1 for c in cuts if c[1] > 0))
print("  ... where the fixes change the share               %5d" % len(applied))
print("  ... where they make it worse                       %5d" % sum(1 for c in applied if c[3] < 0))


def stats(label, values):
    if not values:
        print("%-40s  -" % label)
        return
    print("%-40s  mean %5.1f  median %5.1f" % (label, statistics.mean(values), statistics.median(values)))


print()
print("share of expensive work a source edit redoes (%)")
stats("before, files with a share", [100 * c[1] for c in cuts])
stats("after, files with a share", [100 * c[2] for c in cuts])
print()
print("cut = before - after (points); relative cut = cut / before")
stats("cut, all files with a share (points)", [100 * c[3] for c in cuts if c[1] > 0])
stats("cut, files where fixes apply (points)", [100 * c[3] for c in applied])
stats("relative cut, files where fixes apply (%)", [100 * c[3] / c[1] for c in applied if c[1] > 0])
total_before = sum(c[1] for c in cuts)
total_after = sum(c[2] for c in cuts)
if total_before:
    print("pooled relative cut, all files with a share: %.1f %% (sum of shares %.1f -> %.1f)"
          % (100 * (total_before - total_after) / total_before, total_before, total_after))
print()
print("distribution of the cut (points), files where fixes apply")
bins = [(0, 10), (10, 25), (25, 50), (50, 75), (75, 100.01)]
for lo, hi in bins:
    n = sum(1 for c in applied if lo < 100 * c[3] <= hi or (lo == 0 and 0 < 100 * c[3] <= hi))
    print("  (%3d, %3d]  %4d" % (lo, min(hi, 100), n))
print("  < 0        %4d" % sum(1 for c in applied if c[3] < 0))
print()
print("biggest cuts")
for n, b, a, d in sorted(applied, key=lambda c: (-c[3], c[0]))[:args.top]:
    print("  %5.1f -> %5.1f  %s" % (100 * b, 100 * a, n))
if errors:
    print()
    print("explain failed on")
    for n, why in errors[:20]:
        print("  %s  %s" % (n, why))
if args.tsv:
    with open(args.tsv, "w", encoding="utf-8") as f:
        f.write("file\tbefore\tafter\n")
        for n, b, a, d in cuts:
            f.write("%s\t%.3f\t%.3f\n" % (n, b, a))
