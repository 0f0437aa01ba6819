#!/usr/bin/env python3
"""Classifies the disagreements of bench/differential.sh summaries.

usage: bench/differential/classify.py SUMMARY... [--run DIR] [--known] [--smallest] [--found OUT]

SUMMARY: the output of bench/differential.sh (or --rescore), or a
summary-SEED.txt. --run DIR: the stored run (the scenario folders,
LABEL-SEED/mutations.txt), so that a class can look at the actions of the
build (a revert that moves the base tag back, for instance).

A build's disagreements get the class of its first disagreeing step (by
line) that a rule explains: in a chained cache the steps after it follow
from it. Anything else is printed as UNCLASSIFIED, to be looked at by hand.
--known prints the rows in bench/differential/known.tsv's format (builder,
seed, build, line, class). --smallest prints, per class, the scenario folder
with the fewest Dockerfile lines and the build that shows it. --found OUT
writes that scenario for every class as a ready-to-add folder OUT/SLUG (the
builds up to the one that shows the class, expected.tsv in
testdata/cache-scenarios' format from what the builder observed, and
observed.tsv).
"""
import collections
import os
import re
import shutil
import sys

SAME_OUTPUT = ("upstream stage reran with byte-identical output: COPY --from and what follows stay cached; "
               "the upstream RUN read changed files (a byte count unchanged by a chmod, a same-length edit, an "
               "edit its glob does not reach), and what a command computes from what it reads is not modelled "
               "(documented boundary: explain errs toward a rebuild; --same-output assumes the same bytes)")

RULES = [
    # (class, test on (mutation, instruction, predicted, observed, actions of the build))
    ("base tag moved back to the content of an earlier build: the builder finds that build's entries; "
     "explain must be told what the tag names (--base-digest, recorded in the history)",
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
    ("USER change: the steps after it rebuild (on BuildKit 28.5 WORKDIR and COPY too, not only RUN); "
     "explain predicts cached (model gap)",
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


def change_of(actions):
    """expected.tsv's change column, for the reader, from a build's mutations.txt actions."""
    out = []
    for a in [x.strip().split() for x in actions.split(" && ")]:
        kind = a[0]
        if kind in ("cold", "none"):
            out.append(kind)
        elif kind in ("edit", "add", "delete", "touch", "chmod"):
            out.append("file " + a[1])
        elif kind in ("ignore", "unignore"):
            out.append("file .dockerignore")
        elif kind in ("arg", "unarg"):
            out.append("arg " + a[1].split("=")[0])
        elif kind == "base-update":
            out.append("base layerlint/floating:latest")
        elif kind == "dockerfile":
            out.append("edit Dockerfile." + a[1])
        elif kind == "secret":
            out.append("secret " + a[1])
    return ", ".join(dict.fromkeys(out))


def outcome(rows):
    rebuilt = sorted(int(r[3]) for r in rows if r[4] == "REBUILT")
    cached = sorted(int(r[3]) for r in rows if r[4] == "CACHED")
    if not rebuilt:
        return "all cached"
    text = "rebuilt " + ",".join(map(str, rebuilt))
    return text + ("; cached " + ",".join(map(str, cached)) if cached else "")


def found(run, builder, seed, build, cls, out):
    """The scenario run/BUILDER-SEED cut after build `build`, as a ready-to-add folder."""
    src = os.path.join(run, f"{builder}-{seed}")
    slug = re.sub(r"[^a-z0-9]+", "-", cls.split(":")[0].lower()).strip("-")[:48]
    dst = os.path.join(out, slug)
    shutil.rmtree(dst, ignore_errors=True)
    shutil.copytree(src, dst)
    lines = open(os.path.join(src, "mutations.txt"), encoding="utf-8").read().splitlines()
    head = [l for l in lines if l.startswith("#")]
    builds = [l for l in lines if l.strip() and not l.startswith("#")][:int(build) + 1]
    kept = {l.split("|")[0].strip() for l in builds}
    for f in os.listdir(dst):
        if f.startswith("Dockerfile.") and f.split(".", 1)[1] not in kept:
            os.remove(os.path.join(dst, f))
    with open(os.path.join(dst, "mutations.txt"), "w", encoding="utf-8") as w:
        w.write("\n".join(head + [f"# the smallest scenario of: {cls} (build {build})"] + builds) + "\n")
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(src, "observed.tsv"), encoding="utf-8")
            if l[:1].isdigit()]
    label = builder if builder != "buildkit-28" else "buildkit-28"
    with open(os.path.join(dst, "expected.tsv"), "w", encoding="utf-8") as w:
        for b, line in enumerate(builds):
            name, actions = line.split("|")[0].strip(), line.split("|")[1].strip()
            w.write(f"{name}\t{change_of(actions)}\t{label}\t{outcome([r for r in rows if r[0] == str(b)])}\n")
    with open(os.path.join(dst, "observed.tsv"), "w", encoding="utf-8") as w:
        for l in open(os.path.join(src, "observed.tsv"), encoding="utf-8"):
            if not l[:1].isdigit() or int(l.split("\t")[0]) <= int(build):
                w.write(l)
    return dst


def main(argv):
    known = "--known" in argv
    smallest = "--smallest" in argv
    run = None
    found_out = None
    files = []
    k = 0
    while k < len(argv):
        if argv[k] in ("--run", "--found"):
            if argv[k] == "--run":
                run = argv[k + 1]
            else:
                found_out = argv[k + 1]
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
    if smallest or found_out:
        for cls, ex in sorted(examples.items()):
            size, (builder, seed, build) = min(ex)
            where = found(run, builder, seed, build, cls, found_out) if found_out else f"{builder}-{seed}"
            print(f"{where}\tbuild {build}\t{size} lines\t{cls}")
        return
    print("steps  builds  builder      class")
    for (builder, cls), n in sorted(counts.items()):
        print(f"{n:5d}  {build_counts[(builder, cls)]:6d}  {builder:12s} {cls}")
    for r, cls in out:
        if cls == "UNCLASSIFIED":
            print("UNCLASSIFIED\t" + "\t".join(r))


if __name__ == "__main__":
    main(sys.argv[1:])
