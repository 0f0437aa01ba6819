#!/usr/bin/env python3
"""Per-rule recall and quiet rate of the cache rules on the hand-labelled set.

bench/recall/labels.tsv holds instructions of ../shared/corpus/real, each
labelled by reading (before any rule was run on it) `fires` or `quiet` for
each CA rule (`-`: not a case for that rule). This lints every labelled file
(once, all CA rules, an empty build context, as the corpus has no real ones)
and compares: a finding of a rule counts for a labelled instruction when it
starts on one of the instruction's lines.

  bench/recall.py [--jar target/layerlint.jar] [--misses]

Prints, per rule: fires-labels found (recall) and quiet-labels left quiet
(quiet rate); --misses lists every disagreement with the label's reason.
"""
import argparse
import collections
import csv
import json
import os
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser()
parser.add_argument("--jar", default=os.path.join(here, "target", "layerlint.jar"))
parser.add_argument("--shared", default=os.path.join(here, "..", "shared"))
parser.add_argument("--misses", action="store_true")
args = parser.parse_args()

corpus = os.path.join(args.shared, "corpus", "real")
if not os.path.isdir(corpus):
    sys.exit("bench/recall.py: no shared corpus at %s (it is not part of the repository)" % corpus)
if not os.path.exists(args.jar):
    subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=here, check=True)

with open(os.path.join(here, "bench", "recall", "labels.tsv"), encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
rules = [c for c in rows[0].keys() if c.startswith("CA")]
files = sorted({r["file"] for r in rows})

# instruction line ranges of each file, from the parser
ranges = {}
for name in files:
    out = subprocess.run(["java", "-jar", args.jar, "parse", os.path.join(corpus, name)],
                         capture_output=True, text=True)
    ast = json.loads(out.stdout)
    ranges[name] = [(i["span"][0], i["span"][2]) for i in ast["instructions"]]

with tempfile.TemporaryDirectory() as context:
    out = subprocess.run(["java", "-jar", args.jar, "check", "--exit-zero", "--format", "json", "--select",
                          ",".join(rules), "--context", context] + [os.path.join(corpus, n) for n in files],
                         capture_output=True, text=True)
report = json.loads(out.stdout)
found = collections.defaultdict(set)  # (file, rule) -> start lines of findings
for entry in report["files"]:
    name = os.path.relpath(entry["path"], corpus)
    for finding in entry.get("findings") or []:
        found[(name, finding["code"])].add(finding["location"]["start"]["line"])

counts = {rule: collections.Counter() for rule in rules}
misses = []
for row in rows:
    line = int(row["line"])
    span = next(((a, b) for a, b in ranges[row["file"]] if a == line), (line, line))
    for rule in rules:
        label = row[rule]
        if label not in ("fires", "quiet"):
            continue
        fired = any(span[0] <= l <= span[1] for l in found[(row["file"], rule)])
        kind = {("fires", True): "tp", ("fires", False): "fn", ("quiet", True): "fp", ("quiet", False): "tn"}[
            (label, fired)]
        counts[rule][kind] += 1
        if kind in ("fn", "fp"):
            misses.append((rule, kind, row["file"], line, row["instruction"], row["reason"]))

print("%-6s %8s %8s %8s %10s" % ("rule", "fires", "recall", "quiet", "quiet rate"))
for rule in rules:
    c = counts[rule]
    fires, quiet = c["tp"] + c["fn"], c["tn"] + c["fp"]
    if fires + quiet == 0:
        continue
    print("%-6s %8d %8s %8d %10s" % (rule, fires, "%.0f %%" % (100.0 * c["tp"] / fires) if fires else "-", quiet,
                                      "%.0f %%" % (100.0 * c["tn"] / quiet) if quiet else "-"))
if args.misses:
    for rule, kind, name, line, text, reason in sorted(misses):
        print("%s %s %s:%d  %s\n    label: %s" % (rule, "missed" if kind == "fn" else "fired on quiet", name, line,
                                                   text, reason))
