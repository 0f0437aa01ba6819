#!/usr/bin/env python3
"""Scaling benchmark: grows each input of issue #7 by doubling and shows
layerlint's whole-process time and peak memory at each size, with the growth
factor per doubling (about 2 is linear; about 4 is quadratic). Inputs: one
large Dockerfile (to 10 MB), a RUN with 100,000 continuation lines, 5,000
stages (one chain of FROM previous-stage), 10,000 ARGs (each followed by a RUN), a 1 MB heredoc, and a
directory of 50,000 Dockerfiles. Files are generated into a temporary
folder outside the repository.

Usage: bench/scaling.py [--quick] [--java PATH] [--jar PATH]
(--quick: the two smaller sizes only, for a smoke run)."""
import os, shutil, subprocess, sys, tempfile, time

args = sys.argv[1:]
quick = "--quick" in args
java = args[args.index("--java") + 1] if "--java" in args else "java"
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
jar = args[args.index("--jar") + 1] if "--jar" in args else os.path.join(here, "target", "layerlint.jar")
JVM = ["-XX:+UseSerialGC", "-XX:SurvivorRatio=4", "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xss4m"]
FACTORS = [0.25, 0.5, 1.0] if not quick else [0.125, 0.25]


def big_file(n_bytes):
    lines, size, k = ["FROM debian:12 AS base", "ARG VERSION=1"], 0, 0
    while size < n_bytes:
        block = [
            "ENV STEP_%d=value-%d" % (k, k),
            "COPY src/file%d.txt /src/" % (k % 50),
            "RUN apt-get update && apt-get install -y --no-install-recommends pkg%d=1.%d \\" % (k, k),
            "    && rm -rf /var/lib/apt/lists/*",
            "LABEL step%d=\"%d\"" % (k, k),
        ]
        if k % 200 == 199:
            block.append("FROM base AS s%d" % k)
        lines += block
        size += sum(len(b) + 1 for b in block)
        k += 1
    return "\n".join(lines) + "\n"


def continuations(n):
    body = " \\\n".join("    && echo line-%d > /dev/null" % i for i in range(n))
    return "FROM debian:12\nRUN true \\\n" + body + "\n"


def stages(n):
    out = ["ARG TAG=12", "FROM debian:${TAG} AS s0", "RUN echo 0 > /f"]
    for i in range(1, n):
        base = "s%d" % (i - 1)  # the worst case: one chain, each stage built on the one before
        out += ["FROM %s AS s%d" % (base, i), "COPY --from=s%d /f /f%d" % (i - 1, i), "RUN echo %d >> /f" % i]
    return "\n".join(out) + "\n"


def args_file(n):
    out = ["FROM debian:12"]
    for i in range(n):
        out += ["ARG A%d=%d" % (i, i), "RUN echo $A%d" % i]
    return "\n".join(out) + "\n"


def heredoc(n_bytes):
    line = "echo 'a line of a long heredoc script' > /dev/null\n"
    return "FROM debian:12\nRUN <<EOF\n" + line * (n_bytes // len(line)) + "EOF\n"


def run(paths):
    cmd = ["/usr/bin/time", "-f", "%M", java] + JVM + ["-jar", jar, "check", "--fail-on", "none", "--format", "gnu",
                                                          "--context", empty] + paths
    start = time.monotonic()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ms = (time.monotonic() - start) * 1000
    rss = int(p.stderr.strip().splitlines()[-1]) // 1024
    if p.returncode not in (0, 1):
        raise SystemExit("layerlint failed (%d): %s" % (p.returncode, p.stderr[-2000:]))
    return ms, rss


tmp = tempfile.mkdtemp(prefix="layerlint-scaling-")
empty = os.path.join(tmp, "context")
os.makedirs(empty)
CASES = [
    ("one Dockerfile, MB", 10, lambda x: big_file(int(x * 1024 * 1024))),
    ("RUN continuation lines", 100000, lambda x: continuations(int(x))),
    ("stages", 5000, lambda x: stages(int(x))),
    ("ARGs (each with a RUN)", 10000, lambda x: args_file(int(x))),
    ("heredoc, KB", 1024, lambda x: heredoc(int(x * 1024))),
]
try:
    print("%-26s %10s %10s %8s %8s" % ("input", "size", "ms", "MB", "growth"))
    for name, full, make in CASES:
        previous = None
        for f in FACTORS:
            size = full * f
            path = os.path.join(tmp, "Dockerfile")
            with open(path, "w") as fh:
                fh.write(make(size))
            ms, rss = min(run([path]) for _ in range(3))
            growth = "" if previous is None else "x%.2f" % (ms / previous)
            print("%-26s %10s %10.0f %8d %8s" % (name, ("%g" % size), ms, rss, growth), flush=True)
            previous = ms
    previous = None
    for f in FACTORS:
        n = int(50000 * f)
        d = os.path.join(tmp, "many-%d" % n)
        os.makedirs(d)
        small = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCOPY . /app\nCMD [\"/app/run\"]\n"
        for i in range(n):
            with open(os.path.join(d, "%05d.Dockerfile" % i), "w") as fh:
                fh.write(small)
        ms, rss = run([d])
        growth = "" if previous is None else "x%.2f" % (ms / previous)
        print("%-26s %10d %10.0f %8d %8s" % ("files in a directory", n, ms, rss, growth), flush=True)
        previous = ms
        shutil.rmtree(d)
finally:
    shutil.rmtree(tmp, ignore_errors=True)
