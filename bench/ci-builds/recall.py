#!/usr/bin/env python3
"""Recall of the pipeline reader's builds against the hand-read labels.

usage: bench/ci-builds/recall.py FOUND.tsv   (FOUND from CiBuildsBench over the files in sample.tsv)
A label matches a found build in the same file whose line is within 1 of the label's line
(a build's line is its command word or action; labels name the line a reader points at).
"""
import sys, csv
labels = [r for r in csv.reader(open(sys.path[0] + '/labels.tsv'), delimiter='\t')][1:]
found = [l.rstrip('\n').split('\t') for l in open(sys.argv[1]) if l.strip()]
want = [(f, int(l), w) for f, l, w in labels if l != '-']
got = [(f, int(l), t) for f, l, t in found if l.isdigit()]
hit = 0
used = set()
for f, l, w in want:
    m = [i for i, (gf, gl, _) in enumerate(got) if gf == f and abs(gl - l) <= 1 and i not in used]
    if m:
        hit += 1
        used.add(m[0])
    else:
        print('MISSED\t%s\t%d\t%s' % (f, l, w))
for i, (gf, gl, t) in enumerate(got):
    if i not in used:
        print('EXTRA\t%s\t%d\t%s' % (gf, gl, t))
errors = [x for x in found if x[1] == 'ERROR']
for e in errors:
    print('ERROR\t' + '\t'.join(e))
print('labelled builds %d, found %d, recall %.1f%%, extra %d, read errors %d' % (len(want), hit, 100.0 * hit / len(want), len(got) - len(used), len(errors)))
