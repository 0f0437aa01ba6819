#!/usr/bin/env python3
"""Classifies the disagreements of bench/differential.sh summaries.

usage: bench/differential/classify.py summary-SEED.txt... [--known]

A build's disagreements get the class of its first disagreeing step (by
line): in a chained cache the steps after it follow from it. The classes are
the shapes seen so far; anything else is printed as UNCLASSIFIED, to be
looked at by hand. --known prints the rows in bench/differential/known.tsv's
format (builder, seed, build, line, class).
"""
import collections
import sys

RULES = [
    # (class, test on (mutation, instruction, predicted, observed))
    ("history: the cache holds earlier builds (issue 18 item 3)",
     lambda m, i, p, o: m.startswith("revert-to") and p == "REBUILT" and o == "CACHED"),
    ("arg by value: explicit value equal to the default, or omitted (issue 18 item 2)",
     lambda m, i, p, o: m.split(" ")[0] in ("arg-default", "arg-omitted") and p == "REBUILT" and o == "CACHED"),
    ("arg by value: an explicit value equal to the effective one (checked by hand; issue 18 item 2)",
     lambda m, i, p, o: m.startswith("arg ") and p == "REBUILT" and o == "CACHED"),
    (".dockerignore edit not diffed by value: the files it adds or removes are not seen (issue 18 item 1)",
     lambda m, i, p, o: m.split(" ")[0] in ("ignore", "unignore") and p == "CACHED" and o == "REBUILT"),
    ("USER change not in the RUN key (issue 18 item 4)",
     lambda m, i, p, o: m.startswith("dockerfile USER") and p == "CACHED" and o == "REBUILT"),
    ("SHELL change not in the RUN key (issue 18 item 4)",
     lambda m, i, p, o: m.startswith("dockerfile SHELL") and p == "CACHED" and o == "REBUILT"),
    ("ARG default edited not in the later RUNs' key (issue 18 item 4)",
     lambda m, i, p, o: m.startswith("dockerfile ARG") and p == "CACHED" and o == "REBUILT"),
    ("heredoc body edit not seen by the Dockerfile diff (model bug, new)",
     lambda m, i, p, o: m.startswith("dockerfile") and "<<" in i and p == "CACHED" and o == "REBUILT"),
    ("COPY --exclude not modelled: an excluded file's edit predicted to rebuild (model gap, new)",
     lambda m, i, p, o: "--exclude" in i and p == "REBUILT" and o == "CACHED"),
    ("COPY --link predicted independent of what is below it; on the overlay2 store it is a plain COPY "
     "(issue 18, modern part)",
     lambda m, i, p, o: "--link" in i and p == "CACHED" and o == "REBUILT"),
    ("upstream stage reran with byte-identical output: COPY --from stays cached (explain assumes new output "
     "unless --same-output; the user cannot know)",
     lambda m, i, p, o: i.startswith("COPY --from") and p == "REBUILT" and o == "CACHED"),
]


def main(argv):
    known = "--known" in argv
    rows = []
    for path in [a for a in argv if not a.startswith("--")]:
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
    out = []
    for key, rs in builds.items():
        rs.sort(key=lambda r: int(r[4]))
        first = rs[0]
        cls = "UNCLASSIFIED"
        for r in rs:
            for name, test in RULES:
                if test(r[3], r[5], r[6], r[7]):
                    cls = name
                    break
            if cls != "UNCLASSIFIED":
                break
        for r in rs:
            counts[(r[0], cls)] += 1
            out.append((r, cls))
    if known:
        for r, cls in out:
            print("\t".join([r[0], r[1], r[2], r[4], cls]))
        return
    for (builder, cls), n in sorted(counts.items()):
        print(f"{n:5d}  {builder:12s} {cls}")
    for r, cls in out:
        if cls == "UNCLASSIFIED":
            print("UNCLASSIFIED\t" + "\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1:])
