ARG BASE=ubuntu:latest
# expect: RP002 "${BASE} (ubuntu:latest by its default, ARG BASE=ubuntu:latest)"
FROM ${BASE}
