#!/usr/bin/env python3
"""Classifies the disagreements of bench/differential.sh summaries.

usage: bench/differential/classify.py SUMMARY... [--run DIR] [--known] [--smallest]

SUMMARY: the output of bench/differential.sh (or --rescore), or a
summary-SEED.txt. --run DIR: the stored run (the scenario folders,
LABEL-SEED/mutations.txt), so that a class can look at the actions of the
build (a revert that moves the base tag back, for instance).

A build's disagreements get the class of its first disagreeing step (by
line) that a rule explains: in a chained cache the steps after it follow
from it. Anything else is printed as UNCLASSIFIED, to be looked at by hand.
--known prints the rows in bench/differential/known.tsv's format (builder,
seed, build, line, class). --smallest prints, per class, the scenario folder
with the fewest Dockerfile lines and the build that shows it.
"""
import collections
import os
import sys

SAME_OUTPUT = ("upstream stage reran with byte-identical output: COPY --from and what follows stay cached; "
               "explain assumes new output unless --same-output, which a user cannot know beforehand "
               "(documented assumption)")

RULES = [
    # (class, test on (mutation, instruction, predicted, observed, actions of the build))
    ("base tag moved back to the content of an earlier build: the builder finds that build's entries; "
     "explain is told --base-updated and the history records no base digest (model gap)",
     lambda m, i, p, o, a: m.startswith("revert-to") and "base-update" in a and p == "REBUILT" and o == "CACHED"),
    ("COPY heredoc body expands build args (unquoted <<EOF with ${V1}): an argument change rebuilds it "
     "(model gap)",
     lambda m, i, p, o, a: "<<" in i and i.startswith("COPY") and p == "CACHED" and o == "REBUILT"
     and (m.startswith("arg") or m.startswith("revert-to") or m.startswith("dockerfile ARG"))),
    ("heredoc body edited (RUN/COPY <<EOF): explain's Dockerfile diff does not see the body (model gap)",
     lambda m, i, p, o, a: "<<" in i and p == "CACHED" and o == "REBUILT"),
    ("COPY --exclude not modelled: an excluded file's change predicted to rebuild the COPY (model gap)",
     lambda m, i, p, o, a: "--exclude" in i and p == "REBUILT" and o == "CACHED"),
    ("COPY --link on the overlay2 store: a plain COPY there (a change below it rebuilds it); "
     "explain predicts cached (model gap: say which store)",
     lambda m, i, p, o, a: "--link" in i and p == "CACHED" and o == "REBUILT"),
    (SAME_OUTPUT,
     lambda m, i, p, o, a: i.startswith("COPY --from") and p == "REBUILT" and o == "CACHED"),
    ("USER change not in the RUN key",
     lambda m, i, p, o, a: m.startswith("dockerfile USER") and p == "CACHED" and o == "REBUILT"),
    ("SHELL change not in the RUN key",
     lambda m, i, p, o, a: m.startswith("dockerfile SHELL") and p == "CACHED" and o == "REBUILT"),
    ("ARG default edited not in the later RUNs' key",
     lambda m, i, p, o, a: m.startswith("dockerfile ARG") and p == "CACHED" and o == "REBUILT"),
    (".dockerignore edit: the files it adds to or removes from the context",
     lambda m, i, p, o, a: m.split(" ")[0] in ("ignore", "unignore")),
    ("arg by value: an argument equal to the effective value predicted to rebuild",
     lambda m, i, p, o, a: m.split(" ")[0] in ("arg", "arg-default", "arg-omitted") and p == "REBUILT"
     and o == "CACHED"),
    ("history: a revert to an earlier state",
     lambda m, i, p, o, a: m.startswith("revert-to")),
]


def actions_of(run, builder, seed, build):
    """The mutations.txt actions of build number `build` (0 = cold) of a stored scenario."""
    if not run:
        return ""
    path = os.path.join(run, f"{builder}-{seed}", "mutations.txt")
    if not os.path.exists(path):
        return ""
    lines = [l for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
    return lines[int(build)].split("|")[1].strip() if int(build) < len(lines) else ""


def dockerfile_lines(run, builder, seed):
    path = os.path.join(run, f"{builder}-{seed}", "Dockerfile")
    return sum(1 for _ in open(path, encoding="utf-8")) if os.path.exists(path) else 999


def main(argv):
    known = "--known" in argv
    smallest = "--smallest" in argv
    run = None
    files = []
    k = 0
    while k < len(argv):
        if argv[k] == "--run":
            run = argv[k + 1]
            k += 2
            continue
        if not argv[k].startswith("--"):
            files.append(argv[k])
        k += 1
    rows = []
    for path in files:
        inside = False
        for line in open(path, encoding="utf-8"):
            if line.startswith("every disagreement"):
                inside = True
                continue
            if inside and line.strip():
                rows.append(line.rstrip("\n").split("\t"))
    builds = collections.defaultdict(list)
    for r in rows:
        builds[(r[0], r[1], r[2])].append(r)
    counts = collections.Counter()
    build_counts = collections.Counter()
    examples = collections.defaultdict(list)
    out = []
    for key, rs in builds.items():
        rs.sort(key=lambda r: int(r[4]))
        actions = actions_of(run, *key)
        cls = "UNCLASSIFIED"
        for r in rs:
            for name, test in RULES:
                if test(r[3], r[5], r[6], r[7], actions):
                    cls = name
                    break
            if cls != "UNCLASSIFIED":
                break
        build_counts[(key[0], cls)] += 1
        if run:
            examples[cls].append((dockerfile_lines(run, key[0], key[1]), key))
        for r in rs:
            counts[(r[0], cls)] += 1
            out.append((r, cls))
    if known:
        for r, cls in out:
            print("\t".join([r[0], r[1], r[2], r[4], cls]))
        return
    if smallest:
        for cls, ex in sorted(examples.items()):
            size, (builder, seed, build) = min(ex)
            print(f"{builder}-{seed}\tbuild {build}\t{size} lines\t{cls}")
        return
    print("steps  builds  builder      class")
    for (builder, cls), n in sorted(counts.items()):
        print(f"{n:5d}  {build_counts[(builder, cls)]:6d}  {builder:12s} {cls}")
    for r, cls in out:
        if cls == "UNCLASSIFIED":
            print("UNCLASSIFIED\t" + "\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1:])
