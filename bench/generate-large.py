#!/usr/bin/env python3
"""Writes a Dockerfile of STAGES stages and about INSTRUCTIONS instructions
(plus a small context) to DIR, for benchmarking explain and check.
Usage: generate-large.py DIR [STAGES] [INSTRUCTIONS]"""
import os, sys

out = sys.argv[1]
stages = int(sys.argv[2]) if len(sys.argv) > 2 else 200
total = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
per = max(3, total // stages)
os.makedirs(out, exist_ok=True)
lines = ["ARG BASE_TAG=1", "ARG GIT_COMMIT"]
for s in range(stages):
    base = "base/busybox:${BASE_TAG}" if s == 0 else ("s%d" % (s - 1) if s % 10 else "base/busybox:1")
    lines.append("FROM %s AS s%d" % (base, s))
    for k in range(per - 1):
        kind = k % 6
        if kind == 0:
            lines.append("ARG BUILD_NUMBER_%d" % k)
        elif kind == 1:
            lines.append("ENV STAGE_%d_%d=value-%d" % (s, k, k))
        elif kind == 2:
            lines.append("COPY src/file%d.txt /src/" % (k % 20))
        elif kind == 3:
            lines.append("RUN apt-get update && apt-get install -y pkg%d" % k)
        elif kind == 4 and s > 0:
            lines.append("COPY --from=s%d /src /from-s%d" % (s - 1, s - 1))
        else:
            lines.append("RUN echo step %d of stage %d > /out-%d.txt" % (k, s, k))
open(os.path.join(out, "Dockerfile"), "w").write("\n".join(lines) + "\n")
os.makedirs(os.path.join(out, "src"), exist_ok=True)
for i in range(20):
    open(os.path.join(out, "src", "file%d.txt" % i), "w").write("%d\n" % i)
print("%d lines" % len(lines))
