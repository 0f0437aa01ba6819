#!/usr/bin/env python3
"""Precision audit: every finding on a random sample of real files, judged by a person.

  bench/audit.py SEED [-n 60] [--jar target/layerlint.jar]   # sample, print, write the template
  bench/audit.py --score SEED [SEED ...]                      # per-rule precision of judged files

Sampling: N files of ../shared/corpus/real (the rows of its MANIFEST.tsv, in
file order), drawn with random.Random(SEED). A seed is used once: the seeds
drawn so far are listed in bench/audit/seeds.txt and a used one is refused, so
every audit reads files it has not been tuned on (two seeds may still draw
some of the same files; the overlap with earlier audits is printed).

The sample is linted with the default rule set (every rule on by default, at
its default severity, an empty build context, as the corpus has none), each
finding printed with the lines it points at and a few lines of context, and
bench/audit/SEED.files lists the sample and
bench/audit/SEED.tsv holds one row per finding: file, line, rule,
message, and empty verdict and reason columns. A person reads each file and
fills in verdict (right / wrong / debatable) and a short reason.

--score prints per rule: findings, right, wrong, debatable, precision
(right / (right + wrong)), then the overall precision and the share of
debatable findings. Rows left unjudged are counted and listed.

The corpus is not shipped: the audit files hold only corpus file paths, line
numbers, rule codes, messages and judgements.
"""
import argparse
import collections
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
audit_dir = os.path.join(here, "bench", "audit")
seeds_file = os.path.join(audit_dir, "seeds.txt")
columns = ["file", "line", "rule", "message", "verdict", "reason"]
verdicts = ("right", "wrong", "debatable")


def used_seeds():
    if not os.path.exists(seeds_file):
        return []
    with open(seeds_file, encoding="utf-8") as f:
        return [line.split()[0] for line in f if line.strip() and not line.startswith("#")]


def read_tsv(seed):
    path = os.path.join(audit_dir, "%s.tsv" % seed)
    if not os.path.exists(path):
        sys.exit("bench/audit.py: no judgement file %s" % path)
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def score(seeds):
    rows = [r for s in seeds for r in read_tsv(s)]
    per_rule = collections.defaultdict(collections.Counter)
    unjudged = []
    for r in rows:
        v = (r.get("verdict") or "").strip().lower()
        if v not in verdicts:
            unjudged.append(r)
            continue
        per_rule[r["rule"]][v] += 1
    print("%-7s %8s %6s %6s %9s %10s" % ("rule", "findings", "right", "wrong", "debatable", "precision"))
    total = collections.Counter()
    for rule in sorted(per_rule):
        c = per_rule[rule]
        total.update(c)
        decided = c["right"] + c["wrong"]
        prec = "%.0f %%" % (100.0 * c["right"] / decided) if decided else "-"
        flag = "" if not decided or c["right"] / decided >= 0.9 else "  < 90 %"
        print("%-7s %8d %6d %6d %9d %10s%s" % (rule, sum(c.values()), c["right"], c["wrong"], c["debatable"],
                                              prec, flag))
    judged = sum(total.values())
    decided = total["right"] + total["wrong"]
    sampled = 0
    for s in seeds:
        path = os.path.join(audit_dir, "%s.files" % s)
        sampled += sum(1 for _ in open(path, encoding="utf-8")) if os.path.exists(path) else 0
    print("files sampled: %d (%d with findings), findings judged: %d"
          % (sampled, len({r["file"] for r in rows}), judged))
    if decided:
        print("overall precision: %.1f %% (right / (right + wrong) = %d / %d)"
              % (100.0 * total["right"] / decided, total["right"], decided))
    if judged:
        print("debatable share: %.1f %% (%d / %d)" % (100.0 * total["debatable"] / judged, total["debatable"], judged))
    if unjudged:
        print("unjudged rows: %d" % len(unjudged))
        for r in unjudged[:20]:
            print("  %s:%s %s" % (r["file"], r["line"], r["rule"]))
        return 1
    return 0


def sample(seed, n, jar, shared):
    corpus = os.path.join(shared, "corpus", "real")
    if not os.path.isdir(corpus):
        sys.exit("bench/audit.py: no shared corpus at %s (it is not part of the repository)" % corpus)
    if seed in used_seeds():
        sys.exit("bench/audit.py: seed %s was used already (bench/audit/seeds.txt); choose a fresh one" % seed)
    with open(os.path.join(corpus, "MANIFEST.tsv"), encoding="utf-8", newline="") as f:
        names = sorted(r["file"] for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    files = sorted(random.Random(seed).sample(names, n))
    earlier = set()
    for s in used_seeds():
        path = os.path.join(audit_dir, "%s.tsv" % s)
        if os.path.exists(path):
            earlier |= {r["file"] for r in read_tsv(s)}
    if not os.path.exists(jar):
        subprocess.run(["mvn", "-B", "-q", "-DskipTests", "package"], cwd=here, check=True)
    with tempfile.TemporaryDirectory() as context:
        out = subprocess.run(["java", "-jar", jar, "check", "--exit-zero", "--format", "json", "--context", context]
                             + [os.path.join(corpus, name) for name in files], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("bench/audit.py: layerlint failed:\n" + out.stderr)
    report = json.loads(out.stdout)
    rows = []
    for entry in report["files"]:
        name = os.path.relpath(entry["path"], corpus)
        with open(os.path.join(corpus, name), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        findings = entry.get("findings") or []
        print("=" * 78)
        print("%s  (%d findings)%s" % (name, len(findings), "  [also in an earlier audit]" if name in earlier else ""))
        for fd in findings:
            start = fd["location"]["start"]["line"]
            end = fd["location"]["end"]["line"]
            message = " ".join(fd["message"].split())
            print("-- %s:%d %s %s" % (name, start, fd["code"], message))
            for i in range(max(1, start - 3), min(len(lines), max(end, start) + 2) + 1):
                mark = ">" if start <= i <= end else " "
                print("%s%5d| %s" % (mark, i, lines[i - 1]))
            rows.append({"file": name, "line": start, "rule": fd["code"], "message": message,
                         "verdict": "", "reason": ""})
    os.makedirs(audit_dir, exist_ok=True)
    with open(os.path.join(audit_dir, "%s.tsv" % seed), "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    with open(os.path.join(audit_dir, "%s.files" % seed), "w", encoding="utf-8") as f:
        f.write("".join(name + "\n" for name in files))
    with open(seeds_file, "a", encoding="utf-8") as f:
        f.write("%s n=%d\n" % (seed, n))
    print("=" * 78)
    print("%d files, %d findings; judge them in bench/audit/%s.tsv, then bench/audit.py --score %s"
          % (len(files), len(rows), seed, seed))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("seed", nargs="*")
    p.add_argument("-n", type=int, default=60)
    p.add_argument("--score", action="store_true")
    p.add_argument("--jar", default=os.path.join(here, "target", "layerlint.jar"))
    p.add_argument("--shared", default=os.path.join(here, "..", "shared"))
    a = p.parse_args()
    if not a.seed:
        p.error("give a seed")
    if a.score:
        return score(a.seed)
    if len(a.seed) != 1:
        p.error("sample with one seed")
    sample(a.seed[0], a.n, a.jar, a.shared)
    return 0


if __name__ == "__main__":
    sys.exit(main())
